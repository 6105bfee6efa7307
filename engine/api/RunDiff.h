// RunDiff: what changed between two runs evaluated on the same data — the confusion difference
// matrix (B − A), per-class F1 of both, and the samples B fixed and B broke, each with both runs'
// predictions. Read from each run's run.json and predictions.csv (engine/report/RunDiff.cpp); used by
// `litetune-cli diff`, the reports' "What changed between runs" section and the GUI's Results and
// Dataset places. Plain values only, torch-free.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace litetune {

struct DiffSample {
    std::int64_t index = 0; // row in the evaluated split (predictions.csv index)
    int label = -1;         // true class
    int predictedA = 0, predictedB = 0;
    float probabilityA = 0.f, probabilityB = 0.f; // each run's probability of its predicted class
};

struct RunDiff {
    std::string runA, runB;                   // run folders as given
    std::string nameA, nameB;                 // display labels (runLabel of api/RunFolders.h)
    std::vector<std::string> labels;          // class names, index = class id
    std::vector<std::int64_t> confusionDelta; // row-major [true][predicted], B − A, labels.size()^2
    std::vector<double> f1A, f1B;             // per class, from the predictions
    double accuracyA = 0, accuracyB = 0, macroF1A = 0, macroF1B = 0;
    std::int64_t samples = 0;        // rows compared (both predictions.csv)
    std::string split;               // the evaluated split's name ("test", "validation")
    std::vector<DiffSample> fixed;   // A wrong, B right, in split order
    std::vector<DiffSample> broken;  // A right, B wrong, in split order
    std::vector<DiffSample> changed; // every sample whose prediction differs, in split order

    // Samples whose [true][pred] count changed: those where A or B predicted `predicted` for a
    // `trueLabel` sample and the other did not.
    std::vector<DiffSample> cell(int trueLabel, int predicted) const;
};

// Reads both runs' run.json and predictions.csv. Throws BadInput naming the run folder when a run
// has no predictions, or the two were evaluated on different data (dataset fingerprint/split/size
// or label set differ).
RunDiff diffRuns(const std::string& runFolderA, const std::string& runFolderB);

// Why two runs cannot be diffed (the message diffRuns would throw), empty when they can. Reports use
// it to print a one-line note instead of the section.
std::string diffRefusal(const std::string& runFolderA, const std::string& runFolderB);

// The texts of the evaluated split run A saw, index = DiffSample::index, read again from its data
// (run.json's config); empty when the data cannot be read, lacks the split, or no longer holds what
// the run was trained on (its fingerprint differs from run.json's). Costs a dataset load.
std::vector<std::string> diffSampleTexts(const RunDiff& diff);

} // namespace litetune
