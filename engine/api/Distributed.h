// Distributed: where one worker of a data-parallel run stands — its rank among all workers, the
// workers on its machine, and the rendezvous address — in torchrun's words. A worker started by
// torchrun, srun or `litetune-cli train --nproc-per-node N` finds these in its environment (RANK,
// WORLD_SIZE, LOCAL_RANK, LOCAL_WORLD_SIZE, MASTER_ADDR, MASTER_PORT); without them a run is one
// process (worldSize 1). docs/distributed.md tells how the workers share the work.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace litetune {

struct WorkerPlace {
    int rank = 0;      // 0 … worldSize-1; rank 0 writes the run folder
    int worldSize = 1; // all workers of the run, on every machine
    int localRank = 0; // on this machine: the GPU it takes (cuda:localRank)
    int localWorldSize = 1;
    std::string masterAddr = "127.0.0.1"; // where rank 0 listens for the rendezvous
    int masterPort = 29500;               // torchrun's default
    // torchrun's agent already serves the rendezvous store at masterAddr:masterPort
    // (TORCHELASTIC_USE_AGENT_STORE), so rank 0 joins it instead of hosting one.
    bool launcherHostsStore = false;

    bool distributed() const { return worldSize > 1; }
};

// The place the environment describes; worldSize 1 when WORLD_SIZE is unset. A variable that is set
// but malformed (not a number, rank ≥ world size, a port outside 1…65535) is refused (BadInput)
// with its name and value.
WorkerPlace workerPlaceFromEnvironment();

// The variables a launcher sets for `place` (name, value), the ones workerPlaceFromEnvironment reads.
std::vector<std::pair<std::string, std::string>> workerEnvironment(const WorkerPlace& place);

// How many workers `litetune-cli train --nproc-per-node` may start on one machine.
inline constexpr int kMaxLocalWorkers = 64;

} // namespace litetune
