// history.csv writer and reader. Numbers are written with 10 significant digits (display data:
// resuming a run restores its exact sums from the checkpoint's state, not from this file).
#include "train/HistoryLog.h"

#include "train/CsvNumbers.h"
#include "util/AtomicFile.h"
#include "util/Error.h"

#include <fstream>
#include <sstream>

namespace litetune {

namespace {

constexpr const char* kHeader =
    "step,epoch,loss,learning_rate,grad_norm,eval_loss,eval_accuracy,eval_f1,eval_precision,eval_recall,eval_f1_macro";
constexpr std::size_t kColumns = 11;
constexpr std::uintmax_t kMaxBytes = 256u << 20;

std::string cell(const std::optional<double>& v) {
    return v ? formatNumber(*v) : std::string();
}

} // namespace

HistoryRow& HistoryLog::rowFor(std::int64_t step, double epoch) {
    if (m_rows.empty() || m_rows.back().step != step) {
        HistoryRow row;
        row.step = step;
        row.epoch = epoch;
        m_rows.push_back(row);
    }
    return m_rows.back();
}

void HistoryLog::addStep(std::int64_t step, double epoch, double loss, double learningRate, double gradNorm) {
    HistoryRow& row = rowFor(step, epoch);
    row.loss = loss;
    row.learningRate = learningRate;
    row.gradNorm = gradNorm;
}

void HistoryLog::addEval(const EvalReport& r) {
    HistoryRow& row = rowFor(r.step, r.epoch);
    row.evalLoss = r.loss;
    row.evalAccuracy = r.accuracy;
    row.evalF1 = r.f1Weighted;
    row.evalPrecision = r.precisionWeighted;
    row.evalRecall = r.recallWeighted;
    row.evalF1Macro = r.f1Macro;
}

std::string HistoryLog::csv() const {
    std::string out = std::string(kHeader) + "\n";
    for (const HistoryRow& r : m_rows) {
        out += std::to_string(r.step) + "," + formatNumber(r.epoch) + "," + cell(r.loss) + "," + cell(r.learningRate) +
               "," + cell(r.gradNorm) + "," + cell(r.evalLoss) + "," + cell(r.evalAccuracy) + "," + cell(r.evalF1) +
               "," + cell(r.evalPrecision) + "," + cell(r.evalRecall) + "," + cell(r.evalF1Macro) + "\n";
    }
    return out;
}

void HistoryLog::save(const std::filesystem::path& file) const {
    writeFileAtomically(file, csv());
}

HistoryLog HistoryLog::load(const std::filesystem::path& file) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec)
        throwBadInput("cannot read " + file.string() + ": " + ec.message());
    if (size > kMaxBytes)
        throwBadInput(file.string() + " is " + std::to_string(size) + " bytes, more than a history file can be");
    std::ifstream in(file, std::ios::binary);
    std::string line;
    if (!std::getline(in, line) || line != kHeader)
        throwBadInput(file.string() + ": line 1 must be the history header \"" + std::string(kHeader) + "\"");
    HistoryLog log;
    std::int64_t lineNo = 1;
    while (std::getline(in, line)) {
        ++lineNo;
        if (line.empty())
            continue;
        const std::vector<std::string> fields = splitCsvLine(line);
        const std::string where = file.string() + " line " + std::to_string(lineNo);
        if (fields.size() != kColumns)
            throwBadInput(where + ": expected " + std::to_string(kColumns) + " fields, found " +
                          std::to_string(fields.size()));
        HistoryRow row;
        row.step = parseInteger(fields[0], where + " step");
        row.epoch = parseNumber(fields[1], where + " epoch");
        std::optional<double>* optional[] = {&row.loss,          &row.learningRate, &row.gradNorm,
                                             &row.evalLoss,      &row.evalAccuracy, &row.evalF1,
                                             &row.evalPrecision, &row.evalRecall,   &row.evalF1Macro};
        for (std::size_t i = 0; i < 9; ++i)
            if (!fields[i + 2].empty())
                *optional[i] = parseNumber(fields[i + 2], where);
        log.m_rows.push_back(row);
    }
    return log;
}

std::vector<HistoryPoint> readRunHistory(const std::filesystem::path& runDir) {
    return HistoryLog::load(runDir / "history.csv").rows();
}

} // namespace litetune
