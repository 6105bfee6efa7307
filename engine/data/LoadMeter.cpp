// LoadMeter: progress and cancel checks of a dataset load (see LoadMeter.h).
#include "data/LoadMeter.h"

#include "util/Error.h"

#include <algorithm>
#include <utility>

namespace litetune {

LoadMeter::LoadMeter(LoadControl control)
    : m_control(std::move(control)) {}

void LoadMeter::correct(std::uint64_t estimate, std::uint64_t exact) {
    m_progress.totalBytes = m_progress.totalBytes - std::min(estimate, m_progress.totalBytes) + exact;
}

void LoadMeter::checkCancelled() const {
    if (m_control.cancel && m_control.cancel->load(std::memory_order_relaxed))
        throw Error(ErrorKind::Cancelled, "loading the dataset was cancelled");
}

void LoadMeter::poll(std::uint64_t position, std::int64_t records) {
    m_tick = 0;
    checkCancelled();
    if (!m_control.progressed)
        return;
    const auto now = std::chrono::steady_clock::now();
    if (std::chrono::duration<double>(now - m_lastReport).count() < m_control.progressIntervalSeconds)
        return;
    m_progress.bytesRead = std::min(m_doneBytes + position, m_progress.totalBytes);
    m_progress.rows = m_doneRows + records;
    report();
}

void LoadMeter::fileDone(std::uint64_t bytes, std::int64_t records) {
    m_doneBytes += bytes;
    m_doneRows += records;
    m_progress.bytesRead = std::min(m_doneBytes, m_progress.totalBytes);
    m_progress.rows = m_doneRows;
    checkCancelled();
    report(); // once per file: after the last one, what is left is checking rows and splitting
}

void LoadMeter::finish() {
    m_progress.bytesRead = m_progress.totalBytes;
    m_progress.rows = m_doneRows;
    report();
}

void LoadMeter::report() {
    if (!m_control.progressed)
        return;
    m_lastReport = std::chrono::steady_clock::now();
    m_control.progressed(m_progress);
}

} // namespace litetune
