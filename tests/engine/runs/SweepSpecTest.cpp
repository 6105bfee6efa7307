// Sweep specs (api/Sweep.h): axes parsed and checked by the option table, the grid's product in
// order, random points distinct and seeded, folder names, and the ranking by a metric.
#include "api/Error.h"
#include "api/Sweep.h"

#include <gtest/gtest.h>

#include <set>

using namespace litetune;

namespace {

std::string refusal(const std::string& text) {
    try {
        parseSweepAxis(text);
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::BadInput);
        return error.what();
    }
    return "";
}

SweepSpec loraSpec() {
    SweepSpec spec;
    spec.base.method = Method::Lora;
    spec.axes = {parseSweepAxis("lr=1e-4,5e-4"), parseSweepAxis("lora.r=4,8")};
    return spec;
}

} // namespace

TEST(SweepSpec, AxesTakeTheTableNamesAndCanonicalValues) {
    const SweepAxis lr = parseSweepAxis("lr=1e-4,0.0005");
    EXPECT_EQ(lr.flag, "lr");
    EXPECT_EQ(lr.values, (std::vector<std::string>{"0.0001", "0.0005"}));
    EXPECT_EQ(parseSweepAxis("lora.r=4,8").flag, "lora-r");
    EXPECT_EQ(parseSweepAxis("lora_alpha=8").flag, "lora-alpha");
    EXPECT_EQ(parseSweepAxis("batch=4,8").flag, "batch-size");
    EXPECT_EQ(parseSweepAxis("method=full,lora").values, (std::vector<std::string>{"full", "lora"}));
    EXPECT_EQ(parseSweepAxis("lora-targets=c_attn,c_attn+c_proj").values,
              (std::vector<std::string>{"c_attn", "c_attn+c_proj"}));
    const SweepAxis range = parseSweepAxis("lr=1e-5:1e-3");
    EXPECT_TRUE(range.isRange);
    EXPECT_DOUBLE_EQ(range.low, 1e-5);
    EXPECT_DOUBLE_EQ(range.high, 1e-3);
}

TEST(SweepSpec, BadAxesNameTheOptionAndValue) {
    EXPECT_NE(refusal("lr=fast").find("sweep option lr expects"), std::string::npos);
    EXPECT_NE(refusal("lr=fast").find("fast"), std::string::npos);
    EXPECT_NE(refusal("lora-r=0").find("sweep option lora-r expects a value in"), std::string::npos);
    EXPECT_NE(refusal("method=sideways").find("sideways"), std::string::npos);
    EXPECT_NE(refusal("colour=1").find("unknown sweep option 'colour'"), std::string::npos);
    EXPECT_NE(refusal("lora=1").find("unknown sweep option 'lora'"), std::string::npos); // ambiguous start
    EXPECT_NE(refusal("out=a,b").find("cannot be swept"), std::string::npos);
    EXPECT_NE(refusal("lr").find("NAME=V1,V2"), std::string::npos);
    EXPECT_NE(refusal("lr=1e-4,1e-4").find("twice"), std::string::npos);
    EXPECT_NE(refusal("lr=1e-3:1e-5").find("LOW < HIGH"), std::string::npos);
    EXPECT_NE(refusal("epochs=1,").find("empty value"), std::string::npos);
}

TEST(SweepSpec, GridIsTheProductFirstAxisSlowest) {
    const SweepSpec spec = loraSpec();
    EXPECT_EQ(sweepSize(spec), 4u);
    const std::vector<SweepPoint> points = expandSweep(spec);
    ASSERT_EQ(points.size(), 4u);
    EXPECT_EQ(points[0].values, (std::vector<std::string>{"0.0001", "4"}));
    EXPECT_EQ(points[1].values, (std::vector<std::string>{"0.0001", "8"}));
    EXPECT_EQ(points[3].values, (std::vector<std::string>{"0.0005", "8"}));
    const TrainConfig config = pointConfig(spec, points[2]);
    EXPECT_DOUBLE_EQ(config.learningRate, 5e-4);
    EXPECT_EQ(config.lora.r, 4);
    EXPECT_EQ(config.method, Method::Lora);
    EXPECT_EQ(pointFolderName(3, spec, points[2]), "03-lr=0.0005_lora-r=4");
}

TEST(SweepSpec, RandomDrawsDistinctSeededPoints) {
    SweepSpec spec = loraSpec();
    spec.axes.push_back(parseSweepAxis("epochs=1,2,3"));
    spec.randomCount = 5;
    const auto first = expandSweep(spec);
    ASSERT_EQ(first.size(), 5u);
    std::set<std::vector<std::string>> distinct;
    for (const auto& point : first)
        distinct.insert(point.values);
    EXPECT_EQ(distinct.size(), 5u);
    const auto again = expandSweep(spec);
    for (std::size_t i = 0; i < first.size(); ++i)
        EXPECT_EQ(first[i].values, again[i].values);
    spec.base.seed = 43;
    const auto other = expandSweep(spec);
    bool differs = false;
    for (std::size_t i = 0; i < first.size(); ++i)
        differs = differs || first[i].values != other[i].values;
    EXPECT_TRUE(differs);
    spec.randomCount = 13;
    EXPECT_THROW(expandSweep(spec), Error);
}

TEST(SweepSpec, RangesAreSampledLogUniformlyOnlyWithRandom) {
    SweepSpec spec;
    spec.axes = {parseSweepAxis("lr=1e-6:1e-2")};
    EXPECT_THROW(expandSweep(spec), Error);
    spec.randomCount = 40;
    int belowGeometricMiddle = 0;
    for (const SweepPoint& point : expandSweep(spec)) {
        const double lr = std::stod(point.values[0]);
        EXPECT_GE(lr, 1e-6);
        EXPECT_LE(lr, 1e-2);
        belowGeometricMiddle += lr < 1e-4;
    }
    // Log-uniform puts about half below 1e-4; uniform would put almost none there.
    EXPECT_GT(belowGeometricMiddle, 8);
    EXPECT_LT(belowGeometricMiddle, 32);
}

TEST(SweepSpec, SpecChecks) {
    SweepSpec spec;
    EXPECT_THROW(expandSweep(spec), Error); // no axis
    spec.axes = {parseSweepAxis("lora-r=4,8")};
    EXPECT_THROW(expandSweep(spec), Error); // LoRA knobs without a LoRA method
    spec.axes = {parseSweepAxis("lr=1e-4"), parseSweepAxis("lr=1e-3")};
    EXPECT_THROW(expandSweep(spec), Error); // one option twice
    spec.axes = {parseSweepAxis("lr=1e-4")};
    spec.metric = "speed";
    EXPECT_THROW(expandSweep(spec), Error);
    spec.metric = "perplexity"; // a classifier has none
    EXPECT_THROW(expandSweep(spec), Error);
    spec.base.task = Task::CausalLm;
    EXPECT_EQ(expandSweep(spec).size(), 1u);
    spec.metric = "eval_f1_macro"; // a causal LM has no scores
    EXPECT_THROW(expandSweep(spec), Error);
    spec.base.task = Task::Classification;
    spec.metric = "eval_loss";
    EXPECT_EQ(expandSweep(spec).size(), 1u);
}

TEST(SweepSpec, OrderIsBestFirstByTheMetricsDirection) {
    std::vector<SweepPointResult> points(4);
    points[0].state = SweepState::Done;
    points[0].metrics = {{"eval_loss", 0.9}, {"eval_f1_macro", 0.2}};
    points[1].state = SweepState::Failed;
    points[2].state = SweepState::Done;
    points[2].metrics = {{"eval_loss", 0.5}, {"eval_f1_macro", 0.6}};
    points[3].state = SweepState::Done;
    points[3].metrics = {{"eval_loss", 0.7}, {"eval_f1_macro", 0.4}};
    EXPECT_FALSE(greaterIsBetter("eval_loss"));
    EXPECT_FALSE(greaterIsBetter("perplexity"));
    EXPECT_FALSE(greaterIsBetter("train_runtime"));
    EXPECT_TRUE(greaterIsBetter("eval_f1_macro"));
    EXPECT_TRUE(greaterIsBetter("eval_samples_per_second"));
    EXPECT_EQ(sweepOrder(points, "eval_loss"), (std::vector<std::size_t>{2, 3, 0, 1}));
    EXPECT_EQ(sweepOrder(points, "eval_f1_macro"), (std::vector<std::size_t>{2, 3, 0, 1}));
    points[0].metrics["eval_f1_macro"] = 0.99;
    EXPECT_EQ(sweepOrder(points, "eval_f1_macro"), (std::vector<std::size_t>{0, 2, 3, 1}));
}
