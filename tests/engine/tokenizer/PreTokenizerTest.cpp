// PreTokenizer: the pieces GPT-2's regex would produce, for the regex's tricky corners, and a
// tiling guarantee for arbitrary bytes (invalid UTF-8 included).
#include "tokenizer/PreTokenizer.h"
#include "tokenizer/UnicodeTables.h"

#include <gtest/gtest.h>

#include <random>

namespace {

using litetune::PreTokenizer;

std::vector<std::string> pieces(const std::string& text) {
    std::vector<std::string> out;
    for (std::size_t begin = 0; begin < text.size();) {
        const std::size_t end = PreTokenizer::pieceEnd(text, begin);
        if (end <= begin || end > text.size())
            return {"<no progress at " + std::to_string(begin) + ">"};
        out.push_back(text.substr(begin, end - begin));
        begin = end;
    }
    return out;
}

using Pieces = std::vector<std::string>;

TEST(PreTokenizerTest, WordsNumbersAndPunctuationTakeOneLeadingSpace) {
    EXPECT_EQ(pieces("Hello, world!"), (Pieces{"Hello", ",", " world", "!"}));
    EXPECT_EQ(pieces("abc123 456def"), (Pieces{"abc", "123", " 456", "def"}));
    EXPECT_EQ(pieces("a ... b"), (Pieces{"a", " ...", " b"}));
    EXPECT_EQ(pieces("\xC2\xBD\xC2\xB2 x"), (Pieces{"\xC2\xBD\xC2\xB2", " x"})); // ½² are numbers
}

TEST(PreTokenizerTest, WhitespaceRunsLeaveTheirLastSpaceToTheNextWord) {
    EXPECT_EQ(pieces("a  b"), (Pieces{"a", " ", " b"}));
    EXPECT_EQ(pieces("a   b"), (Pieces{"a", "  ", " b"}));
    EXPECT_EQ(pieces("a \n b"), (Pieces{"a", " \n", " b"}));
    EXPECT_EQ(pieces("a\n b"), (Pieces{"a", "\n", " b"}));
    EXPECT_EQ(pieces("a\n\nb"), (Pieces{"a", "\n", "\n", "b"}));
    EXPECT_EQ(pieces("a \nb"), (Pieces{"a", " ", "\n", "b"}));
    EXPECT_EQ(pieces("end   "), (Pieces{"end", "   "}));
    EXPECT_EQ(pieces(" "), (Pieces{" "}));
    EXPECT_EQ(pieces("  x"), (Pieces{" ", " x"}));
}

TEST(PreTokenizerTest, ContractionsAreCaseSensitiveAndAsciiOnly) {
    EXPECT_EQ(pieces("don't"), (Pieces{"don", "'t"}));
    EXPECT_EQ(pieces("DON'T"), (Pieces{"DON", "'", "T"}));
    EXPECT_EQ(pieces("'sup"), (Pieces{"'s", "up"}));
    EXPECT_EQ(pieces("we'll've"), (Pieces{"we", "'ll", "'ve"}));
    EXPECT_EQ(pieces("it\xE2\x80\x99s"), (Pieces{"it", "\xE2\x80\x99", "s"})); // curly apostrophe
    EXPECT_EQ(pieces("!'s"), (Pieces{"!'", "s"}));
    EXPECT_EQ(pieces(" 's"), (Pieces{" '", "s"}));
    EXPECT_EQ(pieces("'"), (Pieces{"'"}));
}

TEST(PreTokenizerTest, UnicodeSpacesMarksAndFormatCharacters) {
    const std::string nbsp = "\xC2\xA0", nel = "\xC2\x85", lineSeparator = "\xE2\x80\xA8", bom = "\xEF\xBB\xBF";
    EXPECT_EQ(pieces("a" + nbsp + "b"), (Pieces{"a", nbsp, "b"}));
    EXPECT_EQ(pieces("a " + nbsp + "b"), (Pieces{"a", " ", nbsp, "b"}));
    EXPECT_EQ(pieces("a" + nel + "b"), (Pieces{"a", nel, "b"}));
    EXPECT_EQ(pieces("a" + lineSeparator + lineSeparator), (Pieces{"a", lineSeparator + lineSeparator}));
    EXPECT_EQ(pieces(bom + "a"), (Pieces{bom, "a"})); // U+FEFF is a format character, not a space
    EXPECT_EQ(pieces("e\xCC\x81t\xC3\xA9"), (Pieces{"e", "\xCC\x81", "t\xC3\xA9"})); // combining acute splits
    EXPECT_EQ(pieces(" \xCC\x81"), (Pieces{" \xCC\x81"}));
}

TEST(PreTokenizerTest, InvalidBytesAreOtherCodePoints) {
    EXPECT_EQ(pieces("a\xFF"
                     "b"),
              (Pieces{"a", "\xFF", "b"}));
    EXPECT_EQ(pieces("\xFF\xFE!"), (Pieces{"\xFF\xFE!"}));
    EXPECT_EQ(pieces(" \xC3"), (Pieces{" \xC3"}));                     // truncated é
    EXPECT_EQ(pieces("caf\xC3\xA9"), (Pieces{"caf\xC3\xA9"}));         // é is a letter
    EXPECT_EQ(pieces("a\xC1\xA1"), (Pieces{"a", "\xC1\xA1"}));         // overlong 'a' is not a letter
    EXPECT_EQ(pieces("a\xED\xA0\x80"), (Pieces{"a", "\xED\xA0\x80"})); // a surrogate
    EXPECT_EQ(pieces(std::string("a\0b", 3)), (Pieces{"a", std::string(1, '\0'), "b"}));
}

TEST(PreTokenizerTest, PiecesTileArbitraryBytes) {
    std::mt19937 random(20240601);
    const char alphabet[] = {' ',    ' ',    'a',    'Z',    '7',    '\'',   's',    '\n',   '\t',   '!',    '\xC2',
                             '\xA0', '\xE2', '\x80', '\xA8', '\xF0', '\x9F', '\x98', '\x80', '\xFF', '\xCC', '\x81'};
    for (int round = 0; round < 2000; ++round) {
        std::string text(random() % 40, ' ');
        for (char& c : text)
            c = alphabet[random() % sizeof alphabet];
        std::string joined;
        for (const std::string& piece : pieces(text)) {
            ASSERT_FALSE(piece.empty());
            joined += piece;
        }
        ASSERT_EQ(joined, text);
    }
}

TEST(PreTokenizerTest, CharacterClassesFollowTheRegexProperties) {
    using litetune::CharClass;
    using litetune::charClass;
    EXPECT_EQ(charClass(U'a'), CharClass::Letter);
    EXPECT_EQ(charClass(U'\u00AA'), CharClass::Letter);     // ª is Lo
    EXPECT_EQ(charClass(U'\u4E2D'), CharClass::Letter);     // CJK
    EXPECT_EQ(charClass(U'\u2167'), CharClass::Number);     // Roman numeral eight, Nl
    EXPECT_EQ(charClass(U'\U0001D7CE'), CharClass::Number); // mathematical bold digit zero
    EXPECT_EQ(charClass(U'\u0085'), CharClass::Space);
    EXPECT_EQ(charClass(U'\u3000'), CharClass::Space);
    EXPECT_EQ(charClass(U'\u200B'), CharClass::Other);     // zero width space is not White_Space
    EXPECT_EQ(charClass(U'\u180E'), CharClass::Other);     // nor, since Unicode 6.3, this one
    EXPECT_EQ(charClass(U'\U0001F600'), CharClass::Other); // emoji
    EXPECT_EQ(charClass(U'\U0010FFFF'), CharClass::Other);
    EXPECT_EQ(charClass(U'\u0301'), CharClass::Other); // combining mark
}

} // namespace
