// ConfigTable: the runs' settings side by side, one row per knob (run.json's config keys, the
// CLI's names), each row flagged when the runs disagree — the "config diff" of the report.
// Rows follow the option table (api/OptionTable.h), which opens with the knobs that tell runs apart
// (method, model, data, schedule). Leaves out the options the table keeps out of reports (the
// output and resume folders, the run name): they differ between any two runs by
// construction and would drown the real differences. LoRA's knobs are blank for a run that is
// not a LoRA run: it carries them only as defaults.
#pragma once

#include "api/Report.h"

#include <string>
#include <vector>

namespace litetune {

class ConfigTable {
public:
    explicit ConfigTable(const std::vector<RunResult>& runs);

    const std::vector<ConfigRow>& rows() const { return m_rows; }
    std::vector<const ConfigRow*> differing() const;

private:
    std::vector<ConfigRow> m_rows;
};

} // namespace litetune
