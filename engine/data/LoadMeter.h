// LoadMeter: a dataset load's progress and cancel check (api/Dataset.h LoadControl), shared by
// the readers. They call `parsed` once per record; only every kStride-th call looks at the cancel
// flag and the clock, so a load without a LoadControl, or with one, costs a counter per record.
// Cancelling throws Error(Cancelled) from wherever the load is.
#pragma once

#include "api/Dataset.h"

#include <chrono>
#include <cstdint>

namespace litetune {

class LoadMeter {
public:
    LoadMeter() = default; // watches nothing: the plain loadDataset and datasetColumns
    explicit LoadMeter(LoadControl control);

    // Bytes still to parse, estimated (a file's size on disk) or exact; `correct` swaps an estimate
    // for the exact size once the file is read (a compressed file's text is larger).
    void expect(std::uint64_t bytes) { m_progress.totalBytes += bytes; }
    void correct(std::uint64_t estimate, std::uint64_t exact);
    // Tells the total right away (the view shows its size while the first records are parsed).
    void announce() { report(); }

    // A record ended at `position` of the current file's text; `records` so far in that file.
    void parsed(std::uint64_t position, std::int64_t records) {
        if (++m_tick >= kStride)
            poll(position, records);
    }
    // The current file is parsed: its `bytes` and `records` join those of earlier files (reported).
    void fileDone(std::uint64_t bytes, std::int64_t records);
    // Work after parsing (rows, labels, splits, cleaning) checks the flag through this, per item.
    void step() {
        if (++m_tick >= kStride) {
            m_tick = 0;
            checkCancelled();
        }
    }
    void checkCancelled() const;
    // The last report: everything parsed.
    void finish();

private:
    static constexpr int kStride = 1024;
    void poll(std::uint64_t position, std::int64_t records);
    void report();

    LoadControl m_control;
    LoadProgress m_progress;
    std::uint64_t m_doneBytes = 0; // of the files parsed before the current one
    std::int64_t m_doneRows = 0;
    int m_tick = 0;
    std::chrono::steady_clock::time_point m_lastReport{};
};

} // namespace litetune
