// ConfigTable: the runs' settings side by side, one row per knob (run.json's config keys, the
// CLI's names), each row flagged when the runs disagree — the "config diff" of the report.
// Important knobs come first (method, model, data, schedule), the rest alphabetically. Leaves out
// the output and resume folders and the run name: they differ between any two runs by
// construction and would drown the real differences.
#pragma once

#include "api/Reports.h"

#include <string>
#include <vector>

namespace litetune {

struct ConfigRow {
    std::string key;                 // "lr", "lora_r", ...
    std::vector<std::string> values; // one per run, as text
    bool differs = false;
};

class ConfigTable {
public:
    explicit ConfigTable(const std::vector<RunResult>& runs);

    const std::vector<ConfigRow>& rows() const { return m_rows; }
    std::vector<const ConfigRow*> differing() const;

private:
    std::vector<ConfigRow> m_rows;
};

} // namespace litetune
