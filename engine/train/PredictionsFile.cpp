// predictions.csv writer and reader. Labels are class ids; their names are in metrics.json.
#include "train/PredictionsFile.h"

#include "train/CsvNumbers.h"
#include "util/Error.h"

#include <cstdio>
#include <fstream>

namespace litetune {

namespace {

constexpr const char* kHeader = "index,label,predicted,probability,loss";
constexpr std::uintmax_t kMaxBytes = 1ull << 30;

} // namespace

PredictionsWriter::PredictionsWriter(const std::filesystem::path& file)
    : m_file(file) {
    m_buffer = std::string(kHeader) + "\n";
}

void PredictionsWriter::add(const SamplePrediction& p) {
    char line[128];
    std::snprintf(line, sizeof line, "%lld,%d,%d,%.6g,%.6g\n", static_cast<long long>(p.index), p.label, p.predicted,
                  static_cast<double>(p.probability), static_cast<double>(p.loss));
    m_buffer += line;
    if (m_buffer.size() > (1u << 16)) {
        m_file.write(m_buffer);
        m_buffer.clear();
    }
}

void PredictionsWriter::commit() {
    m_file.write(m_buffer);
    m_buffer.clear();
    m_file.commit();
}

std::vector<SamplePrediction> readPredictions(const std::filesystem::path& file) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec)
        throwBadInput("cannot read " + file.string() + ": " + ec.message());
    if (size > kMaxBytes)
        throwBadInput(file.string() + " is " + std::to_string(size) + " bytes, more than 1 GiB of predictions");
    std::ifstream in(file, std::ios::binary);
    std::string line;
    if (!std::getline(in, line) || (line != kHeader && line != std::string(kHeader) + "\r"))
        throwBadInput(file.string() + ": line 1 must be the header \"" + std::string(kHeader) + "\"");
    std::vector<SamplePrediction> rows;
    std::int64_t lineNo = 1;
    while (std::getline(in, line)) {
        ++lineNo;
        if (line.empty() || line == "\r")
            continue;
        const std::string where = file.string() + " line " + std::to_string(lineNo);
        const auto fields = splitCsvLine(line);
        if (fields.size() != 5)
            throwBadInput(where + ": expected 5 fields, found " + std::to_string(fields.size()));
        SamplePrediction p;
        p.index = parseInteger(fields[0], where);
        p.label = static_cast<int>(parseInteger(fields[1], where));
        p.predicted = static_cast<int>(parseInteger(fields[2], where));
        p.probability = static_cast<float>(parseNumber(fields[3], where));
        p.loss = static_cast<float>(parseNumber(fields[4], where));
        rows.push_back(p);
    }
    return rows;
}

} // namespace litetune
