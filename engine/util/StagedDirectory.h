// StagedDirectory: writes a whole folder (model/, adapter/, a checkpoint, an exported model) so
// that readers see the old folder or the complete new one, and so that nothing LiteTune did not
// write is ever replaced or removed:
//   - files go into a hidden sibling `.NAME.staging-PID-K`, removed again on every error path;
//   - the target may be absent or empty; a folder with other contents is refused (BadInput naming
//     it and what it holds) unless it is a LiteTune folder of the same kind (FolderManifest.h) and
//     the caller asked to replace it (ExistingFolder::ReplaceOwnFiles: `--overwrite`, a confirmed
//     dialog, or a folder inside a run the caller owns);
//   - replacing swaps the whole folder when it holds only LiteTune's files, and otherwise moves the
//     new files in one by one and removes only the old manifest's files, so a user's extra files
//     stay where they are.
// Torch-free. One writer per target at a time (the run lock guarantees it for run folders).
#pragma once

#include "api/ExistingFolder.h"

#include <filesystem>
#include <string>
#include <vector>

namespace litetune {

// What is at a target folder, for a caller that wants to ask before writing (the GUI's dialog).
struct FolderTargetState {
    enum class Kind { Absent, Empty, OwnedSameKind, OwnedOtherKind, Foreign, NotAFolder } kind = Kind::Absent;
    std::string ownerKind;            // OwnedOtherKind / OwnedSameKind: the manifest's kind
    std::vector<std::string> entries; // what is in it (the manifest excluded)
    std::vector<std::string> foreign; // OwnedSameKind: entries the manifest does not list
};

FolderTargetState inspectFolderTarget(const std::filesystem::path& target, const std::string& kind);

// BadInput when a part of `path` is longer than the file system allows (255 bytes), before any
// folder is made, instead of a raw error from the first mkdir.
void checkPathNames(const std::filesystem::path& path);

// Throws BadInput, naming the folder and what it holds, unless a folder of `kind` may be written
// at `target` (checkPathNames included).
void checkFolderTarget(const std::filesystem::path& target, const std::string& kind, ExistingFolder existing);

class StagedDirectory {
public:
    StagedDirectory(std::filesystem::path target, std::string kind, ExistingFolder existing);
    ~StagedDirectory();
    StagedDirectory(const StagedDirectory&) = delete;
    StagedDirectory& operator=(const StagedDirectory&) = delete;

    // Where to write the files (the temporary sibling); plain files only.
    const std::filesystem::path& path() const { return m_staging; }
    const std::filesystem::path& target() const { return m_target; }
    void commit();

private:
    void swapInto(const std::vector<std::string>& oldFiles);
    void mergeInto(const std::vector<std::string>& newFiles, const std::vector<std::string>& oldFiles);

    std::filesystem::path m_target;
    std::string m_kind;
    ExistingFolder m_existing;
    std::filesystem::path m_staging;
    bool m_committed = false;
};

// `path` with a staging folder `.NAME.staging-PID-K` shown as the NAME it becomes, for messages:
// a user looks for .../checkpoints/step-4/optimizer.pt, not for a hidden folder that is gone.
std::filesystem::path finalPathOf(const std::filesystem::path& path);

// Removes, directly under `parent`, the staging folders `.NAME.staging-PID-K` and the temporary
// files `.NAME.tmp-PID-K` (AtomicFile.h) whose writing process is gone: a kill during a save leaves
// them. Those of a live process and every other entry are left alone.
void removeStaleTemporaries(const std::filesystem::path& parent);

} // namespace litetune
