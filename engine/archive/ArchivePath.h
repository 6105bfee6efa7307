// ArchivePath: turns an archive entry's stored name into a safe relative path, or says why it is
// unsafe (absolute, "..", drive letter, empty). Pure string work, so every backend shares the
// same rules. Deliberately does not touch the file system: the extractor never follows links.
// Reference: the "Zip Slip" advisory (snyk, 2018) and libarchive's ARCHIVE_EXTRACT_SECURE_* flags.
#pragma once

#include <string>
#include <string_view>

namespace litetune {

class ArchivePath {
public:
    // The name with '\' read as '/', "." and empty components dropped and any trailing '/'
    // removed; empty when the name is unsafe, with the reason in `whyNot`.
    static std::string normalize(std::string_view raw, std::string& whyNot);

    // Whether a link stored at `entryPath` pointing to `target` (a symlink's text, relative to the
    // link's folder, or a hardlink's archive path when `fromRoot`) stays inside the archive root.
    static bool linkStaysInside(const std::string& entryPath, std::string_view target, bool fromRoot);
};

} // namespace litetune
