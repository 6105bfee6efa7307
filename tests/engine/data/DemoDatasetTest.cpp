// The built-in "demo" dataset ("which language is this fortune in?" from Debian's fortunes): 11
// languages with glyphs, capped and short, split stratified and deterministically; a clear error
// naming the package without fortunes; and the demo's pretraining corpus, disjoint from it.
#include "data/DemoDataset.h"
#include "DataTestSupport.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

using namespace litetune;
using namespace litetune::test;

namespace {

const std::filesystem::path kFortunes = "/usr/share/games/fortunes";

const std::vector<std::string> kLanguageNames = {"english", "german", "spanish",   "italian",   "portuguese", "polish",
                                                 "russian", "czech",  "bulgarian", "esperanto", "irish"};

bool realFortunesInstalled() {
    for (const char* source : {"computers", "de", "es", "it", "brasil", "pl", "ru", "cs", "bg", "eo", "ga"})
        if (!std::filesystem::exists(kFortunes / source))
            return false;
    return true;
}

std::set<std::string> texts(const Dataset& dataset) {
    std::set<std::string> out;
    for (const Split& split : dataset.splits)
        for (const Example& example : split.examples)
            out.insert(example.text);
    return out;
}

void writeEntries(const std::filesystem::path& file, const std::string& prefix, int count) {
    std::ofstream out(file, std::ios::app);
    for (int i = 0; i < count; ++i)
        out << prefix << " text number " << i << "\n\tsecond line\n%\n";
}

// A fake fortunes dir in the Debian layout: per language 230 short texts, 30 of 401..1000 bytes,
// one of 1001 bytes and one shared with english; plus files that must not be read.
std::filesystem::path fakeFortunes(const std::string& name) {
    namespace fs = std::filesystem;
    const fs::path dir = freshTempDir(name);
    auto common = [](const fs::path& file, const std::string& language) {
        std::ofstream out(file, std::ios::app);
        for (int i = 0; i < 30; ++i)
            out << language << " long " << i << " " << std::string(450 + i * 10, 'y') << "\n%\n";
        out << std::string(1001, 'x') << "\n%\n"; // too long even for the corpus
        out << "shared text\n%\n";
    };
    const std::vector<std::string> english = DemoDataset::englishFiles();
    for (std::size_t f = 0; f < english.size(); ++f)
        writeEntries(dir / english[f], "english " + english[f], 6); // 43 files × 6 = 258
    common(dir / english.front(), "english");
    // Top-level files of other packages, .dat files: not English.
    writeEntries(dir / "chinese", "chinese", 300);
    writeEntries(dir / "art.dat", "binary index", 300);
    writeEntries(dir / "brasil", "portuguese", 230);
    common(dir / "brasil", "portuguese");
    for (const char* folder : {"de", "es", "it", "pl", "ru", "cs", "bg", "eo", "ga"}) {
        fs::create_directories(dir / folder);
        const std::string language = folder;
        const fs::path a = dir / folder / (language == "es" ? "a.fortunes" : "a");
        const fs::path b = dir / folder / (language == "es" ? "b.fortunes" : "b");
        writeEntries(b, language + " b", 115); // written first, read second (sorted names)
        writeEntries(a, language + " a", 115);
        common(a, language);
        writeEntries(dir / folder / "a.dat", "ignored dat", 50);
        writeEntries(dir / folder / "a.u8", "ignored u8", 50);
        fs::create_symlink(a, dir / folder / "link");
    }
    fs::create_directories(dir / "es" / "off");
    writeEntries(dir / "es" / "off" / "c.fortunes", "ignored off", 50);
    writeEntries(dir / "es" / "varios.fortunes-pre", "ignored pre", 50);
    return dir;
}

} // namespace

TEST(DemoDataset, LoadsBalancedShortTextsWithGlyphs) {
    if (!realFortunesInstalled()) {
        // packaging/debian-deps.txt installs them, so in CI their absence is a fault.
        if (sharedRequired())
            FAIL() << "Debian's fortunes packages are missing (packaging/debian-deps.txt)";
        GTEST_SKIP() << "Debian's fortunes packages (fortunes, fortunes-de, ...) are not installed";
    }
    DatasetOptions options; // path "demo"
    options.testFraction = 0.1;
    const Dataset dataset = loadDataset(options);
    EXPECT_EQ(labelNames(dataset), kLanguageNames);
    for (const LabelInfo& label : dataset.labels)
        EXPECT_FALSE(label.glyph.empty()) << label.name;
    EXPECT_EQ(dataset.labels[0].glyph, "\U0001F1EC\U0001F1E7");
    EXPECT_EQ(dataset.labels[1].glyph, "\U0001F1E9\U0001F1EA");
    EXPECT_EQ(dataset.labels[9].glyph, "\U0001F49A");
    EXPECT_EQ(dataset.labelColumn, "language");
    EXPECT_EQ(dataset.textColumn, "text");
    ASSERT_EQ(dataset.splits.size(), 3u);
    const std::vector<std::int64_t> all = dataset.labelCounts("");
    for (std::size_t i = 0; i < all.size(); ++i) {
        EXPECT_LE(all[i], static_cast<std::int64_t>(DemoDataset::kPerClass)) << dataset.labels[i].name;
        EXPECT_GE(all[i], 100) << dataset.labels[i].name;
    }
    for (const Split& split : dataset.splits)
        for (const Example& example : split.examples) {
            EXPECT_LE(example.text.size(), DemoDataset::kMaxBytes);
            EXPECT_EQ(example.text.find('\n'), std::string::npos);
        }
    // Stratified: every language appears in validation and test, about 10% each.
    const auto validation = dataset.labelCounts("validation");
    for (std::size_t i = 0; i < all.size(); ++i)
        EXPECT_EQ(validation[i], std::llround(static_cast<double>(all[i]) * 0.1)) << dataset.labels[i].name;

    const Dataset again = loadDataset(options);
    ASSERT_EQ(again.splits[1].examples.size(), dataset.splits[1].examples.size());
    for (std::size_t i = 0; i < dataset.splits[1].examples.size(); ++i)
        EXPECT_EQ(again.splits[1].examples[i].text, dataset.splits[1].examples[i].text);
}

TEST(DemoDataset, SelectionReadsTheLayoutIgnoresFileOrderAndDropsSharedTexts) {
    const auto dir = fakeFortunes("demo-fake");
    DatasetOptions options;
    options.validationFraction = 0.2;
    const Dataset dataset = DemoDataset::load(options, dir);
    EXPECT_EQ(labelNames(dataset), kLanguageNames);
    for (const std::int64_t count : dataset.labelCounts(""))
        EXPECT_EQ(count, static_cast<std::int64_t>(DemoDataset::kPerClass));
    std::map<int, std::set<std::string>> prefixes;
    for (const Split& split : dataset.splits)
        for (const Example& example : split.examples) {
            EXPECT_NE(example.text, "shared text");
            EXPECT_EQ(example.text.find("ignored"), std::string::npos) << example.text;
            EXPECT_EQ(example.text.find("chinese"), std::string::npos) << example.text;
            EXPECT_NE(example.text.find("text number"), std::string::npos) << example.text; // no long ones
            EXPECT_NE(example.text.find(" second line"), std::string::npos);                // whitespace collapsed
            EXPECT_EQ(example.line % 3, 1) << example.text; // entries start every 3 lines
            prefixes[example.label].insert(example.text.substr(0, example.text.find(" text number")));
        }
    EXPECT_EQ(prefixes[1], (std::set<std::string>{"de a", "de b"}));
    EXPECT_EQ(prefixes[2], (std::set<std::string>{"es a", "es b"}));
    EXPECT_EQ(prefixes[4], (std::set<std::string>{"portuguese"}));
    EXPECT_GT(prefixes[0].size(), 20u); // from many English files
    // File order within a language: the sorted names, a before b.
    const Split* train = dataset.split("train");
    bool seenB = false;
    for (const Example& example : train->examples)
        if (example.label == 1) {
            const bool isB = example.text.rfind("de b", 0) == 0;
            EXPECT_FALSE(seenB && !isB) << "de/a after de/b";
            seenB = seenB || isB;
        }
}

TEST(DemoDataset, MissingFortunesNamesThePackage) {
    const auto dir = freshTempDir("demo-missing");
    std::string message = errorMessage([&] { DemoDataset::load(DatasetOptions{}, dir); }, ErrorKind::Failure);
    EXPECT_NE(message.find("(apt install fortunes)"), std::string::npos) << message;
    EXPECT_NE(message.find((dir / "art").string()), std::string::npos) << message;

    const auto fake = fakeFortunes("demo-missing-de");
    std::filesystem::remove_all(fake / "de");
    message = errorMessage([&] { DemoDataset::load(DatasetOptions{}, fake); }, ErrorKind::Failure);
    EXPECT_NE(message.find("apt install fortunes-de"), std::string::npos) << message;
    EXPECT_NE(message.find((fake / "de").string()), std::string::npos) << message;

    const auto noBrasil = fakeFortunes("demo-missing-br");
    std::filesystem::remove(noBrasil / "brasil");
    message = errorMessage([&] { DemoDataset::corpus(noBrasil); }, ErrorKind::Failure);
    EXPECT_NE(message.find("apt install fortunes-br"), std::string::npos) << message;
}

TEST(DemoDataset, CorpusIsTheRestInHashOrder) {
    const auto dir = fakeFortunes("demo-corpus-fake");
    const Dataset classification = DemoDataset::load(DatasetOptions{}, dir);
    const Dataset corpus = DemoDataset::corpus(dir);
    EXPECT_TRUE(corpus.labels.empty());
    EXPECT_EQ(corpus.textColumn, "text");
    ASSERT_EQ(corpus.splits.size(), 2u);
    EXPECT_EQ(corpus.splits[0].name, "train");
    EXPECT_EQ(corpus.splits[1].name, "validation");
    const std::set<std::string> classified = texts(classification);
    std::size_t longOnes = 0, total = 0;
    for (const Split& split : corpus.splits)
        for (const Example& example : split.examples) {
            ++total;
            EXPECT_EQ(example.label, -1);
            EXPECT_EQ(classified.count(example.text), 0u) << example.text;
            EXPECT_LE(example.text.size(), DemoDataset::kMaxCorpusBytes);
            EXPECT_NE(example.text, "shared text");
            EXPECT_EQ(example.text.find("ignored"), std::string::npos) << example.text;
            longOnes += example.text.size() > DemoDataset::kMaxBytes;
        }
    // Per language: 230 + 30 long texts, 150 of them classified (english: 258 + 30).
    EXPECT_EQ(longOnes, 11u * 30u);
    EXPECT_EQ(total, 10u * 110u + 138u);
    EXPECT_EQ(corpus.splits[1].examples.size(), 10u * (110u / 20u) + 138u / 20u);
}

TEST(DemoDataset, CorpusIsDisjointBalancedAndDeterministic) {
    if (!realFortunesInstalled()) {
        // packaging/debian-deps.txt installs them, so in CI their absence is a fault.
        if (sharedRequired())
            FAIL() << "Debian's fortunes packages are missing (packaging/debian-deps.txt)";
        GTEST_SKIP() << "Debian's fortunes packages (fortunes, fortunes-de, ...) are not installed";
    }
    DatasetOptions options;
    const Dataset classification = loadDataset(options);
    const Dataset corpus = DemoDataset::corpus();
    ASSERT_EQ(corpus.splits.size(), 2u);
    EXPECT_NE(corpus.source.find("demo-text: fortunes in 11 languages"), std::string::npos) << corpus.source;
    const std::set<std::string> classified = texts(classification);
    ASSERT_EQ(classified.size(), static_cast<std::size_t>(classification.splits[0].examples.size() +
                                                          classification.splits[1].examples.size()));
    std::set<std::string> seen;
    for (const Split& split : corpus.splits)
        for (const Example& example : split.examples) {
            EXPECT_EQ(classified.count(example.text), 0u) << example.text;
            EXPECT_TRUE(seen.insert(example.text).second) << "twice: " << example.text;
            EXPECT_LE(example.text.size(), DemoDataset::kMaxCorpusBytes);
            EXPECT_EQ(example.label, -1);
        }
    const std::size_t train = corpus.splits[0].examples.size(), validation = corpus.splits[1].examples.size();
    EXPECT_GE(train + validation, 11u * 8u);
    EXPECT_LE(train + validation, 11u * DemoDataset::kCorpusPerClass);
    // Every 20th document per language: within one per language of a twentieth overall.
    EXPECT_LE(validation, (train + validation) / 20 + 11);
    EXPECT_GE(validation + 11, (train + validation) / 20);

    const Dataset again = DemoDataset::corpus();
    for (std::size_t s = 0; s < 2; ++s) {
        ASSERT_EQ(again.splits[s].examples.size(), corpus.splits[s].examples.size());
        for (std::size_t i = 0; i < corpus.splits[s].examples.size(); ++i) {
            EXPECT_EQ(again.splits[s].examples[i].text, corpus.splits[s].examples[i].text);
            EXPECT_EQ(again.splits[s].examples[i].line, corpus.splits[s].examples[i].line);
        }
    }
}
