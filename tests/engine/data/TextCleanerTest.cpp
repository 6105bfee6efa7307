// TextCleaner and DatasetOptions::cleanText: invisible characters go, white space collapses, and
// on TweetEval emoji the training split's U+FE0F remnants are gone after cleaning. changes() agrees
// with clean() and cleaningShare() finds the training split far dirtier than validation.
#include "data/TextCleaner.h"
#include "DataTestSupport.h"

#include <algorithm>
#include <fstream>

using namespace litetune;
using namespace litetune::test;

namespace {
void writeText(const std::filesystem::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}
} // namespace

TEST(TextCleaner, DropsInvisibleCharactersAndCollapsesWhiteSpace) {
    EXPECT_EQ(TextCleaner::clean("walking in the sun with @user \uFE0F \uFE0F \uFE0F @ Venice"),
              "walking in the sun with @user @ Venice");
    EXPECT_EQ(TextCleaner::clean("  a\t\tb\n\u00A0c\u2003 "), "a b c");
    EXPECT_EQ(TextCleaner::clean("zero\u200Bwidth soft\u00ADhyphen join\u200Ded"), "zerowidth softhyphen joined");
    EXPECT_EQ(TextCleaner::clean("\uFEFFbom and tag\U000E0067 and selector\U000E0100"), "bom and tag and selector");
    EXPECT_EQ(TextCleaner::clean("\uFE0F \uFE0F"), "");
    EXPECT_EQ(TextCleaner::clean(""), "");
    // Visible text is never rewritten: emoji, accents, CJK and punctuation stay as written.
    const std::string visible = "caf\u00E9 \u2764 \U0001F602 \u65E5\u672C \u2026!";
    EXPECT_EQ(TextCleaner::clean(visible), visible);
}

TEST(TextCleaner, ChangesAgreesWithClean) {
    const std::string cases[] = {
        "",
        "plain text",
        "a",
        " ",
        "  ",
        " leading",
        "trailing ",
        "two  spaces",
        "tab\there",
        "line\nbreak",
        "crlf\r\n",
        "no\u00A0break",
        "em\u2003space",
        "heart \uFE0F",
        "\uFE0F",
        "zero\u200Bwidth",
        "\uFEFFbom",
        "caf\u00E9 \u2764 \U0001F602 \u65E5\u672C \u2026!",
        "already clean, one space each",
        "a b c d e",
        "\xFF",         // invalid UTF-8 is kept as it is
        "a \xFF b",     // ... but a space before it moves behind it
        "\xC3",         // a truncated sequence
        "  \xFF",       // leading white space before invalid bytes
        "x\xE2\x80 y",  // a maximal invalid subpart, then text
        "\u200B\u200B", // only invisible characters
        "end\u200D",    // an invisible character at the end
        "a\u00AD b",    // soft hyphen before a space
    };
    for (const std::string& text : cases)
        EXPECT_EQ(TextCleaner::changes(text), TextCleaner::clean(text) != text) << '"' << text << '"';
    EXPECT_FALSE(TextCleaner::changes("plain text"));
    EXPECT_TRUE(TextCleaner::changes("heart \uFE0F"));
    EXPECT_TRUE(TextCleaner::changes("two  spaces"));
    EXPECT_TRUE(TextCleaner::changes("tab\there"));
    EXPECT_TRUE(TextCleaner::changes(" leading"));
    EXPECT_TRUE(TextCleaner::changes("trailing "));
}

TEST(TextCleaner, CleaningShareCountsChangedTexts) {
    Split split{"train", {{"clean text", 0, 1}, {"dirty \uFE0F", 0, 2}, {"also clean", 1, 3}, {"a  b", 1, 4}}};
    EXPECT_DOUBLE_EQ(cleaningShare(split), 0.5);
    EXPECT_DOUBLE_EQ(cleaningShare(Split{"validation", {}}), 0.0);
}

TEST(TextCleaner, DatasetOptionCleansEverySplit) {
    const auto dir = freshTempDir("clean-text");
    writeText(dir / "train.csv", "text,label\n\"a\uFE0F  b\",x\nc,y\n");
    writeText(dir / "validation.csv", "text,label\n\" d \u200D e \",x\n");
    DatasetOptions options = optionsFor(dir);
    const Dataset raw = loadDataset(options);
    EXPECT_EQ(raw.split("train")->examples[0].text, "a\uFE0F  b");
    options.cleanText = true;
    const Dataset cleaned = loadDataset(options);
    EXPECT_EQ(cleaned.split("train")->examples[0].text, "a b");
    EXPECT_EQ(cleaned.split("validation")->examples[0].text, "d e");
}

TEST(TextCleaner, RemovesTweetEvalEmojiRemnants) {
    LITETUNE_SHARED_FILE(dir, "data/tweet-emoji");
    DatasetOptions options = optionsFor(dir);
    const auto withSelector = [](const Dataset& d, const char* split) {
        const auto& examples = d.split(split)->examples;
        return std::count_if(examples.begin(), examples.end(),
                             [](const Example& e) { return e.text.find("\uFE0F") != std::string::npos; });
    };
    const Dataset raw = loadDataset(options);
    EXPECT_EQ(withSelector(raw, "train"), 8919); // 19.8% of 45,000: the leak docs/benchmarks.md describes
    EXPECT_EQ(withSelector(raw, "validation"), 79);
    options.cleanText = true;
    const Dataset cleaned = loadDataset(options);
    EXPECT_EQ(withSelector(cleaned, "train"), 0);
    EXPECT_EQ(withSelector(cleaned, "validation"), 0);
    EXPECT_EQ(cleaned.split("train")->examples.size(), 45000u);
}

TEST(TextCleaner, TweetEvalEmojiTrainingSplitIsFarDirtierThanValidation) {
    LITETUNE_SHARED_FILE(dir, "data/tweet-emoji");
    const Dataset raw = loadDataset(optionsFor(dir));
    for (const Split& split : raw.splits)
        for (const Example& example : split.examples)
            ASSERT_EQ(TextCleaner::changes(example.text), TextCleaner::clean(example.text) != example.text)
                << split.name << " line " << example.line;
    const double train = cleaningShare(*raw.split("train"));
    const double validation = cleaningShare(*raw.split("validation"));
    // At least the 19.8% with a U+FE0F remnant, against a few percent in validation.
    EXPECT_GE(train, 0.198);
    EXPECT_LT(validation, 0.05);
    EXPECT_GT(train, 3.0 * validation);
}
