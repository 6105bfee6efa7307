// RunFolders: looking after a run folder outside a run — the name a user gives it, whether a
// process is running it now, and the checkpoint `train --resume` would continue it from. The GUI's
// run list uses these; run.json stays the engine's to read and write.
#pragma once

#include "api/Results.h"

#include <cstddef>
#include <filesystem>
#include <string>

namespace litetune {

// Longest name renameRun accepts, in bytes of UTF-8.
inline constexpr std::size_t kMaxRunNameBytes = 200;

// Names the run: kept in run.json's "display_name" (rewritten atomically, every other field kept
// as it is), shown instead of its recorded "name" by listRuns and loadRun. An empty name removes
// it, and the run shows its recorded name again. BadInput for a folder without a LiteTune
// run.json, a run that is in use, or a name longer than kMaxRunNameBytes, with control characters
// or not UTF-8.
void renameRun(const std::filesystem::path& runDir, const std::string& name);

// The name a run is shown by in every list, header and menu: the name a user gave it, else its
// recorded name (the method's, "Full fine-tune") and the local time it started,
// "Full fine-tune · 2026-12-05 10:45", so two runs of one method can be told apart. A result
// handed over in memory (no start time) keeps its recorded name. A report's column shows it where
// two columns would share a name (report/MetricTable.cpp); torch-free (runs/RunStore.cpp).
std::string runLabel(const RunResult& run);

// Whether a process, this one included, is running the run now (it holds the run's lock, or the
// lock of the comparison the run belongs to).
bool runInUse(const std::filesystem::path& runDir);

// The newest complete checkpoint of a run `train --resume` can continue (one that neither finished
// nor is running: cancelled, failed or interrupted); empty for every other run.
std::filesystem::path resumeCheckpoint(const std::filesystem::path& runDir);

} // namespace litetune
