// RawTable: one parsed file before columns and labels are chosen — header names and records of
// string fields with their line numbers. Shared by the CSV/TSV and JSON Lines readers so column
// detection and bad-row handling exist once. Deliberately knows nothing of labels or splits.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace litetune {

struct RawRecord {
    std::int64_t line = 0;           // 1-based physical line where the record starts
    std::vector<std::string> fields; // one per column (JSON: "" for a missing key)
    std::string problem;             // non-empty: the whole record is bad ("ragged row: ...")
    // Per-field problems (JSON Lines only: "missing", "a number, expected a string"); empty when none.
    std::vector<std::string> fieldProblems;
};

struct RawTable {
    std::string file; // for messages: a path, or "archive.zip:train.csv"
    std::vector<std::string> columns;
    std::vector<RawRecord> records;
};

// Size caps of the readers: a field or file past them is an error, never a hang.
struct ReadLimits {
    std::uint64_t maxFileBytes = std::uint64_t(1) << 30;  // 1 GiB
    std::uint64_t maxFieldBytes = std::uint64_t(1) << 20; // 1 MiB
};

} // namespace litetune
