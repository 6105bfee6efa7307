// The runs on disk (api/Workbench.h): where they live, listing them, loading one run's results
// and predictions. Torch-free, so the GUI's run list needs no model code. Listing skips folders
// that are not readable runs rather than failing the whole list on one damaged folder.
#include "api/RunFolders.h"
#include "api/Workbench.h"

#include "runs/ResultJson.h"
#include "runs/RunManifest.h"
#include "train/PredictionsFile.h"
#include "util/Error.h"
#include "util/HomeDirectory.h"
#include "util/RunLock.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iomanip>
#include <sstream>

#include <unistd.h>

namespace litetune {

namespace fs = std::filesystem;

namespace {

std::string env(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}

bool isRunFolder(const fs::path& dir) {
    std::error_code ec;
    return fs::is_regular_file(dir / kRunManifestFile, ec);
}

// "2026-12-05T10:45:07Z" (UTC) as "2026-12-05 10:45" in local time; empty when it does not parse.
std::string localMinute(const std::string& isoUtc) {
    std::tm utc{};
    std::istringstream in(isoUtc);
    in >> std::get_time(&utc, "%Y-%m-%dT%H:%M:%SZ");
    if (in.fail())
        return {};
    const std::time_t when = timegm(&utc);
    std::tm local{};
    localtime_r(&when, &local);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M", &local);
    return buffer;
}

} // namespace

fs::path defaultRunsRoot() {
    if (const std::string runs = env("LITETUNE_RUNS"); !runs.empty())
        return runs;
    if (const std::string data = env("XDG_DATA_HOME"); !data.empty())
        return fs::path(data) / "LiteTune" / "runs";
    const fs::path home = homeDirectory();
    if (home.empty())
        throwFailure("cannot tell where to keep runs: no home folder is known; set HOME or LITETUNE_RUNS");
    return home / ".local" / "share" / "LiteTune" / "runs";
}

RunResult loadRun(const fs::path& runDir) {
    const RunManifest manifest = readRunManifest(runDir);
    RunResult result;
    result.runDir = runDir.string();
    result.name = manifest.displayName.empty() ? manifest.name : manifest.displayName;
    result.named = !manifest.displayName.empty();
    result.startedAt = manifest.startedAt;
    result.config = manifest.config;
    result.worldSize = manifest.worldSize; // also for a run that stopped before its metrics.json
    result.cancelled = manifest.status == "cancelled";
    if (const long holder = runLockHolder(runDir); holder != 0 && holder != static_cast<long>(::getpid()))
        result.heldByPid = holder;
    const fs::path metricsFile = runDir / "metrics.json";
    std::error_code ec;
    if (!fs::is_regular_file(metricsFile, ec))
        return result;
    if (fs::file_size(metricsFile, ec) > (64u << 20))
        throwBadInput(metricsFile.string() + " is larger than 64 MiB, more than a metrics file holds");
    std::ifstream in(metricsFile, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(buffer.str());
    } catch (const nlohmann::json::parse_error& error) {
        throwBadInput(metricsFile.string() + " is not valid JSON: " + error.what());
    }
    readRunMetrics(json, result, metricsFile.string());
    result.cancelled = result.cancelled || manifest.status == "cancelled";
    return result;
}

std::vector<RunResult> listRuns(const fs::path& runsRoot) {
    std::vector<fs::path> folders;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(runsRoot, ec)) {
        if (!entry.is_directory(ec))
            continue;
        if (isRunFolder(entry.path())) {
            folders.push_back(entry.path());
            continue;
        }
        // A comparison folder holds one run folder per method.
        std::error_code inner;
        for (const auto& child : fs::directory_iterator(entry.path(), inner))
            if (child.is_directory(inner) && isRunFolder(child.path()))
                folders.push_back(child.path());
    }
    std::sort(folders.begin(), folders.end());
    std::vector<RunResult> runs;
    for (const auto& folder : folders) {
        try {
            runs.push_back(loadRun(folder));
        } catch (const Error&) {
            // A damaged or half-copied folder: leave it out of the list.
        }
    }
    return runs;
}

std::vector<SamplePrediction> loadPredictions(const fs::path& runDir) {
    return readPredictions(runDir / "predictions.csv");
}

std::string runLabel(const RunResult& run) {
    if (run.named || run.startedAt.empty())
        return run.name;
    const std::string started = localMinute(run.startedAt);
    return started.empty() ? run.name : run.name + " · " + started;
}

} // namespace litetune
