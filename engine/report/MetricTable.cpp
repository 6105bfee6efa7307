// The results table (see MetricTable.h). Ties are judged on the printed text so a reader never
// sees one "47.32%" marked and its twin not.
#include "report/MetricTable.h"

#include "api/Report.h"
#include "api/RunFolders.h"

#include "report/ReportText.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace litetune {

namespace {

struct RowSpec {
    const char* label;
    const char* key;
    Better better;
    bool reference;
    bool trainingOnly; // empty for a base evaluation
    std::function<double(const RunResult&)> value;
    std::function<std::string(double)> format;
    bool zeroIsUnknown; // a 0 means "not measured" (memory, adapter size)
};

std::string fourDecimals(double v) {
    return ReportText::fixed(v, 4);
}
std::string threeDecimals(double v) {
    return ReportText::fixed(v, 3);
}
std::string percent(double v) {
    return ReportText::percent(v);
}
std::string bytes(double v) {
    return ReportText::bytes(static_cast<std::int64_t>(v));
}
std::string count(double v) {
    return ReportText::thousands(static_cast<std::int64_t>(v));
}

const std::vector<RowSpec>& specs() {
    static const std::vector<RowSpec> rows = {
        {"Training Loss", "train_loss", Better::Lower, true, true, [](const RunResult& r) { return r.trainLoss; },
         fourDecimals, false},
        {"Validation Loss", "eval_loss", Better::Lower, true, false, [](const RunResult& r) { return r.eval.loss; },
         fourDecimals, false},
        {"Accuracy", "eval_accuracy", Better::Higher, true, false, [](const RunResult& r) { return r.eval.accuracy; },
         percent, false},
        {"F1 Score", "eval_f1", Better::Higher, true, false, [](const RunResult& r) { return r.eval.f1Weighted; },
         percent, false},
        {"Precision", "eval_precision", Better::Higher, true, false,
         [](const RunResult& r) { return r.eval.precisionWeighted; }, percent, false},
        {"Recall", "eval_recall", Better::Higher, true, false, [](const RunResult& r) { return r.eval.recallWeighted; },
         percent, false},
        {"Training Duration", "train_runtime", Better::Lower, true, true,
         [](const RunResult& r) { return r.trainRuntime; }, ReportText::hoursMinutes, false},
        {"Eval Runtime", "eval_runtime", Better::Lower, true, false,
         [](const RunResult& r) { return r.eval.runtimeSeconds; }, ReportText::minutesSeconds, false},
        {"Samples per Second", "eval_samples_per_second", Better::Higher, true, false,
         [](const RunResult& r) { return r.eval.samplesPerSecond; }, threeDecimals, false},
        {"Steps per Second", "eval_steps_per_second", Better::Higher, true, false,
         [](const RunResult& r) { return r.eval.stepsPerSecond; }, threeDecimals, false},
        {"Epoch", "epoch", Better::Neither, true, true, [](const RunResult& r) { return r.epoch; }, ReportText::epoch,
         false},
        {"Macro F1", "eval_f1_macro", Better::Higher, false, false, [](const RunResult& r) { return r.eval.f1Macro; },
         percent, false},
        {"Trainable Params", "trainable_params", Better::Neither, false, false,
         [](const RunResult& r) { return static_cast<double>(r.trainableParams); }, count, false},
        {"Perplexity", "perplexity", Better::Lower, false, false, [](const RunResult& r) { return r.eval.perplexity; },
         [](double v) { return ReportText::fixed(v, 2); }, true},
        {"Peak Memory", "peak_memory_bytes", Better::Lower, false, false,
         [](const RunResult& r) { return static_cast<double>(r.peakMemoryBytes); }, bytes, true},
        {"Adapter Size", "adapter_bytes", Better::Neither, false, false,
         // Only LoRA saves an adapter; a full fine-tune's model size is not one.
         [](const RunResult& r) { return r.config.method == Method::Lora ? static_cast<double>(r.adapterBytes) : 0.0; },
         bytes, true},
    };
    return rows;
}

// A causal LM's evaluation has a loss and a perplexity but no classifier scores.
bool classifierOnly(const std::string& key) {
    EvalReport languageModel;
    languageModel.perplexity = 1.0;
    return key.rfind("eval_", 0) == 0 && languageModel.trainerMetrics().count(key) == 0;
}

// Only the cells of ranked runs (runIsRanked) compete; the others are never marked.
void markBest(MetricRow& row, const std::vector<bool>& ranked) {
    if (row.better == Better::Neither)
        return;
    const auto competes = [&](std::size_t i) {
        const MetricCell& cell = row.cells[i];
        return ranked[i] && cell.value && std::isfinite(*cell.value);
    };
    const MetricCell* best = nullptr;
    std::size_t comparable = 0;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
        if (!competes(i))
            continue;
        const MetricCell& cell = row.cells[i];
        ++comparable;
        if (!best || (row.better == Better::Lower ? *cell.value < *best->value : *cell.value > *best->value))
            best = &cell;
    }
    if (comparable < 2)
        return;
    std::size_t tied = 0;
    for (std::size_t i = 0; i < row.cells.size(); ++i)
        if (competes(i) && row.cells[i].text == best->text) {
            row.cells[i].best = true;
            ++tied;
        }
    if (tied == comparable) // all the same: nothing stands out
        for (MetricCell& cell : row.cells)
            cell.best = false;
}

} // namespace

MetricTable::MetricTable(const std::vector<RunResult>& runs) {
    std::vector<bool> ranked;
    for (const RunResult& run : runs) {
        m_columns.push_back(run.name.empty() ? methodName(run.config.method) : run.name);
        m_outcomes.push_back(runOutcome(run));
        ranked.push_back(runIsRanked(m_outcomes.back()));
    }
    // Two columns of one name (two full fine-tunes) are told apart as the run list tells them:
    // by runLabel's start time. A comparison's base, full and LoRA keep their plain names.
    const std::vector<std::string> names = m_columns;
    for (std::size_t i = 0; i < runs.size(); ++i)
        if (!runs[i].name.empty() && std::count(names.begin(), names.end(), names[i]) > 1)
            m_columns[i] = runLabel(runs[i]);
    const bool anyLanguageModel =
        std::any_of(runs.begin(), runs.end(), [](const RunResult& run) { return run.eval.perplexity > 0.0; });
    for (const RowSpec& spec : specs()) {
        if (std::string(spec.key) == "perplexity" && !anyLanguageModel)
            continue; // a classifier table has no perplexity row
        MetricRow row;
        row.label = spec.label;
        row.key = spec.key;
        row.better = spec.better;
        row.reference = spec.reference;
        for (std::size_t i = 0; i < runs.size(); ++i) {
            const RunResult& run = runs[i];
            MetricCell cell;
            const double value = spec.value(run);
            // Empty rather than a 0 that would win "lower is better": no training happened (a base
            // evaluation, or a run cancelled before its first step), no evaluation happened (no
            // samples), the quantity was not measured, or a run that did not finish left a zero
            // where it never got to the number (a failed run's folder holds no metrics at all).
            const bool untrained = run.config.method == Method::Evaluate || run.globalStep <= 0;
            const bool unevaluated = (std::string(spec.key).rfind("eval_", 0) == 0 && run.eval.samples <= 0) ||
                                     (run.eval.perplexity > 0.0 && classifierOnly(spec.key));
            const bool missing =
                (spec.trainingOnly && untrained) || unevaluated || ((spec.zeroIsUnknown || !ranked[i]) && value == 0.0);
            if (!missing) {
                cell.value = value;
                cell.text = spec.format(value);
            } else {
                cell.text = kMissing;
            }
            row.cells.push_back(std::move(cell));
        }
        markBest(row, ranked);
        m_rows.push_back(std::move(row));
    }
}

const MetricRow* MetricTable::row(const std::string& key) const {
    for (const MetricRow& r : m_rows)
        if (r.key == key)
            return &r;
    return nullptr;
}

bool MetricTable::anyUnranked() const {
    return std::any_of(m_outcomes.begin(), m_outcomes.end(), [](RunOutcome o) { return !runIsRanked(o); });
}

std::string MetricTable::outcomeMark(std::size_t column) const {
    const RunOutcome outcome = m_outcomes.at(column);
    return runIsRanked(outcome) ? std::string() : runOutcomeName(outcome);
}

std::string MetricTable::heading(std::size_t column) const {
    const std::string mark = outcomeMark(column);
    return mark.empty() ? m_columns.at(column) : m_columns.at(column) + " (" + mark + ")";
}

std::string MetricTable::markdown(bool referenceRowsOnly) const {
    std::string out = "| Metric |";
    std::string rule = "|---|";
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        out += " " + ReportText::escapeMarkdownCell(heading(i)) + " |";
        rule += "---|";
    }
    out += "\n" + rule + "\n";
    for (const MetricRow& row : m_rows) {
        if (referenceRowsOnly && !row.reference)
            continue;
        out += "| " + row.label + " |";
        for (const MetricCell& cell : row.cells)
            out += " " + cell.text + " |";
        out += "\n";
    }
    return out;
}

std::vector<MetricTextRow> metricTableText(const std::vector<RunResult>& runs) {
    const MetricTable table(runs);
    std::vector<MetricTextRow> out;
    for (const MetricRow& row : table.rows()) {
        MetricTextRow text{row.label, {}};
        for (const MetricCell& cell : row.cells)
            text.cells.push_back(cell.text);
        out.push_back(std::move(text));
    }
    return out;
}

std::vector<MetricRow> metricTableRows(const std::vector<RunResult>& runs) {
    return MetricTable(runs).rows();
}

std::string metricTableMarkdown(const std::vector<RunResult>& runs) {
    return MetricTable(runs).markdown();
}

} // namespace litetune
