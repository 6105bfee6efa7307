// Scores against values worked out by hand (and checked with scikit-learn's
// precision_recall_fscore_support, zero_division=0), including a class never predicted and a
// class absent from both truth and predictions.
#include "metrics/ClassificationScores.h"
#include "metrics/MetricsAccumulator.h"

#include <gtest/gtest.h>

using namespace litetune;

namespace {

// y_true = [0, 0, 0, 1, 1, 2], y_pred = [0, 0, 1, 1, 0, 0], 4 classes (class 3 never seen).
//   class 0: tp 2, predicted 4 (P 0.5), support 3 (R 2/3), F1 = 4 / 7
//   class 1: tp 1, predicted 2 (P 0.5), support 2 (R 0.5), F1 = 0.5
//   class 2: tp 0, never predicted (P 0 by zero_division), support 1 (R 0), F1 0
//   class 3: absent from both: left out of the macro average
MetricsAccumulator example() {
    MetricsAccumulator acc(4);
    const int truth[] = {0, 0, 0, 1, 1, 2};
    const int pred[] = {0, 0, 1, 1, 0, 0};
    const double loss[] = {0.1, 0.2, 1.5, 0.3, 2.0, 3.0};
    for (int i = 0; i < 6; ++i)
        acc.add(truth[i], pred[i], loss[i]);
    return acc;
}

} // namespace

TEST(ClassificationScores, HandComputedWithNeverPredictedClass) {
    const MetricsAccumulator acc = example();
    const ClassificationScores s = scoreConfusion(acc.confusion(), 4);
    EXPECT_EQ(s.samples, 6);
    EXPECT_DOUBLE_EQ(s.accuracy, 3.0 / 6.0);
    EXPECT_DOUBLE_EQ(s.precision[0], 0.5);
    EXPECT_DOUBLE_EQ(s.recall[0], 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(s.f1[0], 4.0 / 7.0);
    EXPECT_DOUBLE_EQ(s.precision[2], 0.0);
    EXPECT_DOUBLE_EQ(s.f1[2], 0.0);
    EXPECT_EQ(s.support, (std::vector<std::int64_t>{3, 2, 1, 0}));
    // weighted by support 3, 2, 1
    EXPECT_NEAR(s.precisionWeighted, (0.5 * 3 + 0.5 * 2 + 0.0) / 6, 1e-15);
    EXPECT_NEAR(s.recallWeighted, 0.5, 1e-15); // weighted recall == accuracy
    EXPECT_NEAR(s.f1Weighted, (4.0 / 7.0 * 3 + 0.5 * 2) / 6, 1e-15);
    // macro over classes 0, 1, 2 (class 3 appears nowhere)
    EXPECT_NEAR(s.precisionMacro, 1.0 / 3.0, 1e-15);
    EXPECT_NEAR(s.recallMacro, (2.0 / 3.0 + 0.5) / 3, 1e-15);
    EXPECT_NEAR(s.f1Macro, (4.0 / 7.0 + 0.5) / 3, 1e-15);
}

TEST(ClassificationScores, ReportCarriesLossConfusionAndTrainerNames) {
    const EvalReport r = example().report({"a", "b", "c", "d"}, "validation", 2.0, 4);
    EXPECT_NEAR(r.loss, (0.1 + 0.2 + 1.5 + 0.3 + 2.0 + 3.0) / 6, 1e-12);
    EXPECT_EQ(r.confusion[0 * 4 + 1], 1); // true 0 predicted as 1
    EXPECT_EQ(r.confusion[2 * 4 + 0], 1); // true 2 predicted as 0
    EXPECT_DOUBLE_EQ(r.runtimeSeconds, 2.0);
    EXPECT_DOUBLE_EQ(r.samplesPerSecond, 3.0);
    EXPECT_DOUBLE_EQ(r.stepsPerSecond, 1.0); // ceil(6 / 4) = 2 steps in 2 s
    const auto m = r.trainerMetrics();
    for (const char* key : {"eval_loss", "eval_accuracy", "eval_f1", "eval_precision", "eval_recall", "eval_f1_macro",
                            "eval_runtime", "eval_samples_per_second", "eval_steps_per_second"})
        EXPECT_EQ(m.count(key), 1u) << key;
    EXPECT_DOUBLE_EQ(m.at("eval_recall"), m.at("eval_accuracy"));
}

TEST(ClassificationScores, UnlabelledExamplesCountButDoNotScore) {
    MetricsAccumulator acc(2);
    acc.add(-1, 1, 0.0);
    acc.add(1, 1, 0.4);
    EXPECT_EQ(acc.samples(), 2);
    EXPECT_EQ(acc.labelledSamples(), 1);
    EXPECT_DOUBLE_EQ(acc.meanLoss(), 0.4);
    EXPECT_DOUBLE_EQ(scoreConfusion(acc.confusion(), 2).accuracy, 1.0);
}

TEST(ClassificationScores, EmptyAndInvalidInput) {
    const ClassificationScores s = scoreConfusion(std::vector<std::int64_t>(9, 0), 3);
    EXPECT_EQ(s.accuracy, 0.0);
    EXPECT_EQ(s.f1Macro, 0.0);
    EXPECT_THROW(scoreConfusion({1, 2, 3}, 2), std::exception);
    MetricsAccumulator acc(2);
    EXPECT_THROW(acc.add(2, 0, 0.0), std::exception);
}

TEST(ClassificationScores, RunResultAddsTrainNamesOnlyForTraining) {
    RunResult run;
    run.config.method = Method::Evaluate;
    EXPECT_EQ(run.trainerMetrics().count("train_loss"), 0u);
    run.config.method = Method::Lora;
    run.trainableParams = 123;
    const auto m = run.trainerMetrics();
    for (const char* key : {"train_loss", "train_runtime", "train_samples_per_second", "train_steps_per_second",
                            "epoch", "trainable_params", "total_params", "peak_memory_bytes", "eval_accuracy"})
        EXPECT_EQ(m.count(key), 1u) << key;
    EXPECT_DOUBLE_EQ(m.at("trainable_params"), 123.0);
}
