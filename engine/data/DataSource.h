// DataSource: the files of a dataset wherever they live — one plain or compressed file, a folder,
// or an archive — as logical names ("train.csv" for "train.csv.gz") and their bytes. Archives are
// read into memory in one bounded pass (datasets are a few MB), never extracted. A folder or
// archive whose only content is one sub-folder is entered ("tweeteval/emoji.zip" holding
// "emoji/…"). Deliberately reads only the top level of the dataset root, and only files with a
// data extension (.csv .tsv .tab .txt .jsonl .json .ndjson, optionally .gz/.xz/.zst).
#pragma once

#include "data/RawTable.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace litetune {

class LoadMeter;

class DataSource {
public:
    explicit DataSource(const std::filesystem::path& path, const ReadLimits& limits = {});

    bool isSingleFile() const { return m_kind == Kind::File; }
    const std::string& description() const { return m_description; }
    std::vector<std::string> fileNames() const;
    bool has(const std::string& name) const { return m_files.count(name) != 0; }
    // `meter`, when given, may stop a long read between chunks (LoadMeter.h).
    std::string read(const std::string& name, const LoadMeter* meter = nullptr) const;
    // The bytes read returns, or, for a compressed file, its size on disk (its text is larger).
    std::uint64_t sizeHint(const std::string& name) const;
    // The file as messages name it: a path, or "archive.zip:folder/train.csv".
    std::string displayName(const std::string& name) const;

    static bool isDataName(const std::string& fileName);

private:
    enum class Kind { File, Folder, Archive };
    void openFolder(const std::filesystem::path& dir);
    void openArchive(const std::filesystem::path& file);

    Kind m_kind = Kind::File;
    ReadLimits m_limits;
    std::filesystem::path m_path;
    std::string m_description;
    std::map<std::string, std::string> m_files;    // logical name → path (folder, file) or entry path (archive)
    std::map<std::string, std::string> m_contents; // archive entries, read once
};

} // namespace litetune
