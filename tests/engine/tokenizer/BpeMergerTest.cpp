// BpeMerger: the array scan (short pieces) and the heap (long pieces) give identical merges on
// GPT-2's real rules, for every piece of the golden vectors and for random long words.
#include "TestPaths.h"

#include "tokenizer/BpeMerger.h"
#include "tokenizer/PreTokenizer.h"
#include "tokenizer/TokenizerFiles.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <random>
#include <unordered_map>

namespace {

using litetune::BpeMerger;
using litetune::MergeTable;

struct Gpt2Rules {
    std::array<std::int32_t, 256> byteIds{};
    MergeTable merges;
    std::vector<std::string> tokens;
};

Gpt2Rules loadRules(const std::filesystem::path& dir) {
    const auto vocabulary = litetune::TokenizerFiles::read(dir / "vocab.json", dir / "merges.txt");
    Gpt2Rules rules;
    rules.tokens = vocabulary.tokens;
    std::unordered_map<std::string, std::int32_t> idOf;
    for (std::size_t id = 0; id < vocabulary.tokens.size(); ++id)
        idOf[vocabulary.tokens[id]] = static_cast<std::int32_t>(id);
    for (int byte = 0; byte < 256; ++byte)
        rules.byteIds[byte] = idOf.at(std::string(1, static_cast<char>(byte)));
    for (std::size_t rank = 0; rank < vocabulary.merges.size(); ++rank) {
        const auto [left, right] = vocabulary.merges[rank];
        rules.merges.insert(left, right, static_cast<std::uint32_t>(rank),
                            idOf.at(vocabulary.tokens[left] + vocabulary.tokens[right]));
    }
    return rules;
}

std::vector<std::int32_t> run(const BpeMerger& merger, const std::string& piece, BpeMerger::Strategy strategy) {
    std::vector<std::int32_t> ids;
    merger.encode(piece, ids, strategy);
    return ids;
}

TEST(BpeMergerTest, ScanAndHeapAgreeOnEveryVectorPiece) {
    LITETUNE_SHARED_FILE(vectorsPath, "reference/tokenizer/gpt2-vectors.jsonl");
    LITETUNE_SHARED_FILE(vocabPath, "reference/gpt2-tokenizer/vocab.json");
    const Gpt2Rules rules = loadRules(vocabPath.parent_path());
    const BpeMerger merger(rules.merges, rules.byteIds);
    std::ifstream in(vectorsPath, std::ios::binary);
    std::string line;
    std::size_t pieces = 0;
    while (std::getline(in, line)) {
        const std::string text = nlohmann::json::parse(line).at("text").get<std::string>();
        for (std::size_t begin = 0; begin < text.size(); ++pieces) {
            const std::size_t end = litetune::PreTokenizer::pieceEnd(text, begin);
            const std::string piece = text.substr(begin, end - begin);
            const auto scanned = run(merger, piece, BpeMerger::Strategy::Scan);
            ASSERT_EQ(run(merger, piece, BpeMerger::Strategy::Heap), scanned)
                << "piece of " << piece.size() << " bytes";
            std::string joined;
            for (const std::int32_t id : scanned)
                joined += rules.tokens[id];
            ASSERT_EQ(joined, piece);
            begin = end;
        }
    }
    EXPECT_GT(pieces, 50000u);
}

TEST(BpeMergerTest, ScanAndHeapAgreeOnRandomWords) {
    LITETUNE_SHARED_FILE(vocabPath, "reference/gpt2-tokenizer/vocab.json");
    const Gpt2Rules rules = loadRules(vocabPath.parent_path());
    const BpeMerger merger(rules.merges, rules.byteIds);
    std::mt19937 random(99);
    const std::string letters = "etaoinshrdlucmfwypvbgkjqxz  eeettt";
    for (int round = 0; round < 300; ++round) {
        std::string word(1 + random() % BpeMerger::kScanLimit, ' ');
        for (char& c : word)
            c = letters[random() % letters.size()];
        ASSERT_EQ(run(merger, word, BpeMerger::Strategy::Heap), run(merger, word, BpeMerger::Strategy::Scan)) << word;
    }
}

} // namespace
