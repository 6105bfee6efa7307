// The built-in "demo" dataset (quotes → emoji from Debian's fortunes): 13 topics with glyphs,
// capped and short, split stratified and deterministically; a clear error without fortunes.
#include "data/DemoDataset.h"
#include "DataTestSupport.h"

#include <cmath>
#include <filesystem>
#include <fstream>

using namespace litetune;
using namespace litetune::test;

namespace {
const std::filesystem::path kFortunes = "/usr/share/games/fortunes";
}

TEST(DemoDataset, LoadsBalancedShortQuotesWithGlyphs) {
    if (!std::filesystem::exists(kFortunes / "computers"))
        GTEST_SKIP() << "Debian's fortunes package is not installed";
    DatasetOptions options; // path "demo"
    options.testFraction = 0.1;
    const Dataset dataset = loadDataset(options);
    EXPECT_EQ(labelNames(dataset),
              (std::vector<std::string>{"art", "computers", "education", "food", "law", "literature", "love",
                                        "politics", "science", "songs-poems", "sports", "startrek", "work"}));
    for (const LabelInfo& label : dataset.labels)
        EXPECT_FALSE(label.glyph.empty()) << label.name;
    EXPECT_EQ(dataset.labels[1].glyph, "\U0001F4BB");
    ASSERT_EQ(dataset.splits.size(), 3u);
    const std::vector<std::int64_t> all = dataset.labelCounts("");
    for (std::size_t i = 0; i < all.size(); ++i) {
        EXPECT_LE(all[i], static_cast<std::int64_t>(DemoDataset::kPerTopic)) << dataset.labels[i].name;
        EXPECT_GE(all[i], 100) << dataset.labels[i].name;
    }
    for (const Split& split : dataset.splits)
        for (const Example& example : split.examples) {
            EXPECT_LE(example.text.size(), DemoDataset::kMaxBytes);
            EXPECT_EQ(example.text.find('\n'), std::string::npos);
        }
    // Stratified: every topic appears in validation and test, about 10% each.
    const auto validation = dataset.labelCounts("validation");
    for (std::size_t i = 0; i < all.size(); ++i)
        EXPECT_EQ(validation[i], std::llround(static_cast<double>(all[i]) * 0.1)) << dataset.labels[i].name;

    const Dataset again = loadDataset(options);
    ASSERT_EQ(again.splits[1].examples.size(), dataset.splits[1].examples.size());
    for (std::size_t i = 0; i < dataset.splits[1].examples.size(); ++i)
        EXPECT_EQ(again.splits[1].examples[i].text, dataset.splits[1].examples[i].text);
}

TEST(DemoDataset, SelectionIgnoresFileOrderAndDropsSharedQuotes) {
    const auto dir = freshTempDir("demo-fake");
    // Every topic file: 200 distinct quotes; "computers" also holds one quote found in "art".
    for (const char* topic : {"art", "computers", "education", "food", "law", "literature", "love", "politics",
                              "science", "songs-poems", "sports", "startrek", "work"}) {
        std::ofstream out(dir / topic);
        for (int i = 0; i < 200; ++i)
            out << topic << " quote number " << i << "\n\tsecond line\n%\n";
        out << std::string(500, 'x') << "\n%\n"; // too long
        out << "shared quote\n%\n";
    }
    DatasetOptions options;
    options.validationFraction = 0.2;
    const Dataset dataset = DemoDataset::load(options, dir);
    for (const std::int64_t count : dataset.labelCounts(""))
        EXPECT_EQ(count, static_cast<std::int64_t>(DemoDataset::kPerTopic));
    for (const Split& split : dataset.splits)
        for (const Example& example : split.examples) {
            EXPECT_NE(example.text, "shared quote");
            EXPECT_NE(example.text.find("quote number"), std::string::npos);
            EXPECT_NE(example.text.find(" second line"), std::string::npos); // whitespace collapsed
        }
    EXPECT_EQ(dataset.split("train")->examples.front().line % 3, 1); // entries start every 3 lines
}

TEST(DemoDataset, MissingFortunesNamesThePackage) {
    const auto dir = freshTempDir("demo-missing");
    const std::string message = errorMessage([&] { DemoDataset::load(DatasetOptions{}, dir); }, ErrorKind::Failure);
    EXPECT_NE(message.find("apt install fortunes fortunes-min"), std::string::npos) << message;
    EXPECT_NE(message.find((dir / "art").string()), std::string::npos) << message;
}
