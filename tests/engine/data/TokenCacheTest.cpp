// TokenCache, tokenLengthStats and Histogram: ids truncated at max length, cached by content and
// reused, recomputed when the cache is corrupt or the key changes.
#include "data/TokenCache.h"
#include "DataTestSupport.h"
#include "api/Tokenizer.h"
#include "data/Histogram.h"

#include <fstream>

using namespace litetune;
using namespace litetune::test;
namespace fs = std::filesystem;

namespace {

Split sampleSplit() {
    return Split{"train", {{"hello", 0, 2}, {"a somewhat longer text", 1, 3}, {"\u2764\uFE0F", 0, 4}}};
}

std::size_t fileCount(const fs::path& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& item : fs::directory_iterator(dir))
        ++n;
    return n;
}

} // namespace

TEST(TokenCache, TruncatesCachesAndReuses) {
    const Tokenizer tokenizer = Tokenizer::byteLevel();
    const fs::path dir = freshTempDir("token-cache") / "cache";
    const TokenCache cache(dir);
    const Split split = sampleSplit();
    const TokenizedSplit first = cache.tokenize(split, tokenizer, "byte-level", 8);
    EXPECT_FALSE(first.fromCache);
    ASSERT_EQ(first.ids.size(), 3u);
    EXPECT_EQ(first.ids[0], tokenizer.encode("hello"));
    EXPECT_EQ(first.lengths[1], static_cast<std::int64_t>(tokenizer.encode("a somewhat longer text").size()));
    EXPECT_EQ(first.ids[1].size(), 8u);
    EXPECT_EQ(first.ids[2].size(), 6u); // six UTF-8 bytes
    EXPECT_TRUE(fs::exists(cache.fileFor(split, "byte-level", 8)));

    const TokenizedSplit second = cache.tokenize(split, tokenizer, "byte-level", 8);
    EXPECT_TRUE(second.fromCache);
    EXPECT_EQ(second.ids, first.ids);
    EXPECT_EQ(second.lengths, first.lengths);

    // Another max length, identity or text is another key.
    EXPECT_FALSE(cache.tokenize(split, tokenizer, "byte-level", 4).fromCache);
    EXPECT_FALSE(cache.tokenize(split, tokenizer, "other", 8).fromCache);
    Split changed = split;
    changed.examples[0].text = "hello!";
    EXPECT_FALSE(cache.tokenize(changed, tokenizer, "byte-level", 8).fromCache);
    EXPECT_EQ(fileCount(dir), 4u); // no temporary files left
}

TEST(TokenCache, CorruptCacheIsRecomputed) {
    const Tokenizer tokenizer = Tokenizer::byteLevel();
    const fs::path dir = freshTempDir("token-cache-corrupt");
    const TokenCache cache(dir);
    const Split split = sampleSplit();
    const TokenizedSplit good = cache.tokenize(split, tokenizer, "id", 16);
    const fs::path file = cache.fileFor(split, "id", 16);
    std::string bytes;
    {
        std::ifstream in(file, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    const std::vector<std::string> corruptions = {
        "",                                        // empty
        bytes.substr(0, bytes.size() / 2),         // truncated
        bytes + "trailing",                        // too long
        std::string(bytes).replace(60, 1, "\x7F"), // a flipped byte (checksum)
        "LTTOKC01" + std::string(200, '\xFF'),     // garbage after the magic
    };
    for (const std::string& corrupt : corruptions) {
        {
            std::ofstream out(file, std::ios::binary | std::ios::trunc);
            out << corrupt;
        }
        const TokenizedSplit again = cache.tokenize(split, tokenizer, "id", 16);
        EXPECT_FALSE(again.fromCache);
        EXPECT_EQ(again.ids, good.ids);
        EXPECT_TRUE(cache.tokenize(split, tokenizer, "id", 16).fromCache); // rewritten
    }
}

TEST(TokenCache, WorksWithoutAFolderAndRejectsBadLengths) {
    const Tokenizer tokenizer = Tokenizer::byteLevel();
    const TokenCache none{fs::path()};
    EXPECT_FALSE(none.tokenize(sampleSplit(), tokenizer, "id", 4).fromCache);
    EXPECT_FALSE(none.tokenize(sampleSplit(), tokenizer, "id", 4).fromCache);
    EXPECT_NE(errorMessage([&] { none.tokenize(sampleSplit(), tokenizer, "id", 0); }).find("max length"),
              std::string::npos);
    EXPECT_EQ(TokenCache::identityOf(tokenizer), TokenCache::identityOf(Tokenizer::byteLevel()));
    EXPECT_EQ(TokenCache::identityOf(tokenizer).size(), 32u);
}

TEST(TokenLengthStats, CountsTruncationAndMean) {
    const Tokenizer tokenizer = Tokenizer::byteLevel();
    const Split split{"test", {{"abcd", 0, 1}, {"ab", 0, 2}, {"abcdefgh", 0, 3}}};
    const LengthStats stats = tokenLengthStats(split, tokenizer, 4);
    EXPECT_EQ(stats.lengths, (std::vector<std::int64_t>{4, 2, 8}));
    EXPECT_EQ(stats.maxLength, 4);
    EXPECT_EQ(stats.longest, 8);
    EXPECT_DOUBLE_EQ(stats.meanLength, 14.0 / 3.0);
    EXPECT_DOUBLE_EQ(stats.truncatedFraction, 1.0 / 3.0);
    EXPECT_EQ(tokenLengthStats(Split{"empty", {}}, tokenizer, 4).meanLength, 0.0);
}

TEST(Histogram, EqualIntegerBinsCoverTheRange) {
    const auto bins = Histogram::of({1, 2, 2, 3, 10}, 3);
    ASSERT_EQ(bins.size(), 3u);
    EXPECT_EQ(bins[0].lower, 1);
    EXPECT_EQ(bins[0].upper, 5);
    EXPECT_EQ(bins[0].count, 4);
    EXPECT_EQ(bins[1].count, 0);
    EXPECT_EQ(bins[2].lower, 9);
    EXPECT_EQ(bins[2].upper, 13);
    EXPECT_EQ(bins[2].count, 1);
    EXPECT_EQ(Histogram::of({5, 5}, 10).size(), 1u); // a narrow range gives fewer bins
    EXPECT_TRUE(Histogram::of({}, 10).empty());
}
