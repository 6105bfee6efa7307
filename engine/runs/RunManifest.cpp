// run.json writer and reader.
#include "runs/RunManifest.h"

#include "config/TrainConfigJson.h"
#include "util/AtomicFile.h"
#include "util/Error.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <ctime>
#include <fstream>
#include <sstream>

namespace litetune {

using nlohmann::json;

namespace {
constexpr std::uintmax_t kMaxBytes = 16u << 20;
constexpr std::int64_t kFormatVersion = 1;

std::string text(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}
} // namespace

std::string isoTimeNow() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

void writeRunManifest(const std::filesystem::path& runDir, const RunManifest& m) {
    json j{
        {"format", "litetune-run"},
        {"format_version", kFormatVersion},
        {"name", m.name},
        {"method", methodName(m.config.method)},
        {"status", m.status},
        {"message", m.message},
        {"seed", m.config.seed},
        {"started_at", m.startedAt},
        {"finished_at", m.finishedAt},
        {"versions", {{"litetune", LITETUNE_VERSION}, {"torch", m.torchVersion}}},
        {"device", m.device},
        {"precision", m.precision},
        {"threads", m.threads},
        {"data_fingerprint", m.dataFingerprint},
        {"config", trainConfigToJson(m.config)},
    };
    if (m.worldSize > 1) // only data-parallel runs carry it, so other runs' run.json keeps its fields
        j["world_size"] = m.worldSize;
    // Only a renamed run carries it, so run.json of every other run keeps its fields.
    if (!m.displayName.empty())
        j["display_name"] = m.displayName;
    if (m.bestGlobalStep >= 0) {
        j["best_metric"] = m.bestMetric;
        j["best_global_step"] = m.bestGlobalStep;
        j["best_model_checkpoint"] = m.bestModelCheckpoint.empty() ? json(nullptr) : json(m.bestModelCheckpoint);
        j["best_model_loaded"] = m.bestModelLoaded;
    }
    writeFileAtomically(runDir / kRunManifestFile, j.dump(2) + "\n");
}

RunManifest readRunManifest(const std::filesystem::path& runDir) {
    const std::filesystem::path file = runDir / kRunManifestFile;
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec)
        throwBadInput(runDir.string() + " is not a run folder: cannot read run.json (" + ec.message() + ")");
    if (size > kMaxBytes)
        throwBadInput(file.string() + " is " + std::to_string(size) + " bytes, far more than a run.json holds");
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    json j;
    try {
        j = json::parse(buffer.str());
    } catch (const json::parse_error& error) {
        throwBadInput(file.string() + " is not valid JSON: " + error.what());
    }
    if (!j.is_object() || text(j, "format") != "litetune-run")
        throwBadInput(file.string() + ": expected a LiteTune run.json with \"format\": \"litetune-run\"");
    const auto version = j.find("format_version");
    if (version == j.end() || !version->is_number_integer() || version->get<std::int64_t>() != kFormatVersion)
        throwBadInput(file.string() + ": field \"format_version\" is " +
                      (version == j.end() ? std::string("missing") : version->dump()) + ", this LiteTune reads " +
                      std::to_string(kFormatVersion));
    RunManifest m;
    m.name = text(j, "name");
    m.status = text(j, "status");
    m.message = text(j, "message");
    m.startedAt = text(j, "started_at");
    m.finishedAt = text(j, "finished_at");
    m.device = text(j, "device");
    m.precision = text(j, "precision");
    m.dataFingerprint = text(j, "data_fingerprint");
    m.displayName = text(j, "display_name");
    if (const auto it = j.find("versions"); it != j.end() && it->is_object())
        m.torchVersion = text(*it, "torch");
    if (const auto it = j.find("threads"); it != j.end() && it->is_number_integer())
        m.threads = it->get<int>();
    if (const auto it = j.find("world_size"); it != j.end()) {
        if (!it->is_number_integer() || it->get<std::int64_t>() < 1 || it->get<std::int64_t>() > (1 << 20))
            throwBadInput(file.string() + ": field \"world_size\" must be a whole number of workers, found " +
                          it->dump());
        m.worldSize = it->get<int>();
    }
    if (const auto it = j.find("best_global_step"); it != j.end() && it->is_number_integer()) {
        m.bestGlobalStep = it->get<std::int64_t>();
        if (const auto metric = j.find("best_metric"); metric != j.end() && metric->is_number())
            m.bestMetric = metric->get<double>();
        m.bestModelCheckpoint = text(j, "best_model_checkpoint");
        if (const auto loaded = j.find("best_model_loaded"); loaded != j.end() && loaded->is_boolean())
            m.bestModelLoaded = loaded->get<bool>();
    }
    if (const auto it = j.find("config"); it != j.end())
        m.config = trainConfigFromJson(*it, file.string());
    return m;
}

} // namespace litetune
