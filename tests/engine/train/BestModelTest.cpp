// load_best_model_at_end and metric_for_best_model (api/TrainConfig.h): the Trainer keeps the best
// evaluation's checkpoint from rotation and restores exactly its weights before the final
// evaluation; a run folder names that step in run.json and metrics.json; early stopping watches the
// same metric; the best evaluation survives a resume.
#include "api/Report.h"
#include "api/RuntimeInfo.h"
#include "api/Workbench.h"
#include "config/TrainConfigJson.h"
#include "io/TensorIO.h"
#include "model/Gpt2Loader.h"
#include "model/TrainableParameters.h"
#include "train/Checkpoint.h"
#include "train/Trainer.h"
#include "util/Error.h"

#include "TestPaths.h"
#include "TrainerFixtures.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <random>

using namespace litetune;
namespace fs = std::filesystem;

namespace {

using test::syntheticSplit;
using test::tinyModel;

class EvalLog : public TrainingObserver {
public:
    void evaluated(const EvalReport& report) override { reports.push_back(report); }
    std::vector<EvalReport> reports;
};

class BestModelTest : public ::testing::Test {
protected:
    void SetUp() override {
        configureThreads(1, false);
        // A small training split and a high learning rate overfit: the validation loss falls, then
        // rises, so the best evaluation is not the last one.
        train = syntheticSplit("train", 24, 1);
        eval = syntheticSplit("validation", 24, 2);
        config.maxSteps = 40;
        config.batchSize = 8;
        config.learningRate = 3e-3;
        config.evalEvery = 4;
        config.maxGradNorm = 0.0;
        config.trainSamplingStrategy = SamplingStrategy::Sequential;
        config.metricForBestModel = "eval_loss";
        config.loadBestModelAtEnd = true;
    }
    TrainerSetup setup(Gpt2ForSequenceClassification model, const fs::path& runDir) const {
        return test::trainerSetup(train, eval, std::move(model), config, runDir);
    }
    EncodedSplit train;
    EncodedSplit eval;
    TrainConfig config;
    RunControl control;
};

// The step of the strictly lowest (first on ties) eval_loss among the reports before the final one.
std::int64_t lowestLossStep(const std::vector<EvalReport>& reports, std::size_t count) {
    std::size_t best = 0;
    for (std::size_t i = 1; i < count; ++i)
        if (reports[i].loss < reports[best].loss)
            best = i;
    return reports[best].step;
}

} // namespace

TEST_F(BestModelTest, RestoresExactlyTheBestCheckpointsWeights) {
    const fs::path runDir = test::freshTempDir("best-model");
    auto model = tinyModel();
    EvalLog log;
    const TrainOutcome outcome = Trainer(setup(model, runDir), log, control).run();

    // Ten evaluations during training, then the final one of the restored weights.
    ASSERT_EQ(log.reports.size(), 11u);
    const std::int64_t best = lowestLossStep(log.reports, 10);
    ASSERT_NE(best, 40) << "the fixture no longer overfits: the best evaluation is the last";
    EXPECT_EQ(outcome.state.bestGlobalStep, best);
    EXPECT_TRUE(outcome.loadedBest);
    ASSERT_TRUE(outcome.finalEval.has_value());
    EXPECT_EQ(outcome.finalEval->loss, outcome.state.bestMetric); // the final evaluation is the best model's

    // The best checkpoint survived the rotation (the two newest stay besides it) ...
    const fs::path bestDir = checkpointPath(runDir, best);
    ASSERT_TRUE(fs::is_directory(bestDir));
    EXPECT_EQ(checkpointsNewestFirst(runDir).size(), 3u);
    // ... and the model holds exactly its weights, element for element, not the last step's.
    const TensorMap bestWeights = loadSafetensors(bestDir / "trainable.safetensors");
    const TensorMap lastWeights = loadSafetensors(checkpointPath(runDir, 40) / "trainable.safetensors");
    const auto trained = namedTrainableParameters(*model);
    ASSERT_EQ(bestWeights.size(), trained.size());
    bool differsFromLast = false;
    for (const auto& p : trained) {
        SCOPED_TRACE(p.name);
        ASSERT_TRUE(bestWeights.count(p.name));
        EXPECT_TRUE(torch::equal(p.tensor.detach().cpu(), bestWeights.at(p.name)));
        differsFromLast = differsFromLast || !torch::equal(p.tensor.detach().cpu(), lastWeights.at(p.name));
    }
    EXPECT_TRUE(differsFromLast);
}

TEST_F(BestModelTest, GreaterIsBetterForScoresAndEarlyStoppingWatchesTheSameMetric) {
    EXPECT_TRUE(greaterIsBetter("eval_f1_macro"));
    EXPECT_FALSE(greaterIsBetter("eval_loss"));
    EXPECT_FALSE(greaterIsBetter("perplexity"));
    config.loadBestModelAtEnd = false;
    config.metricForBestModel = "eval_accuracy";
    config.earlyStoppingPatience = 2;
    auto model = tinyModel();
    EvalLog log;
    const TrainOutcome outcome = Trainer(setup(model, {}), log, control).run();
    // The run stops at the second evaluation in a row without a strictly higher accuracy.
    std::size_t bestIndex = 0;
    std::size_t stopIndex = log.reports.size();
    int without = 0;
    for (std::size_t i = 1; i < log.reports.size() && stopIndex == log.reports.size(); ++i) {
        if (log.reports[i].accuracy > log.reports[bestIndex].accuracy) {
            bestIndex = i;
            without = 0;
        } else if (++without == 2) {
            stopIndex = i;
        }
    }
    ASSERT_LT(stopIndex, log.reports.size()) << "the fixture no longer stops early";
    EXPECT_TRUE(outcome.stoppedEarly);
    EXPECT_EQ(outcome.state.globalStep, log.reports[stopIndex].step);
    EXPECT_EQ(outcome.state.bestGlobalStep, log.reports[bestIndex].step);
    EXPECT_EQ(outcome.state.bestMetric, log.reports[bestIndex].accuracy);
    EXPECT_FALSE(outcome.loadedBest);
}

TEST_F(BestModelTest, TheFinalEvaluationCompetesForBestWithoutLoadBest) {
    // Evaluated on its own training split, the model's loss keeps falling, and the cadence (every 3
    // steps) skips step 40, so the best evaluation is the final one the Trainer adds after the loop.
    eval = train;
    config.loadBestModelAtEnd = false;
    config.learningRate = 1e-3;
    config.evalEvery = 3;
    auto model = tinyModel();
    EvalLog log;
    const TrainOutcome outcome = Trainer(setup(model, {}), log, control).run();
    ASSERT_EQ(log.reports.size(), 14u); // 13 on the cadence, then the final one at step 40
    ASSERT_EQ(log.reports.back().step, 40);
    std::string losses;
    for (const auto& r : log.reports)
        losses += std::to_string(r.step) + ":" + std::to_string(r.loss) + " ";
    ASSERT_EQ(lowestLossStep(log.reports, log.reports.size()), 40)
        << "the fixture's last step is no longer best: " << losses;
    EXPECT_EQ(outcome.state.bestGlobalStep, 40);
    EXPECT_EQ(outcome.state.bestMetric, log.reports.back().loss);
    EXPECT_FALSE(outcome.loadedBest);
}

TEST_F(BestModelTest, RefusesWhatCannotWork) {
    const auto message = [&](const TrainConfig& c, Task task = Task::Classification) {
        try {
            TrainerSetup s = setup(tinyModel(), {});
            s.config = c;
            s.task = task;
            TrainingObserver quiet;
            Trainer(std::move(s), quiet, control);
        } catch (const Error& error) {
            return std::string(error.what());
        }
        return std::string();
    };
    TrainConfig noEvaluations = config;
    noEvaluations.evalEvery = 0;
    EXPECT_NE(message(noEvaluations).find("--load-best-model-at-end needs evaluations during training"),
              std::string::npos);
    TrainConfig lmScore = config;
    lmScore.metricForBestModel = "eval_f1_macro";
    EXPECT_NE(message(lmScore, Task::CausalLm).find("a causal-LM run is judged by eval_loss or perplexity"),
              std::string::npos);
    TrainConfig classifierPerplexity = config;
    classifierPerplexity.metricForBestModel = "perplexity";
    EXPECT_NE(message(classifierPerplexity).find("perplexity belongs to causal-LM runs"), std::string::npos);
}

TEST_F(BestModelTest, AResumedRunKeepsTheBestSoFar) {
    const fs::path whole = test::freshTempDir("best-whole");
    auto uninterrupted = tinyModel();
    TrainingObserver quiet;
    const TrainOutcome expected = Trainer(setup(uninterrupted, whole), quiet, control).run();

    // Cancelled at the evaluation after the best one, then resumed from its checkpoint.
    class CancelAt : public TrainingObserver {
    public:
        CancelAt(RunControl& c, std::int64_t s)
            : control(c)
            , step(s) {}
        void logged(const std::string& line) override {
            if (line.find("checkpoint written") != std::string::npos &&
                line.find("step-" + std::to_string(step)) != std::string::npos)
                control.cancelRequested = true;
        }
        RunControl& control;
        std::int64_t step;
    } cancel(control, expected.state.bestGlobalStep + config.evalEvery);
    const fs::path split = test::freshTempDir("best-split");
    auto first = tinyModel();
    const TrainOutcome stopped = Trainer(setup(first, split), cancel, control).run();
    ASSERT_TRUE(stopped.cancelled);
    control.cancelRequested = false;
    auto second = tinyModel();
    Trainer resumed(setup(second, split), quiet, control);
    resumed.resumeFrom(*latestCheckpoint(split));
    EXPECT_EQ(resumed.state().bestGlobalStep, expected.state.bestGlobalStep);
    const TrainOutcome outcome = resumed.run();
    EXPECT_EQ(outcome.state.bestGlobalStep, expected.state.bestGlobalStep);
    EXPECT_EQ(outcome.state.bestMetric, expected.state.bestMetric);
    for (const auto& p : namedTrainableParameters(*second)) {
        SCOPED_TRACE(p.name);
        EXPECT_TRUE(torch::equal(p.tensor, uninterrupted->named_parameters()[p.name]));
    }
}

TEST(BestModelRun, RunJsonAndMetricsJsonNameTheKeptStep) {
    configureThreads(1, false);
    const fs::path dir = test::freshTempDir("best-run");
    ::setenv("LITETUNE_CACHE", (dir / "cache").c_str(), 1);
    ::setenv("LITETUNE_RUNS", (dir / "runs").c_str(), 1);
    TrainConfig config;
    config.modelPath = "demo";
    config.dataPath = "demo";
    applyDemoSettings(config);
    config.method = Method::Full;
    config.maxSteps = 6;
    config.evalEvery = 2;
    config.limitTrain = 64;
    config.limitEval = 32;
    config.threads = 1;
    config.metricForBestModel = "eval_f1_macro";
    config.loadBestModelAtEnd = true;
    config.outDir = (dir / "run").string();
    TrainingObserver quiet;
    RunControl control;
    const RunResult result = runMethod(config, quiet, control);
    ASSERT_GE(result.bestGlobalStep, 2);
    EXPECT_TRUE(result.bestModelLoaded);
    const std::string kept = "checkpoints/step-" + std::to_string(result.bestGlobalStep);
    EXPECT_EQ(result.bestModelCheckpoint, kept);
    EXPECT_TRUE(fs::is_directory(dir / "run" / kept));
    EXPECT_EQ(result.eval.f1Macro, result.bestMetric);
    for (const char* file : {"run.json", "metrics.json"}) {
        SCOPED_TRACE(file);
        std::ifstream in(dir / "run" / file);
        const nlohmann::json json = nlohmann::json::parse(in);
        EXPECT_EQ(json.at("best_global_step"), result.bestGlobalStep);
        EXPECT_EQ(json.at("best_metric"), result.bestMetric);
        EXPECT_EQ(json.at("best_model_checkpoint"), kept);
        EXPECT_EQ(json.at("best_model_loaded"), true);
    }
    // The listing reads the same facts back from the folder.
    const auto runs = listRuns(dir);
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_EQ(runs[0].bestGlobalStep, result.bestGlobalStep);
    EXPECT_EQ(runs[0].bestModelCheckpoint, kept);
}

TEST(BestModelRun, OldRunJsonKeysStillLoad) {
    nlohmann::json config = trainConfigToJson(TrainConfig());
    config.erase("early_stopping_patience");
    config.erase("metric_for_best_model");
    config["early_stopping"] = 3;
    config["early_stopping_metric"] = "eval_f1";
    const TrainConfig loaded = trainConfigFromJson(config, "old/run.json");
    EXPECT_EQ(loaded.earlyStoppingPatience, 3);
    EXPECT_EQ(loaded.metricForBestModel, "eval_f1");
    // The new key wins where a hand-edited file has both.
    config["metric_for_best_model"] = "eval_f1_macro";
    EXPECT_EQ(trainConfigFromJson(config, "old/run.json").metricForBestModel, "eval_f1_macro");
}

TEST(BestModelRun, KeptLineSaysWhichStepAndWhy) {
    RunResult run;
    run.config.metricForBestModel = "eval_f1_macro";
    run.globalStep = 6;
    EXPECT_EQ(keptModelText(run), "last step 6");
    run.bestGlobalStep = 4;
    run.bestMetric = 0.83;
    EXPECT_EQ(keptModelText(run), "last step 6 (best eval_f1_macro 0.8300 was at step 4)");
    run.bestModelLoaded = true;
    EXPECT_EQ(keptModelText(run), "step 4, best eval_f1_macro 0.8300 (load_best_model_at_end)");
    run.config.method = Method::Evaluate;
    EXPECT_EQ(keptModelText(run), "");
}
