// Datasets inside archives (every kind, wrapped in a top folder or not) and single compressed
// files load exactly like their plain versions, straight from memory.
#include "../archive/ArchiveFixtures.h"
#include "DataTestSupport.h"

#include <fstream>

using namespace litetune;
using namespace litetune::test;
namespace fs = std::filesystem;

namespace {

// Same splits, labels and examples.
void expectSameDataset(const Dataset& actual, const Dataset& expected) {
    EXPECT_EQ(labelNames(actual), labelNames(expected));
    ASSERT_EQ(actual.splits.size(), expected.splits.size());
    for (std::size_t s = 0; s < expected.splits.size(); ++s) {
        EXPECT_EQ(actual.splits[s].name, expected.splits[s].name);
        ASSERT_EQ(actual.splits[s].examples.size(), expected.splits[s].examples.size());
        for (std::size_t i = 0; i < expected.splits[s].examples.size(); ++i) {
            EXPECT_EQ(actual.splits[s].examples[i].text, expected.splits[s].examples[i].text);
            EXPECT_EQ(actual.splits[s].examples[i].label, expected.splits[s].examples[i].label);
            EXPECT_EQ(actual.splits[s].examples[i].line, expected.splits[s].examples[i].line);
        }
    }
}

} // namespace

TEST(ArchiveDatasets, SplitFolderAndTweetEvalInEveryArchiveKind) {
    const fs::path dir = freshTempDir("archive-datasets");
    const Dataset splitFolder = loadDataset(optionsFor(datasetFile("split")));
    const Dataset tweetEval = loadDataset(optionsFor(datasetFile("tweeteval")));
    for (const char* kind : {".zip", ".tar", ".tar.gz", ".tgz", ".tar.xz", ".tar.zst", ".tar.bz2"}) {
        SCOPED_TRACE(kind);
        // The split folder at the archive root, the TweetEval folder wrapped in two folders.
        const fs::path flat = dir / (std::string("split") + kind);
        writeArchive(flat, entriesOf(datasetFile("split")));
        expectSameDataset(loadDataset(optionsFor(flat)), splitFolder);
        const fs::path nested = dir / (std::string("tweeteval") + kind);
        writeArchive(nested, entriesOf(datasetFile("tweeteval"), "tweeteval/emoji/"));
        const Dataset fromArchive = loadDataset(optionsFor(nested));
        expectSameDataset(fromArchive, tweetEval);
        EXPECT_EQ(fromArchive.labels[0].glyph, tweetEval.labels[0].glyph);
    }
}

TEST(ArchiveDatasets, SingleFileInAnArchiveAndCompressedFiles) {
    const fs::path dir = freshTempDir("archive-single");
    const Dataset plain = loadDataset(optionsFor(datasetFile("quoted.csv")));
    const std::string bytes = readFile(datasetFile("quoted.csv"));
    writeArchive(dir / "one.zip", {{"quoted.csv", bytes}, {"__MACOSX/._quoted.csv", "junk"}, {".hidden.csv", "x"}});
    expectSameDataset(loadDataset(optionsFor(dir / "one.zip")), plain);
    for (const char* suffix : {".gz", ".xz", ".zst"}) {
        SCOPED_TRACE(suffix);
        const fs::path file = dir / (std::string("quoted.csv") + suffix);
        writeCompressed(file, bytes);
        expectSameDataset(loadDataset(optionsFor(file)), plain);
    }
    // A compressed JSON Lines file is recognised by its inner name.
    writeCompressed(dir / "sample.jsonl.gz", readFile(datasetFile("sample.jsonl")));
    expectSameDataset(loadDataset(optionsFor(dir / "sample.jsonl.gz")),
                      loadDataset(optionsFor(datasetFile("sample.jsonl"))));
}

TEST(ArchiveDatasets, BadRowsInsideAnArchiveNameTheEntry) {
    const fs::path dir = freshTempDir("archive-bad");
    writeArchive(dir / "bad.tar.gz", {{"data/ragged.csv", readFile(badDatasetFile("ragged.csv"))}});
    const std::string message = errorMessage([&] { loadDataset(optionsFor(dir / "bad.tar.gz")); });
    EXPECT_NE(message.find("bad.tar.gz:data/ragged.csv:3: ragged row"), std::string::npos) << message;
}

TEST(ArchiveDatasets, HostileOrEmptyArchivesAreRefused) {
    const fs::path dir = freshTempDir("archive-hostile-data");
    writeArchive(dir / "evil.zip", {{"../train.csv", "text,label\na,b\n"}});
    std::string message = errorMessage([&] { loadDataset(optionsFor(dir / "evil.zip")); });
    EXPECT_NE(message.find("\"..\" component"), std::string::npos) << message;
    writeArchive(dir / "nothing.zip", {{"readme.md", "no data here"}});
    message = errorMessage([&] { loadDataset(optionsFor(dir / "nothing.zip")); });
    EXPECT_NE(message.find("holds no dataset file"), std::string::npos) << message;
    {
        std::ofstream out(dir / "broken.tar.gz", std::ios::binary);
        out << "\x1f\x8b\x08 definitely not gzip";
    }
    message = errorMessage([&] { loadDataset(optionsFor(dir / "broken.tar.gz")); });
    EXPECT_NE(message.find("broken.tar.gz"), std::string::npos) << message;
}
