// The reference data in ../shared: TweetEval emoji (45,000 / 5,000 tweets, 20 labels) and the
// same tweets as tweet,emoji CSVs; both load with 20 glyphs and agree tweet for tweet.
#include "DataTestSupport.h"

#include <map>

using namespace litetune;
using namespace litetune::test;

TEST(SharedDatasets, TweetEvalEmojiFolder) {
    LITETUNE_SHARED_FILE(dir, "data/tweeteval-emoji");
    const Dataset dataset = loadDataset(optionsFor(dir));
    ASSERT_EQ(dataset.labels.size(), 20u);
    for (const LabelInfo& label : dataset.labels)
        EXPECT_FALSE(label.glyph.empty()) << label.name;
    EXPECT_EQ(dataset.labels[0].name, "red_heart");
    EXPECT_EQ(dataset.labels[0].glyph, "\u2764\uFE0F");
    EXPECT_EQ(dataset.labels[11].name, "United_States");
    EXPECT_EQ(dataset.labels[19].name, "winking_face_with_tongue");
    ASSERT_EQ(dataset.splits.size(), 2u);
    EXPECT_EQ(dataset.split("train")->examples.size(), 45000u);
    EXPECT_EQ(dataset.split("validation")->examples.size(), 5000u);
    EXPECT_EQ(dataset.labelCounts("train")[0], 9204);
    EXPECT_TRUE(dataset.skippedRows.empty());
}

TEST(SharedDatasets, TweetEmojiCsvFolderMatchesTweetEval) {
    LITETUNE_SHARED_FILE(csvDir, "data/tweet-emoji");
    LITETUNE_SHARED_FILE(tweetEvalDir, "data/tweeteval-emoji");
    const Dataset csv = loadDataset(optionsFor(csvDir));
    const Dataset tweetEval = loadDataset(optionsFor(tweetEvalDir));
    EXPECT_EQ(csv.textColumn, "tweet");
    EXPECT_EQ(csv.labelColumn, "emoji");
    ASSERT_EQ(csv.labels.size(), 20u);
    for (const LabelInfo& label : csv.labels)
        EXPECT_FALSE(label.glyph.empty()) << label.name;
    // Names not in the mapping: by descending train frequency.
    EXPECT_EQ(csv.labels[0].name, "red_heart");
    EXPECT_EQ(csv.labels[1].name, "smiling_face_with_hearteyes");
    EXPECT_EQ(csv.labels[19].name, "hundred_points");
    ASSERT_EQ(csv.split("train")->examples.size(), 45000u);
    ASSERT_EQ(csv.split("validation")->examples.size(), 5000u);
    // Same label names and glyphs as TweetEval, and the same tweets with the same labels.
    std::map<std::string, std::string> glyphs;
    for (const LabelInfo& label : tweetEval.labels)
        glyphs[label.name] = label.glyph;
    for (const LabelInfo& label : csv.labels)
        EXPECT_EQ(glyphs[label.name], label.glyph) << label.name;
    for (const char* name : {"train", "validation"}) {
        const Split& a = *csv.split(name);
        const Split& b = *tweetEval.split(name);
        std::size_t differences = 0;
        for (std::size_t i = 0; i < a.examples.size(); ++i)
            if (a.examples[i].text != b.examples[i].text ||
                csv.labels[static_cast<std::size_t>(a.examples[i].label)].name !=
                    tweetEval.labels[static_cast<std::size_t>(b.examples[i].label)].name)
                ++differences;
        EXPECT_EQ(differences, 0u) << name;
    }
}
