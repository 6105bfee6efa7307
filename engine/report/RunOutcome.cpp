// How a run ended (api/Report.h, runOutcome). run.json's status is the record; RunResult::cancelled
// alone cannot tell a failed or interrupted run, whose folder holds no metrics.json and so loads as
// a run of zeros that would otherwise win every "lower is better" row.
#include "api/Report.h"

#include "runs/RunManifest.h"
#include "util/Error.h"

#include <filesystem>

namespace litetune {

namespace fs = std::filesystem;

RunOutcome runOutcome(const RunResult& run) {
    if (run.cancelled)
        return RunOutcome::Cancelled;
    if (run.heldByPid != 0)
        return RunOutcome::Unfinished;
    std::error_code ec;
    if (run.runDir.empty() || !fs::is_regular_file(fs::path(run.runDir) / kRunManifestFile, ec))
        return RunOutcome::Finished; // a result handed over in memory is a finished one
    try {
        const std::string status = readRunManifest(run.runDir).status;
        if (status == "cancelled")
            return RunOutcome::Cancelled;
        if (status == "failed")
            return RunOutcome::Failed;
        if (status == "running")
            return RunOutcome::Unfinished; // running now, or its process died
    } catch (const Error&) {
        // A damaged run.json: the results it left are all there is to go on.
    }
    return RunOutcome::Finished;
}

bool runIsRanked(RunOutcome outcome) {
    return outcome == RunOutcome::Finished;
}

const char* runOutcomeName(RunOutcome outcome) {
    switch (outcome) {
    case RunOutcome::Finished:
        return "finished";
    case RunOutcome::Cancelled:
        return "cancelled";
    case RunOutcome::Failed:
        return "failed";
    case RunOutcome::Unfinished:
        return "unfinished";
    }
    return "finished";
}

} // namespace litetune
