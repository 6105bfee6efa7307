// trainArguments (api/OptionTable.h): the words another worker of a data-parallel run is started
// with, read back through the option table as app/cli/TrainVerb.cpp reads them, give the same config.
#include "api/OptionTable.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace litetune;

namespace {

// The train verb's reading of `words`, without its demo settings: every option is written out.
TrainConfig parsed(const std::vector<std::string>& words) {
    TrainConfig config;
    for (std::size_t i = 0; i < words.size(); ++i) {
        EXPECT_EQ(words[i].rfind("--", 0), 0u) << words[i];
        const OptionSpec* option = findOption(words[i].substr(2));
        if (option == nullptr) {
            ADD_FAILURE() << "unknown option " << words[i];
            continue;
        }
        OptionValue value = option->get(config);
        if (option->type == OptionType::Switch) {
            value.on = true;
        } else {
            EXPECT_LT(i + 1, words.size()) << words[i] << " has no value";
            if (i + 1 >= words.size())
                break;
            const auto why = parseOptionText(*option, words[++i], value);
            EXPECT_FALSE(why) << words[i - 1] << " " << *why;
        }
        EXPECT_FALSE(checkOption(*option, value)) << words[i];
        EXPECT_TRUE(option->set(config, value)) << words[i];
    }
    return config;
}

bool has(const std::vector<std::string>& words, const std::string& word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

TrainConfig unusual() {
    TrainConfig c;
    c.modelPath = "/models/my gpt2";
    c.dataPath = "/data/tweets.csv";
    c.textColumn = "tweet";
    c.method = Method::Lora;
    c.task = Task::Classification;
    c.epochs = 2.5;
    c.maxSteps = 123;
    c.learningRate = 0.1 + 0.2; // 0.30000000000000004: %g would round it
    c.weightDecay = 1.0 / 3.0;
    c.batchSize = 3;
    c.gradAccum = 2;
    c.maxLength = 77;
    c.seed = 9007199254740991ULL;
    c.trainSamplingStrategy = SamplingStrategy::Sequential;
    c.evalEvery = 10;
    c.checkpointEvery = 5;
    c.device = "cpu";
    c.precision = Precision::Fp32;
    c.threads = 1;
    c.limitTrain = 40;
    c.limitEval = 20;
    c.validationFraction = 0.15;
    c.skipBadRows = true;
    c.cleanText = true;
    c.lora.r = 4;
    c.lora.alpha = 7.5;
    c.lora.targets = {"c_attn", "c_proj"};
    c.lora.rslora = true;
    c.outDir = "/runs/rank0-only";
    c.runName = "rank 0's name";
    c.nprocPerNode = 2;
    return c;
}

} // namespace

TEST(TrainArguments, RoundTripGivesTheSameConfig) {
    const TrainConfig original = unusual();
    const std::vector<std::string> words = trainArguments(original);
    const TrainConfig back = parsed(words);
    for (const OptionSpec& option : optionTable()) {
        const std::string flag = option.flag;
        if (flag == "out" || flag == "name" || flag == "nproc-per-node" || flag == "split" || flag == "resume")
            continue;
        SCOPED_TRACE(flag);
        const OptionValue want = option.get(original), got = option.get(back);
        EXPECT_EQ(want.number, got.number); // exact, not as %g prints it
        EXPECT_EQ(want.on, got.on);
        EXPECT_EQ(want.text, got.text);
        EXPECT_EQ(want.items, got.items);
    }
    EXPECT_EQ(back.learningRate, 0.1 + 0.2);
    EXPECT_EQ(back.seed, 9007199254740991ULL);
    EXPECT_EQ(back.method, Method::Lora);
    EXPECT_EQ(back.lora.targets, (std::vector<std::string>{"c_attn", "c_proj"}));
}

TEST(TrainArguments, LeavesOutWhatIsRankZerosOrEmpty) {
    const std::vector<std::string> words = trainArguments(unusual());
    EXPECT_FALSE(has(words, "--out"));
    EXPECT_FALSE(has(words, "--name"));
    EXPECT_FALSE(has(words, "--nproc-per-node"));
    EXPECT_FALSE(has(words, "--adapter")); // empty text
    EXPECT_FALSE(has(words, "--label-column"));
    EXPECT_FALSE(has(words, "--split")); // eval's, not train's
    EXPECT_TRUE(has(words, "--method"));
    EXPECT_TRUE(has(words, "--task"));
    EXPECT_TRUE(has(words, "--text-column"));
    EXPECT_TRUE(has(words, "--clean-text")); // a switch: the flag alone
    EXPECT_FALSE(has(words, "--class-weighted-loss"));
}

TEST(TrainArguments, ResumeKeepsOnlyTheRuntimeOptions) {
    TrainConfig config = unusual();
    config.resumeDir = "/runs/old run";
    config.allowChangedData = true;
    const std::vector<std::string> words = trainArguments(config);
    ASSERT_GE(words.size(), 2u);
    EXPECT_EQ(words[0], "--resume");
    EXPECT_EQ(words[1], "/runs/old run");
    EXPECT_TRUE(has(words, "--allow-changed-data"));
    EXPECT_TRUE(has(words, "--device"));
    EXPECT_TRUE(has(words, "--threads"));
    EXPECT_FALSE(has(words, "--lr"));
    EXPECT_FALSE(has(words, "--method"));
    for (std::size_t i = 2; i < words.size(); ++i) {
        if (words[i].rfind("--", 0) != 0)
            continue;
        const OptionSpec* option = findOption(words[i].substr(2));
        ASSERT_NE(option, nullptr) << words[i];
        EXPECT_TRUE(option->scope == OptionScope::Runtime || words[i] == "--allow-changed-data") << words[i];
    }
}
