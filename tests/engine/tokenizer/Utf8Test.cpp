// Utf8: strict decoding and U+FFFD repair, one replacement per maximal invalid subpart. The
// expected strings are what Python's bytes.decode("utf-8", errors="replace") returns.
#include "tokenizer/Utf8.h"

#include <gtest/gtest.h>

namespace {

using litetune::Utf8;

const std::string kReplacement = "\xEF\xBF\xBD";

std::string times(int count) {
    std::string out;
    for (int i = 0; i < count; ++i)
        out += kReplacement;
    return out;
}

TEST(Utf8Test, ValidTextIsUnchanged) {
    const std::string text = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z"; // a é € 😀 z
    EXPECT_TRUE(Utf8::isValid(text));
    EXPECT_EQ(Utf8::repair(text), text);
    EXPECT_EQ(Utf8::repair(std::string("a\0b", 3)), std::string("a\0b", 3));
}

TEST(Utf8Test, EachMaximalInvalidSubpartBecomesOneReplacement) {
    struct Case {
        std::string bytes;
        std::string expected;
    };
    const Case cases[] = {
        {"\xFF", times(1)},
        {"\xE2\x82", times(1)}, // truncated €
        {"\xE2\x82"
         "a",
         times(1) + "a"},
        {"\xF0\x9F\x98", times(1)},     // truncated 😀
        {"\xED\xA0\x80", times(3)},     // a surrogate
        {"\xE0\x80\x80", times(3)},     // overlong
        {"\xC0\xAF", times(2)},         // overlong '/'
        {"\xF4\x90\x80\x80", times(4)}, // above U+10FFFF
        {"\xF0\x90\x80", times(1)},
        {"a\xF0\x9F\x98\x80\xF0\x9F", "a\xF0\x9F\x98\x80" + times(1)},
        {"\xE0\xA0", times(1)},
        {"\xC2", times(1)},
        {"\x80\x80", times(2)}, // lone continuation bytes
    };
    for (const Case& c : cases) {
        EXPECT_FALSE(Utf8::isValid(c.bytes));
        EXPECT_EQ(Utf8::repair(c.bytes), c.expected) << "input of " << c.bytes.size() << " bytes";
    }
}

TEST(Utf8Test, DecodeReportsCodePointOrSubpartLength) {
    char32_t codePoint = 0;
    const auto* euro = reinterpret_cast<const unsigned char*>("\xE2\x82\xAC");
    EXPECT_EQ(Utf8::decode(euro, 3, codePoint), 3);
    EXPECT_EQ(codePoint, U'\u20AC');
    EXPECT_EQ(Utf8::decode(euro, 2, codePoint), -2); // cut short by the end of input
    const auto* surrogate = reinterpret_cast<const unsigned char*>("\xED\xA0\x80");
    EXPECT_EQ(Utf8::decode(surrogate, 3, codePoint), -1);
}

TEST(Utf8Test, AppendEncodesEveryLength) {
    std::string out;
    for (const char32_t codePoint : {U'\u0041', U'\u00E9', U'\u20AC', U'\U0001F600'})
        Utf8::append(out, codePoint);
    EXPECT_EQ(out, "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
}

} // namespace
