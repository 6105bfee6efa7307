// Run settings side by side (see ConfigTable.h). The values come from trainConfigToJson, so the
// report names every knob exactly as run.json and the CLI do.
#include "report/ConfigTable.h"

#include "api/OptionTable.h"
#include "config/TrainConfigJson.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace litetune {

namespace {

std::string text(const nlohmann::json& value) {
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_array()) {
        std::string joined;
        for (const auto& item : value)
            joined += (joined.empty() ? "" : ", ") + text(item);
        return joined;
    }
    if (value.is_null())
        return "";
    return value.dump(); // numbers and booleans; nlohmann's number output ignores the locale
}

} // namespace

ConfigTable::ConfigTable(const std::vector<RunResult>& runs) {
    std::vector<nlohmann::json> configs;
    for (const RunResult& run : runs)
        configs.push_back(trainConfigToJson(run.config));
    // The option table's order (api/OptionTable.h), which opens with what tells runs apart.
    for (const OptionSpec& option : optionTable()) {
        if (!option.reported)
            continue;
        ConfigRow row;
        row.key = option.jsonKey;
        for (std::size_t i = 0; i < configs.size(); ++i) {
            const auto it = configs[i].find(option.jsonKey);
            const bool unused = option.scope == OptionScope::Lora && runs[i].config.method != Method::Lora;
            row.values.push_back(it == configs[i].end() || unused ? std::string() : text(*it));
        }
        row.differs =
            std::adjacent_find(row.values.begin(), row.values.end(), std::not_equal_to<>()) != row.values.end();
        m_rows.push_back(std::move(row));
    }
}

std::vector<ConfigRow> configTableRows(const std::vector<RunResult>& runs) {
    return ConfigTable(runs).rows();
}

std::vector<const ConfigRow*> ConfigTable::differing() const {
    std::vector<const ConfigRow*> out;
    for (const ConfigRow& row : m_rows)
        if (row.differs)
            out.push_back(&row);
    return out;
}

} // namespace litetune
