// MetricTable: the side-by-side results table — runs as columns, the reference table's rows in
// docs/architecture.md's order (Training Loss … Epoch) then LiteTune's additions (Macro F1, Trainable
// Params, Peak Memory, Adapter Size) — with every value formatted as the reference table does and
// the best value of each row found. Lower is better for losses, durations and memory, higher for
// scores and throughput; Epoch, Trainable Params and Adapter Size are facts, not scores, and are
// never marked. Only runs that finished are ranked (runIsRanked, api/Report.h): a cancelled, failed
// or unfinished run keeps the numbers it reached, marked as such beside its name, but never wins a
// row, and a zero it left counts as missing. A row is marked only when at least two ranked runs have
// a finite value and they differ; values that print the same count as tied, and a non-finite value
// is never best. Training rows of a base evaluation are empty ("—"). The Markdown form reproduces
// the reference table exactly (no marks; an unranked run's column is named with its outcome). The
// rows are api types (api/Report.h, metricTableRows) so that the GUI shows these marks instead of
// judging again: this file and runIsRanked (RunOutcome.cpp) are the one place the rule lives.
#pragma once

#include "api/Report.h"

#include <string>
#include <vector>

namespace litetune {

class MetricTable {
public:
    explicit MetricTable(const std::vector<RunResult>& runs);

    const std::vector<std::string>& columns() const { return m_columns; }
    const std::vector<RunOutcome>& outcomes() const { return m_outcomes; } // one per column
    bool anyUnranked() const;
    // "cancelled", "failed" or "unfinished" for a run that is not ranked; "" for a finished one.
    std::string outcomeMark(std::size_t column) const;
    // The column's name with the outcome of an unranked run: "quick (cancelled)".
    std::string heading(std::size_t column) const;
    const std::vector<MetricRow>& rows() const { return m_rows; }
    const MetricRow* row(const std::string& key) const;

    // "| Metric | base | full |" … ; all rows, or the reference eleven only.
    std::string markdown(bool referenceRowsOnly = false) const;

    static constexpr const char* kMissing = "\xE2\x80\x94"; // an em dash
    // The sentence every report format adds under the table when anyUnranked().
    static constexpr const char* kUnrankedNote = "Cancelled, failed and unfinished runs are shown but never ranked; "
                                                 "a number such a run did not reach is shown as \xE2\x80\x94.";

private:
    std::vector<std::string> m_columns;
    std::vector<RunOutcome> m_outcomes;
    std::vector<MetricRow> m_rows;
};

} // namespace litetune
