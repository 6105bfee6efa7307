// MetricTable: the side-by-side results table — runs as columns, the reference table's rows in
// docs/architecture.md's order (Training Loss … Epoch) then LiteTune's additions (Macro F1, Trainable
// Params, Peak Memory, Adapter Size) — with every value formatted as the reference table does and
// the best value of each row found. Lower is better for losses, durations and memory, higher for
// scores and throughput; Epoch, Trainable Params and Adapter Size are facts, not scores, and are
// never marked. A row is marked only when at least two runs have a finite value and they differ;
// values that print the same count as tied, and a non-finite value is never best. Training rows of
// a base evaluation are empty ("—"). The Markdown form reproduces the reference table exactly (no
// marks). The rows are api types (api/Report.h, metricTableRows) so that the GUI shows these marks
// instead of judging again: this file is the one place the rule lives.
#pragma once

#include "api/Report.h"

#include <string>
#include <vector>

namespace litetune {

class MetricTable {
public:
    explicit MetricTable(const std::vector<RunResult>& runs);

    const std::vector<std::string>& columns() const { return m_columns; }
    const std::vector<MetricRow>& rows() const { return m_rows; }
    const MetricRow* row(const std::string& key) const;

    // "| Metric | base | full |" … ; all rows, or the reference eleven only.
    std::string markdown(bool referenceRowsOnly = false) const;

    static constexpr const char* kMissing = "\xE2\x80\x94"; // an em dash

private:
    std::vector<std::string> m_columns;
    std::vector<MetricRow> m_rows;
};

} // namespace litetune
