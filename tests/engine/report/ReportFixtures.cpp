// The report tests' runs (see ReportFixtures.h). Run files are written with the trainer's own
// writers, so the fixture folders look exactly like real ones.
#include "ReportFixtures.h"

#include "../../ReferenceFigures.h"

#include "runs/ResultJson.h"
#include "runs/RunManifest.h"
#include "train/HistoryLog.h"
#include "train/PredictionsFile.h"
#include "util/AtomicFile.h"

#include <nlohmann/json.hpp>

namespace litetune::test {

namespace fs = std::filesystem;

namespace {

RunResult makeRun(const std::string& name, Method method) {
    RunResult r;
    r.name = name;
    r.config.method = method;
    r.config.epochs = 1.0;
    r.config.seed = 42;
    r.eval.split = "validation";
    r.eval.samples = 10;
    r.eval.labels = {"red_heart", "sun", kOddLabel};
    r.eval.support = {5, 4, 1};
    // The third label is never predicted: its column is all zeros.
    r.eval.confusion = {4, 1, 0, 1, 3, 0, 0, 1, 0};
    r.eval.perClassPrecision = {0.8, 0.6, 0.0};
    r.eval.perClassRecall = {0.8, 0.75, 0.0};
    r.eval.perClassF1 = {0.8, 0.6667, 0.0};
    return r;
}

void writePredictions(const fs::path& dir, const RunResult& run) {
    PredictionsWriter writer(dir / "predictions.csv");
    const std::size_t n = run.eval.labels.size();
    std::int64_t index = 0;
    for (std::size_t t = 0; t < n; ++t)
        for (std::size_t p = 0; p < n; ++p)
            for (std::int64_t k = 0; k < run.eval.confusion[t * n + p]; ++k) {
                SamplePrediction prediction;
                prediction.index = index++;
                prediction.label = static_cast<int>(t);
                prediction.predicted = static_cast<int>(p);
                prediction.probability = 0.5f;
                prediction.loss = 0.7f;
                writer.add(prediction);
            }
    writer.commit();
}

void writeFolder(const fs::path& dir, RunResult& run, bool history) {
    fs::create_directories(dir);
    run.runDir = dir.string();
    RunManifest manifest;
    manifest.name = run.name;
    manifest.config = run.config;
    manifest.status = "completed";
    manifest.startedAt = "2024-05-01T10:00:00Z";
    manifest.finishedAt = "2024-05-01T11:33:00Z";
    manifest.device = "cpu";
    manifest.precision = "fp32";
    writeRunManifest(dir, manifest);
    writeFileAtomically(dir / "metrics.json", runResultToJson(run).dump(2));
    writePredictions(dir, run);
    if (history) {
        HistoryLog log;
        for (std::int64_t step = 1; step <= 8; ++step)
            log.addStep(step, static_cast<double>(step) / 8.0, run.trainLoss + 1.0 / static_cast<double>(step), 5e-5,
                        1.0);
        EvalReport middle = run.eval;
        middle.step = 4;
        middle.loss = run.eval.loss + 0.2;
        log.addEval(middle);
        EvalReport last = run.eval;
        last.step = 8;
        log.addEval(last);
        log.save(dir / "history.csv");
    }
}

} // namespace

ReportInput makeReportFixture(const fs::path& root) {
    RunResult base = makeRun("base", Method::Evaluate);
    base.eval.loss = 2.0;
    base.eval.accuracy = 0.40;
    base.eval.f1Weighted = 0.30;
    base.eval.precisionWeighted = 0.25;
    base.eval.recallWeighted = 0.40;
    base.eval.f1Macro = 0.20;
    base.eval.runtimeSeconds = 12.0;
    base.eval.samplesPerSecond = 80.0;
    base.eval.stepsPerSecond = 10.0;
    base.totalParams = 124439808;

    RunResult full = makeRun("full", Method::Full);
    testref::applyReferenceFigures(full, testref::ReferenceRun::Full);
    full.eval.f1Macro = 0.35;
    full.trainRuntime = 5580.0;
    full.eval.runtimeSeconds = 208.0;
    full.eval.epoch = 1.0;
    full.globalStep = 8;
    full.trainSamplesPerSecond = 8.06;
    full.trainStepsPerSecond = 0.126;
    full.trainableParams = 124439808;
    full.totalParams = 124439808;
    full.peakMemoryBytes = std::int64_t(2) << 30;
    full.adapterBytes = 497 << 20;

    RunResult lora = makeRun("LoRA r=8", Method::Lora);
    lora.config.learningRate = 2e-4;
    testref::applyReferenceFigures(lora, testref::ReferenceRun::Lora);
    lora.eval.f1Macro = 0.25;
    lora.trainRuntime = 5100.0;
    lora.eval.runtimeSeconds = 219.0;
    lora.eval.epoch = 1.0;
    lora.globalStep = 8;
    lora.trainableParams = 294912;
    lora.totalParams = 124734720;
    lora.peakMemoryBytes = std::int64_t(1) << 30;
    lora.adapterBytes = 1200000;
    lora.eval.perClassF1 = {0.7, 0.5, 0.0};

    writeFolder(root / "base", base, false);
    writeFolder(root / "full", full, true);
    writeFolder(root / "lora", lora, true);
    fs::create_directories(root / "lora" / "adapter");
    writeFileAtomically(root / "lora" / "adapter" / "adapter_config.json", "{\"r\": 8, \"peft_type\": \"LORA\"}\n");
    writeFileAtomically(root / "lora" / "adapter" / "adapter_model.safetensors",
                        std::string("\x08\0\0\0\0\0\0\0{}      ", 16));

    ReportInput input;
    input.runs = {base, full, lora};
    input.labelCounts = {{"red_heart", 50}, {"sun", 40}, {kOddLabel, 10}};
    input.labelCountsSource = "training split";
    input.runtime.liteTuneVersion = "0.1.0";
    input.runtime.torchVersion = "2.1.0";
    input.runtime.blas = "OpenBLAS 0.3.21 (pthread)";
    input.runtime.cpuCores = 2;
    input.runtime.cpuThreads = 2;
    input.runtime.devices = {{"cpu", "Test CPU", 0}};
    input.title = "Emoji <runs> & more";
    input.createdAt = "2024-05-02T09:00:00Z";
    return input;
}

} // namespace litetune::test
