// Run folders for the run-diff tests (see RunDiffFixtures.h).
#include "RunDiffFixtures.h"

#include "metrics/ClassificationScores.h"
#include "runs/ResultJson.h"
#include "runs/RunManifest.h"
#include "train/PredictionsFile.h"
#include "util/AtomicFile.h"

#include <nlohmann/json.hpp>

#include <random>

namespace litetune::test {

namespace fs = std::filesystem;

RunResult writeDiffRun(const fs::path& dir, const std::string& name, Method method, const std::string& fingerprint,
                       const std::vector<std::string>& labels, const std::vector<DiffRow>& rows) {
    fs::create_directories(dir);
    const int n = static_cast<int>(labels.size());
    RunResult run;
    run.runDir = dir.string();
    run.name = name;
    run.config.method = method;
    run.eval.split = "validation";
    run.eval.labels = labels;
    run.eval.samples = static_cast<std::int64_t>(rows.size());
    run.eval.confusion.assign(static_cast<std::size_t>(n * n), 0);
    PredictionsWriter writer(dir / "predictions.csv");
    for (std::size_t i = 0; i < rows.size(); ++i) {
        SamplePrediction p;
        p.index = static_cast<std::int64_t>(i);
        p.label = rows[i].label;
        p.predicted = rows[i].predicted;
        p.probability = rows[i].probability;
        p.loss = 0.5f;
        writer.add(p);
        ++run.eval.confusion[static_cast<std::size_t>(p.label * n + p.predicted)];
    }
    writer.commit();
    const ClassificationScores scores = scoreConfusion(run.eval.confusion, n);
    run.eval.accuracy = scores.accuracy;
    run.eval.f1Macro = scores.f1Macro;
    run.eval.perClassF1 = scores.f1;
    run.eval.perClassPrecision = scores.precision;
    run.eval.perClassRecall = scores.recall;
    run.eval.support = scores.support;
    RunManifest manifest;
    manifest.name = name;
    manifest.config = run.config;
    manifest.status = "completed";
    manifest.dataFingerprint = fingerprint;
    writeRunManifest(dir, manifest);
    writeFileAtomically(dir / "metrics.json", runResultToJson(run).dump(2));
    return run;
}

std::vector<DiffRow> drawRows(std::size_t count, int classes, double skill, unsigned seed, unsigned labelSeed) {
    std::mt19937 labelsDrawn(labelSeed);
    std::mt19937 drawn(seed);
    std::uniform_int_distribution<int> anyClass(0, classes - 1);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::vector<DiffRow> rows(count);
    for (DiffRow& row : rows) {
        row.label = anyClass(labelsDrawn);
        row.predicted = unit(drawn) < skill ? row.label : anyClass(drawn);
        row.probability = static_cast<float>(0.3 + 0.7 * unit(drawn));
    }
    return rows;
}

} // namespace litetune::test
