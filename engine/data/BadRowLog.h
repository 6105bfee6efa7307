// BadRowLog: collects the bad rows met while reading (ragged, empty text, invalid UTF-8, unknown
// label, ...) and settles them at the end: an error listing the first few, or — when the user
// asked to skip bad rows — the list kept in Dataset::skippedRows. Deliberately collects before
// deciding, so one error names several problems and the user fixes them in one go.
#pragma once

#include "api/Dataset.h"

#include <vector>

namespace litetune {

class BadRowLog {
public:
    void add(const std::string& file, std::int64_t line, const std::string& reason);
    bool empty() const { return m_rows.empty(); }
    // Throws BadInput naming the first few bad rows unless `skip`; else appends them to `skipped`.
    void settle(bool skip, std::vector<BadRow>& skipped);

private:
    std::vector<BadRow> m_rows;
};

} // namespace litetune
