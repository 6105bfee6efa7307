// ReportFixtures: three runs as the report tests need them — a base evaluation, a full fine-tune
// and a LoRA run over three labels (one never predicted, one whose name holds < & " '), with
// small run folders on disk (run.json, metrics.json, predictions.csv, history.csv for the trained
// runs, and adapter/ with two files for the LoRA run). The numbers echo docs/architecture.md's reference table.
#pragma once

#include "report/ReportInput.h"

#include <filesystem>

namespace litetune::test {

inline const char* const kOddLabel = "x<&\"y'"; // never predicted by any run

// Writes the run folders under `root` and returns the report input that names them.
ReportInput makeReportFixture(const std::filesystem::path& root);

} // namespace litetune::test
