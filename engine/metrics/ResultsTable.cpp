// The summary table's rows and formats. Reference: design.md's table (whose "Samples per Second"
// and "Steps per Second" are the evaluation's rates: 108.258 samples/s × 208 s ≈ the validation
// split, so they map to eval_samples_per_second and eval_steps_per_second).
#include "metrics/ResultsTable.h"

#include <cmath>
#include <cstdio>
#include <functional>

namespace litetune {

namespace {

const char* kDash = "\u2014";

std::string printf1(const char* format, double value) {
    char text[64];
    std::snprintf(text, sizeof text, format, value);
    return text;
}

std::string formatEpoch(double epoch) {
    std::string text = printf1("%.2f", epoch);
    while (text.size() > 3 && text.back() == '0' && text[text.size() - 2] != '.')
        text.pop_back();
    return text;
}

bool trained(const RunResult& r) {
    return r.config.method != Method::Evaluate;
}

bool evaluated(const RunResult& r) {
    return r.eval.samples > 0;
}

} // namespace

std::string formatDuration(double seconds) {
    if (!(seconds >= 0.0))
        return kDash;
    if (seconds < 60.0)
        return printf1("%.1f sec", seconds);
    const auto total = static_cast<long long>(std::llround(seconds));
    if (total < 3600)
        return std::to_string(total / 60) + " min " + std::to_string(total % 60) + " sec";
    return std::to_string(total / 3600) + " hr " + std::to_string((total % 3600) / 60) + " min";
}

std::string formatPercent(double fraction) {
    return printf1("%.2f%%", fraction * 100.0);
}

std::string formatBytes(std::int64_t bytes) {
    if (bytes < 1024)
        return std::to_string(bytes) + " B";
    const char* units[] = {"KiB", "MiB", "GiB", "TiB"};
    double value = static_cast<double>(bytes) / 1024.0;
    int unit = 0;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    return printf1(value >= 100.0 ? "%.0f" : value >= 10.0 ? "%.1f" : "%.2f", value) + " " + units[unit];
}

std::string formatCount(std::int64_t count) {
    std::string digits = std::to_string(count < 0 ? -count : count);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return count < 0 ? "-" + out : out;
}

std::vector<ResultsRow> resultsTable(const std::vector<RunResult>& runs) {
    using Cell = std::function<std::string(const RunResult&)>;
    const auto ifTrained = [](Cell cell) {
        return [cell](const RunResult& r) { return trained(r) ? cell(r) : kDash; };
    };
    const auto ifEvaluated = [](Cell cell) {
        return [cell](const RunResult& r) { return evaluated(r) ? cell(r) : kDash; };
    };
    const std::pair<const char*, Cell> rows[] = {
        {"Training Loss", ifTrained([](const RunResult& r) { return printf1("%.4f", r.trainLoss); })},
        {"Validation Loss", ifEvaluated([](const RunResult& r) { return printf1("%.4f", r.eval.loss); })},
        {"Accuracy", ifEvaluated([](const RunResult& r) { return formatPercent(r.eval.accuracy); })},
        {"F1 Score", ifEvaluated([](const RunResult& r) { return formatPercent(r.eval.f1Weighted); })},
        {"Precision", ifEvaluated([](const RunResult& r) { return formatPercent(r.eval.precisionWeighted); })},
        {"Recall", ifEvaluated([](const RunResult& r) { return formatPercent(r.eval.recallWeighted); })},
        {"Training Duration", ifTrained([](const RunResult& r) { return formatDuration(r.trainRuntime); })},
        {"Eval Runtime", ifEvaluated([](const RunResult& r) { return formatDuration(r.eval.runtimeSeconds); })},
        {"Samples per Second",
         ifEvaluated([](const RunResult& r) { return printf1("%.3f", r.eval.samplesPerSecond); })},
        {"Steps per Second", ifEvaluated([](const RunResult& r) { return printf1("%.3f", r.eval.stepsPerSecond); })},
        {"Epoch", ifTrained([](const RunResult& r) { return formatEpoch(r.epoch); })},
        {"Macro F1", ifEvaluated([](const RunResult& r) { return formatPercent(r.eval.f1Macro); })},
        {"Trainable Params", [](const RunResult& r) { return formatCount(r.trainableParams); }},
        {"Peak Memory",
         [](const RunResult& r) { return r.peakMemoryBytes > 0 ? formatBytes(r.peakMemoryBytes) : kDash; }},
        {"Adapter Size", [](const RunResult& r) { return r.adapterBytes > 0 ? formatBytes(r.adapterBytes) : kDash; }},
    };
    std::vector<ResultsRow> table;
    for (const auto& [metric, cell] : rows) {
        ResultsRow row{metric, {}};
        for (const auto& run : runs)
            row.values.push_back(cell(run));
        table.push_back(std::move(row));
    }
    return table;
}

std::string resultsMarkdown(const std::vector<RunResult>& runs) {
    std::string out = "| Metric |";
    std::string rule = "|---|";
    for (const auto& run : runs) {
        out += " " + (run.name.empty() ? std::string(methodName(run.config.method)) : run.name) + " |";
        rule += "---|";
    }
    out += "\n" + rule + "\n";
    for (const auto& row : resultsTable(runs)) {
        out += "| " + row.metric + " |";
        for (const auto& value : row.values)
            out += " " + value + " |";
        out += "\n";
    }
    return out;
}

std::string resultsText(const std::vector<RunResult>& runs) {
    std::string out;
    for (const auto& row : resultsTable(runs)) {
        std::string line = row.metric;
        line.resize(20, ' ');
        for (const auto& value : row.values)
            line += value + "   ";
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out += line + "\n";
    }
    return out;
}

} // namespace litetune
