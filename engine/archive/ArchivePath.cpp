// ArchivePath: safe relative names for archive entries (see ArchivePath.h).
#include "archive/ArchivePath.h"

#include <vector>

namespace litetune {

namespace {

std::vector<std::string> components(std::string_view text) {
    std::vector<std::string> parts;
    std::string current;
    for (const char c : text) {
        if (c == '/' || c == '\\') {
            parts.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.push_back(current);
    return parts;
}

bool hasDriveLetter(std::string_view raw) {
    return raw.size() >= 2 && raw[1] == ':' && ((raw[0] >= 'A' && raw[0] <= 'Z') || (raw[0] >= 'a' && raw[0] <= 'z'));
}

} // namespace

std::string ArchivePath::normalize(std::string_view raw, std::string& whyNot) {
    whyNot.clear();
    if (raw.empty()) {
        whyNot = "an empty name";
        return {};
    }
    if (raw.front() == '/' || raw.front() == '\\') {
        whyNot = "an absolute path";
        return {};
    }
    if (hasDriveLetter(raw)) {
        whyNot = "a drive-letter path";
        return {};
    }
    std::string result;
    for (const std::string& part : components(raw)) {
        if (part.empty() || part == ".")
            continue;
        if (part == "..") {
            whyNot = "a \"..\" component";
            return {};
        }
        for (const char c : part) {
            if (static_cast<unsigned char>(c) < 0x20) {
                whyNot = "a control character";
                return {};
            }
        }
        if (!result.empty())
            result += '/';
        result += part;
    }
    if (result.empty())
        whyNot = "an empty name";
    return result;
}

bool ArchivePath::linkStaysInside(const std::string& entryPath, std::string_view target, bool fromRoot) {
    if (target.empty() || target.front() == '/' || target.front() == '\\' || hasDriveLetter(target))
        return false;
    // Resolve lexically: start in the link's own folder (or the root for hardlinks) and never
    // climb above the root.
    std::vector<std::string> stack;
    if (!fromRoot) {
        stack = components(entryPath);
        stack.pop_back(); // the link's own name
    }
    for (const std::string& part : components(target)) {
        if (part.empty() || part == ".")
            continue;
        if (part == "..") {
            if (stack.empty())
                return false;
            stack.pop_back();
        } else {
            stack.push_back(part);
        }
    }
    return true;
}

} // namespace litetune
