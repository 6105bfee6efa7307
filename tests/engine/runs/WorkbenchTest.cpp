// The Workbench end to end on the demo model and a small generated CSV: a fine-tune writes a
// complete run folder that loadRun/listRuns read back; its model/ folder evaluates another CSV with
// the same label names and refuses one with an unknown label; LoRA writes a PEFT adapter/; a
// comparison writes three runs.
#include "api/Workbench.h"
#include "api/RuntimeInfo.h"
#include "runs/RunLifecycle.h"
#include "util/Error.h"

#include "TestPaths.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

using namespace litetune;
namespace fs = std::filesystem;

namespace {

// Texts whose first word gives the label (fruit / tool / animal).
fs::path writeCsv(const fs::path& file, int rows, bool withUnknownLabel = false) {
    const char* words[][4] = {
        {"apple", "pear", "plum", "fig"}, {"hammer", "saw", "drill", "wrench"}, {"otter", "lynx", "heron", "mole"}};
    const char* labels[] = {"fruit", "tool", "animal"};
    std::ofstream out(file);
    out << "text,label\n";
    for (int i = 0; i < rows; ++i) {
        const int c = i % 3;
        out << words[c][i % 4] << " number " << i << "," << labels[c] << "\n";
    }
    if (withUnknownLabel)
        out << "rocket launch,vehicle\n";
    return file;
}

class WorkbenchTest : public ::testing::Test {
protected:
    void SetUp() override {
        configureThreads(1, false);
        m_dir = test::freshTempDir("workbench");
        ::setenv("LITETUNE_CACHE", (m_dir / "cache").c_str(), 1);
        ::setenv("LITETUNE_RUNS", (m_dir / "runs").c_str(), 1);
        m_config.modelPath = "demo";
        m_config.dataPath = writeCsv(m_dir / "train.csv", 90).string();
        m_config.maxSteps = 6;
        m_config.learningRate = 1e-3;
        m_config.evalEvery = 3;
        m_config.threads = 1;
    }
    fs::path m_dir;
    TrainConfig m_config;
    TrainingObserver m_quiet;
    RunControl m_control;
};

} // namespace

TEST_F(WorkbenchTest, FullFineTuneWritesACompleteRunFolder) {
    m_config.method = Method::Full;
    m_config.outDir = (m_dir / "full").string();
    const RunResult result = runMethod(m_config, m_quiet, m_control);
    const fs::path run = result.runDir;
    for (const char* file : {"run.json", "history.csv", "metrics.json", "predictions.csv", "model/config.json",
                             "model/model.safetensors", "model/vocab.json", "model/merges.txt"})
        EXPECT_TRUE(fs::is_regular_file(run / file)) << file;
    EXPECT_FALSE(fs::exists(run / "adapter"));

    const auto metrics = nlohmann::json::parse(std::ifstream(run / "metrics.json"));
    for (const char* key :
         {"eval_loss", "eval_accuracy", "eval_f1", "eval_precision", "eval_recall", "eval_f1_macro", "eval_runtime",
          "eval_samples_per_second", "eval_steps_per_second", "train_loss", "train_runtime", "train_samples_per_second",
          "train_steps_per_second", "epoch", "trainable_params", "total_params", "peak_memory_bytes", "adapter_bytes"})
        EXPECT_TRUE(metrics.contains(key)) << key;
    EXPECT_EQ(metrics["labels"].size(), 3u);
    EXPECT_EQ(metrics["confusion_matrix"].size(), 3u);
    EXPECT_EQ(metrics["trainable_params"], metrics["total_params"]);
    const auto config = nlohmann::json::parse(std::ifstream(run / "model" / "config.json"));
    EXPECT_EQ(config["id2label"].size(), 3u);
    const auto manifest = nlohmann::json::parse(std::ifstream(run / "run.json"));
    EXPECT_EQ(manifest["status"], "completed");
    EXPECT_EQ(manifest["method"], "full");

    EXPECT_EQ(static_cast<std::int64_t>(loadPredictions(run).size()), result.eval.samples);
    const RunResult loaded = loadRun(run);
    EXPECT_EQ(loaded.globalStep, 6);
    EXPECT_DOUBLE_EQ(loaded.eval.accuracy, result.eval.accuracy);
    EXPECT_EQ(loaded.name, "Full fine-tune");
    ASSERT_EQ(listRuns(m_dir).size(), 1u);

    // The run's model/ folder carries the label names: it evaluates another file with the same names...
    TrainConfig eval;
    eval.method = Method::Evaluate;
    eval.modelPath = (run / "model").string();
    eval.dataPath = writeCsv(m_dir / "other.csv", 30).string();
    const EvalReport report = evaluateModel(eval, m_dir / "eval-out", m_quiet, m_control);
    EXPECT_EQ(report.samples, 30);
    EXPECT_EQ(report.labels, loaded.eval.labels);
    EXPECT_TRUE(fs::is_regular_file(m_dir / "eval-out" / "metrics.json"));
    // ...and refuses one with a label it was not trained for, naming the label.
    eval.dataPath = writeCsv(m_dir / "unknown.csv", 30, true).string();
    try {
        evaluateModel(eval, {}, m_quiet, m_control);
        FAIL() << "an unknown label was accepted";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::BadInput);
        EXPECT_NE(std::string(error.what()).find("vehicle"), std::string::npos) << error.what();
    }
}

TEST_F(WorkbenchTest, LoraWritesAPeftAdapterThatEvaluates) {
    m_config.method = Method::Lora;
    m_config.outDir = (m_dir / "lora").string();
    const RunResult result = runMethod(m_config, m_quiet, m_control);
    const fs::path run = result.runDir;
    EXPECT_TRUE(fs::is_regular_file(run / "adapter" / "adapter_config.json"));
    EXPECT_TRUE(fs::is_regular_file(run / "adapter" / "adapter_model.safetensors"));
    EXPECT_FALSE(fs::exists(run / "model"));
    EXPECT_LT(result.trainableParams, result.totalParams);
    EXPECT_GT(result.adapterBytes, 0);

    TrainConfig eval;
    eval.modelPath = "demo";
    eval.adapterPath = (run / "adapter").string();
    eval.dataPath = writeCsv(m_dir / "other.csv", 30).string();
    const EvalReport report = evaluateModel(eval, {}, m_quiet, m_control);
    EXPECT_EQ(report.samples, 30);
    const auto top = predictTexts("demo", eval.adapterPath, {"apple number 3"}, 2);
    ASSERT_EQ(top.size(), 1u);
    ASSERT_EQ(top[0].size(), 2u);
    EXPECT_GE(top[0][0].probability, top[0][1].probability);
}

TEST_F(WorkbenchTest, ComparisonWritesThreeRunsSharingSettings) {
    m_config.outDir = (m_dir / "compare").string();
    m_config.maxSteps = 3;
    const std::vector<RunResult> runs = runComparison(m_config, m_quiet, m_control);
    ASSERT_EQ(runs.size(), 3u);
    EXPECT_EQ(runs[0].config.method, Method::Evaluate);
    EXPECT_EQ(runs[1].config.method, Method::Full);
    EXPECT_EQ(runs[2].config.method, Method::Lora);
    for (const auto& run : runs) {
        EXPECT_TRUE(fs::is_regular_file(fs::path(run.runDir) / "metrics.json")) << run.runDir;
        EXPECT_EQ(run.eval.samples, runs[0].eval.samples) << "every run evaluates the same split";
    }
    EXPECT_TRUE(fs::is_regular_file(m_dir / "compare" / "comparison.json"));
    EXPECT_EQ(listRuns(m_dir).size(), 3u);
}

TEST_F(WorkbenchTest, RefusesToOverwriteARunFolder) {
    m_config.method = Method::Head;
    m_config.outDir = (m_dir / "head").string();
    runMethod(m_config, m_quiet, m_control);
    EXPECT_THROW(runMethod(m_config, m_quiet, m_control), Error);
}
