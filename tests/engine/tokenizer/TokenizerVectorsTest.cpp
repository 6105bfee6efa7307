// Golden test: every text of shared/reference/tokenizer/gpt2-vectors.jsonl (made with tiktoken's
// encode_ordinary, cross-checked by two other implementations) encodes to exactly its ids, decodes
// back to its bytes, and gets byte offsets that tile it.
#include "TestPaths.h"

#include "api/Tokenizer.h"
#include "tokenizer/Utf8.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>

namespace {

using litetune::SpecialTokens;
using litetune::Tokenizer;

struct Vector {
    std::string text;
    std::vector<std::int32_t> ids;
};

std::vector<Vector> readVectors(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::vector<Vector> vectors;
    std::string line;
    while (std::getline(in, line)) {
        const auto json = nlohmann::json::parse(line);
        vectors.push_back(Vector{json.at("text").get<std::string>(), json.at("ids").get<std::vector<std::int32_t>>()});
    }
    return vectors;
}

std::string shorten(const std::string& text) {
    return nlohmann::json(text.size() > 60 ? text.substr(0, 60) + "..." : text)
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

class TokenizerVectorsTest : public ::testing::Test {
protected:
    // Loading GPT-2's files once for the suite keeps it fast.
    static const Tokenizer* gpt2() {
        static std::optional<Tokenizer> tokenizer;
        if (!tokenizer)
            tokenizer.emplace(Tokenizer::fromFolder(litetune::test::sharedFile("reference/gpt2-tokenizer")));
        return &*tokenizer;
    }
};

TEST_F(TokenizerVectorsTest, EveryVectorEncodesToItsIds) {
    LITETUNE_SHARED_FILE(vectorsPath, "reference/tokenizer/gpt2-vectors.jsonl");
    LITETUNE_SHARED_FILE(vocabPath, "reference/gpt2-tokenizer/vocab.json");
    const auto vectors = readVectors(vectorsPath);
    ASSERT_EQ(vectors.size(), 4355u);
    std::size_t mismatches = 0;
    std::ostringstream firstFew;
    for (std::size_t i = 0; i < vectors.size(); ++i) {
        const auto ids = gpt2()->encode(vectors[i].text, SpecialTokens::AsText);
        if (ids != vectors[i].ids && ++mismatches <= 5)
            firstFew << "\n  line " << i + 1 << ": " << shorten(vectors[i].text);
    }
    EXPECT_EQ(mismatches, 0u) << "texts whose ids differ from the reference:" << firstFew.str();
}

TEST_F(TokenizerVectorsTest, DecodeReproducesEveryText) {
    LITETUNE_SHARED_FILE(vectorsPath, "reference/tokenizer/gpt2-vectors.jsonl");
    LITETUNE_SHARED_FILE(vocabPath, "reference/gpt2-tokenizer/vocab.json");
    std::size_t mismatches = 0;
    std::ostringstream firstFew;
    std::size_t line = 0;
    for (const Vector& vector : readVectors(vectorsPath)) {
        ++line;
        if (gpt2()->decode(vector.ids) != vector.text && ++mismatches <= 5)
            firstFew << "\n  line " << line << ": " << shorten(vector.text);
    }
    EXPECT_EQ(mismatches, 0u) << "texts that do not decode back:" << firstFew.str();
}

TEST_F(TokenizerVectorsTest, OffsetsTileEveryTextAndMatchTheIds) {
    LITETUNE_SHARED_FILE(vectorsPath, "reference/tokenizer/gpt2-vectors.jsonl");
    LITETUNE_SHARED_FILE(vocabPath, "reference/gpt2-tokenizer/vocab.json");
    std::size_t line = 0;
    for (const Vector& vector : readVectors(vectorsPath)) {
        ++line;
        for (const SpecialTokens special : {SpecialTokens::AsText, SpecialTokens::Recognize}) {
            const auto spans = gpt2()->encodeWithOffsets(vector.text, special);
            const auto ids = gpt2()->encode(vector.text, special);
            ASSERT_EQ(spans.size(), ids.size()) << "line " << line;
            std::uint32_t position = 0;
            for (std::size_t i = 0; i < spans.size(); ++i) {
                ASSERT_EQ(spans[i].id, ids[i]) << "line " << line << ", token " << i;
                ASSERT_EQ(spans[i].begin, position) << "line " << line << ", token " << i;
                ASSERT_GT(spans[i].end, spans[i].begin) << "line " << line << ", token " << i;
                // The token's bytes are exactly the text's bytes in its range (both repaired alike
                // where a token holds part of a UTF-8 sequence).
                const std::string slice = vector.text.substr(spans[i].begin, spans[i].end - spans[i].begin);
                ASSERT_EQ(gpt2()->decode({spans[i].id}), litetune::Utf8::repair(slice))
                    << "line " << line << ", token " << i;
                position = spans[i].end;
            }
            ASSERT_EQ(position, vector.text.size()) << "line " << line;
        }
    }
}

TEST_F(TokenizerVectorsTest, RecognizedEndOfTextDiffersOnlyWhereTheLiteralOccurs) {
    LITETUNE_SHARED_FILE(vectorsPath, "reference/tokenizer/gpt2-vectors.jsonl");
    LITETUNE_SHARED_FILE(vocabPath, "reference/gpt2-tokenizer/vocab.json");
    std::size_t withLiteral = 0;
    for (const Vector& vector : readVectors(vectorsPath)) {
        const auto recognized = gpt2()->encode(vector.text, SpecialTokens::Recognize);
        const bool hasLiteral = vector.text.find("<|endoftext|>") != std::string::npos;
        withLiteral += hasLiteral;
        if (!hasLiteral) {
            ASSERT_EQ(recognized, vector.ids) << shorten(vector.text);
            continue;
        }
        EXPECT_NE(std::find(recognized.begin(), recognized.end(), 50256), recognized.end()) << shorten(vector.text);
        EXPECT_EQ(std::find(vector.ids.begin(), vector.ids.end(), 50256), vector.ids.end()) << shorten(vector.text);
        EXPECT_EQ(gpt2()->decode(recognized), vector.text);
    }
    EXPECT_GT(withLiteral, 0u) << "the vectors should exercise the literal <|endoftext|>";
}

} // namespace
