// MetricsFiles: the machine-readable parts of a report. metrics.csv has one row per Trainer-named
// metric (the man page (packaging/litetune-cli.1)) and one column per run, numbers written exactly (shortest round-trip
// form, empty where a run lacks the metric or the results table shows "—", e.g. train_loss of a base
// evaluation or what a cancelled run never reached). metrics.json holds
// {"format": "litetune-report", "version": 1, "created_at", "litetune_version", "runs": [...]}, one
// object per run: "name", "method", "status" (runOutcomeName: "finished", "cancelled", "failed",
// "unfinished"), "folder" (its files in the bundle) and everything the run's own
// metrics.json holds — the flat RunResult::trainerMetrics(), "labels", "per_class" and
// "confusion_matrix" (runs/ResultJson), so scripts read either file the same way.
#pragma once

#include "report/ReportModel.h"

#include <string>

namespace litetune {

class MetricsFiles {
public:
    explicit MetricsFiles(const ReportModel& model);

    std::string csv() const;
    std::string json() const;

private:
    const ReportModel& m_model;
};

} // namespace litetune
