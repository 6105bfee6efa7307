// The folder writer's promise: nothing LiteTune did not write is replaced or removed, a refusal
// names the folder and what it holds, and no temporary sibling survives a commit or an error.
#include "util/StagedDirectory.h"
#include "util/AtomicFile.h"
#include "util/Error.h"
#include "util/FolderManifest.h"

#include "TestFiles.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>
#include <functional>
#include <sstream>

namespace litetune {
namespace {

namespace fs = std::filesystem;

using test::badInputMessage;
using test::readText;
using test::writeText;

// Writes a "model" folder with the given files (name → contents).
void writeFolder(const fs::path& dir, const std::vector<std::pair<std::string, std::string>>& files,
                 ExistingFolder existing) {
    StagedDirectory staged(dir, "model", existing);
    for (const auto& [name, text] : files)
        writeFileAtomically(staged.path() / name, text);
    staged.commit();
}

std::vector<std::string> entriesOf(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

TEST(StagedDirectory, WritesANewFolderWithItsManifest) {
    const fs::path parent = test::freshTempDir("staged-new");
    writeFolder(parent / "m", {{"config.json", "{}"}, {"model.safetensors", "w"}}, ExistingFolder::Refuse);
    EXPECT_EQ(entriesOf(parent), (std::vector<std::string>{"m"}));
    const auto manifest = readFolderManifest(parent / "m");
    ASSERT_TRUE(manifest);
    EXPECT_EQ(manifest->kind, "model");
    EXPECT_EQ(manifest->files, (std::vector<std::string>{"config.json", "model.safetensors"}));
}

TEST(StagedDirectory, WritesIntoAnEmptyFolder) {
    const fs::path dir = test::freshTempDir("staged-empty") / "m";
    fs::create_directories(dir);
    writeFolder(dir, {{"config.json", "{}"}}, ExistingFolder::Refuse);
    EXPECT_EQ(readText(dir / "config.json"), "{}");
}

TEST(StagedDirectory, RefusesAFolderWithAForeignFileEvenWhenAskedToReplace) {
    const fs::path parent = test::freshTempDir("staged-foreign");
    const fs::path dir = parent / "work";
    fs::create_directories(dir / "chapters");
    writeText(dir / "thesis.tex", "keep");
    for (const ExistingFolder existing : {ExistingFolder::Refuse, ExistingFolder::ReplaceOwnFiles}) {
        const std::string message = badInputMessage([&] { writeFolder(dir, {{"config.json", "{}"}}, existing); });
        EXPECT_NE(message.find(dir.string()), std::string::npos) << message;
        EXPECT_NE(message.find("\"thesis.tex\""), std::string::npos) << message;
        EXPECT_NE(message.find("\"chapters\"/"), std::string::npos) << message;
    }
    EXPECT_EQ(readText(dir / "thesis.tex"), "keep");
    EXPECT_TRUE(fs::is_directory(dir / "chapters"));
    EXPECT_EQ(entriesOf(dir), (std::vector<std::string>{"chapters", "thesis.tex"}));
    EXPECT_EQ(entriesOf(parent), (std::vector<std::string>{"work"})) << "a staging folder was left behind";
}

TEST(StagedDirectory, RefusesAFileAndAFolderOfAnotherKind) {
    const fs::path parent = test::freshTempDir("staged-kinds");
    writeText(parent / "file", "x");
    EXPECT_NE(badInputMessage([&] {
                  writeFolder(parent / "file", {{"a", "b"}}, ExistingFolder::ReplaceOwnFiles);
              }).find("not a folder"),
              std::string::npos);
    EXPECT_EQ(readText(parent / "file"), "x");
    {
        StagedDirectory staged(parent / "adapter", "adapter", ExistingFolder::Refuse);
        writeFileAtomically(staged.path() / "adapter_config.json", "{}");
        staged.commit();
    }
    EXPECT_NE(badInputMessage([&] {
                  writeFolder(parent / "adapter", {{"a", "b"}}, ExistingFolder::ReplaceOwnFiles);
              }).find("adapter folder"),
              std::string::npos);
    EXPECT_EQ(readText(parent / "adapter" / "adapter_config.json"), "{}");
}

TEST(StagedDirectory, ReplacingItsOwnFolderMustBeAskedFor) {
    const fs::path dir = test::freshTempDir("staged-own") / "m";
    writeFolder(dir, {{"config.json", "1"}, {"old.bin", "1"}}, ExistingFolder::Refuse);
    EXPECT_NE(badInputMessage([&] {
                  writeFolder(dir, {{"config.json", "2"}}, ExistingFolder::Refuse);
              }).find("--overwrite"),
              std::string::npos);
    EXPECT_EQ(readText(dir / "config.json"), "1");
    writeFolder(dir, {{"config.json", "2"}}, ExistingFolder::ReplaceOwnFiles);
    EXPECT_EQ(readText(dir / "config.json"), "2");
    EXPECT_FALSE(fs::exists(dir / "old.bin")) << "a file of the old folder's manifest stays";
    EXPECT_EQ(entriesOf(dir.parent_path()), (std::vector<std::string>{"m"}));
}

TEST(StagedDirectory, ReplacingKeepsAUsersFilesAndFolders) {
    const fs::path dir = test::freshTempDir("staged-mixed") / "m";
    writeFolder(dir, {{"config.json", "1"}, {"old.bin", "1"}}, ExistingFolder::Refuse);
    writeText(dir / "notes.txt", "mine");
    fs::create_directories(dir / "plots");
    writeText(dir / "plots" / "a.png", "png");
    writeFolder(dir, {{"config.json", "2"}, {"model.safetensors", "w"}}, ExistingFolder::ReplaceOwnFiles);
    EXPECT_EQ(readText(dir / "config.json"), "2");
    EXPECT_EQ(readText(dir / "model.safetensors"), "w");
    EXPECT_EQ(readText(dir / "notes.txt"), "mine");
    EXPECT_EQ(readText(dir / "plots" / "a.png"), "png");
    EXPECT_FALSE(fs::exists(dir / "old.bin"));
    EXPECT_EQ(readFolderManifest(dir)->files, (std::vector<std::string>{"config.json", "model.safetensors"}));
    EXPECT_EQ(entriesOf(dir.parent_path()), (std::vector<std::string>{"m"}));
}

TEST(StagedDirectory, NeverReplacesAUsersFileOfTheSameNameAsANewOne) {
    const fs::path dir = test::freshTempDir("staged-clash") / "m";
    writeFolder(dir, {{"config.json", "1"}}, ExistingFolder::Refuse);
    writeText(dir / "vocab.json", "the user's own");
    EXPECT_NE(badInputMessage([&] {
                  writeFolder(dir, {{"config.json", "2"}, {"vocab.json", "new"}}, ExistingFolder::ReplaceOwnFiles);
              }).find("vocab.json"),
              std::string::npos);
    EXPECT_EQ(readText(dir / "vocab.json"), "the user's own");
    EXPECT_EQ(readText(dir / "config.json"), "1");
}

TEST(StagedDirectory, AnAbandonedWriteLeavesNothing) {
    const fs::path parent = test::freshTempDir("staged-abandon");
    {
        StagedDirectory staged(parent / "m", "model", ExistingFolder::Refuse);
        writeFileAtomically(staged.path() / "config.json", "{}");
    }
    EXPECT_TRUE(entriesOf(parent).empty());
}

TEST(StagedDirectory, AHandMadeOrDamagedManifestMakesAFolderForeign) {
    const fs::path dir = test::freshTempDir("staged-fake") / "m";
    fs::create_directories(dir);
    writeText(dir / "config.json", "user");
    for (const std::string manifest :
         {"not json", R"({"format": 1, "kind": "model", "files": ["../escape"]})",
          R"({"format": 1, "kind": "model", "files": ["a/b"]})", R"({"format": 2, "kind": "model", "files": []})"}) {
        writeText(dir / kFolderManifestFile, manifest);
        EXPECT_FALSE(readFolderManifest(dir)) << manifest;
        badInputMessage([&] { writeFolder(dir, {{"config.json", "new"}}, ExistingFolder::ReplaceOwnFiles); });
        EXPECT_EQ(readText(dir / "config.json"), "user");
        EXPECT_FALSE(removeOwnedFolder(dir));
        EXPECT_EQ(readText(dir / "config.json"), "user");
    }
}

TEST(FolderManifest, RemovingAnOwnedFolderKeepsAUsersFile) {
    const fs::path parent = test::freshTempDir("owned-remove");
    writeFolder(parent / "a", {{"x", "1"}}, ExistingFolder::Refuse);
    writeFolder(parent / "b", {{"x", "1"}}, ExistingFolder::Refuse);
    writeText(parent / "b" / "mine.txt", "keep");
    EXPECT_TRUE(removeOwnedFolder(parent / "a"));
    EXPECT_FALSE(removeOwnedFolder(parent / "b"));
    EXPECT_EQ(entriesOf(parent / "b"), (std::vector<std::string>{"mine.txt"}));
}

TEST(StagedDirectory, StaleTemporariesOfADeadProcessAreRemovedOthersStay) {
    const fs::path parent = test::freshTempDir("stale");
    // A pid that cannot be running: above the kernel's pid_max limit of 2^22.
    fs::create_directories(parent / ".step-4.staging-9999999-0");
    fs::create_directories(parent / (".step-5.staging-" + std::to_string(::getppid()) + "-0"));
    fs::create_directories(parent / "step-4");
    writeText(parent / ".staging-notes", "user");
    fs::create_directories(parent / "my.staging-1-0");
    writeText(parent / ".predictions.csv.tmp-9999999-3", "half");
    writeText(parent / ".notes.tmp-mine", "user");
    fs::create_directories(parent / ".folder.tmp-9999999-1"); // a folder is never an atomic file's temporary
    removeStaleTemporaries(parent);
    EXPECT_EQ(entriesOf(parent), (std::vector<std::string>{".folder.tmp-9999999-1", ".notes.tmp-mine", ".staging-notes",
                                                           ".step-5.staging-" + std::to_string(::getppid()) + "-0",
                                                           "my.staging-1-0", "step-4"}));
}

TEST(StagedDirectory, MessagesNameTheFinalPath) {
    EXPECT_EQ(finalPathOf("/r/checkpoints/.step-4.staging-11426-1/optimizer.pt"),
              fs::path("/r/checkpoints/step-4/optimizer.pt"));
    EXPECT_EQ(finalPathOf("/r/.staging-x/a.txt"), fs::path("/r/.staging-x/a.txt"));
}

} // namespace
} // namespace litetune
