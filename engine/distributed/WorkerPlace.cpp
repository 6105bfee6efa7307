// torchrun's environment contract (torch/distributed/run.py: RANK, WORLD_SIZE, LOCAL_RANK,
// LOCAL_WORLD_SIZE, MASTER_ADDR, MASTER_PORT, and TORCHELASTIC_USE_AGENT_STORE from its agent),
// read and written in one place.
#include "api/Distributed.h"

#include "util/Error.h"

#include <cerrno>
#include <cstdlib>
#include <optional>

namespace litetune {

namespace {

constexpr const char* kRank = "RANK";
constexpr const char* kWorldSize = "WORLD_SIZE";
constexpr const char* kLocalRank = "LOCAL_RANK";
constexpr const char* kLocalWorldSize = "LOCAL_WORLD_SIZE";
constexpr const char* kMasterAddr = "MASTER_ADDR";
constexpr const char* kMasterPort = "MASTER_PORT";
constexpr const char* kAgentStore = "TORCHELASTIC_USE_AGENT_STORE"; // torch/distributed/rendezvous.py

std::optional<std::string> variable(const char* name) {
    const char* value = std::getenv(name);
    if (!value)
        return std::nullopt;
    return std::string(value);
}

// The variable as a whole number in [low, high]; `fallback` when unset.
int integerVariable(const char* name, int low, int high, int fallback) {
    const std::optional<std::string> text = variable(name);
    if (!text)
        return fallback;
    char* end = nullptr;
    errno = 0;
    const long value = std::strtol(text->c_str(), &end, 10);
    if (text->empty() || *end != '\0' || errno != 0 || value < low || value > high)
        throwBadInput("environment variable " + std::string(name) + "='" + *text + "' is not a whole number in [" +
                      std::to_string(low) + ", " + std::to_string(high) + "]");
    return static_cast<int>(value);
}

} // namespace

WorkerPlace workerPlaceFromEnvironment() {
    WorkerPlace place;
    place.worldSize = integerVariable(kWorldSize, 1, 1 << 20, 1);
    if (place.worldSize == 1)
        return place;
    if (!variable(kRank))
        throwBadInput(std::string(kWorldSize) + " is set but " + kRank +
                      " is not: a worker of a distributed run needs both (torchrun sets them)");
    place.rank = integerVariable(kRank, 0, place.worldSize - 1, 0);
    place.localWorldSize = integerVariable(kLocalWorldSize, 1, place.worldSize, 1);
    place.localRank = integerVariable(kLocalRank, 0, place.localWorldSize - 1, 0);
    if (const auto addr = variable(kMasterAddr); addr && !addr->empty())
        place.masterAddr = *addr;
    place.masterPort = integerVariable(kMasterPort, 1, 65535, place.masterPort);
    place.launcherHostsStore = variable(kAgentStore).value_or("") == "True";
    return place;
}

std::vector<std::pair<std::string, std::string>> workerEnvironment(const WorkerPlace& place) {
    return {{kRank, std::to_string(place.rank)},
            {kWorldSize, std::to_string(place.worldSize)},
            {kLocalRank, std::to_string(place.localRank)},
            {kLocalWorldSize, std::to_string(place.localWorldSize)},
            {kMasterAddr, place.masterAddr},
            {kMasterPort, std::to_string(place.masterPort)}};
}

} // namespace litetune
