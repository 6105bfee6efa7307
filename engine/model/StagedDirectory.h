// StagedDirectory: writes a whole folder (a model/ or adapter/ folder) so that readers see the old
// folder or the complete new one, never a mix: files go into a hidden temporary sibling, commit()
// renames it over the target; a StagedDirectory destroyed without commit() removes its temporary.
// Torch-free. Deliberately not a general transaction: one writer per target at a time.
#pragma once

#include <filesystem>

namespace litetune {

class StagedDirectory {
public:
    explicit StagedDirectory(std::filesystem::path target);
    ~StagedDirectory();
    StagedDirectory(const StagedDirectory&) = delete;
    StagedDirectory& operator=(const StagedDirectory&) = delete;

    // Where to write the files (the temporary sibling).
    const std::filesystem::path& path() const { return m_staging; }
    void commit();

private:
    std::filesystem::path m_target;
    std::filesystem::path m_staging;
    bool m_committed = false;
};

} // namespace litetune
