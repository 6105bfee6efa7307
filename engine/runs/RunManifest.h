// RunManifest: run.json — what a run was asked to do and how it went: the config, versions,
// seed, method, device, start/end time and status ("running", "completed", "cancelled",
// "failed", "stopped-early"). Rewritten atomically when the status changes.
#pragma once

#include "api/TrainConfig.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace litetune {

struct RunManifest {
    std::string name;
    TrainConfig config;
    std::string status = "running";
    std::string message;   // why it failed or stopped, empty otherwise
    std::string startedAt; // ISO 8601 UTC
    std::string finishedAt;
    std::string torchVersion;
    std::string device;    // resolved device, e.g. "cpu", "cuda:0"
    std::string precision; // resolved precision, e.g. "fp32"
    int threads = 0;
    // Data-parallel workers (TrainingArguments.world_size); the global batch is config.batchSize ×
    // worldSize, so a resume needs as many. 1 in run.json of older runs and one-process runs.
    int worldSize = 1;
    std::string dataFingerprint; // datasetFingerprint() when the run started; empty in older runs
    std::string displayName;     // the user's name for the run (api/RunFolders.h, renameRun); empty: name
    // The best evaluation by config.metricForBestModel (RunResult's best* fields); written only when
    // a run recorded one (bestGlobalStep >= 0), under trainer_state.json's names.
    double bestMetric = 0.0;
    std::int64_t bestGlobalStep = -1;
    std::string bestModelCheckpoint; // relative to the run folder
    bool bestModelLoaded = false;
};

std::string isoTimeNow();
void writeRunManifest(const std::filesystem::path& runDir, const RunManifest& manifest);
inline constexpr const char* kRunManifestFile = "run.json";

RunManifest readRunManifest(const std::filesystem::path& runDir); // BadInput naming run.json when malformed

} // namespace litetune
