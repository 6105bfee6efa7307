// loadDataset over every source kind in tests/data/datasets: CSV (BOM, CRLF, quoted newlines),
// TSV, JSON Lines, split folders, TweetEval folders; column detection and label order.
#include "DataTestSupport.h"

using namespace litetune;
using namespace litetune::test;

TEST(DatasetSources, CsvWithBomCrlfAndQuotedNewlines) {
    const Dataset dataset = loadDataset(optionsFor(datasetFile("quoted.csv")));
    EXPECT_EQ(dataset.textColumn, "Tweet"); // matched case-insensitively, BOM stripped
    EXPECT_EQ(dataset.labelColumn, "Emoji");
    ASSERT_EQ(dataset.splits.size(), 1u);
    const Split& test = dataset.splits[0];
    EXPECT_EQ(test.name, "test");
    ASSERT_EQ(test.examples.size(), 5u);
    EXPECT_EQ(test.examples[0].text, "Sunday in Venice, with friends");
    EXPECT_EQ(test.examples[0].line, 2);
    EXPECT_EQ(test.examples[1].text, "Line one\r\nline two"); // a quoted line break is kept as written
    EXPECT_EQ(test.examples[2].text, "She said \"hi\"");
    EXPECT_EQ(test.examples[2].line, 5); // the quoted CRLF counted as a line
    EXPECT_EQ(test.examples[3].text, "plain text here");
    EXPECT_EQ(test.examples[4].text, "multi\nline\nquote");
    EXPECT_EQ(test.examples[4].line, 8); // after a blank line
    // Labels by descending frequency, ties by name: red_heart 2, sun 2, fire 1.
    EXPECT_EQ(labelNames(dataset), (std::vector<std::string>{"red_heart", "sun", "fire"}));
    EXPECT_EQ(dataset.labels[0].glyph, "\u2764\uFE0F");
    EXPECT_EQ(dataset.labels[1].glyph, "\u2600\uFE0F");
    EXPECT_EQ(dataset.labels[2].glyph, "\U0001F525");
    EXPECT_EQ(dataset.labelCounts("test"), (std::vector<std::int64_t>{2, 2, 1}));
}

TEST(DatasetSources, TsvWithIntegerLabelsInNumericOrder) {
    const Dataset dataset = loadDataset(optionsFor(datasetFile("simple.tsv")));
    EXPECT_EQ(dataset.textColumn, "sentence");
    EXPECT_EQ(labelNames(dataset), (std::vector<std::string>{"0", "2", "10"}));
    const Split* test = dataset.split("test");
    ASSERT_NE(test, nullptr);
    ASSERT_EQ(test->examples.size(), 4u);
    EXPECT_EQ(test->examples[0].label, 1);                       // "2"
    EXPECT_EQ(test->examples[3].text, "fourth \"quoted\" word"); // a quote inside an unquoted field is text
    EXPECT_EQ(dataset.labels[0].glyph, "");                      // plain numbers have no glyph
}

TEST(DatasetSources, JsonLinesWithStringAndIntegerLabels) {
    const Dataset dataset = loadDataset(optionsFor(datasetFile("sample.jsonl")));
    EXPECT_EQ(dataset.textColumn, "text");
    EXPECT_EQ(labelNames(dataset), (std::vector<std::string>{"neg", "pos", "neu"}));
    const Split& test = dataset.splits.at(0);
    ASSERT_EQ(test.examples.size(), 5u);
    EXPECT_EQ(test.examples[2].text, "great film \u2764\uFE0F");
    EXPECT_EQ(test.examples[2].line, 4); // the blank line counts
    EXPECT_EQ(dataset.labelCounts(""), (std::vector<std::int64_t>{2, 2, 1}));

    const Dataset numbers = loadDataset(optionsFor(datasetFile("int_labels.jsonl")));
    EXPECT_EQ(labelNames(numbers), (std::vector<std::string>{"0", "1", "2"}));
    EXPECT_EQ(numbers.splits.at(0).examples.at(4).label, 1);
}

TEST(DatasetSources, ExplicitColumnsAndColumnListing) {
    DatasetOptions options = optionsFor(datasetFile("custom_columns.csv"));
    const std::string message = errorMessage([&] { loadDataset(options); });
    EXPECT_NE(message.find("custom_columns.csv"), std::string::npos) << message;
    EXPECT_NE(message.find("content, category"), std::string::npos) << message;
    EXPECT_EQ(datasetColumns(options), (std::vector<std::string>{"content", "category"}));
    options.textColumn = "content";
    options.labelColumn = "CATEGORY"; // case-insensitive when no exact match
    const Dataset dataset = loadDataset(options);
    EXPECT_EQ(dataset.textColumn, "content");
    EXPECT_EQ(dataset.labelColumn, "category");
    EXPECT_EQ(dataset.splits.at(0).examples.size(), 2u);
    options.labelColumn = "missing";
    EXPECT_NE(errorMessage([&] { loadDataset(options); }).find("no label column named \"missing\""), std::string::npos);
}

TEST(DatasetSources, SplitFolderKeepsItsSplits) {
    const Dataset dataset = loadDataset(optionsFor(datasetFile("split"), /*splitSingleFile=*/true));
    ASSERT_EQ(dataset.splits.size(), 3u);
    EXPECT_EQ(dataset.splits[0].name, "train");
    EXPECT_EQ(dataset.splits[1].name, "validation"); // from dev.jsonl
    EXPECT_EQ(dataset.splits[2].name, "test");       // from test.tsv
    EXPECT_EQ(dataset.splits[0].examples.size(), 12u);
    EXPECT_EQ(dataset.splits[1].examples.size(), 4u);
    EXPECT_EQ(dataset.splits[2].examples.size(), 4u);
    // Train has 4 of each: ties ordered by name.
    EXPECT_EQ(labelNames(dataset), (std::vector<std::string>{"bird", "cat", "dog"}));
    EXPECT_EQ(dataset.labels[1].glyph, "\U0001F408"); // "cat" is CLDR's name for U+1F408
    EXPECT_EQ(dataset.labelCounts("test"), (std::vector<std::int64_t>{2, 2, 0}));
    EXPECT_EQ(dataset.labelCounts("nope"), std::vector<std::int64_t>{});
    EXPECT_EQ(datasetColumns(optionsFor(datasetFile("split"))), (std::vector<std::string>{"text", "label"}));
}

TEST(DatasetSources, TweetEvalFolder) {
    const Dataset dataset = loadDataset(optionsFor(datasetFile("tweeteval")));
    EXPECT_EQ(labelNames(dataset), (std::vector<std::string>{"red_heart", "face_with_tears_of_joy", "United_States"}));
    EXPECT_EQ(dataset.labels[0].glyph, "\u2764\uFE0F"); // mapping's "❤" fully qualified
    EXPECT_EQ(dataset.labels[2].glyph, "\U0001F1FA\U0001F1F8");
    ASSERT_EQ(dataset.splits.size(), 2u);
    EXPECT_EQ(dataset.splits[0].name, "train");
    EXPECT_EQ(dataset.splits[1].name, "validation");
    EXPECT_EQ(dataset.splits[0].examples[0].text, "love this"); // trailing space dropped
    EXPECT_EQ(dataset.splits[0].examples[1].text, " so funny lol");
    EXPECT_EQ(dataset.splits[1].examples[1].label, 2);
    EXPECT_EQ(dataset.splits[1].examples[1].line, 2);
    EXPECT_TRUE(datasetColumns(optionsFor(datasetFile("tweeteval"))).empty());
}

TEST(DatasetSources, SingleFileIsSplitOnlyWhenAsked) {
    const Dataset whole = loadDataset(optionsFor(datasetFile("int_labels.jsonl"), false));
    ASSERT_EQ(whole.splits.size(), 1u);
    EXPECT_EQ(whole.splits[0].name, "test");
    DatasetOptions options = optionsFor(datasetFile("int_labels.jsonl"), true);
    options.validationFraction = 1.0 / 3.0;
    const Dataset split = loadDataset(options);
    ASSERT_EQ(split.splits.size(), 2u);
    EXPECT_EQ(split.labelCounts("train"), (std::vector<std::int64_t>{2, 2, 2}));
    EXPECT_EQ(split.labelCounts("validation"), (std::vector<std::int64_t>{1, 1, 1}));
}

TEST(DatasetSources, MissingPathNamesIt) {
    const std::string message = errorMessage([] { loadDataset(optionsFor("/nonexistent/data.csv")); });
    EXPECT_NE(message.find("/nonexistent/data.csv"), std::string::npos) << message;
}
