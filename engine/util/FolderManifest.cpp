// FolderManifest: see the header.
#include "util/FolderManifest.h"

#include "util/JsonFile.h"

#include <algorithm>
#include <system_error>

namespace litetune {

namespace fs = std::filesystem;

namespace {

constexpr int kFormat = 1;
constexpr std::size_t kMaxManifestBytes = 1 << 20;
constexpr std::size_t kMaxListedFiles = 10000;

bool isPlainName(const std::string& name) {
    return !name.empty() && name != "." && name != ".." && name != kFolderManifestFile &&
           name.find('/') == std::string::npos && name.find('\0') == std::string::npos;
}

} // namespace

std::optional<FolderManifest> readFolderManifest(const fs::path& dir) {
    std::error_code ec;
    const fs::path file = dir / kFolderManifestFile;
    if (!fs::is_regular_file(fs::symlink_status(file, ec)))
        return std::nullopt;
    try {
        const nlohmann::json json = readJsonFile(file, kMaxManifestBytes);
        if (!json.is_object() || json.value("format", 0) != kFormat || !json.contains("kind") ||
            !json["kind"].is_string() || !json.contains("files") || !json["files"].is_array() ||
            json["files"].size() > kMaxListedFiles)
            return std::nullopt;
        FolderManifest manifest;
        manifest.kind = json["kind"].get<std::string>();
        for (const auto& name : json["files"]) {
            if (!name.is_string() || !isPlainName(name.get<std::string>()))
                return std::nullopt;
            manifest.files.push_back(name.get<std::string>());
        }
        return manifest;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

std::string folderManifestJson(const FolderManifest& manifest) {
    nlohmann::json json;
    json["format"] = kFormat;
    json["kind"] = manifest.kind;
    json["files"] = manifest.files;
    json["written_by"] = std::string("LiteTune ") + LITETUNE_VERSION;
    return json.dump(2) + "\n";
}

std::vector<std::string> folderEntries(const fs::path& dir) {
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name != kFolderManifestFile)
            names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::string describeEntries(const fs::path& dir, const std::vector<std::string>& entries) {
    constexpr std::size_t kShown = 3;
    std::string text;
    std::error_code ec;
    for (std::size_t i = 0; i < entries.size() && i < kShown; ++i) {
        if (i)
            text += (i + 1 == entries.size()) ? " and " : ", ";
        text += jsonQuoted(entries[i]);
        if (fs::is_directory(fs::symlink_status(dir / entries[i], ec)))
            text += "/";
    }
    if (entries.size() > kShown)
        text += " and " + std::to_string(entries.size() - kShown) + " more";
    return text;
}

bool removeOwnedFolder(const fs::path& dir) {
    const auto manifest = readFolderManifest(dir);
    if (!manifest)
        return false;
    std::error_code ec;
    for (const std::string& name : manifest->files)
        if (!fs::is_directory(fs::symlink_status(dir / name, ec)))
            fs::remove(dir / name, ec);
    fs::remove(dir / kFolderManifestFile, ec);
    fs::remove(dir, ec); // only when empty: a user's file keeps the folder
    return !fs::exists(fs::symlink_status(dir, ec));
}

} // namespace litetune
