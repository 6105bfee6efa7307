// RunDiffFixtures: run folders for the run-diff tests, written with the engine's own writers
// (run.json, metrics.json, predictions.csv) so they look exactly like real ones: a method, a
// data fingerprint and one prediction per row of a shared, made-up evaluation split.
#pragma once

#include "api/Results.h"

#include <filesystem>
#include <string>
#include <vector>

namespace litetune::test {

struct DiffRow {
    int label = 0;
    int predicted = 0;
    float probability = 0.5f;
};

// `rows` of an evaluation split over `labels`; predictions.csv row i has index i.
RunResult writeDiffRun(const std::filesystem::path& dir, const std::string& name, Method method,
                       const std::string& fingerprint, const std::vector<std::string>& labels,
                       const std::vector<DiffRow>& rows);

// `count` rows with true labels drawn from `classes`, and predictions that are right with
// probability `skill`, both from `seed`; the labels are the same for the same count, classes and
// labelSeed, so runs made with other seeds share their data.
std::vector<DiffRow> drawRows(std::size_t count, int classes, double skill, unsigned seed, unsigned labelSeed = 7);

} // namespace litetune::test
