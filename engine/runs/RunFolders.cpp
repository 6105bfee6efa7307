// Run folders outside a run (api/RunFolders.h): renaming, in-use test, resumable checkpoint.
#include "api/RunFolders.h"

#include "runs/RunManifest.h"
#include "train/Checkpoint.h"
#include "util/AtomicFile.h"
#include "util/Error.h"
#include "util/RunLock.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace litetune {

namespace fs = std::filesystem;

namespace {

void checkRunName(const std::string& name) {
    if (name.size() > kMaxRunNameBytes)
        throwBadInput("a run name holds at most " + std::to_string(kMaxRunNameBytes) + " bytes, this one " +
                      std::to_string(name.size()));
    for (const char ch : name)
        if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f)
            throwBadInput("a run name cannot hold control characters such as line breaks or tabs");
    try {
        (void)nlohmann::json(name).dump(); // throws on bytes that are not UTF-8
    } catch (const nlohmann::json::type_error&) {
        throwBadInput("a run name must be UTF-8 text");
    }
}

} // namespace

void renameRun(const fs::path& runDir, const std::string& name) {
    checkRunName(name);
    // readRunManifest refuses a folder that is not a run before a lock file is put into it.
    const RunManifest manifest = readRunManifest(runDir);
    if (runInUse(runDir))
        throwBadInput("run " + runDir.string() + " is running; rename it when it has finished");
    // Held while run.json is rewritten, so a resume cannot start and write it at the same time.
    const RunLock lock(runDir);
    const fs::path file = runDir / kRunManifestFile;
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    // Edited as JSON rather than rewritten from RunManifest, so fields this version does not know
    // (and the recorded versions) stay exactly as the run wrote them.
    nlohmann::json document = nlohmann::json::parse(buffer.str(), nullptr, /*allow_exceptions=*/false);
    if (!document.is_object())
        throwBadInput(file.string() + " changed while it was being renamed; try again");
    if (name.empty() || name == manifest.name)
        document.erase("display_name");
    else
        document["display_name"] = name;
    writeFileAtomically(file, document.dump(2) + "\n");
}

bool runInUse(const fs::path& runDir) {
    // runLockHolder opens the lock anew, so it sees this process's own lock too.
    if (runLockHolder(runDir) != 0)
        return true;
    // A comparison holds its folder's lock from start to end, between its members' runs too.
    return runLockHolder(runDir.parent_path()) != 0;
}

fs::path resumeCheckpoint(const fs::path& runDir) {
    RunManifest manifest;
    try {
        manifest = readRunManifest(runDir);
    } catch (const Error&) {
        return {};
    }
    // The same rule as train --resume (Workbench.cpp): finished runs and evaluations do not resume.
    if (manifest.status == "completed" || manifest.status == "stopped-early" ||
        manifest.config.method == Method::Evaluate || runInUse(runDir))
        return {};
    return latestCheckpoint(runDir).value_or(fs::path());
}

} // namespace litetune
