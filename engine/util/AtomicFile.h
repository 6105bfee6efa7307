// Atomic file writes: content goes to a temporary file beside the target, is flushed and fsynced,
// then renamed over the target, so a reader (or a crash) sees either the old file or the new one,
// never a half-written one.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace litetune {

// Temporary files are named `.NAME.tmp-PID-K` beside their target.
inline constexpr const char* kAtomicTemporaryMarker = ".tmp-";

void writeFileAtomically(const std::filesystem::path& target, std::string_view contents);

// Streams a file into place: write() appends, commit() makes it visible; destroying an
// uncommitted writer removes the temporary file. Every failure (including the fault seam's,
// util/FaultInjection.h) is a Failure naming the file, with the temporary removed.
class AtomicFileWriter {
public:
    explicit AtomicFileWriter(std::filesystem::path target);
    ~AtomicFileWriter();
    AtomicFileWriter(const AtomicFileWriter&) = delete;
    AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

    void write(std::string_view bytes);
    void commit();
    const std::filesystem::path& target() const { return m_target; }

private:
    std::filesystem::path m_target;
    std::filesystem::path m_temporary;
    int m_fd = -1;
    bool m_faulty = false; // chosen by the fault seam (util/FaultInjection.h)
};

// fsyncs a directory so a rename inside it survives a power cut.
void syncDirectory(const std::filesystem::path& dir);

} // namespace litetune
