// Raw-text corpora for causal-LM training (data/TextCorpus.h) and their packing into blocks
// (train/CausalLmBlocks.h): documents per line or per file, a seeded held-out split, bounds and
// errors that name the file and line, and run_clm-style blocks.
#include "data/TextCorpus.h"
#include "DataTestSupport.h"
#include "api/Tokenizer.h"
#include "train/CausalLmBlocks.h"

#include <fstream>

using namespace litetune;
using namespace litetune::test;

namespace {

std::filesystem::path writeText(const std::filesystem::path& file, const std::string& text) {
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
    return file;
}

std::size_t documents(const Dataset& dataset) {
    std::size_t n = 0;
    for (const Split& split : dataset.splits)
        n += split.examples.size();
    return n;
}

} // namespace

TEST(TextCorpus, OneDocumentPerNonEmptyLineWithAHeldOutShare) {
    const auto dir = freshTempDir("corpus-lines");
    std::string text;
    for (int i = 0; i < 40; ++i)
        text += "document " + std::to_string(i) + "\r\n" + (i % 10 == 0 ? "   \n" : "");
    DatasetOptions options = optionsFor(writeText(dir / "c.txt", text), /*splitSingleFile=*/true);
    options.validationFraction = 0.25;
    const Dataset dataset = loadTextCorpus(options);
    ASSERT_EQ(dataset.splits.size(), 2u);
    EXPECT_EQ(documents(dataset), 40u); // blank lines are no documents, "\r" is dropped
    EXPECT_EQ(dataset.split("validation")->examples.size(), 10u);
    EXPECT_TRUE(dataset.labels.empty());
    const Example& first = dataset.split("train")->examples.front();
    EXPECT_EQ(first.text.find('\r'), std::string::npos);
    EXPECT_EQ(first.label, -1);
    // The same seed holds out the same documents; another seed others.
    const Dataset again = loadTextCorpus(options);
    EXPECT_EQ(again.split("validation")->examples.front().text, dataset.split("validation")->examples.front().text);
    options.seed = 7;
    const Dataset other = loadTextCorpus(options);
    std::string held, otherHeld;
    for (const Example& e : dataset.split("validation")->examples)
        held += e.text + "|";
    for (const Example& e : other.split("validation")->examples)
        otherHeld += e.text + "|";
    EXPECT_NE(held, otherHeld);
    // eval keeps it whole.
    EXPECT_EQ(loadTextCorpus(optionsFor(dir / "c.txt")).split("test")->examples.size(), 40u);
}

TEST(TextCorpus, AFolderHoldsOneDocumentPerTxtFile) {
    const auto dir = freshTempDir("corpus-folder");
    writeText(dir / "b.txt", "second\nfile\n");
    writeText(dir / "a.txt", "first file");
    writeText(dir / "notes.md", "not a corpus file");
    writeText(dir / "empty.txt", "\n\n");
    const Dataset dataset = loadTextCorpus(optionsFor(dir));
    ASSERT_EQ(dataset.splits.size(), 1u);
    ASSERT_EQ(dataset.splits[0].examples.size(), 2u);
    EXPECT_EQ(dataset.splits[0].examples[0].text, "first file\n"); // sorted by name
    EXPECT_EQ(dataset.splits[0].examples[1].text, "second\nfile\n");
}

TEST(TextCorpus, BadInputNamesTheFileAndLine) {
    const auto dir = freshTempDir("corpus-bad");
    const auto file = writeText(dir / "bad.txt", "fine\nstill fine\nbroken \xff byte\n");
    std::string message = errorMessage([&] { loadTextCorpus(optionsFor(file)); });
    EXPECT_NE(message.find("bad.txt line 3"), std::string::npos) << message;
    message = errorMessage([&] { loadTextCorpus(optionsFor(dir / "missing.txt")); });
    EXPECT_NE(message.find("does not exist"), std::string::npos) << message;
    message = errorMessage([&] { loadTextCorpus(optionsFor(writeText(dir / "blank.txt", " \n\n"))); });
    EXPECT_NE(message.find("holds no text"), std::string::npos) << message;
}

TEST(CausalLmBlocks, ConcatenatesWithEndOfTextAndDropsTheRemainder) {
    const Tokenizer bytes = Tokenizer::byteLevel(); // one id per byte, <|endoftext|> = 256
    const auto id = [&](const char* c) { return bytes.encode(c).at(0); };
    Split split{"train", {{"abc", -1, 1}, {"defgh", -1, 2}}};
    // "abc" eos "defgh" eos = 10 ids: two blocks of 4, the last 2 ids dropped.
    const EncodedSplit blocks = packCausalLmBlocks(split, bytes, 4);
    ASSERT_EQ(blocks.size(), 2);
    EXPECT_EQ(blocks.tokens[0], (std::vector<std::int32_t>{id("a"), id("b"), id("c"), bytes.endOfTextId()}));
    EXPECT_EQ(blocks.tokens[1], (std::vector<std::int32_t>{id("d"), id("e"), id("f"), id("g")}));
    EXPECT_EQ(blocks.lengths, (std::vector<std::int64_t>{4, 4}));
    EXPECT_EQ(blocksJsonLines(blocks), "{\"ids\": [" + std::to_string(id("a")) + ", " + std::to_string(id("b")) + ", " +
                                           std::to_string(id("c")) + ", 256]}\n{\"ids\": [" + std::to_string(id("d")) +
                                           ", " + std::to_string(id("e")) + ", " + std::to_string(id("f")) + ", " +
                                           std::to_string(id("g")) + "]}\n");
    // Less than one block: that one shorter block is kept.
    const EncodedSplit short_ = packCausalLmBlocks(Split{"validation", {{"ab", -1, 1}}}, bytes, 16);
    ASSERT_EQ(short_.size(), 1);
    EXPECT_EQ(short_.lengths[0], 3);
    EXPECT_EQ(packCausalLmBlocks(split, bytes, 4, 1).size(), 1); // --limit counts blocks
    EXPECT_NE(errorMessage([&] { packCausalLmBlocks(split, bytes, 1); }).find("at least 2"), std::string::npos);
}
