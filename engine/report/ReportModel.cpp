// The prepared report (see ReportModel.h).
#include "report/ReportModel.h"

#include "data/EmojiTable.h"
#include "report/ReportText.h"
#include "report/SvgBarChart.h"
#include "report/SvgConfusionMatrix.h"
#include "report/SvgLineChart.h"
#include "runs/RunManifest.h"
#include "util/Error.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <set>

namespace litetune {

namespace fs = std::filesystem;

namespace {

std::string utcNow() {
    const std::time_t now = std::time(nullptr);
    std::tm parts{};
    gmtime_r(&now, &parts);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return buffer;
}

} // namespace

ReportModel::ReportModel(ReportInput input)
    : m_input(std::move(input))
    , m_metrics(m_input.runs)
    , m_configs(m_input.runs)
    , m_createdAt(m_input.createdAt.empty() ? utcNow() : m_input.createdAt) {
    if (m_input.runs.empty())
        throwBadInput("a report needs at least one run, none were given");
    std::set<std::string> seen;
    for (const RunResult& run : m_input.runs)
        for (const std::string& name : run.eval.labels)
            if (seen.insert(name).second)
                m_labelNames.push_back(name);
    for (const auto& [name, count] : m_input.labelCounts)
        if (seen.insert(name).second)
            m_labelNames.push_back(name);
    scanRuns();
    buildPlots();
    m_diffs = buildReportDiffs(m_input.runs, m_metrics.columns(),
                               [this](const std::string& name) { return axisLabel(name); });
}

std::string ReportModel::glyph(const std::string& labelName) const {
    const auto it = m_input.labelGlyphs.find(labelName);
    return it != m_input.labelGlyphs.end() ? it->second : EmojiTable::glyphForLabel(labelName);
}

SvgLabel ReportModel::axisLabel(const std::string& labelName) const {
    const std::string g = glyph(labelName);
    if (g.empty())
        return {labelName, labelName, false};
    return {g, g == labelName ? labelName : g + " " + labelName, true};
}

std::string ReportModel::safeFolderName(const std::string& name) {
    std::string out;
    for (const char c : name) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                           c == '-' || c == '_';
        out += plain ? c : '_';
    }
    while (!out.empty() && out.front() == '.')
        out.front() = '_';
    if (out.size() > 60)
        out.resize(60);
    return out.empty() ? "run" : out;
}

void ReportModel::scanRuns() {
    std::set<std::string> used;
    for (std::size_t i = 0; i < m_input.runs.size(); ++i) {
        const RunResult& run = m_input.runs[i];
        ReportRunFiles files;
        const std::string base = safeFolderName(m_metrics.columns()[i]);
        files.folder = base;
        for (int n = 2; !used.insert(files.folder).second; ++n)
            files.folder = base + "-" + std::to_string(n);
        std::error_code ec;
        const fs::path dir = run.runDir;
        if (!run.runDir.empty() && fs::is_directory(dir, ec)) {
            for (const char* name : {"run.json", "metrics.json", "history.csv", "predictions.csv"})
                if (fs::is_regular_file(dir / name, ec) && !fs::is_symlink(dir / name, ec))
                    files.files.push_back(name);
            const fs::path adapter = dir / "adapter";
            if (run.config.method == Method::Lora && fs::is_directory(adapter, ec)) {
                for (const auto& item : fs::recursive_directory_iterator(adapter, ec))
                    if (item.is_regular_file() && !item.is_symlink())
                        files.adapterFiles.push_back(fs::relative(item.path(), adapter).generic_string());
                std::sort(files.adapterFiles.begin(), files.adapterFiles.end());
            }
            if (fs::is_regular_file(dir / "history.csv", ec)) {
                try {
                    files.history = HistoryLog::load(dir / "history.csv").rows();
                } catch (const Error& error) {
                    files.historyProblem = error.what();
                }
            }
            if (fs::is_regular_file(dir / kRunManifestFile, ec)) {
                try {
                    files.manifest = readRunManifest(dir);
                } catch (const Error&) {
                    // The environment table then shows the run's config only.
                }
            }
        }
        m_files.push_back(std::move(files));
    }
}

void ReportModel::buildPlots() {
    const std::vector<std::string>& columns = m_metrics.columns();
    for (std::size_t i = 0; i < m_input.runs.size(); ++i) {
        const EvalReport& eval = m_input.runs[i].eval;
        const std::size_t n = eval.labels.size();
        if (n == 0 || eval.confusion.size() != n * n)
            continue;
        std::vector<SvgLabel> labels;
        for (const std::string& name : eval.labels)
            labels.push_back(axisLabel(name));
        SvgConfusionMatrix matrix(std::move(labels), eval.confusion, columns[i]);
        m_confusion.push_back({"confusion-" + std::to_string(i + 1) + ".svg",
                               "Confusion matrix of " + columns[i] + " (colour: share of the true label's row)",
                               matrix.svg(), matrix.width(), matrix.height(), i});
    }

    std::vector<SvgLabel> categories;
    for (const std::string& name : m_labelNames)
        categories.push_back(axisLabel(name));
    std::vector<SvgBarSeries> f1Series;
    bool anyF1 = false;
    for (std::size_t i = 0; i < m_input.runs.size(); ++i) {
        const EvalReport& eval = m_input.runs[i].eval;
        SvgBarSeries series{columns[i], {}};
        for (const std::string& name : m_labelNames) {
            const auto it = std::find(eval.labels.begin(), eval.labels.end(), name);
            const auto index = static_cast<std::size_t>(it - eval.labels.begin());
            const bool known = it != eval.labels.end() && index < eval.perClassF1.size();
            series.values.push_back(known ? eval.perClassF1[index] : NAN);
            anyF1 = anyF1 || known;
        }
        f1Series.push_back(std::move(series));
    }
    if (anyF1) {
        SvgBarChart::Options options;
        options.percent = true;
        options.maxValue = 1.0;
        options.axisTitle = "F1";
        SvgBarChart chart("Per-class F1", categories, std::move(f1Series), options);
        m_perClass = ReportPlot{"per-class-f1.svg", "F1 score of each label, runs side by side",
                                chart.svg(),        chart.width(),
                                chart.height(),     0};
    }

    SvgBarSeries counts{"examples", {}};
    std::string source = m_input.labelCountsSource;
    if (!m_input.labelCounts.empty()) {
        for (const std::string& name : m_labelNames) {
            const auto it = m_input.labelCounts.find(name);
            counts.values.push_back(it != m_input.labelCounts.end() ? static_cast<double>(it->second) : 0.0);
        }
    } else {
        const EvalReport& eval = m_input.runs.front().eval;
        source = "evaluation split (support)";
        for (const std::string& name : m_labelNames) {
            const auto it = std::find(eval.labels.begin(), eval.labels.end(), name);
            const auto index = static_cast<std::size_t>(it - eval.labels.begin());
            counts.values.push_back(index < eval.support.size() ? static_cast<double>(eval.support[index]) : NAN);
        }
    }
    if (std::any_of(counts.values.begin(), counts.values.end(), [](double v) { return std::isfinite(v); })) {
        SvgBarChart::Options options;
        options.valueLabels = true;
        options.axisTitle = "examples";
        SvgBarChart chart("Label distribution", categories, {counts}, options);
        m_labelDistribution = ReportPlot{
            "label-distribution.svg", "Examples per label: " + source, chart.svg(), chart.width(), chart.height(), 0};
    }

    for (std::size_t i = 0; i < m_input.runs.size(); ++i) {
        SvgLineSeries train{"training loss", {}, 0, false, false};
        SvgLineSeries evalLoss{"eval loss", {}, 1, true, true};
        for (const HistoryRow& row : m_files[i].history) {
            if (row.loss)
                train.points.emplace_back(static_cast<double>(row.step), *row.loss);
            if (row.evalLoss)
                evalLoss.points.emplace_back(static_cast<double>(row.step), *row.evalLoss);
        }
        SvgLineChart::Options options;
        options.yTitle = "loss";
        SvgLineChart chart("Loss of " + columns[i], {train, evalLoss}, options);
        if (!chart.hasData())
            continue;
        m_curves.push_back({"curves-" + std::to_string(i + 1) + ".svg",
                            "Training and evaluation loss of " + columns[i] + " against the optimizer step",
                            chart.svg(), chart.width(), chart.height(), i});
    }
}

std::vector<const ReportPlot*> ReportModel::allPlots() const {
    std::vector<const ReportPlot*> out;
    for (const ReportPlot& plot : m_confusion)
        out.push_back(&plot);
    if (m_perClass)
        out.push_back(&*m_perClass);
    if (m_labelDistribution)
        out.push_back(&*m_labelDistribution);
    for (const ReportPlot& plot : m_curves)
        out.push_back(&plot);
    for (const ReportDiff& diff : m_diffs)
        if (diff.refusal.empty()) {
            out.push_back(&diff.matrix);
            out.push_back(&diff.f1Delta);
        }
    return out;
}

std::vector<std::string> ReportModel::bundledFiles(std::size_t index) const {
    const ReportRunFiles& files = m_files.at(index);
    std::vector<std::string> out;
    for (const std::string& name : files.files)
        out.push_back("runs/" + files.folder + "/" + name);
    for (const std::string& name : files.adapterFiles)
        out.push_back("runs/" + files.folder + "/adapter/" + name);
    return out;
}

} // namespace litetune
