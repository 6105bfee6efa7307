// FolderManifest: how LiteTune knows which files in a folder it wrote. Every folder written through
// StagedDirectory carries a hidden `.litetune-folder.json` listing its kind ("model", "adapter",
// "checkpoint", ...) and the plain file names it wrote. Only those files are ever replaced or
// removed; anything else a user put in the folder stays, and a folder without a manifest is not
// LiteTune's to change. Hugging Face and PEFT loaders ignore the extra file.
// Torch-free (litetune_core).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace litetune {

inline constexpr const char* kFolderManifestFile = ".litetune-folder.json";

// The kinds of folder LiteTune writes.
inline constexpr const char* kModelFolderKind = "model";           // Hugging Face model folder
inline constexpr const char* kAdapterFolderKind = "adapter";       // PEFT adapter folder
inline constexpr const char* kCheckpointFolderKind = "checkpoint"; // a run's checkpoints/step-N
inline constexpr const char* kEvaluationFolderKind = "evaluation"; // eval --out: metrics + predictions

struct FolderManifest {
    std::string kind;
    std::vector<std::string> files; // plain names inside the folder, never paths
};

// The manifest of `dir`, or nothing when it has none or it is not a valid one (a damaged or
// hand-made manifest makes the folder "not LiteTune's", never a reason to delete more).
std::optional<FolderManifest> readFolderManifest(const std::filesystem::path& dir);

// The manifest's bytes, for a writer that stages them with the files.
std::string folderManifestJson(const FolderManifest& manifest);

// The entries of `dir` (files and folders, the manifest excluded), sorted by name.
std::vector<std::string> folderEntries(const std::filesystem::path& dir);

// "thesis.tex, notes/ and 3 more": what a refusal tells the user is in the folder.
std::string describeEntries(const std::filesystem::path& dir, const std::vector<std::string>& entries);

// Removes the files `dir`'s manifest lists, then the manifest, then the folder if nothing else is in
// it. Without a manifest nothing is removed. Returns whether the folder is gone.
bool removeOwnedFolder(const std::filesystem::path& dir);

} // namespace litetune
