// Run settings side by side (see ConfigTable.h). The values come from trainConfigToJson, so the
// report names every knob exactly as run.json and the CLI do.
#include "report/ConfigTable.h"

#include "train/TrainConfigJson.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace litetune {

namespace {

const std::vector<std::string>& leadingKeys() {
    static const std::vector<std::string> keys = {"method",    "model",  "adapter",    "data",       "epochs",
                                                  "max_steps", "lr",     "batch_size", "grad_accum", "max_length",
                                                  "seed",      "device", "precision"};
    return keys;
}

const std::set<std::string>& skippedKeys() {
    static const std::set<std::string> keys = {"out", "resume", "name"};
    return keys;
}

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
    std::set<std::string> allKeys;
    for (const RunResult& run : runs) {
        configs.push_back(trainConfigToJson(run.config));
        for (const auto& item : configs.back().items())
            if (!skippedKeys().count(item.key()))
                allKeys.insert(item.key());
    }
    std::vector<std::string> order;
    for (const std::string& key : leadingKeys())
        if (allKeys.erase(key))
            order.push_back(key);
    order.insert(order.end(), allKeys.begin(), allKeys.end());

    for (const std::string& key : order) {
        ConfigRow row;
        row.key = key;
        const bool loraKnob = key.rfind("lora_", 0) == 0;
        for (std::size_t i = 0; i < configs.size(); ++i) {
            const auto it = configs[i].find(key);
            const bool unused = loraKnob && runs[i].config.method != Method::Lora;
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
