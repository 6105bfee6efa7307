// EmojiTable: name normalisation (identical to the generator's), glyph lookup for CLDR names and
// TweetEval's spellings, and qualification of bare glyphs.
#include "data/EmojiTable.h"
#include "DataTestSupport.h"

#include <fstream>

using litetune::EmojiTable;

TEST(EmojiTable, NormalizesNames) {
    EXPECT_EQ(EmojiTable::normalizeName("Face with Tears of Joy"), "face_with_tears_of_joy");
    EXPECT_EQ(EmojiTable::normalizeName("_smiling_face_with_hearteyes_"), "smiling_face_with_hearteyes");
    EXPECT_EQ(EmojiTable::normalizeName("flag: United States"), "flag_united_states");
    EXPECT_EQ(EmojiTable::normalizeName("smiling face with heart-eyes"), "smiling_face_with_heart_eyes");
    EXPECT_EQ(EmojiTable::normalizeName("man\u2019s shoe"), "mans_shoe");
    EXPECT_EQ(EmojiTable::normalizeName("  keycap: #  "), "keycap");
    EXPECT_EQ(EmojiTable::normalizeName("pi\u00F1ata"), "pi\u00F1ata");
    EXPECT_EQ(EmojiTable::normalizeName("!!"), "");
}

TEST(EmojiTable, FindsGlyphsForNamesAndSpellings) {
    EXPECT_EQ(EmojiTable::glyphForName("red_heart"), "\u2764\uFE0F");
    EXPECT_EQ(EmojiTable::glyphForName("Red Heart"), "\u2764\uFE0F");
    EXPECT_EQ(EmojiTable::glyphForName("face_with_tears_of_joy"), "\U0001F602");
    EXPECT_EQ(EmojiTable::glyphForName("smiling_face_with_heart-eyes"), "\U0001F60D");
    EXPECT_EQ(EmojiTable::glyphForName("smiling_face_with_hearteyes"), "\U0001F60D"); // TweetEval's spelling
    EXPECT_EQ(EmojiTable::glyphForName("United_States"), "\U0001F1FA\U0001F1F8");     // flag without "flag:"
    EXPECT_EQ(EmojiTable::glyphForName("flag_united_states"), "\U0001F1FA\U0001F1F8");
    EXPECT_EQ(EmojiTable::glyphForName("pi\u00F1ata"), "\U0001FA85");
    EXPECT_EQ(EmojiTable::glyphForName("not_an_emoji_name"), "");
    EXPECT_EQ(EmojiTable::glyphForName(""), "");
}

TEST(EmojiTable, QualifiesGlyphs) {
    EXPECT_EQ(EmojiTable::qualifiedGlyph("\u2764"), "\u2764\uFE0F");
    EXPECT_EQ(EmojiTable::qualifiedGlyph("\u2764\uFE0F"), "\u2764\uFE0F");
    EXPECT_EQ(EmojiTable::qualifiedGlyph("\U0001F602"), "\U0001F602");
    EXPECT_EQ(EmojiTable::qualifiedGlyph("a"), "");
    EXPECT_EQ(EmojiTable::glyphForLabel("\u2600"), "\u2600\uFE0F");
    EXPECT_EQ(EmojiTable::glyphForLabel("sun"), "\u2600\uFE0F");
    EXPECT_EQ(EmojiTable::glyphForLabel("3"), "");
}

TEST(EmojiTable, AgreesWithTweetEvalMappingForAllTwentyLabels) {
    LITETUNE_SHARED_FILE(mapping, "data/tweeteval-emoji/mapping.txt");
    std::ifstream in(mapping);
    std::string line;
    int rows = 0;
    while (std::getline(in, line)) {
        const auto firstTab = line.find('\t');
        const auto secondTab = line.find('\t', firstTab + 1);
        const auto thirdTab = line.find('\t', secondTab + 1);
        const std::string glyph = line.substr(firstTab + 1, secondTab - firstTab - 1);
        const std::string name = line.substr(secondTab + 1, thirdTab - secondTab - 1);
        SCOPED_TRACE(name);
        EXPECT_NE(EmojiTable::glyphForName(name), "");
        EXPECT_EQ(EmojiTable::glyphForName(name), EmojiTable::qualifiedGlyph(glyph));
        ++rows;
    }
    EXPECT_EQ(rows, 20);
}
