// The training loop's contracts on a tiny model and synthetic token ids: gradient accumulation
// equals one large batch, sequential sampling reads the rows in file order with the epoch's short
// last accumulation window as a step of its own, the logged learning rate is the step's own, one
// batch can be overfitted, a run cancelled and resumed ends with the same weights as an
// uninterrupted one, the same seed gives the same run, and a NaN loss stops training with a clear
// message while the last good checkpoint survives.
#include "train/Trainer.h"
#include "api/RuntimeInfo.h"
#include "model/Gpt2Loader.h"
#include "model/TrainableParameters.h"
#include "train/Checkpoint.h"
#include "util/Error.h"

#include "TestPaths.h"
#include "TrainerFixtures.h"

#include <gtest/gtest.h>

#include <random>

using namespace litetune;
namespace fs = std::filesystem;

namespace {

using test::syntheticSplit;
using test::tinyModel;

struct Fixture {
    EncodedSplit train = syntheticSplit("train", 48, 1);
    EncodedSplit eval = syntheticSplit("validation", 16, 2);
};

TrainerSetup makeSetup(const Fixture& data, Gpt2ForSequenceClassification model, const TrainConfig& config,
                       const fs::path& runDir = {}) {
    return test::trainerSetup(data.train, data.eval, std::move(model), config, runDir);
}

std::map<std::string, torch::Tensor> weightsOf(Gpt2ForSequenceClassification& model) {
    std::map<std::string, torch::Tensor> out;
    for (const auto& item : model->named_parameters())
        out[item.key()] = item.value().detach().clone();
    return out;
}

class CancelAtEval : public TrainingObserver {
public:
    CancelAtEval(RunControl& control, std::int64_t step)
        : m_control(control)
        , m_step(step) {}
    void evaluated(const EvalReport& report) override {
        if (report.step == m_step)
            m_control.cancelRequested = true;
    }

private:
    RunControl& m_control;
    std::int64_t m_step;
};

class TrainerTest : public ::testing::Test {
protected:
    void SetUp() override { configureThreads(1, false); }
    Fixture data;
    TrainingObserver quiet;
    RunControl control;
};

} // namespace

TEST_F(TrainerTest, AccumulatingFourBatchesOfEightEqualsOneBatchOfThirtyTwo) {
    Fixture small;
    small.train = syntheticSplit("train", 32, 3);
    TrainConfig config;
    config.maxSteps = 1;
    config.maxGradNorm = 0.0; // measure the raw accumulated gradient
    config.learningRate = 1e-3;
    config.batchSize = 32;
    config.gradAccum = 1;
    auto one = tinyModel(0.0);
    const TrainOutcome big = Trainer(makeSetup(small, one, config), quiet, control).run();
    config.batchSize = 8;
    config.gradAccum = 4;
    auto other = tinyModel(0.0);
    const TrainOutcome accumulated = Trainer(makeSetup(small, other, config), quiet, control).run();

    ASSERT_EQ(big.state.globalStep, 1);
    ASSERT_EQ(accumulated.state.globalStep, 1);
    const HistoryRow& a = big.history.rows().front();
    const HistoryRow& b = accumulated.history.rows().front();
    EXPECT_NEAR(*a.loss, *b.loss, 1e-6);
    EXPECT_NEAR(*a.gradNorm, *b.gradNorm, 1e-6 * std::max(1.0, *a.gradNorm));
}

TEST_F(TrainerTest, AccumulatedGradientsEqualOneLargeBatch) {
    Fixture small;
    small.train = syntheticSplit("train", 32, 3);
    BatchIndices all;
    for (std::int64_t i = 0; i < 32; ++i)
        all.push_back(i);
    std::vector<BatchIndices> quarters;
    for (int q = 0; q < 4; ++q)
        quarters.emplace_back(all.begin() + 8 * q, all.begin() + 8 * (q + 1));

    auto one = tinyModel(0.0), other = tinyModel(0.0);
    Trainer big(makeSetup(small, one, TrainConfig{}), quiet, control);
    Trainer accumulated(makeSetup(small, other, TrainConfig{}), quiet, control);
    const double lossBig = big.accumulateGradients({all});
    const double lossAccumulated = accumulated.accumulateGradients(quarters);
    EXPECT_NEAR(lossBig, lossAccumulated, 1e-6);
    auto gradsOther = other->named_parameters();
    for (const auto& item : one->named_parameters()) {
        const torch::Tensor& a = item.value().grad();
        const torch::Tensor& b = gradsOther[item.key()].grad();
        ASSERT_TRUE(a.defined() && b.defined()) << item.key();
        EXPECT_LT((a - b).abs().max().item<double>(), 1e-6) << item.key();
    }
}

TEST_F(TrainerTest, SequentialSamplingTakesTheRowsInFileOrderWithAShortLastWindow) {
    // 40 rows in batches of 8: 5 micro-batches an epoch; accumulation 2 makes 3 steps of them, the
    // third the single micro-batch left over (transformers 5's _run_epoch), then epoch 2 starts over.
    Fixture rows;
    rows.train = syntheticSplit("train", 40, 6);
    TrainConfig config;
    config.trainSamplingStrategy = SamplingStrategy::Sequential;
    config.maxSteps = 4;
    config.learningRate = 0.0; // the weights stay put: each step's loss is that of its rows alone
    config.batchSize = 8;
    config.gradAccum = 2;
    auto model = tinyModel(0.0);
    const TrainOutcome outcome = Trainer(makeSetup(rows, model, config), quiet, control).run();
    EXPECT_EQ(outcome.plan.stepsPerEpoch, 3);
    const auto range = [](std::int64_t first, std::int64_t end) {
        BatchIndices batch;
        for (std::int64_t i = first; i < end; ++i)
            batch.push_back(i);
        return batch;
    };
    const std::vector<std::vector<BatchIndices>> expected{
        {range(0, 8), range(8, 16)}, {range(16, 24), range(24, 32)}, {range(32, 40)}, {range(0, 8), range(8, 16)}};
    const double epochs[] = {0.4, 0.8, 1.0, 1.4};
    const auto& history = outcome.history.rows();
    ASSERT_EQ(history.size(), expected.size());
    for (std::size_t step = 0; step < expected.size(); ++step) {
        auto fresh = tinyModel(0.0);
        Trainer probe(makeSetup(rows, fresh, config), quiet, control);
        EXPECT_DOUBLE_EQ(*history[step].loss, probe.accumulateGradients(expected[step])) << "step " << step + 1;
        EXPECT_DOUBLE_EQ(history[step].epoch, epochs[step]) << "step " << step + 1;
    }
}

TEST_F(TrainerTest, LogsTheLearningRateEachStepUsed) {
    TrainConfig config;
    config.maxSteps = 4;
    config.warmupRatio = 0.5; // 2 warm-up steps: 0, lr/2, then lr, lr/2
    config.learningRate = 1e-3;
    auto model = tinyModel(0.0);
    const TrainOutcome outcome = Trainer(makeSetup(data, model, config), quiet, control).run();
    const double expected[] = {0.0, 5e-4, 1e-3, 5e-4};
    ASSERT_EQ(outcome.history.rows().size(), 4u);
    for (std::size_t i = 0; i < 4; ++i)
        EXPECT_DOUBLE_EQ(*outcome.history.rows()[i].learningRate, expected[i]) << "step " << i + 1;
}

TEST_F(TrainerTest, OverfitsOneBatch) {
    Fixture one;
    one.train = syntheticSplit("train", 8, 4);
    TrainConfig config;
    config.maxSteps = 80;
    config.learningRate = 3e-3;
    config.batchSize = 8;
    auto model = tinyModel(0.0);
    const TrainOutcome outcome = Trainer(makeSetup(one, model, config), quiet, control).run();
    const auto& rows = outcome.history.rows();
    EXPECT_GT(*rows.front().loss, 1.0);
    EXPECT_LT(*rows.back().loss, 0.05) << "the loss of one repeated batch should approach 0";
}

TEST_F(TrainerTest, ResumeAfterCancelEqualsUninterruptedRun) {
    TrainConfig config;
    config.maxSteps = 12;
    config.learningRate = 1e-3;
    config.warmupRatio = 0.2;
    config.batchSize = 8;
    config.gradAccum = 2; // 6 micro-batches per epoch -> 3 steps per epoch: the run crosses epochs
    config.evalEvery = 5;
    config.seed = 5;

    auto straight = tinyModel(0.1); // dropout on: the random stream must survive the resume
    const fs::path straightDir = test::freshTempDir("straight");
    const TrainOutcome uninterrupted = Trainer(makeSetup(data, straight, config, straightDir), quiet, control).run();

    const fs::path runDir = test::freshTempDir("resumed");
    auto first = tinyModel(0.1);
    RunControl cancelling;
    CancelAtEval canceller(cancelling, 5);
    const TrainOutcome stopped = Trainer(makeSetup(data, first, config, runDir), canceller, cancelling).run();
    ASSERT_TRUE(stopped.cancelled);
    ASSERT_EQ(stopped.state.globalStep, 5);
    const auto checkpoint = latestCheckpoint(runDir);
    ASSERT_TRUE(checkpoint.has_value());
    EXPECT_EQ(checkpoint->filename(), "step-5");

    auto second = tinyModel(0.1); // fresh weights: everything must come from the checkpoint
    Trainer resumed(makeSetup(data, second, config, runDir), quiet, control);
    resumed.resumeFrom(*checkpoint);
    const TrainOutcome finished = resumed.run();

    EXPECT_EQ(finished.state.globalStep, 12);
    EXPECT_EQ(finished.trainLoss, uninterrupted.trainLoss);
    const auto expected = weightsOf(straight), actual = weightsOf(second);
    for (const auto& [name, tensor] : expected)
        EXPECT_TRUE(torch::equal(tensor, actual.at(name))) << name << " differs after resuming";
    ASSERT_EQ(finished.history.rows().size(), uninterrupted.history.rows().size());
    EXPECT_EQ(*finished.history.rows().back().loss, *uninterrupted.history.rows().back().loss);
    ASSERT_TRUE(finished.finalEval && uninterrupted.finalEval);
    EXPECT_EQ(finished.finalEval->loss, uninterrupted.finalEval->loss);
}

// AdamW's first step moves each weight by lr · g / (|g| + eps): about lr wherever the gradient is
// not tiny when eps is the default 1e-8, and far less when eps dwarfs the gradients.
TEST_F(TrainerTest, AdamEpsilonReachesTheOptimizer) {
    TrainConfig config;
    config.maxSteps = 1;
    config.learningRate = 1e-3;
    config.maxGradNorm = 0.0;
    const auto largestStep = [&](double eps) {
        TrainConfig c = config;
        c.adamEpsilon = eps;
        auto model = tinyModel(0.0);
        const auto before = weightsOf(model);
        Trainer(makeSetup(data, model, c), quiet, control).run();
        double largest = 0.0;
        for (const auto& [name, tensor] : weightsOf(model))
            largest = std::max(largest, (tensor - before.at(name)).abs().max().item<double>());
        return largest;
    };
    EXPECT_NEAR(largestStep(1e-8), 1e-3, 1e-5);
    EXPECT_LT(largestStep(10.0), 0.5e-3);
}

TEST_F(TrainerTest, SameSeedSameRunOtherSeedOtherRun) {
    TrainConfig config;
    config.maxSteps = 6;
    config.learningRate = 1e-3;
    config.seed = 11;
    const auto runOnce = [&](std::uint64_t seed) {
        TrainConfig c = config;
        c.seed = seed;
        auto model = tinyModel(0.1);
        const TrainOutcome outcome = Trainer(makeSetup(data, model, c), quiet, control).run();
        return std::make_pair(outcome.trainLoss, weightsOf(model));
    };
    const auto a = runOnce(11), b = runOnce(11), c = runOnce(12);
    EXPECT_EQ(a.first, b.first);
    for (const auto& [name, tensor] : a.second)
        EXPECT_TRUE(torch::equal(tensor, b.second.at(name))) << name;
    EXPECT_NE(a.first, c.first);
}

TEST_F(TrainerTest, NanLossStopsWithMessageAndKeepsLastGoodCheckpoint) {
    TrainConfig config;
    config.maxSteps = 6;
    config.checkpointEvery = 2;
    auto model = tinyModel(0.0);
    const fs::path runDir = test::freshTempDir("nan");
    class Poison : public TrainingObserver {
    public:
        explicit Poison(Gpt2ForSequenceClassification m)
            : model(std::move(m)) {}
        void logged(const std::string& line) override {
            if (line.find("step-2") != std::string::npos) {
                torch::NoGradGuard noGrad;
                model->score()->weight.fill_(std::nan(""));
            }
        }
        Gpt2ForSequenceClassification model;
    } poison(model);
    try {
        Trainer(makeSetup(data, model, config, runDir), poison, control).run();
        FAIL() << "a NaN loss did not stop training";
    } catch (const Error& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("diverged at step 3"), std::string::npos) << message;
        EXPECT_NE(message.find("step-2"), std::string::npos) << message;
    }
    const auto last = latestCheckpoint(runDir);
    ASSERT_TRUE(last.has_value());
    EXPECT_EQ(last->filename(), "step-2");
}

TEST_F(TrainerTest, RejectsBadSettings) {
    TrainConfig config;
    config.earlyStoppingPatience = 2; // without --eval-every
    auto model = tinyModel(0.0);
    EXPECT_THROW(Trainer(makeSetup(data, model, config), quiet, control), Error);
    Fixture empty;
    empty.train = EncodedSplit{};
    EXPECT_THROW(Trainer(makeSetup(empty, model, TrainConfig{}), quiet, control), Error);
}
