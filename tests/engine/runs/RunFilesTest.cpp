// Run folder files: run.json, metrics.json, history.csv and predictions.csv round-trip, are
// listed by listRuns, and malformed files are rejected with messages naming the file.
#include "api/RunHistory.h"
#include "api/Workbench.h"
#include "config/TrainConfigJson.h"
#include "runs/ResultJson.h"
#include "runs/RunManifest.h"
#include "train/HistoryLog.h"
#include "train/PredictionsFile.h"
#include "util/AtomicFile.h"
#include "util/Error.h"

#include "TestPaths.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <fstream>

using namespace litetune;
namespace fs = std::filesystem;

namespace {

RunResult sampleResult() {
    RunResult r;
    r.config.method = Method::Lora;
    r.config.learningRate = 2e-4;
    r.config.lora.targets = {"c_attn", "c_proj"};
    r.trainLoss = 1.5625;
    r.trainRuntime = 12.5;
    r.globalStep = 40;
    r.epoch = 1.0;
    r.trainableParams = 1234;
    r.totalParams = 99999;
    r.peakMemoryBytes = 1 << 20;
    r.eval.labels = {"red_heart", "sun"};
    r.eval.loss = 0.75;
    r.eval.accuracy = 0.5;
    r.eval.confusion = {3, 1, 2, 0};
    r.eval.support = {4, 2};
    r.eval.perClassF1 = {0.6, 0.0};
    return r;
}

void writeRun(const fs::path& dir, const std::string& name, Method method) {
    RunManifest m;
    m.name = name;
    m.config.method = method;
    m.status = "completed";
    m.startedAt = isoTimeNow();
    writeRunManifest(dir, m);
    RunResult r = sampleResult();
    r.config.method = method;
    writeFileAtomically(dir / "metrics.json", runResultToJson(r).dump(2));
}

} // namespace

TEST(RunFiles, ManifestAndMetricsRoundTrip) {
    const fs::path dir = test::freshTempDir("runfiles");
    writeRun(dir, "lora run", Method::Lora);
    const nlohmann::json metrics = nlohmann::json::parse(std::ifstream(dir / "metrics.json"));
    EXPECT_EQ(metrics.at("trainable_params").get<std::int64_t>(), 1234);
    EXPECT_DOUBLE_EQ(metrics.at("train_loss").get<double>(), 1.5625);
    EXPECT_EQ(metrics.at("confusion_matrix")[1][0].get<int>(), 2);
    EXPECT_EQ(metrics.at("labels")[1].get<std::string>(), "sun");

    const RunResult loaded = loadRun(dir);
    EXPECT_EQ(loaded.name, "lora run");
    EXPECT_EQ(loaded.config.method, Method::Lora);
    EXPECT_EQ(loaded.globalStep, 40);
    EXPECT_EQ(loaded.eval.confusion, (std::vector<std::int64_t>{3, 1, 2, 0}));
    EXPECT_EQ(loaded.eval.labels, (std::vector<std::string>{"red_heart", "sun"}));
    EXPECT_DOUBLE_EQ(loaded.eval.accuracy, 0.5);
}

TEST(RunFiles, TrainSamplingStrategyRoundTripsAndDefaultsForOlderRuns) {
    TrainConfig config;
    config.trainSamplingStrategy = SamplingStrategy::Sequential;
    nlohmann::json j = trainConfigToJson(config);
    EXPECT_EQ(j.at("train_sampling_strategy").get<std::string>(), "sequential");
    EXPECT_EQ(trainConfigFromJson(j, "run.json").trainSamplingStrategy, SamplingStrategy::Sequential);

    j.erase("train_sampling_strategy"); // a run recorded before the knob: the batching it had then
    EXPECT_EQ(trainConfigFromJson(j, "run.json").trainSamplingStrategy, SamplingStrategy::GroupByLength);

    j["train_sampling_strategy"] = "shuffled";
    try {
        trainConfigFromJson(j, "run.json");
        FAIL() << "an unknown train_sampling_strategy was accepted";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::BadInput);
        EXPECT_NE(std::string(error.what()).find("\"config.train_sampling_strategy\" is \"shuffled\""),
                  std::string::npos)
            << error.what();
    }
}

TEST(RunFiles, ListRunsFindsRunsAndComparisonMembersAndSkipsDamage) {
    const fs::path root = test::freshTempDir("runsroot");
    fs::create_directories(root / "a");
    writeRun(root / "a", "a", Method::Full);
    for (const char* member : {"base", "full", "lora"}) {
        fs::create_directories(root / "compare-1" / member);
        writeRun(root / "compare-1" / member, member, Method::Full);
    }
    fs::create_directories(root / "broken");
    writeFileAtomically(root / "broken" / "run.json", "{not json");
    fs::create_directories(root / "unrelated");
    EXPECT_EQ(listRuns(root).size(), 4u);
    EXPECT_THROW(loadRun(root / "broken"), Error);
    EXPECT_THROW(loadRun(root / "unrelated"), Error);
}

TEST(RunFiles, HistoryRoundTripWithEvalRows) {
    HistoryLog log;
    log.addStep(1, 0.1, 2.5, 1e-5, 3.0);
    log.addStep(2, 0.2, 2.25, 2e-5, 2.0);
    EvalReport e;
    e.step = 2;
    e.epoch = 0.2;
    e.loss = 2.0;
    e.accuracy = 0.25;
    log.addEval(e);
    const fs::path file = test::freshTempDir("history") / "history.csv";
    log.save(file);
    const HistoryLog loaded = HistoryLog::load(file);
    ASSERT_EQ(loaded.rows().size(), 2u);
    EXPECT_FALSE(loaded.rows()[0].evalLoss.has_value());
    EXPECT_DOUBLE_EQ(*loaded.rows()[1].evalAccuracy, 0.25);
    EXPECT_DOUBLE_EQ(*loaded.rows()[1].loss, 2.25);
    writeFileAtomically(file, "step,loss\n1,2\n");
    EXPECT_THROW(HistoryLog::load(file), Error);
}

TEST(RunFiles, ReadRunHistoryGivesTheTrainerRowsOrNamesTheBadLine) {
    HistoryLog log;
    log.addStep(1, 0.1, 2.5, 1e-5, 3.0);
    EvalReport e;
    e.step = 1;
    e.epoch = 0.1;
    e.loss = 2.0;
    e.accuracy = 0.25;
    log.addEval(e);
    log.addStep(2, 0.2, 2.25, 2e-5, 2.0);
    const fs::path dir = test::freshTempDir("run-history");
    log.save(dir / "history.csv");
    const std::vector<HistoryPoint> points = readRunHistory(dir);
    ASSERT_EQ(points.size(), 2u);
    EXPECT_EQ(points[0].step, 1);
    EXPECT_DOUBLE_EQ(*points[0].loss, 2.5);
    EXPECT_DOUBLE_EQ(*points[0].learningRate, 1e-5);
    EXPECT_DOUBLE_EQ(*points[0].evalAccuracy, 0.25);
    EXPECT_EQ(points[1].step, 2);
    EXPECT_FALSE(points[1].evalLoss.has_value());

    const std::string csv = log.csv();
    writeFileAtomically(dir / "history.csv", csv + "3,0.3,2.0,oops,1.0,,,,,,\n");
    try {
        readRunHistory(dir);
        FAIL() << "a damaged history.csv was accepted";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::BadInput);
        EXPECT_NE(std::string(error.what()).find((dir / "history.csv").string() + " line 4"), std::string::npos)
            << error.what();
    }
    EXPECT_THROW(readRunHistory(dir / "missing"), Error);
}

TEST(RunFiles, PredictionsRoundTripAndValidation) {
    const fs::path dir = test::freshTempDir("preds");
    {
        PredictionsWriter writer(dir / "predictions.csv");
        writer.add({0, 1, 1, 0.75f, 0.2876821f});
        writer.add({1, 0, 1, 0.5f, 0.6931472f});
        EXPECT_FALSE(fs::exists(dir / "predictions.csv")); // nothing visible before commit
        writer.commit();
    }
    const auto rows = loadPredictions(dir);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1].predicted, 1);
    EXPECT_FLOAT_EQ(rows[0].probability, 0.75f);
    {
        PredictionsWriter abandoned(dir / "other.csv");
        abandoned.add({0, 0, 0, 1.f, 0.f});
    }
    EXPECT_FALSE(fs::exists(dir / "other.csv"));
    writeFileAtomically(dir / "predictions.csv", "index,label,predicted,probability,loss\n0,1,x,0.5,0.1\n");
    try {
        loadPredictions(dir);
        FAIL() << "a bad row was accepted";
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find("line 2"), std::string::npos) << error.what();
    }
}
