// Tokenizer behaviour beyond the golden vectors: the built-in byte-level vocabulary, the special
// token option, decoding of partial characters, saving, and concurrent use of one tokenizer.
#include "TestPaths.h"

#include "api/Tokenizer.h"
#include "tokenizer/ByteAlphabet.h"
#include "tokenizer/Utf8.h"
#include "util/Error.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <thread>

namespace {

using litetune::SpecialTokens;
using litetune::Tokenizer;
using Ids = std::vector<std::int32_t>;

std::string readAll(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), {});
}

const Tokenizer& gpt2() {
    static const Tokenizer tokenizer = Tokenizer::fromFolder(litetune::test::sharedFile("reference/gpt2-tokenizer"));
    return tokenizer;
}

#define REQUIRE_GPT2()                                                                                                 \
    LITETUNE_SHARED_FILE(gpt2Vocab, "reference/gpt2-tokenizer/vocab.json");                                            \
    LITETUNE_SHARED_FILE(gpt2Merges, "reference/gpt2-tokenizer/merges.txt")

TEST(TokenizerBasicsTest, ByteLevelHasOneTokenPerByteInGpt2Order) {
    const Tokenizer tokenizer = Tokenizer::byteLevel();
    EXPECT_EQ(tokenizer.vocabSize(), 257);
    EXPECT_EQ(tokenizer.endOfTextId(), 256);
    EXPECT_EQ(tokenizer.encode("!"), Ids{0});
    EXPECT_EQ(tokenizer.encode(" "), Ids{220});
    EXPECT_EQ(tokenizer.encode("\n"), Ids{198});
    EXPECT_EQ(tokenizer.encode("hi there"), (Ids{71, 72, 220, 83, 71, 68, 81, 68}));
    for (int id = 0; id < 256; ++id) {
        const std::string byte(1, static_cast<char>(litetune::ByteAlphabet::order()[id]));
        EXPECT_EQ(tokenizer.encode(byte), Ids{id});
    }
    EXPECT_EQ(tokenizer.encode("<|endoftext|>", SpecialTokens::Recognize), Ids{256});
    EXPECT_EQ(tokenizer.encode("<|endoftext|>", SpecialTokens::AsText).size(), 13u);
    EXPECT_EQ(tokenizer.decode(tokenizer.encode("caf\xC3\xA9 \xF0\x9F\x98\x80")), "caf\xC3\xA9 \xF0\x9F\x98\x80");
}

TEST(TokenizerBasicsTest, ByteLevelIdsAreGpt2sSingleByteIds) {
    REQUIRE_GPT2();
    const Tokenizer bytes = Tokenizer::byteLevel();
    for (int byte = 0; byte < 256; ++byte) {
        const std::string text(1, static_cast<char>(byte));
        EXPECT_EQ(bytes.encode(text), gpt2().encode(text)) << "byte " << byte;
    }
}

TEST(TokenizerBasicsTest, EndOfTextIsRecognizedOrPlainText) {
    REQUIRE_GPT2();
    EXPECT_EQ(gpt2().endOfTextId(), 50256);
    EXPECT_EQ(gpt2().vocabSize(), 50257);
    EXPECT_EQ(gpt2().encode("<|endoftext|>"), Ids{50256}); // Recognize is the default
    EXPECT_EQ(gpt2().encode("<|endoftext|>", SpecialTokens::AsText), (Ids{27, 91, 437, 1659, 5239, 91, 29}));
    EXPECT_EQ(gpt2().encode("Hello<|endoftext|>world"), (Ids{15496, 50256, 6894}));
    EXPECT_EQ(gpt2().encode("<|endoftext|><|endoftext|>"), (Ids{50256, 50256}));
    EXPECT_EQ(gpt2().encode("<|endoftext"), (Ids{27, 91, 437, 1659, 5239}));
    const auto spans = gpt2().encodeWithOffsets("a<|endoftext|>b");
    ASSERT_EQ(spans.size(), 3u);
    EXPECT_EQ(spans[1].id, 50256);
    EXPECT_EQ(spans[1].begin, 1u);
    EXPECT_EQ(spans[1].end, 14u);
    EXPECT_EQ(spans[2].begin, 14u);
    EXPECT_EQ(gpt2().decode({50256}), "<|endoftext|>");
}

TEST(TokenizerBasicsTest, PartialCharactersDecodeToReplacementCharacters) {
    REQUIRE_GPT2();
    const Ids ids = gpt2().encode("\xF0\x9F\x98\x80"); // U+1F600 is two tokens: 3 bytes + 1 byte
    ASSERT_EQ(ids.size(), 2u);
    EXPECT_EQ(gpt2().decode(ids), "\xF0\x9F\x98\x80");
    EXPECT_EQ(gpt2().decode({ids[0]}), "\xEF\xBF\xBD");
    EXPECT_EQ(gpt2().tokenText(ids[0]), "\xEF\xBF\xBD");
    EXPECT_EQ(gpt2().tokenText(ids[1]), "\xEF\xBF\xBD");
    EXPECT_EQ(gpt2().decode({ids[1], ids[0]}), "\xEF\xBF\xBD\xEF\xBF\xBD");
    EXPECT_EQ(gpt2().tokenText(220), " ");
    EXPECT_EQ(gpt2().tokenText(15496), "Hello");
    const auto spans = gpt2().encodeWithOffsets("x\xF0\x9F\x98\x80");
    ASSERT_EQ(spans.size(), 3u);
    EXPECT_EQ(spans[1].begin, 1u);
    EXPECT_EQ(spans[1].end, 4u);
    EXPECT_EQ(spans[2].end, 5u);
}

TEST(TokenizerBasicsTest, InvalidUtf8InputEncodesAndRoundTripsItsBytes) {
    REQUIRE_GPT2();
    const std::string text = "ok\xFF\xFE \xC3 caf\xC3\xA9\xED\xA0\x80!";
    const Ids ids = gpt2().encode(text);
    std::string bytes;
    for (const auto& span : gpt2().encodeWithOffsets(text))
        bytes += text.substr(span.begin, span.end - span.begin);
    EXPECT_EQ(bytes, text);
    EXPECT_EQ(gpt2().decode(ids),
              "ok\xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD caf\xC3\xA9\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD!");
}

TEST(TokenizerBasicsTest, RandomBytesEncodeToTokensThatSpellThem) {
    REQUIRE_GPT2();
    // Arbitrary bytes (invalid UTF-8, NUL, long runs that take the heap merge) never fail, and each
    // token's bytes are the bytes of its span.
    std::mt19937 random(1234);
    const std::string alphabet =
        std::string("  aeiouxyzQ'sl19.!\n\t\0", 21) + "\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80\xFF\xC2\xA0";
    for (int round = 0; round < 1500; ++round) {
        std::string text(random() % (round % 10 == 0 ? 600 : 60), ' ');
        for (char& c : text)
            c = alphabet[random() % alphabet.size()];
        const auto spans = gpt2().encodeWithOffsets(text, round % 2 ? SpecialTokens::AsText : SpecialTokens::Recognize);
        std::uint32_t position = 0;
        for (const auto& span : spans) {
            ASSERT_EQ(span.begin, position);
            ASSERT_EQ(gpt2().tokenText(span.id),
                      litetune::Utf8::repair(text.substr(span.begin, span.end - span.begin)));
            position = span.end;
        }
        ASSERT_EQ(position, text.size());
    }
}

TEST(TokenizerBasicsTest, UnknownIdsAreBadInput) {
    const Tokenizer tokenizer = Tokenizer::byteLevel();
    for (const std::int32_t id : {-1, 257, 1 << 30}) {
        try {
            tokenizer.decode({0, id});
            FAIL() << "no error for id " << id;
        } catch (const litetune::Error& error) {
            EXPECT_EQ(error.kind(), litetune::ErrorKind::BadInput);
            EXPECT_NE(std::string(error.what()).find(std::to_string(id)), std::string::npos) << error.what();
        }
        EXPECT_THROW(tokenizer.tokenText(id), litetune::Error);
    }
}

TEST(TokenizerBasicsTest, SavingGpt2ReproducesItsFilesByteForByte) {
    REQUIRE_GPT2();
    const auto dir = litetune::test::freshTempDir("tokenizer-save") / "nested";
    gpt2().saveTo(dir);
    EXPECT_TRUE(readAll(dir / "vocab.json") == readAll(gpt2Vocab)) << "vocab.json differs";
    EXPECT_TRUE(readAll(dir / "merges.txt") == readAll(gpt2Merges)) << "merges.txt differs";
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir))
        ++files;
    EXPECT_EQ(files, 2u) << "no temporary files may be left behind";
}

TEST(TokenizerBasicsTest, SavedByteLevelVocabularyLoadsBack) {
    const auto dir = litetune::test::freshTempDir("tokenizer-save-bytes");
    Tokenizer::byteLevel().saveTo(dir);
    EXPECT_EQ(readAll(dir / "merges.txt"), "#version: 0.2\n");
    const Tokenizer loaded = Tokenizer::fromFolder(dir);
    EXPECT_EQ(loaded.vocabSize(), 257);
    EXPECT_EQ(loaded.encode("a\"\\<|endoftext|>"), Tokenizer::byteLevel().encode("a\"\\<|endoftext|>"));
}

TEST(TokenizerBasicsTest, BpeMergesLowestRankFirstAndLeftmostOnTies) {
    const auto dir = litetune::test::freshTempDir("tokenizer-ties");
    Tokenizer::byteLevel().saveTo(dir);
    // Add "aa" (rank 0) and "aaa" from "a aa" (rank 1): "aaa" merges its first pair first,
    // leaving "aa a", whose pair has no rule, so it never reaches the token "aaa".
    std::string vocab = readAll(dir / "vocab.json");
    vocab.insert(vocab.size() - 1, ", \"aa\": 257, \"aaa\": 258");
    std::ofstream(dir / "vocab.json", std::ios::binary) << vocab;
    std::ofstream(dir / "merges.txt", std::ios::binary) << "#version: 0.2\na a\na aa\n";
    const Tokenizer tokenizer = Tokenizer::fromFolder(dir);
    const std::int32_t a = 64;
    EXPECT_EQ(tokenizer.encode("aa"), Ids{257});
    EXPECT_EQ(tokenizer.encode("aaa"), (Ids{257, a}));
    EXPECT_EQ(tokenizer.encode("aaaa"), (Ids{257, 257}));
    EXPECT_EQ(tokenizer.encode(std::string(301, 'a')), [] {
        Ids ids(150, 257);
        ids.push_back(64);
        return ids;
    }()); // the long-piece path agrees
}

TEST(TokenizerBasicsTest, ConcurrentEncodesAgreeWithSequentialOnes) {
    REQUIRE_GPT2();
    // Many distinct multi-token words, so the threads insert into and evict from the shared cache.
    std::mt19937 random(7);
    std::vector<std::string> texts;
    for (int i = 0; i < 400; ++i) {
        std::string text;
        for (int word = 0; word < 40; ++word) {
            text += ' ';
            for (int c = 0, length = 3 + static_cast<int>(random() % 9); c < length; ++c)
                text += static_cast<char>('a' + random() % 26);
        }
        texts.push_back(text);
    }
    const Tokenizer tokenizer = Tokenizer::fromFolder(litetune::test::sharedFile("reference/gpt2-tokenizer"));
    std::vector<Ids> expected;
    for (const std::string& text : texts)
        expected.push_back(gpt2().encode(text));
    std::vector<std::size_t> wrong(4, 0);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < wrong.size(); ++t)
        threads.emplace_back([&, t] {
            for (int round = 0; round < 3; ++round)
                for (std::size_t i = 0; i < texts.size(); ++i) {
                    const std::size_t at = (i * 7 + t * 101 + round) % texts.size();
                    wrong[t] += tokenizer.encode(texts[at]) != expected[at];
                }
        });
    for (auto& thread : threads)
        thread.join();
    for (std::size_t t = 0; t < wrong.size(); ++t)
        EXPECT_EQ(wrong[t], 0u) << "thread " << t;
}

TEST(TokenizerBasicsTest, MovedTokenizerKeepsWorking) {
    Tokenizer first = Tokenizer::byteLevel();
    Tokenizer second = std::move(first);
    EXPECT_EQ(second.encode("!"), Ids{0});
}

} // namespace
