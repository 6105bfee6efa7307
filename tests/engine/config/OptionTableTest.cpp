// The option table (api/OptionTable.h): its rows are complete and unambiguous, TrainConfig's
// defaults pass its ranges, run.json keeps every recorded option exactly and refuses a value out of
// range, and command-line words are parsed or refused in words that name what was expected.
#include "api/OptionTable.h"
#include "TestFiles.h"
#include "config/TrainConfigJson.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>
#include <string>

using namespace litetune;

using test::badInputMessage;

TEST(OptionTable, RowsAreCompleteAndKeysUnique) {
    std::set<std::string> flags, jsonKeys, settingsKeys;
    for (const OptionSpec& option : optionTable()) {
        SCOPED_TRACE(option.flag);
        EXPECT_TRUE(flags.insert(option.flag).second);
        EXPECT_TRUE(jsonKeys.insert(option.jsonKey).second);
        if (*option.settingsKey)
            EXPECT_TRUE(settingsKeys.insert(option.settingsKey).second);
        EXPECT_NE(option.get, nullptr);
        EXPECT_NE(option.set, nullptr);
        EXPECT_NE(std::string(option.help), "");
        if (option.form != FormPlace::Elsewhere) {
            EXPECT_NE(std::string(option.label), "");
            EXPECT_NE(std::string(option.settingsKey), "");
        }
        if (option.type == OptionType::Integer || option.type == OptionType::Real)
            EXPECT_LT(option.low, option.high);
        if (option.type == OptionType::Choice)
            EXPECT_GE(option.choices.size(), 2u);
    }
    EXPECT_GE(optionTable().size(), 40u);
    EXPECT_EQ(findOption("lr")->jsonKey, std::string("lr"));
    EXPECT_EQ(findOption("no-such-option"), nullptr);
}

TEST(OptionTable, DefaultsAreInRange) {
    EXPECT_TRUE(validate(TrainConfig()).empty());
}

TEST(OptionTable, ValidateNamesEveryBrokenRange) {
    TrainConfig config;
    config.learningRate = -1;
    config.batchSize = 0;
    config.maxSteps = 0; // neither -1 nor a step count
    const std::vector<OptionViolation> found = validate(config);
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[0].flag, "max-steps");
    EXPECT_EQ(found[0].expectation, "expects -1 (from the epochs) or a value in [1, 1000000000000], got 0");
    EXPECT_EQ(found[1].flag, "lr");
    EXPECT_EQ(found[1].expectation, "expects a value in [0, 10], got -1");
    EXPECT_EQ(found[2].jsonKey, "batch_size");
    config = TrainConfig();
    config.maxSteps = -1;
    config.epochs = 0; // the low end is open
    ASSERT_TRUE(firstViolation(config));
    EXPECT_EQ(firstViolation(config)->expectation, "expects a value in (0, 1000000], got 0");
}

TEST(OptionTable, ParsesCommandLineWords) {
    OptionValue value;
    EXPECT_EQ(parseOptionText(*findOption("batch-size"), "32", value), std::nullopt);
    EXPECT_EQ(value.number, 32);
    EXPECT_EQ(parseOptionText(*findOption("batch-size"), "3.5", value), "expects an integer, got '3.5'");
    EXPECT_EQ(parseOptionText(*findOption("lr"), "nan", value), "expects a finite number, got 'nan'");
    EXPECT_EQ(parseOptionText(*findOption("precision"), "fp8", value), "expects auto, fp32, bf16 or fp16, got 'fp8'");
    EXPECT_EQ(parseOptionText(*findOption("method"), "eval", value), std::nullopt); // an alias of base
    EXPECT_EQ(parseOptionText(*findOption("lora-targets"), " c_attn, c_fc ,", value), std::nullopt);
    EXPECT_EQ(value.items, (std::vector<std::string>{"c_attn", "c_fc"}));
    EXPECT_EQ(parseOptionText(*findOption("lora-targets"), ",", value), "expects a comma-separated list, got ','");
    EXPECT_EQ(optionText(*findOption("lr"), findOption("lr")->get(TrainConfig())), "5e-05");
    EXPECT_EQ(optionText(*findOption("max-length"), findOption("max-length")->get(TrainConfig())), "128");
}

TEST(OptionTable, RunJsonKeepsEveryRecordedOption) {
    TrainConfig config;
    config.method = Method::Lora;
    config.learningRate = 3e-4;
    config.seed = 9007199254740992ull; // 2^53, the largest seed
    config.trainSamplingStrategy = SamplingStrategy::Sequential;
    config.lora.targets = {"c_attn", "c_proj"};
    config.lora.rslora = true;
    config.classWeightedLoss = true;
    config.metricForBestModel = "eval_f1";
    config.loadBestModelAtEnd = true;
    config.allowChangedData = true; // not recorded
    const nlohmann::json json = trainConfigToJson(config);
    EXPECT_EQ(json.count("allow_changed_data"), 0u);
    EXPECT_TRUE(json.at("seed").is_number_integer());
    const TrainConfig back = trainConfigFromJson(json, "run.json");
    for (const OptionSpec& option : optionTable()) {
        if (!option.recorded)
            continue;
        SCOPED_TRACE(option.flag);
        EXPECT_EQ(optionText(option, option.get(back)), optionText(option, option.get(config)));
    }
    EXPECT_FALSE(back.allowChangedData);
}

TEST(OptionTable, RunJsonRefusesWhatNoRunCanMean) {
    nlohmann::json json = trainConfigToJson(TrainConfig());
    json["batch_size"] = 3.5;
    EXPECT_EQ(badInputMessage([&] { trainConfigFromJson(json, "r/run.json"); }),
              "r/run.json: field \"config.batch_size\" expects an integer, got 3.5 (was run.json edited?)");
    json = trainConfigToJson(TrainConfig());
    json["lr"] = 1e9;
    EXPECT_EQ(badInputMessage([&] { trainConfigFromJson(json, "r/run.json"); }),
              "r/run.json: field \"config.lr\" expects a value in [0, 10], got 1000000000 (was run.json edited?)");
    json = trainConfigToJson(TrainConfig());
    json["lora_targets"] = {"c_attn", 3};
    EXPECT_EQ(badInputMessage([&] { trainConfigFromJson(json, "r/run.json"); }),
              "r/run.json: field \"config.lora_targets\" has the wrong type (array)");
    json = trainConfigToJson(TrainConfig());
    json["precision"] = "fp8";
    EXPECT_EQ(badInputMessage([&] { trainConfigFromJson(json, "r/run.json"); }),
              "r/run.json: field \"config.precision\" is \"fp8\", expected auto, fp32, bf16 or fp16");
    // Older runs lack newer keys: the defaults apply.
    json = nlohmann::json::object({{"lr", 1e-4}});
    EXPECT_EQ(trainConfigFromJson(json, "r/run.json").batchSize, TrainConfig().batchSize);
}
