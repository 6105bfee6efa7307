// diffRuns (api/RunDiff.h): two runs' predictions.csv side by side. Both files list the evaluated
// split in order, so row i of one is row i of the other when the runs saw the same data; every row's
// index and true label are checked, on top of run.json's data fingerprint and the evaluated split,
// before anything is compared.
#include "api/RunDiff.h"

#include "api/Dataset.h"
#include "api/RunFolders.h"
#include "api/Workbench.h"
#include "metrics/ClassificationScores.h"
#include "runs/RunManifest.h"
#include "util/Error.h"

#include <algorithm>
#include <filesystem>
#include <optional>

namespace litetune {

namespace fs = std::filesystem;

namespace {

struct DiffSide {
    std::string folder;
    RunResult result;
    std::string fingerprint;
    std::vector<SamplePrediction> predictions;
};

// Class names of a run: its evaluation's labels, else "0", "1", ... up to the highest class seen.
std::vector<std::string> classNames(const DiffSide& side) {
    if (!side.result.eval.labels.empty())
        return side.result.eval.labels;
    int highest = -1;
    for (const SamplePrediction& p : side.predictions)
        highest = std::max({highest, p.label, p.predicted});
    std::vector<std::string> names;
    for (int i = 0; i <= highest; ++i)
        names.push_back(std::to_string(i));
    return names;
}

void checkClasses(const DiffSide& side, int classes) {
    for (const SamplePrediction& p : side.predictions)
        if (p.label >= classes || p.predicted < 0 || p.predicted >= classes)
            throwBadInput(side.folder + "/predictions.csv: index " + std::to_string(p.index) + " names class " +
                          std::to_string(std::max(p.label, p.predicted)) + ", but the run has " +
                          std::to_string(classes) + " labels");
}

DiffSide readSide(const std::string& folder) {
    DiffSide side;
    side.folder = folder;
    side.result = loadRun(folder);
    side.fingerprint = readRunManifest(folder).dataFingerprint;
    std::error_code ec;
    if (!fs::is_regular_file(fs::path(folder) / "predictions.csv", ec))
        throwBadInput(folder +
                      " has no predictions.csv: only an evaluated classifier run can be compared sample by sample");
    side.predictions = loadPredictions(folder);
    checkClasses(side, static_cast<int>(classNames(side).size()));
    return side;
}

// Runs whose heads hold the same label names in another order (a head kept from a checkpoint,
// runs/RunInputs.h) are compared by name: B's class ids become A's.
void alignClasses(const DiffSide& a, DiffSide& b) {
    const std::vector<std::string> namesA = classNames(a);
    const std::vector<std::string> namesB = classNames(b);
    if (namesA == namesB || !std::is_permutation(namesA.begin(), namesA.end(), namesB.begin(), namesB.end()))
        return;
    std::vector<int> toA(namesB.size());
    for (std::size_t i = 0; i < namesB.size(); ++i)
        toA[i] = static_cast<int>(std::find(namesA.begin(), namesA.end(), namesB[i]) - namesA.begin());
    for (SamplePrediction& p : b.predictions) {
        if (p.label >= 0)
            p.label = toA[static_cast<std::size_t>(p.label)];
        p.predicted = toA[static_cast<std::size_t>(p.predicted)];
    }
    b.result.eval.labels = namesA;
}

// The reason the two runs were evaluated on different data, empty when they were not.
std::string dataMismatch(const DiffSide& a, const DiffSide& b) {
    const std::string pair = a.folder + " and " + b.folder;
    // (alignClasses has run: the same names in another order count as the same labels.)
    if (!a.fingerprint.empty() && !b.fingerprint.empty() && a.fingerprint != b.fingerprint)
        return pair + " were trained on different data (run.json \"data_fingerprint\" differs)";
    const std::string& splitA = a.result.eval.split;
    const std::string& splitB = b.result.eval.split;
    if (!splitA.empty() && !splitB.empty() && splitA != splitB)
        return pair + " were evaluated on different splits (" + splitA + " and " + splitB + ")";
    if (classNames(a) != classNames(b))
        return pair + " have different label sets (metrics.json \"labels\" differs)";
    if (a.predictions.size() != b.predictions.size())
        return pair + " were evaluated on different data: predictions.csv holds " +
               std::to_string(a.predictions.size()) + " and " + std::to_string(b.predictions.size()) + " rows";
    for (std::size_t i = 0; i < a.predictions.size(); ++i) {
        const SamplePrediction& pa = a.predictions[i];
        const SamplePrediction& pb = b.predictions[i];
        if (pa.index != pb.index || pa.label != pb.label)
            return pair + " were evaluated on different data: predictions.csv row " + std::to_string(i + 1) +
                   " has index/label " + std::to_string(pa.index) + "/" + std::to_string(pa.label) + " and " +
                   std::to_string(pb.index) + "/" + std::to_string(pb.label);
    }
    return {};
}

std::vector<std::int64_t> confusionOf(const std::vector<SamplePrediction>& predictions, int classes) {
    std::vector<std::int64_t> confusion(static_cast<std::size_t>(classes) * classes, 0);
    for (const SamplePrediction& p : predictions)
        if (p.label >= 0)
            ++confusion[static_cast<std::size_t>(p.label) * classes + p.predicted];
    return confusion;
}

} // namespace

std::vector<DiffSample> RunDiff::cell(int trueLabel, int predicted) const {
    std::vector<DiffSample> samples;
    for (const DiffSample& s : changed)
        if (s.label == trueLabel && ((s.predictedA == predicted) != (s.predictedB == predicted)))
            samples.push_back(s);
    return samples;
}

std::string diffRefusal(const std::string& runFolderA, const std::string& runFolderB) {
    try {
        const DiffSide a = readSide(runFolderA);
        DiffSide b = readSide(runFolderB);
        alignClasses(a, b);
        return dataMismatch(a, b);
    } catch (const Error& error) {
        return error.what();
    }
}

RunDiff diffRuns(const std::string& runFolderA, const std::string& runFolderB) {
    const DiffSide a = readSide(runFolderA);
    DiffSide b = readSide(runFolderB);
    alignClasses(a, b);
    if (const std::string mismatch = dataMismatch(a, b); !mismatch.empty())
        throwBadInput(mismatch);
    RunDiff diff;
    diff.runA = runFolderA;
    diff.runB = runFolderB;
    diff.nameA = runLabel(a.result);
    diff.nameB = runLabel(b.result);
    diff.labels = classNames(a);
    diff.split = a.result.eval.split.empty() ? b.result.eval.split : a.result.eval.split;
    diff.samples = static_cast<std::int64_t>(a.predictions.size());
    const int classes = static_cast<int>(diff.labels.size());

    const std::vector<std::int64_t> confusionA = confusionOf(a.predictions, classes);
    const std::vector<std::int64_t> confusionB = confusionOf(b.predictions, classes);
    diff.confusionDelta.resize(confusionA.size());
    for (std::size_t i = 0; i < confusionA.size(); ++i)
        diff.confusionDelta[i] = confusionB[i] - confusionA[i];
    const ClassificationScores scoresA = scoreConfusion(confusionA, classes);
    const ClassificationScores scoresB = scoreConfusion(confusionB, classes);
    diff.f1A = scoresA.f1;
    diff.f1B = scoresB.f1;
    diff.accuracyA = scoresA.accuracy;
    diff.accuracyB = scoresB.accuracy;
    diff.macroF1A = scoresA.f1Macro;
    diff.macroF1B = scoresB.f1Macro;

    for (std::size_t i = 0; i < a.predictions.size(); ++i) {
        const SamplePrediction& pa = a.predictions[i];
        const SamplePrediction& pb = b.predictions[i];
        if (pa.predicted == pb.predicted)
            continue;
        DiffSample sample;
        sample.index = pa.index;
        sample.label = pa.label;
        sample.predictedA = pa.predicted;
        sample.predictedB = pb.predicted;
        sample.probabilityA = pa.probability;
        sample.probabilityB = pb.probability;
        diff.changed.push_back(sample);
        if (pa.label < 0)
            continue;
        if (pa.predicted != pa.label && pb.predicted == pb.label)
            diff.fixed.push_back(sample);
        else if (pa.predicted == pa.label && pb.predicted != pb.label)
            diff.broken.push_back(sample);
    }
    return diff;
}

std::vector<std::string> diffSampleTexts(const RunDiff& diff) {
    try {
        const RunManifest manifest = readRunManifest(diff.runA);
        // Runs split a single file the way train and compare do (runs/Workbench.cpp).
        const Dataset dataset = loadDataset(datasetOptionsFor(manifest.config, true));
        if (!manifest.dataFingerprint.empty() && datasetFingerprint(dataset) != manifest.dataFingerprint)
            return {};
        const Split* split = dataset.split(diff.split);
        if (!split)
            return {};
        std::vector<std::string> texts;
        texts.reserve(split->examples.size());
        for (const Example& example : split->examples)
            texts.push_back(example.text);
        return texts;
    } catch (const Error&) {
        return {}; // the texts are a convenience: the diff stands without them
    }
}

} // namespace litetune
