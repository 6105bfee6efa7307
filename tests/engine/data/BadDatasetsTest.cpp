// Bad datasets in tests/data/bad/datasets: each fails with BadInput naming the file and line (or
// the file and what is wrong with it), and with skipBadRows the bad rows are listed, not loaded.
#include "DataTestSupport.h"

#include <fstream>

using namespace litetune;
using namespace litetune::test;

namespace {

struct BadCase {
    const char* path;
    const char* expected; // substring of the message, "file:line: reason" where a line is at fault
};

const BadCase kBadRows[] = {
    {"ragged.csv", "ragged.csv:3: ragged row: 3 fields, header has 2"},
    {"empty_text.csv", "empty_text.csv:3: empty text"},
    {"invalid_utf8.csv", "invalid_utf8.csv:3: invalid UTF-8"},
    {"text_after_quote.csv", "text_after_quote.csv:2: text after a closing quote"},
    {"bad_rows.jsonl", "bad_rows.jsonl:2: invalid JSON"},
    {"unknown_label", "validation.csv:3: unknown label \"zebra\""},
    {"tweeteval_range", "train_labels.txt:2: label 7 is not an id in mapping.txt"},
};

} // namespace

TEST(BadDatasets, BadRowsAreNamedWithFileAndLine) {
    for (const BadCase& c : kBadRows) {
        SCOPED_TRACE(c.path);
        const std::string message = errorMessage([&] { loadDataset(optionsFor(badDatasetFile(c.path))); });
        EXPECT_NE(message.find(c.expected), std::string::npos) << message;
    }
}

TEST(BadDatasets, JsonLinesProblemsAreListedTogether) {
    const std::string message = errorMessage([] { loadDataset(optionsFor(badDatasetFile("bad_rows.jsonl"))); });
    EXPECT_NE(message.find(":3: \"label\" is a number with a fraction"), std::string::npos) << message;
    EXPECT_NE(message.find(":4: not a JSON object"), std::string::npos) << message;
    EXPECT_NE(message.find(":5: \"text\" is missing"), std::string::npos) << message;
    EXPECT_NE(message.find("4 bad rows"), std::string::npos) << message;
}

TEST(BadDatasets, SkippedRowsAreListedAndTheRestLoads) {
    DatasetOptions options = optionsFor(badDatasetFile("ragged.csv"));
    options.skipBadRows = true;
    const Dataset dataset = loadDataset(options);
    ASSERT_EQ(dataset.skippedRows.size(), 1u);
    EXPECT_EQ(dataset.skippedRows[0].line, 3);
    EXPECT_NE(dataset.skippedRows[0].file.find("ragged.csv"), std::string::npos);
    EXPECT_EQ(dataset.skippedRows[0].reason, "ragged row: 3 fields, header has 2");
    ASSERT_EQ(dataset.splits.at(0).examples.size(), 2u);
    EXPECT_EQ(dataset.splits[0].examples[1].text, "fine");
    EXPECT_EQ(dataset.splits[0].examples[1].line, 4);

    options.path = badDatasetFile("unknown_label").string();
    const Dataset folder = loadDataset(options);
    ASSERT_EQ(folder.skippedRows.size(), 1u);
    EXPECT_EQ(folder.split("validation")->examples.size(), 1u);

    options.path = badDatasetFile("text_after_quote.csv").string();
    const Dataset resumed = loadDataset(options);
    ASSERT_EQ(resumed.splits.at(0).examples.size(), 1u); // reading resumed on the next line
    EXPECT_EQ(resumed.splits[0].examples[0].line, 3);
}

TEST(BadDatasets, WholeFileProblemsNameTheFile) {
    const BadCase cases[] = {
        {"unclosed_quote.csv", "unclosed_quote.csv:3: a quoted field is never closed"},
        {"no_columns.csv", "no_columns.csv: no text column (looked for tweet, text, sentence); the columns are: "
                           "content, category"},
        {"ambiguous.csv", "ambiguous.csv: the text column is ambiguous (text, sentence)"},
        {"empty.csv", "empty.csv is empty"},
        {"empty.jsonl", "empty.jsonl is empty: expected JSON Lines"},
        {"utf16.csv", "utf16.csv is UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8"},
        {"binary_garbage.csv", "binary_garbage.csv holds a NUL byte at offset 88, so it is not UTF-8 text"},
        {"json_array.json", "json_array.json holds a JSON array"},
        {"tweeteval_mismatch", "train_text.txt has 3 lines but train_labels.txt has 2"},
        {"tweeteval_mapping", "mapping.txt:2: expected \"id<TAB>emoji<TAB>name\""},
        {"two_validation", "more than one validation file (dev.csv, val.csv)"},
    };
    for (const BadCase& c : cases) {
        SCOPED_TRACE(c.path);
        DatasetOptions options = optionsFor(badDatasetFile(c.path));
        options.skipBadRows = true; // these cannot be skipped
        const std::string message = errorMessage([&] { loadDataset(options); });
        EXPECT_NE(message.find(c.expected), std::string::npos) << message;
    }
}

TEST(BadDatasets, SizeCapsGiveClearErrors) {
    const auto dir = freshTempDir("bad-sizes");
    {
        std::ofstream out(dir / "long_field.csv", std::ios::binary);
        out << "text,label\n\"" << std::string((1u << 20) + 10, 'x') << "\",a\n";
    }
    std::string message = errorMessage([&] { loadDataset(optionsFor(dir / "long_field.csv")); });
    EXPECT_NE(message.find("long_field.csv:2: a field is longer than 1024 KiB"), std::string::npos) << message;
    {
        std::ofstream out(dir / "long_unquoted.tsv", std::ios::binary);
        out << "text\tlabel\nshort\ta\n" << std::string((1u << 20) + 10, 'y') << "\tb\n";
    }
    message = errorMessage([&] { loadDataset(optionsFor(dir / "long_unquoted.tsv")); });
    EXPECT_NE(message.find("long_unquoted.tsv:3: a field is longer"), std::string::npos) << message;
}

TEST(BadDatasets, FractionsAreChecked) {
    DatasetOptions options = optionsFor(datasetFile("int_labels.jsonl"), true);
    options.validationFraction = 0.6;
    options.testFraction = 0.5;
    const std::string message = errorMessage([&] { loadDataset(options); });
    EXPECT_NE(message.find("together below 1"), std::string::npos) << message;
}
