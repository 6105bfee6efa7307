// Tokenizer files: each kind of defect in vocab.json / merges.txt gives one BadInput error that
// names the file and the line, token or field at fault; good files in either naming load.
#include "TestPaths.h"

#include "api/Tokenizer.h"
#include "tokenizer/ByteAlphabet.h"
#include "util/Error.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

namespace {

using litetune::ByteAlphabet;
using litetune::Error;
using litetune::ErrorKind;
using litetune::Tokenizer;
namespace fs = std::filesystem;

void writeFile(const fs::path& path, const std::string& contents) {
    std::ofstream out(path, std::ios::binary);
    out << contents;
}

// All 256 byte symbols (ids 0..255), then "ab", "abc", "<|endoftext|>".
nlohmann::json smallVocab() {
    nlohmann::json vocab = nlohmann::json::object();
    for (int i = 0; i < 256; ++i)
        vocab[ByteAlphabet::spell(std::string(1, static_cast<char>(ByteAlphabet::order()[i])))] = i;
    vocab["ab"] = 256;
    vocab["abc"] = 257;
    vocab["<|endoftext|>"] = 258;
    return vocab;
}

const std::string kSmallMerges = "#version: 0.2\na b\nab c\n";

// Loads a folder with the given vocab.json text and merges.txt text; returns the error message
// ("" when it loads) and checks the error is a BadInput one.
std::string loadError(const std::string& vocabText, const std::string& mergesText) {
    const fs::path dir = litetune::test::freshTempDir("tokenizer-files");
    writeFile(dir / "vocab.json", vocabText);
    writeFile(dir / "merges.txt", mergesText);
    try {
        Tokenizer::fromFolder(dir);
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::BadInput) << error.what();
        return error.what();
    }
    return "";
}

std::string withEntry(const std::string& key, const nlohmann::json& value) {
    nlohmann::json vocab = smallVocab();
    vocab[key] = value;
    return vocab.dump();
}

#define EXPECT_ERROR_HAS(message, part) EXPECT_NE((message).find(part), std::string::npos) << "message: " << (message)

TEST(TokenizerFilesTest, SmallGoodFilesLoadAndMerge) {
    EXPECT_EQ(loadError(smallVocab().dump(), kSmallMerges), "");
    const fs::path dir = litetune::test::freshTempDir("tokenizer-small");
    writeFile(dir / "vocab.json", smallVocab().dump());
    writeFile(dir / "merges.txt", "a b\r\nab c"); // no header, CRLF, no final newline
    const Tokenizer tokenizer = Tokenizer::fromFolder(dir);
    EXPECT_EQ(tokenizer.vocabSize(), 259);
    EXPECT_EQ(tokenizer.endOfTextId(), 258);
    EXPECT_EQ(tokenizer.encode("abc abd"), (std::vector<std::int32_t>{257, 220, 256, 67}));
}

TEST(TokenizerFilesTest, OpenAiFileNamesLoad) {
    const fs::path dir = litetune::test::freshTempDir("tokenizer-openai");
    writeFile(dir / "encoder.json", smallVocab().dump());
    writeFile(dir / "vocab.bpe", kSmallMerges);
    EXPECT_EQ(Tokenizer::fromFolder(dir).encode("abc"), (std::vector<std::int32_t>{257}));
}

TEST(TokenizerFilesTest, MissingFolderOrFilesAreNamed) {
    const fs::path dir = litetune::test::freshTempDir("tokenizer-missing");
    try {
        Tokenizer::fromFolder(dir / "nowhere");
        FAIL() << "no error";
    } catch (const Error& error) {
        EXPECT_ERROR_HAS(std::string(error.what()), "nowhere");
    }
    try {
        Tokenizer::fromFolder(dir);
        FAIL() << "no error";
    } catch (const Error& error) {
        EXPECT_ERROR_HAS(std::string(error.what()), "vocab.json + merges.txt");
    }
    writeFile(dir / "vocab.json", smallVocab().dump());
    try {
        Tokenizer::fromFolder(dir);
        FAIL() << "no error";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::BadInput);
        EXPECT_ERROR_HAS(std::string(error.what()), "not found: " + (dir / "merges.txt").string());
    }
}

TEST(TokenizerFilesTest, VocabMustBeAnObjectOfIntegerIds) {
    EXPECT_ERROR_HAS(loadError("hello", kSmallMerges), "vocab.json is not valid JSON");
    const std::string full = smallVocab().dump();
    const std::string truncated = loadError(full.substr(0, full.size() / 2), kSmallMerges);
    EXPECT_ERROR_HAS(truncated, "vocab.json is not valid JSON");
    EXPECT_ERROR_HAS(truncated, "end of input");
    EXPECT_ERROR_HAS(loadError(full + " {}", kSmallMerges), "vocab.json is not valid JSON");
    EXPECT_ERROR_HAS(loadError("[1, 2]", kSmallMerges), "expected a JSON object");
    EXPECT_ERROR_HAS(loadError("{}", kSmallMerges), "holds no tokens");
    EXPECT_ERROR_HAS(loadError(withEntry("xy", "7"), kSmallMerges), "token \"xy\" maps to a string");
    EXPECT_ERROR_HAS(loadError(withEntry("xy", 1.5), kSmallMerges), "token \"xy\" maps to the number 1.5");
    EXPECT_ERROR_HAS(loadError(withEntry("xy", nullptr), kSmallMerges), "maps to null");
    EXPECT_ERROR_HAS(loadError(withEntry("xy", nlohmann::json::array()), kSmallMerges), "maps to an array");
    EXPECT_ERROR_HAS(loadError(withEntry("xy", -1), kSmallMerges), "token \"xy\" has id -1");
    EXPECT_ERROR_HAS(loadError(withEntry("xy", 1u << 30), kSmallMerges), "token \"xy\" has id 16777216");
}

TEST(TokenizerFilesTest, VocabTokensAndIdsMustBeUnique) {
    EXPECT_ERROR_HAS(loadError(withEntry("xy", 5), kSmallMerges), "id 5 is given to both");
    std::string duplicated = smallVocab().dump();
    duplicated.insert(1, "\"ab\": 300, ");
    EXPECT_ERROR_HAS(loadError(duplicated, kSmallMerges), "token \"ab\" appears twice");
    EXPECT_ERROR_HAS(loadError(withEntry("a b", 300), kSmallMerges), "contains U+0020");
    EXPECT_ERROR_HAS(loadError(withEntry("", 300), kSmallMerges), "empty string");
    EXPECT_ERROR_HAS(loadError(withEntry("far", 5000), kSmallMerges), "largest id is 5000");
    nlohmann::json noNewline = smallVocab();
    noNewline.erase(ByteAlphabet::spell("\n"));
    EXPECT_ERROR_HAS(loadError(noNewline.dump(), kSmallMerges), "no token for the byte 10");
}

TEST(TokenizerFilesTest, MergesMustMatchTheVocab) {
    const std::string vocab = smallVocab().dump();
    EXPECT_ERROR_HAS(loadError(vocab, "#version: 0.2\na b\nab\n"), "merges.txt line 3: expected two symbols");
    EXPECT_ERROR_HAS(loadError(vocab, "#version: 0.2\na  b\n"), "merges.txt line 2: expected two symbols");
    EXPECT_ERROR_HAS(loadError(vocab, "#version: 0.2\na b\n\nab c\n"), "merges.txt line 3: expected two symbols");
    EXPECT_ERROR_HAS(loadError(vocab, "a b\nab c d\n"), "merges.txt line 2: expected two symbols");
    EXPECT_ERROR_HAS(loadError(vocab, "#version: 0.2\na b\nzz c\n"), "merges.txt line 3: symbol \"zz\" is not in");
    EXPECT_ERROR_HAS(loadError(vocab, "#version: 0.2\nb c\n"),
                     "merges.txt line 2: merging \"b\" and \"c\" gives \"bc\"");
    EXPECT_ERROR_HAS(loadError(vocab, "#version: 0.2\na b\nab c\na b\n"), "line 4 repeats the merge of line 2");
    EXPECT_ERROR_HAS(loadError(vocab, "#version: 0.2\na b\nab \xFF\n"), "merges.txt line 3: symbol");
    EXPECT_ERROR_HAS(loadError(vocab, "#version: 0.2\na b\nab"), "merges.txt line 3"); // truncated
}

TEST(TokenizerFilesTest, OversizedFilesAreRefusedBeforeReading) {
    const fs::path dir = litetune::test::freshTempDir("tokenizer-huge");
    writeFile(dir / "vocab.json", smallVocab().dump());
    writeFile(dir / "merges.txt", "");
    fs::resize_file(dir / "vocab.json", (std::uintmax_t(64) << 20) + 1); // sparse: costs no disk
    try {
        Tokenizer::fromFolder(dir);
        FAIL() << "no error";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::BadInput);
        EXPECT_ERROR_HAS(std::string(error.what()), "larger than 64 MiB");
    }
}

TEST(TokenizerFilesTest, RealGpt2FilesAreCutShortAtAnyPointWithAClearError) {
    LITETUNE_SHARED_FILE(vocabPath, "reference/gpt2-tokenizer/vocab.json");
    LITETUNE_SHARED_FILE(mergesPath, "reference/gpt2-tokenizer/merges.txt");
    std::ifstream vocabIn(vocabPath, std::ios::binary), mergesIn(mergesPath, std::ios::binary);
    const std::string vocab((std::istreambuf_iterator<char>(vocabIn)), {});
    const std::string merges((std::istreambuf_iterator<char>(mergesIn)), {});
    EXPECT_ERROR_HAS(loadError(vocab.substr(0, 500000), merges), "vocab.json is not valid JSON");
    // Merges cut mid-line name the line; a vocab missing late tokens breaks the merges that make them.
    const std::size_t space = merges.find(' ', merges.find('\n', 200000));
    EXPECT_ERROR_HAS(loadError(vocab, merges.substr(0, space + 1)), "expected two symbols");
    nlohmann::json partial = nlohmann::json::parse(vocab);
    partial.erase("\xC4\xA0the"); // "Ġthe"
    EXPECT_ERROR_HAS(loadError(partial.dump(), merges), "merges.txt line 8: merging \"\xC4\xA0t\" and \"he\"");
}

} // namespace
