// StagedDirectory: see the header.
#include "util/StagedDirectory.h"

#include "util/AtomicFile.h"
#include "util/Error.h"
#include "util/FolderManifest.h"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <set>
#include <system_error>

namespace litetune {

namespace fs = std::filesystem;

namespace {

constexpr const char* kStagingMarker = ".staging-";

fs::path parentOf(const fs::path& target) {
    return target.has_parent_path() ? target.parent_path() : fs::path(".");
}

fs::path siblingName(const fs::path& target, const char* what) {
    static std::atomic<unsigned> counter{0};
    return parentOf(target) /
           ("." + target.filename().string() + what + std::to_string(::getpid()) + "-" + std::to_string(counter++));
}

[[noreturn]] void failRename(const fs::path& from, const fs::path& to, const std::error_code& ec) {
    throwFailure("cannot move " + from.string() + " to " + to.string() + ": " + ec.message());
}

// `.NAME<marker>PID-K` → PID, or 0 when the name is not of that shape.
pid_t temporaryPid(const std::string& name, const char* marker) {
    if (name.empty() || name[0] != '.')
        return 0;
    const std::size_t at = name.rfind(marker);
    if (at == std::string::npos || at == 0)
        return 0;
    const std::string rest = name.substr(at + std::char_traits<char>::length(marker));
    const std::size_t dash = rest.find('-');
    if (dash == std::string::npos || dash == 0 || dash + 1 == rest.size() || dash > 9)
        return 0;
    for (std::size_t i = 0; i < rest.size(); ++i)
        if (i != dash && (rest[i] < '0' || rest[i] > '9'))
            return 0;
    return static_cast<pid_t>(std::stol(rest.substr(0, dash)));
}

pid_t stagingPid(const std::string& name) {
    return temporaryPid(name, kStagingMarker);
}

bool processIsGone(pid_t pid) {
    return pid > 0 && pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH;
}

} // namespace

FolderTargetState inspectFolderTarget(const fs::path& target, const std::string& kind) {
    FolderTargetState state;
    std::error_code ec;
    const fs::file_status status = fs::status(target, ec);
    if (!fs::exists(status))
        return state;
    if (!fs::is_directory(status)) {
        state.kind = FolderTargetState::Kind::NotAFolder;
        return state;
    }
    state.entries = folderEntries(target);
    const auto manifest = readFolderManifest(target);
    if (!manifest) {
        state.kind = state.entries.empty() ? FolderTargetState::Kind::Empty : FolderTargetState::Kind::Foreign;
        return state;
    }
    state.ownerKind = manifest->kind;
    if (manifest->kind != kind) {
        state.kind = FolderTargetState::Kind::OwnedOtherKind;
        return state;
    }
    state.kind = FolderTargetState::Kind::OwnedSameKind;
    const std::set<std::string> own(manifest->files.begin(), manifest->files.end());
    for (const std::string& name : state.entries)
        if (!own.count(name) || fs::is_directory(fs::symlink_status(target / name, ec)))
            state.foreign.push_back(name);
    return state;
}

void checkPathNames(const fs::path& path) {
    constexpr std::size_t kNameMax = 255; // NAME_MAX of Linux file systems
    for (const fs::path& part : path)
        if (part.string().size() > kNameMax)
            throwBadInput("output path " + path.string() + " has a part of " + std::to_string(part.string().size()) +
                          " bytes; a file or folder name can have at most " + std::to_string(kNameMax));
}

void checkFolderTarget(const fs::path& target, const std::string& kind, ExistingFolder existing) {
    checkPathNames(target);
    const FolderTargetState state = inspectFolderTarget(target, kind);
    const std::string where = target.string();
    switch (state.kind) {
    case FolderTargetState::Kind::Absent:
    case FolderTargetState::Kind::Empty:
        return;
    case FolderTargetState::Kind::NotAFolder:
        throwBadInput("output path " + where + " exists and is not a folder; choose a folder name");
    case FolderTargetState::Kind::Foreign:
        throwBadInput("output folder " + where + " already holds files LiteTune did not write (" +
                      describeEntries(target, state.entries) + "); choose a new or empty folder");
    case FolderTargetState::Kind::OwnedOtherKind:
        throwBadInput("output folder " + where + " holds a LiteTune " + state.ownerKind + " folder, not a " + kind +
                      " folder; choose a new or empty folder");
    case FolderTargetState::Kind::OwnedSameKind:
        if (existing == ExistingFolder::Refuse)
            throwBadInput("output folder " + where + " already holds a LiteTune " + kind +
                          " folder; replacing it must be asked for (litetune-cli: --overwrite)");
        return;
    }
}

StagedDirectory::StagedDirectory(fs::path target, std::string kind, ExistingFolder existing)
    : m_target(std::move(target))
    , m_kind(std::move(kind))
    , m_existing(existing) {
    if (m_target.filename().empty())
        m_target = m_target.parent_path(); // "out/" names "out"
    if (m_target.empty())
        throwBadInput("no output folder given");
    checkFolderTarget(m_target, m_kind, m_existing);
    std::error_code ec;
    const fs::path parent = parentOf(m_target);
    fs::create_directories(parent, ec);
    if (ec)
        throwFailure("cannot create folder " + parent.string() + ": " + ec.message());
    m_staging = siblingName(m_target, kStagingMarker);
    if (!fs::create_directory(m_staging, ec) || ec)
        throwFailure("cannot create folder " + m_staging.string() + ": " +
                     (ec ? ec.message() : std::string("it already exists")));
}

StagedDirectory::~StagedDirectory() {
    if (!m_committed) {
        std::error_code ec;
        fs::remove_all(m_staging, ec); // our own sibling: everything in it was written here
    }
}

void StagedDirectory::commit() {
    FolderManifest manifest{m_kind, folderEntries(m_staging)};
    std::error_code ec;
    for (const std::string& name : manifest.files)
        if (!fs::is_regular_file(fs::symlink_status(m_staging / name, ec)))
            throwFailure("cannot stage " + (m_staging / name).string() + ": a " + m_kind + " folder holds plain files");
    writeFileAtomically(m_staging / kFolderManifestFile, folderManifestJson(manifest));
    syncDirectory(m_staging);

    // Checked again: the folder may have changed while the files were written.
    checkFolderTarget(m_target, m_kind, m_existing);
    const FolderTargetState state = inspectFolderTarget(m_target, m_kind);
    if (state.kind == FolderTargetState::Kind::Absent || state.kind == FolderTargetState::Kind::Empty) {
        fs::rename(m_staging, m_target, ec); // rename(2) replaces an empty folder
        if (ec)
            failRename(m_staging, m_target, ec);
    } else {
        const auto old = readFolderManifest(m_target);
        const std::vector<std::string> oldFiles = old ? old->files : std::vector<std::string>{};
        if (state.foreign.empty())
            swapInto(oldFiles);
        else
            mergeInto(manifest.files, oldFiles);
    }
    m_committed = true;
    syncDirectory(parentOf(m_target));
}

void StagedDirectory::swapInto(const std::vector<std::string>& oldFiles) {
    // rename(2) cannot replace a non-empty folder: the old one goes aside first, and only its listed
    // files are removed afterwards.
    std::error_code ec;
    const fs::path aside = siblingName(m_target, ".replaced-");
    fs::rename(m_target, aside, ec);
    if (ec)
        failRename(m_target, aside, ec);
    fs::rename(m_staging, m_target, ec);
    if (ec) {
        std::error_code restore;
        fs::rename(aside, m_target, restore);
        failRename(m_staging, m_target, ec);
    }
    for (const std::string& name : oldFiles)
        fs::remove(aside / name, ec);
    fs::remove(aside / kFolderManifestFile, ec);
    fs::remove(aside, ec);
}

void StagedDirectory::mergeInto(const std::vector<std::string>& newFiles, const std::vector<std::string>& oldFiles) {
    // The folder also holds a user's files: ours are replaced one rename at a time and the manifest
    // moves last, so an interrupted merge still lists every file LiteTune may have put there.
    std::error_code ec;
    const std::set<std::string> old(oldFiles.begin(), oldFiles.end());
    for (const std::string& name : newFiles)
        if (!old.count(name) && fs::exists(fs::symlink_status(m_target / name, ec)))
            throwBadInput("cannot write " + (m_target / name).string() +
                          ": a file of that name is there that LiteTune did not write; move it first");
    std::vector<std::string> listed = oldFiles;
    listed.insert(listed.end(), newFiles.begin(), newFiles.end());
    std::sort(listed.begin(), listed.end());
    listed.erase(std::unique(listed.begin(), listed.end()), listed.end());
    const fs::path target = m_target;
    writeFileAtomically(target / kFolderManifestFile, folderManifestJson({m_kind, listed}));
    for (const std::string& name : newFiles) {
        if (fs::is_directory(fs::symlink_status(target / name, ec)))
            throwBadInput("cannot write " + (target / name).string() + ": a folder of that name is in the way");
        fs::rename(m_staging / name, target / name, ec);
        if (ec)
            failRename(m_staging / name, target / name, ec);
    }
    const std::set<std::string> keep(newFiles.begin(), newFiles.end());
    for (const std::string& name : oldFiles)
        if (!keep.count(name))
            fs::remove(target / name, ec);
    fs::rename(m_staging / kFolderManifestFile, target / kFolderManifestFile, ec);
    if (ec)
        failRename(m_staging / kFolderManifestFile, target / kFolderManifestFile, ec);
    fs::remove(m_staging, ec);
}

fs::path finalPathOf(const fs::path& path) {
    fs::path shown;
    for (const fs::path& part : path) {
        const std::string name = part.string();
        if (stagingPid(name) > 0) {
            const std::size_t at = name.rfind(kStagingMarker);
            shown /= name.substr(1, at - 1);
        } else {
            shown /= part;
        }
    }
    return shown;
}

void removeStaleTemporaries(const fs::path& parent) {
    std::error_code ec;
    std::vector<fs::path> folders, files;
    for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        const fs::file_status status = fs::symlink_status(it->path(), ec);
        if (fs::is_directory(status) && processIsGone(stagingPid(name)))
            folders.push_back(it->path());
        else if (fs::is_regular_file(status) && processIsGone(temporaryPid(name, kAtomicTemporaryMarker)))
            files.push_back(it->path());
    }
    for (const fs::path& dir : folders)
        fs::remove_all(dir, ec); // a staging folder holds only what a writer put there
    for (const fs::path& file : files)
        fs::remove(file, ec);
}

} // namespace litetune
