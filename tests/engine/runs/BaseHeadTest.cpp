// A base evaluation keeps the head it drew: the run folder holds score_head.safetensors with the
// evaluated score.weight, and the classifier rebuilt from the run (what the Playground and the
// predict verb ask) uses exactly that tensor: a head of zeros answers 1/3 for each of three labels,
// swapped rows swap the probabilities. A run without the file (written before it existed) is
// rebuilt from its seed as before, and a file of the wrong shape is refused, naming the file.
#include "runs/BaseHead.h"
#include "api/Classifier.h"
#include "api/RuntimeInfo.h"
#include "api/Workbench.h"
#include "io/TensorIO.h"
#include "util/Error.h"

#include "TestPaths.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <map>

using namespace litetune;
namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kTexts = {"apple number 1", "hammer number 2", "otter number 3", "a fig and a saw"};

fs::path writeCsv(const fs::path& file) {
    const char* rows[][2] = {{"apple", "fruit"}, {"hammer", "tool"}, {"otter", "animal"}};
    std::ofstream out(file);
    out << "text,label\n";
    for (int i = 0; i < 60; ++i)
        out << rows[i % 3][0] << " number " << i << "," << rows[i % 3][1] << "\n";
    return file;
}

// label name → probability, for every label (topK = all three).
std::vector<std::map<std::string, float>> ask(const RunResult& run) {
    const Classifier classifier = Classifier::forRun(run);
    std::vector<std::map<std::string, float>> out;
    for (const auto& scores : classifier.predict(kTexts, 3)) {
        std::map<std::string, float> byName;
        for (const auto& score : scores)
            byName[score.name] = score.probability;
        out.push_back(byName);
    }
    return out;
}

class BaseHeadTest : public ::testing::Test {
protected:
    void SetUp() override {
        configureThreads(1, false);
        m_dir = test::freshTempDir("base-head");
        ::setenv("LITETUNE_CACHE", (m_dir / "cache").c_str(), 1);
        ::setenv("LITETUNE_RUNS", (m_dir / "runs").c_str(), 1);
        TrainConfig config;
        config.method = Method::Evaluate;
        config.modelPath = "demo";
        config.dataPath = writeCsv(m_dir / "data.csv").string();
        config.outDir = (m_dir / "base").string();
        config.threads = 1;
        TrainingObserver quiet;
        RunControl control;
        m_run = runMethod(config, quiet, control);
        m_head = fs::path(m_run.runDir) / kBaseHeadFile;
    }
    fs::path m_dir;
    RunResult m_run;
    fs::path m_head;
};

} // namespace

TEST_F(BaseHeadTest, TheEvaluatedHeadIsSavedAndUsed) {
    ASSERT_TRUE(fs::is_regular_file(m_head));
    const TensorMap saved = loadSafetensors(m_head);
    ASSERT_EQ(saved.size(), 1u);
    const torch::Tensor weight = saved.at("score.weight");
    EXPECT_EQ(weight.scalar_type(), torch::kFloat32);
    EXPECT_EQ(weight.sizes().vec(), (std::vector<std::int64_t>{3, 64})); // three labels × the demo's width
    ASSERT_EQ(m_run.eval.labels.size(), 3u);
    const auto asEvaluated = ask(m_run);

    // Zeros: every logit is 0, so every label gets 1/3 whatever the text.
    saveSafetensors(m_head, {{"score.weight", torch::zeros_like(weight)}});
    for (const auto& answer : ask(m_run)) {
        ASSERT_EQ(answer.size(), 3u);
        for (const auto& [name, probability] : answer)
            EXPECT_NEAR(probability, 1.0f / 3.0f, 1e-6) << name;
    }

    // Rows 0 and 1 swapped: the first two labels trade probabilities, the third keeps its own.
    const torch::Tensor swapped = weight.index_select(0, torch::tensor(std::vector<std::int64_t>{1, 0, 2}));
    saveSafetensors(m_head, {{"score.weight", swapped}});
    const auto afterSwap = ask(m_run);
    const std::vector<std::string>& labels = m_run.eval.labels;
    for (std::size_t i = 0; i < kTexts.size(); ++i) {
        EXPECT_NEAR(afterSwap[i].at(labels[0]), asEvaluated[i].at(labels[1]), 1e-5) << kTexts[i];
        EXPECT_NEAR(afterSwap[i].at(labels[1]), asEvaluated[i].at(labels[0]), 1e-5) << kTexts[i];
        EXPECT_NEAR(afterSwap[i].at(labels[2]), asEvaluated[i].at(labels[2]), 1e-5) << kTexts[i];
    }
    // The swap changed something: the evaluated head's first two rows differ.
    EXPECT_FALSE(torch::equal(swapped, weight));
}

TEST_F(BaseHeadTest, AnOldRunWithoutTheFileIsRebuiltFromItsSeed) {
    const auto asEvaluated = ask(m_run);
    ASSERT_TRUE(fs::remove(m_head));
    const auto rebuilt = ask(m_run);
    for (std::size_t i = 0; i < kTexts.size(); ++i)
        for (const auto& [name, probability] : asEvaluated[i])
            EXPECT_FLOAT_EQ(rebuilt[i].at(name), probability) << kTexts[i] << " " << name;
}

TEST_F(BaseHeadTest, AHeadOfTheWrongShapeIsRefusedNamingTheFile) {
    saveSafetensors(m_head, {{"score.weight", torch::zeros({2, 64})}});
    try {
        ask(m_run);
        FAIL() << "a head for two labels was accepted for three";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::BadInput);
        EXPECT_NE(std::string(error.what()).find(kBaseHeadFile), std::string::npos) << error.what();
    }
}
