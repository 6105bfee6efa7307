// DataSource: a dataset's files from a file, folder or archive (see DataSource.h).
#include "data/DataSource.h"

#include "archive/Archive.h"
#include "data/LoadMeter.h"
#include "util/Error.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>

namespace litetune {

namespace fs = std::filesystem;

namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

bool isHidden(const std::string& name) {
    return name.empty() || name.front() == '.' || name == "__MACOSX";
}

std::string mebibytes(std::uint64_t bytes) {
    return std::to_string((bytes + (1u << 20) - 1) >> 20) + " MiB";
}

std::string readPlainFile(const fs::path& file, const ReadLimits& limits, const LoadMeter* meter) {
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (ec)
        throwBadInput("cannot read " + file.string() + ": " + ec.message());
    if (size > limits.maxFileBytes)
        throwBadInput(file.string() + " is " + mebibytes(size) + ", more than the " + mebibytes(limits.maxFileBytes) +
                      " limit for a dataset file");
    std::ifstream in(file, std::ios::binary);
    std::string data(static_cast<std::size_t>(size), '\0');
    // In chunks, so that a cancel need not wait for a gigabyte to come off a slow disk.
    constexpr std::size_t kChunk = std::size_t(16) << 20;
    for (std::size_t done = 0; done < data.size();) {
        const std::size_t chunk = std::min(kChunk, data.size() - done);
        if (!in.read(data.data() + done, static_cast<std::streamsize>(chunk)))
            throwBadInput("cannot read " + file.string());
        done += chunk;
        if (meter)
            meter->checkCancelled();
    }
    return data;
}

ArchiveLimits archiveLimitsFor(const ReadLimits& limits) {
    ArchiveLimits archiveLimits;
    archiveLimits.maxEntryBytes = limits.maxFileBytes;
    archiveLimits.maxTotalBytes = limits.maxFileBytes;
    return archiveLimits;
}

} // namespace

bool DataSource::isDataName(const std::string& fileName) {
    const std::string name = lower(Archive::withoutCompressionSuffix(fileName));
    for (const char* suffix : {".csv", ".tsv", ".tab", ".txt", ".jsonl", ".json", ".ndjson"}) {
        const std::string s = suffix;
        if (name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0)
            return true;
    }
    return false;
}

DataSource::DataSource(const fs::path& path, const ReadLimits& limits)
    : m_limits(limits)
    , m_path(path)
    , m_description(path.string()) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        throwBadInput("dataset " + path.string() + " does not exist");
    if (fs::is_directory(status)) {
        m_kind = Kind::Folder;
        try {
            openFolder(path);
        } catch (const fs::filesystem_error& e) {
            throwBadInput("cannot read the dataset folder " + path.string() + ": " + e.code().message());
        }
    } else if (Archive::isArchiveName(path.filename().string())) {
        m_kind = Kind::Archive;
        openArchive(path);
    } else {
        m_kind = Kind::File;
        m_files[Archive::withoutCompressionSuffix(path.filename().string())] = path.string();
    }
}

void DataSource::openFolder(const fs::path& dir) {
    fs::path root = dir;
    for (int depth = 0; depth < 8; ++depth) {
        std::vector<fs::path> files, folders;
        for (const auto& item : fs::directory_iterator(root)) {
            const std::string name = item.path().filename().string();
            if (isHidden(name))
                continue;
            if (item.is_directory())
                folders.push_back(item.path());
            else if (item.is_regular_file())
                files.push_back(item.path());
        }
        if (files.empty() && folders.size() == 1) { // a folder that only wraps another one
            root = folders.front();
            continue;
        }
        for (const fs::path& file : files)
            if (isDataName(file.filename().string()))
                m_files[Archive::withoutCompressionSuffix(file.filename().string())] = file.string();
        return;
    }
}

void DataSource::openArchive(const fs::path& file) {
    const Archive archive(file, archiveLimitsFor(m_limits));
    std::vector<std::string> paths;
    for (const ArchiveEntry& entry : archive.entries())
        if (entry.kind == ArchiveEntry::Kind::File)
            paths.push_back(entry.path);
    // Enter single wrapping folders: as long as no file sits at the root and all share one folder.
    std::string prefix;
    for (int depth = 0; depth < 8; ++depth) {
        std::set<std::string> tops;
        bool fileAtRoot = false;
        for (const std::string& p : paths) {
            if (p.compare(0, prefix.size(), prefix) != 0)
                continue;
            const std::string rest = p.substr(prefix.size());
            const auto slash = rest.find('/');
            if (slash == std::string::npos) {
                if (!isHidden(rest))
                    fileAtRoot = true;
            } else if (!isHidden(rest.substr(0, slash))) {
                tops.insert(rest.substr(0, slash));
            }
        }
        if (fileAtRoot || tops.size() != 1)
            break;
        prefix += *tops.begin() + "/";
    }
    std::vector<std::string> wanted;
    for (const std::string& p : paths) {
        if (p.compare(0, prefix.size(), prefix) != 0)
            continue;
        const std::string rest = p.substr(prefix.size());
        if (rest.find('/') != std::string::npos || isHidden(rest) || !isDataName(rest))
            continue;
        if (Archive::isCompressedName(rest))
            continue; // compressed files inside archives are not supported (and not needed)
        m_files[rest] = p;
        wanted.push_back(p);
    }
    if (!wanted.empty())
        m_contents = archive.read(wanted);
}

std::vector<std::string> DataSource::fileNames() const {
    std::vector<std::string> names;
    for (const auto& item : m_files)
        names.push_back(item.first);
    return names;
}

std::string DataSource::displayName(const std::string& name) const {
    const auto it = m_files.find(name);
    if (it == m_files.end())
        return m_path.string() + ":" + name;
    if (m_kind == Kind::Archive)
        return m_path.string() + ":" + it->second;
    return it->second;
}

std::uint64_t DataSource::sizeHint(const std::string& name) const {
    const auto it = m_files.find(name);
    if (it == m_files.end())
        return 0;
    if (m_kind == Kind::Archive) {
        const auto content = m_contents.find(it->second);
        return content == m_contents.end() ? 0 : content->second.size();
    }
    std::error_code ec;
    const auto size = fs::file_size(it->second, ec);
    return ec ? 0 : static_cast<std::uint64_t>(size);
}

std::string DataSource::read(const std::string& name, const LoadMeter* meter) const {
    const auto it = m_files.find(name);
    if (it == m_files.end())
        throwBadInput(m_description + " has no file " + name);
    if (m_kind == Kind::Archive)
        return m_contents.at(it->second);
    const fs::path file = it->second;
    if (Archive::isCompressedName(file.filename().string()))
        return Archive::decompressFile(file, archiveLimitsFor(m_limits));
    return readPlainFile(file, m_limits, meter);
}

} // namespace litetune
