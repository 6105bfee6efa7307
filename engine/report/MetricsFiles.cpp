// metrics.csv and metrics.json of a report (see MetricsFiles.h).
#include "report/MetricsFiles.h"

#include "report/ReportText.h"
#include "runs/ResultJson.h"

#include <nlohmann/json.hpp>

#include <set>

namespace litetune {

MetricsFiles::MetricsFiles(const ReportModel& model)
    : m_model(model) {}

std::string MetricsFiles::csv() const {
    std::vector<std::map<std::string, double>> metrics;
    for (const RunResult& run : m_model.runs())
        metrics.push_back(run.trainerMetrics());
    // The results table's order first (what a reader looks for), then the rest alphabetically.
    std::vector<std::string> keys;
    std::set<std::string> seen;
    for (const MetricRow& row : m_model.metrics().rows())
        for (const auto& m : metrics)
            if (m.count(row.key) && seen.insert(row.key).second)
                keys.push_back(row.key);
    std::set<std::string> rest;
    for (const auto& m : metrics)
        for (const auto& [key, value] : m)
            if (!seen.count(key))
                rest.insert(key);
    keys.insert(keys.end(), rest.begin(), rest.end());

    std::string out = "metric";
    for (const std::string& column : m_model.metrics().columns())
        out += "," + ReportText::escapeCsv(column);
    out += "\n";
    for (const std::string& key : keys) {
        out += key;
        const MetricRow* row = m_model.metrics().row(key);
        for (std::size_t i = 0; i < metrics.size(); ++i) {
            const auto it = metrics[i].find(key);
            // Empty, like the table's "—", where the table says the run has no such number.
            const bool missing = it == metrics[i].end() || (row && !row->cells[i].value);
            out += "," + (missing ? std::string() : ReportText::exact(it->second));
        }
        out += "\n";
    }
    return out;
}

std::string MetricsFiles::json() const {
    nlohmann::json runs = nlohmann::json::array();
    for (std::size_t i = 0; i < m_model.runs().size(); ++i) {
        const RunResult& run = m_model.runs()[i];
        nlohmann::json object = runResultToJson(run);
        object["name"] = m_model.metrics().columns()[i];
        object["method"] = methodName(run.config.method);
        object["status"] = runOutcomeName(m_model.metrics().outcomes()[i]);
        if (!m_model.bundledFiles(i).empty())
            object["folder"] = "runs/" + m_model.runFiles()[i].folder;
        runs.push_back(std::move(object));
    }
    const nlohmann::json document = {
        {"format", "litetune-report"},       {"version", 1},
        {"created_at", m_model.createdAt()}, {"litetune_version", m_model.input().runtime.liteTuneVersion},
        {"runs", std::move(runs)},
    };
    return document.dump(2) + "\n";
}

} // namespace litetune
