// Run folders outside a run (api/RunFolders.h): a rename lands in run.json's display_name with
// every other field kept, shows in loadRun and listRuns, survives the rewrite a resume makes, and
// an empty name brings the recorded one back; bad names, non-run folders and runs in use are
// refused without a byte changed; only an unfinished run with a complete checkpoint is resumable.
#include "api/RunFolders.h"
#include "api/Workbench.h"
#include "report/MetricTable.h"
#include "runs/RunManifest.h"
#include "util/Error.h"
#include "util/RunLock.h"

#include "TestPaths.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace litetune;
namespace fs = std::filesystem;

namespace {

fs::path makeRun(const std::string& tag, const std::string& status, Method method = Method::Full,
                 const std::string& startedAt = "2026-01-02T03:04:05Z") {
    const fs::path dir = test::freshTempDir(tag);
    RunManifest m;
    m.name = "Full fine-tune";
    m.config.method = method;
    m.status = status;
    m.startedAt = startedAt;
    writeRunManifest(dir, m);
    return dir;
}

std::string contents(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

void addCheckpoint(const fs::path& runDir, int step) {
    const fs::path dir = runDir / "checkpoints" / ("step-" + std::to_string(step));
    fs::create_directories(dir);
    std::ofstream(dir / "state.json") << "{}\n";
}

} // namespace

TEST(RunFolders, RenameKeepsEveryOtherFieldAndShowsEverywhere) {
    const fs::path dir = makeRun("rename", "completed");
    nlohmann::json before = nlohmann::json::parse(contents(dir / "run.json"));
    before["written_by_a_newer_version"] = {{"kept", true}};
    std::ofstream(dir / "run.json") << before.dump(2);

    renameRun(dir, "Best so far ❤");

    nlohmann::json after = nlohmann::json::parse(contents(dir / "run.json"));
    EXPECT_EQ(after.at("display_name").get<std::string>(), "Best so far ❤");
    after.erase("display_name");
    EXPECT_EQ(after, before);
    EXPECT_EQ(loadRun(dir).name, "Best so far ❤");
    const auto listed = listRuns(dir.parent_path());
    const auto it =
        std::find_if(listed.begin(), listed.end(), [&](const RunResult& run) { return fs::path(run.runDir) == dir; });
    ASSERT_NE(it, listed.end());
    EXPECT_EQ(it->name, "Best so far ❤");
}

TEST(RunFolders, EmptyNameBringsTheRecordedNameBack) {
    const fs::path dir = makeRun("rename-empty", "completed");
    const std::string original = contents(dir / "run.json");
    renameRun(dir, "Mine");
    renameRun(dir, "");
    EXPECT_EQ(loadRun(dir).name, "Full fine-tune");
    EXPECT_FALSE(nlohmann::json::parse(contents(dir / "run.json")).contains("display_name"));
    renameRun(dir, "Full fine-tune"); // the recorded name itself is no rename either
    EXPECT_FALSE(nlohmann::json::parse(contents(dir / "run.json")).contains("display_name"));
    EXPECT_EQ(nlohmann::json::parse(contents(dir / "run.json")), nlohmann::json::parse(original));
}

TEST(RunFolders, NameSurvivesTheManifestRewriteOfAResume) {
    const fs::path dir = makeRun("rename-resume", "cancelled");
    renameRun(dir, "Long run");
    RunManifest resumed = readRunManifest(dir);
    resumed.status = "running";
    writeRunManifest(dir, resumed);
    EXPECT_EQ(loadRun(dir).name, "Long run");
}

TEST(RunFolders, RefusesBadNamesAndFoldersWithoutChangingThem) {
    const fs::path dir = makeRun("rename-bad", "completed");
    const std::string original = contents(dir / "run.json");
    EXPECT_THROW(renameRun(dir, "two\nlines"), Error);
    EXPECT_THROW(renameRun(dir, std::string(kMaxRunNameBytes + 1, 'x')), Error);
    EXPECT_THROW(renameRun(dir, std::string("\xff\xfe")), Error);
    EXPECT_EQ(contents(dir / "run.json"), original);
    EXPECT_NO_THROW(renameRun(dir, std::string(kMaxRunNameBytes, 'x')));

    const fs::path plain = test::freshTempDir("rename-plain");
    std::ofstream(plain / "notes.txt") << "mine\n";
    try {
        renameRun(plain, "x");
        ADD_FAILURE() << "a folder without run.json was renamed";
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find("run.json"), std::string::npos) << error.what();
    }
    EXPECT_FALSE(fs::exists(plain / "run.json"));
    EXPECT_FALSE(fs::exists(plain / kRunLockFile));
}

TEST(RunFolders, RunInUseIsNeitherRenamedNorResumable) {
    const fs::path dir = makeRun("rename-busy", "cancelled");
    addCheckpoint(dir, 4);
    const std::string original = contents(dir / "run.json");
    {
        const RunLock running(dir);
        EXPECT_TRUE(runInUse(dir));
        EXPECT_THROW(renameRun(dir, "x"), Error);
        EXPECT_TRUE(resumeCheckpoint(dir).empty());
    }
    EXPECT_EQ(contents(dir / "run.json"), original);
    EXPECT_FALSE(runInUse(dir));
    EXPECT_EQ(resumeCheckpoint(dir), dir / "checkpoints" / "step-4");
}

TEST(RunFolders, MemberOfARunningComparisonIsInUse) {
    const fs::path root = test::freshTempDir("compare-busy");
    const fs::path member = root / "full";
    fs::create_directories(member);
    RunManifest m;
    m.name = "Full fine-tune";
    m.status = "completed";
    writeRunManifest(member, m);
    const RunLock comparison(root);
    EXPECT_TRUE(runInUse(member));
}

TEST(RunFolders, OnlyUnfinishedRunsWithACheckpointAreResumable) {
    const fs::path cancelled = makeRun("resume-cancelled", "cancelled");
    EXPECT_TRUE(resumeCheckpoint(cancelled).empty()); // no checkpoint yet
    addCheckpoint(cancelled, 2);
    addCheckpoint(cancelled, 10);
    fs::create_directories(cancelled / "checkpoints" / "step-12"); // incomplete: no state.json
    EXPECT_EQ(resumeCheckpoint(cancelled), cancelled / "checkpoints" / "step-10");

    const fs::path interrupted = makeRun("resume-interrupted", "running"); // its process died
    addCheckpoint(interrupted, 3);
    EXPECT_EQ(resumeCheckpoint(interrupted), interrupted / "checkpoints" / "step-3");

    for (const char* status : {"completed", "stopped-early"}) {
        const fs::path finished = makeRun(std::string("resume-") + status, status);
        addCheckpoint(finished, 5);
        EXPECT_TRUE(resumeCheckpoint(finished).empty()) << status;
    }
    const fs::path evaluation = makeRun("resume-eval", "cancelled", Method::Evaluate);
    addCheckpoint(evaluation, 1);
    EXPECT_TRUE(resumeCheckpoint(evaluation).empty());
    EXPECT_TRUE(resumeCheckpoint(test::freshTempDir("resume-plain")).empty());
}

// Two runs of one method are told apart by the local minute they started, in the run list and in
// a report's columns alike; a name the user gave wins, and a result handed over in memory (a
// comparison being reported as it ends) keeps its recorded name.
TEST(RunFolders, TwoRunsOfOneMethodHaveTwoLabels) {
    const char* previousZone = std::getenv("TZ");
    const std::string zone = previousZone ? previousZone : "";
    setenv("TZ", "UTC", 1);
    tzset();
    const fs::path early = makeRun("label-early", "completed");
    const fs::path late = makeRun("label-late", "completed", Method::Full, "2026-01-02T05:06:07Z");
    EXPECT_EQ(runLabel(loadRun(early)), "Full fine-tune · 2026-01-02 03:04");
    EXPECT_EQ(runLabel(loadRun(late)), "Full fine-tune · 2026-01-02 05:06");
    EXPECT_EQ(MetricTable({loadRun(early), loadRun(late)}).columns(),
              (std::vector<std::string>{"Full fine-tune · 2026-01-02 03:04", "Full fine-tune · 2026-01-02 05:06"}));
    renameRun(early, "Mine");
    EXPECT_EQ(runLabel(loadRun(early)), "Mine");
    RunResult handedOver;
    handedOver.name = "LoRA";
    EXPECT_EQ(runLabel(handedOver), "LoRA");
    if (previousZone)
        setenv("TZ", zone.c_str(), 1);
    else
        unsetenv("TZ");
    tzset();
}
