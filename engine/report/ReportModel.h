// ReportModel: a ReportInput prepared once for every output of the report — each run's files
// found on disk (history.csv parsed, run.json read), a unique file-system-safe folder name per run
// for the bundle, the labels with their glyphs, the results and config tables, and every plot as
// an SVG string with a stable name. The HTML writers and the bundle writer only read it.
// Deliberately tolerant of damaged run folders: an unreadable history.csv or run.json costs its
// chart or environment row (with a note), not the whole report.
#pragma once

#include "api/Report.h" // ReportInput, ReportPlot
#include "report/ConfigTable.h"
#include "report/MetricTable.h"
#include "report/ReportDiffs.h"
#include "report/SvgWriter.h"
#include "runs/RunManifest.h"
#include "train/HistoryLog.h"

#include <optional>
#include <string>
#include <vector>

namespace litetune {

struct ReportRunFiles {
    std::string folder;                    // under runs/ in the bundle: unique, [A-Za-z0-9._-] only
    std::vector<std::string> files;        // present among run.json, metrics.json, history.csv, predictions.csv
    std::vector<std::string> adapterFiles; // LoRA runs: regular files under adapter/, '/'-separated
    std::vector<HistoryRow> history;
    std::string historyProblem; // why history.csv could not be used (empty when fine or absent)
    std::optional<RunManifest> manifest;
};

class ReportModel {
public:
    explicit ReportModel(ReportInput input);

    const ReportInput& input() const { return m_input; }
    const std::vector<RunResult>& runs() const { return m_input.runs; }
    const std::vector<ReportRunFiles>& runFiles() const { return m_files; }
    const std::vector<std::string>& labelNames() const { return m_labelNames; } // union, first-seen order
    std::string glyph(const std::string& labelName) const;
    SvgLabel axisLabel(const std::string& labelName) const;
    const MetricTable& metrics() const { return m_metrics; }
    const ConfigTable& configs() const { return m_configs; }
    const std::string& createdAt() const { return m_createdAt; }

    const std::vector<ReportPlot>& confusionPlots() const { return m_confusion; }
    const std::vector<ReportPlot>& curvePlots() const { return m_curves; }
    const std::optional<ReportPlot>& perClassPlot() const { return m_perClass; }
    const std::optional<ReportPlot>& labelPlot() const { return m_labelDistribution; }
    std::vector<const ReportPlot*> allPlots() const;
    // "What changed between runs": each run after the first against its reference (ReportDiffs.h).
    const std::vector<ReportDiff>& diffs() const { return m_diffs; }

    // "runs/<folder>/<file>" for every file the bundle will hold for run `index` (adapter files included).
    std::vector<std::string> bundledFiles(std::size_t index) const;

    // "My run/1" → "My_run_1": letters, digits, '.', '-', '_' only, no leading dot, at most 60 bytes.
    static std::string safeFolderName(const std::string& name);

private:
    void scanRuns();
    void buildPlots();

    ReportInput m_input;
    std::vector<ReportRunFiles> m_files;
    std::vector<std::string> m_labelNames;
    MetricTable m_metrics;
    ConfigTable m_configs;
    std::string m_createdAt;
    std::vector<ReportPlot> m_confusion;
    std::vector<ReportPlot> m_curves;
    std::optional<ReportPlot> m_perClass;
    std::optional<ReportPlot> m_labelDistribution;
    std::vector<ReportDiff> m_diffs;
};

} // namespace litetune
