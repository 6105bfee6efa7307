// Archive: reading every supported kind, bounded and safe extraction, hostile archives refused
// with a clear message and nothing written outside the target, bundles written atomically.
#include "archive/Archive.h"
#include "ArchiveFixtures.h"
#include "TestPaths.h"
#include "util/Error.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

namespace fs = std::filesystem;
using litetune::Archive;
using litetune::ArchiveEntry;
using litetune::ArchiveLimits;
using litetune::Error;
using litetune::ErrorKind;
using litetune::test::FixtureEntry;

namespace {

// The message of the BadInput error `action` throws ("" when it throws nothing).
template <typename Action> std::string badInputMessage(Action&& action) {
    try {
        action();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadInput) << e.what();
        return e.what();
    }
    ADD_FAILURE() << "expected a BadInput error";
    return {};
}

std::vector<std::string> listing(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& item : fs::recursive_directory_iterator(dir))
        names.push_back(fs::relative(item.path(), dir).generic_string());
    std::sort(names.begin(), names.end());
    return names;
}

const std::vector<FixtureEntry> kSample = {
    {"data/", "", FixtureEntry::Kind::Directory, ""},
    {"data/train.csv", "text,label\nhello,a\n"},
    {"./data/notes/readme.txt", "notes"},
};

} // namespace

TEST(Archive, NamesByExtension) {
    for (const char* name : {"d.zip", "d.tar", "d.tar.gz", "d.TGZ", "d.tar.xz", "d.txz", "d.tar.zst", "d.tar.bz2"})
        EXPECT_TRUE(Archive::isArchiveName(name)) << name;
    EXPECT_FALSE(Archive::isArchiveName("train.csv.gz"));
    EXPECT_TRUE(Archive::isCompressedName("train.csv.gz"));
    EXPECT_TRUE(Archive::isCompressedName("train.csv.xz"));
    EXPECT_TRUE(Archive::isCompressedName("train.csv.zst"));
    EXPECT_FALSE(Archive::isCompressedName("d.tar.gz"));
    EXPECT_EQ(Archive::withoutCompressionSuffix("train.jsonl.zst"), "train.jsonl");
    EXPECT_EQ(Archive::withoutCompressionSuffix("d.tar.gz"), "d.tar.gz");
}

TEST(Archive, ListsAndReadsEveryKind) {
    const fs::path dir = litetune::test::freshTempDir("archive-kinds");
    for (const char* name : {"a.zip", "a.tar", "a.tar.gz", "a.tgz", "a.tar.xz", "a.tar.zst", "a.tar.bz2"}) {
        SCOPED_TRACE(name);
        litetune::test::writeArchive(dir / name, kSample);
        const Archive archive(dir / name);
        const std::vector<ArchiveEntry> entries = archive.entries();
        ASSERT_EQ(entries.size(), 3u);
        EXPECT_EQ(entries[0].kind, ArchiveEntry::Kind::Directory);
        EXPECT_EQ(entries[1].path, "data/train.csv");
        EXPECT_EQ(entries[2].path, "data/notes/readme.txt"); // "./" dropped
        const auto contents = archive.read({"data/train.csv", "data/notes/readme.txt"});
        EXPECT_EQ(contents.at("data/train.csv"), "text,label\nhello,a\n");
        EXPECT_EQ(contents.at("data/notes/readme.txt"), "notes");
        EXPECT_NE(badInputMessage([&] { archive.read({"missing.csv"}); }).find("missing.csv"), std::string::npos);
    }
}

TEST(Archive, DecompressesSingleFiles) {
    const fs::path dir = litetune::test::freshTempDir("archive-single");
    const std::string content = "text,label\nhello,a\n";
    for (const char* name : {"t.csv.gz", "t.csv.xz", "t.csv.zst"}) {
        litetune::test::writeCompressed(dir / name, content);
        EXPECT_EQ(Archive::decompressFile(dir / name), content) << name;
    }
    ArchiveLimits small;
    small.maxTotalBytes = 10;
    EXPECT_NE(badInputMessage([&] {
                  Archive::decompressFile(dir / "t.csv.gz", small);
              }).find("expands to more than 10 bytes"),
              std::string::npos);
    ArchiveLimits earlyRatio; // judged from 1 MiB on, so 4 MiB of zeros suffice
    earlyRatio.ratioGraceBytes = 1u << 20;
    litetune::test::writeCompressed(dir / "zeros.csv.gz", std::string(4u << 20, '\0'));
    EXPECT_NE(badInputMessage([&] { Archive::decompressFile(dir / "zeros.csv.gz", earlyRatio); }).find("-fold"),
              std::string::npos);
}

TEST(Archive, ExtractsIntoAFreshFolder) {
    const fs::path dir = litetune::test::freshTempDir("archive-extract");
    litetune::test::writeArchive(dir / "a.tar.gz", kSample);
    Archive(dir / "a.tar.gz").extractTo(dir / "out");
    EXPECT_EQ(litetune::test::readFile(dir / "out/data/train.csv"), "text,label\nhello,a\n");
    EXPECT_EQ(listing(dir), (std::vector<std::string>{"a.tar.gz", "out", "out/data", "out/data/notes",
                                                      "out/data/notes/readme.txt", "out/data/train.csv"}));
    EXPECT_NE(badInputMessage([&] { Archive(dir / "a.tar.gz").extractTo(dir / "out"); }).find("already exists"),
              std::string::npos);
}

TEST(Archive, RefusesHostileArchivesAndWritesNothing) {
    struct Case {
        const char* what;
        const char* file;
        std::vector<FixtureEntry> entries;
        const char* expected;
    };
    const std::vector<Case> cases = {
        {"path traversal", "traversal.zip", {{"ok.txt", "x"}, {"../evil.txt", "owned"}}, "\"..\" component"},
        {"traversal in tar", "traversal.tar.gz", {{"a/../../evil.txt", "owned"}}, "\"..\" component"},
        {"absolute path", "absolute.tar", {{"/tmp/litetune-evil.txt", "owned"}}, "absolute path"},
        {"symlink escape",
         "symlink.tar",
         {{"link", "", FixtureEntry::Kind::Symlink, "../../etc"}, {"link/passwd", "owned"}},
         "outside the archive"},
        {"absolute symlink",
         "abssymlink.zip",
         {{"link", "", FixtureEntry::Kind::Symlink, "/etc/passwd"}},
         "outside the archive"},
        {"hardlink escape",
         "hardlink.tar",
         {{"hard", "", FixtureEntry::Kind::Hardlink, "../outside.txt"}},
         "outside the archive"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        const fs::path dir = litetune::test::freshTempDir("archive-hostile");
        litetune::test::writeArchive(dir / c.file, c.entries);
        const std::string message = badInputMessage([&] { Archive(dir / c.file).extractTo(dir / "out" / "target"); });
        EXPECT_NE(message.find(c.expected), std::string::npos) << message;
        EXPECT_NE(message.find(c.file), std::string::npos) << message;
        // Nothing outside the target, and no target or temporary folder left behind.
        EXPECT_EQ(listing(dir), (std::vector<std::string>{c.file})) << message;
        EXPECT_FALSE(fs::exists("/tmp/litetune-evil.txt"));
        // Listing and reading refuse it the same way.
        EXPECT_FALSE(badInputMessage([&] { Archive(dir / c.file).entries(); }).empty());
    }
}

// Found by fuzz_archive: a file entry and then a folder entry under the same name.
TEST(Archive, RefusesAFolderThatClashesWithAFile) {
    const fs::path dir = litetune::test::freshTempDir("archive-clash");
    litetune::test::writeArchive(dir / "clash.zip", {{"data/x", "file"}, {"data/x/inner.txt", "under the file"}});
    const std::string message = badInputMessage([&] { Archive(dir / "clash.zip").extractTo(dir / "out"); });
    EXPECT_NE(message.find("data/x/inner.txt"), std::string::npos) << message;
    EXPECT_EQ(listing(dir), (std::vector<std::string>{"clash.zip"})) << message;
}

TEST(Archive, RefusesBombsByRatioSizeAndCount) {
    const fs::path dir = litetune::test::freshTempDir("archive-bomb");
    // 32 MiB of zeros compress about 1000-fold, in tar.gz and in zip (deflate inside the format).
    for (const char* name : {"ratio.tar.gz", "ratio.zip"}) {
        SCOPED_TRACE(name);
        litetune::test::writeArchive(dir / name, {{"zeros.csv", std::string(32u << 20, '\0')}});
        std::string message = badInputMessage([&] { Archive(dir / name).read({"zeros.csv"}); });
        EXPECT_NE(message.find("-fold"), std::string::npos) << message;
        message = badInputMessage([&] { Archive(dir / name).extractTo(dir / "out"); });
        EXPECT_NE(message.find("archive bomb"), std::string::npos) << message;
        EXPECT_FALSE(fs::exists(dir / "out"));
    }

    ArchiveLimits small;
    small.maxEntryBytes = 1000;
    litetune::test::writeArchive(dir / "big.zip", {{"big.csv", std::string(5000, 'x')}});
    std::string message = badInputMessage([&] { Archive(dir / "big.zip", small).read({"big.csv"}); });
    EXPECT_NE(message.find("limit"), std::string::npos) << message;
    EXPECT_NE(message.find("big.csv"), std::string::npos) << message;

    ArchiveLimits total;
    total.maxTotalBytes = 1500;
    litetune::test::writeArchive(dir / "total.tar",
                                 {{"a.csv", std::string(1000, 'a')}, {"b.csv", std::string(1000, 'b')}});
    message = badInputMessage([&] { Archive(dir / "total.tar", total).read({"a.csv", "b.csv"}); });
    EXPECT_NE(message.find("declares more than 1500 bytes in all"), std::string::npos) << message;

    ArchiveLimits few;
    few.maxEntries = 3;
    std::vector<FixtureEntry> many;
    for (int i = 0; i < 5; ++i)
        many.push_back({"f" + std::to_string(i) + ".txt", "x"});
    litetune::test::writeArchive(dir / "many.zip", many);
    message = badInputMessage([&] { Archive(dir / "many.zip", few).entries(); });
    EXPECT_NE(message.find("more than 3 entries"), std::string::npos) << message;
}

TEST(Archive, RefusesCorruptArchives) {
    const fs::path dir = litetune::test::freshTempDir("archive-corrupt");
    litetune::test::writeArchive(dir / "good.tar.gz", kSample);
    std::string bytes = litetune::test::readFile(dir / "good.tar.gz");
    {
        std::ofstream out(dir / "truncated.tar.gz", std::ios::binary);
        out << bytes.substr(0, bytes.size() / 2);
    }
    {
        std::ofstream out(dir / "garbage.zip", std::ios::binary);
        out << "PK\x03\x04 this is not really a zip file at all";
    }
    {
        std::ofstream out(dir / "text.tar", std::ios::binary);
        out << "just some text\n";
    }
    for (const char* name : {"truncated.tar.gz", "garbage.zip", "text.tar"}) {
        SCOPED_TRACE(name);
        const std::string message = badInputMessage([&] {
            const Archive archive(dir / name);
            archive.extractTo(dir / "out");
        });
        EXPECT_NE(message.find(name), std::string::npos) << message;
        EXPECT_FALSE(fs::exists(dir / "out"));
    }
    EXPECT_FALSE(badInputMessage([&] { Archive::decompressFile(dir / "garbage.zip.gz"); }).empty());
}

TEST(Archive, WritesBundlesThatReadBack) {
    const fs::path dir = litetune::test::freshTempDir("archive-bundle");
    fs::create_directories(dir / "run/adapter");
    std::ofstream(dir / "run/metrics.json") << "{\"eval_accuracy\": 0.5}";
    std::ofstream(dir / "run/adapter/adapter_config.json") << "{}";
    for (const char* name : {"report.zip", "report.tar.gz", "report.tgz"}) {
        SCOPED_TRACE(name);
        Archive::writeBundle(dir / "run", dir / name);
        const auto contents = Archive(dir / name).read({"metrics.json", "adapter/adapter_config.json"});
        EXPECT_EQ(contents.at("metrics.json"), "{\"eval_accuracy\": 0.5}");
        EXPECT_EQ(contents.at("adapter/adapter_config.json"), "{}");
    }
    EXPECT_NE(badInputMessage([&] { Archive::writeBundle(dir / "run", dir / "report.rar"); }).find(".zip"),
              std::string::npos);
    EXPECT_FALSE(fs::exists(dir / "report.rar"));
    // No temporary files beside the bundles.
    for (const auto& item : fs::directory_iterator(dir))
        EXPECT_NE(item.path().filename().string().front(), '.') << item.path();
}
