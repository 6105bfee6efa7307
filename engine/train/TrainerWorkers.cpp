// The Trainer's data-parallel parts: DistributedDataParallel's contract (each replica a disjoint
// share of the batch, gradients summed so every replica steps alike) with the Trainer's loss
// normalisation: each row's loss is weighted by 1 / (rows of the global batch), so the summed
// gradient is exactly the one-process gradient of the global batch, uneven shares included.
// Reference: torch/nn/parallel/distributed.py, torch/utils/data/distributed.py (DistributedSampler).
#include "train/Checkpoint.h"
#include "train/Trainer.h"

#include <chrono>
#include <thread>

namespace litetune {

BatchIndices Trainer::ownShare(const BatchIndices& globalBatch) const {
    // Contiguous shares: rows of a length group stay together, so no worker pads more than the
    // single process would.
    const auto rows = static_cast<std::int64_t>(globalBatch.size());
    const int size = m_setup.workers->size();
    const std::int64_t begin = rows * rank() / size;
    const std::int64_t end = rows * (rank() + 1) / size;
    return {globalBatch.begin() + begin, globalBatch.begin() + end};
}

double Trainer::reduceGradients(double localLoss) {
    m_buckets->finish(); // only what trains: a LoRA run sends its adapters, not GPT-2
    return m_setup.workers->sum(localLoss);
}

bool Trainer::waitTogetherWhilePausedOrCancelled() {
    // Every worker must stop at the same step, or the others would wait for it forever: the flags
    // of all workers are combined, so a cancel or pause anywhere holds everyone.
    auto pausedAt = Clock::now();
    bool waited = false;
    bool cancelled = false;
    for (;;) {
        const std::vector<bool> flags =
            m_setup.workers->any({m_control.cancelRequested.load(), m_control.paused.load()});
        cancelled = flags[0];
        if (cancelled || !flags[1])
            break;
        if (!waited) {
            pausedAt = Clock::now();
            waited = true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    if (waited)
        m_pausedSeconds += std::chrono::duration<double>(Clock::now() - pausedAt).count();
    return cancelled;
}

void Trainer::workerLost(const WorkerLost& error) {
    // The failure came at a step boundary or inside a step before the optimizer moved (the gradient
    // sum precedes it), so weights, optimizer and counters are those of the last whole step.
    m_optimizer->clearGradients();
    std::string where;
    if (!m_setup.runDir.empty()) {
        if (m_state.globalStep > 0 && !hasCheckpointAt(m_state.globalStep))
            checkpoint();
        m_history.save(m_setup.runDir / "history.csv");
        const auto last = latestCheckpoint(m_setup.runDir);
        where = last ? "; the last checkpoint is " + last->string() + ": continue with litetune-cli train --resume " +
                           m_setup.runDir.string() + " --nproc-per-node " + std::to_string(m_setup.workers->size())
                     : "; no checkpoint was written yet";
    } else {
        where = "; worker 0 keeps the checkpoints";
    }
    throwFailure(std::string(error.what()) + " at step " + std::to_string(m_state.globalStep) + " of " +
                 std::to_string(m_plan.maxSteps) + where);
}

} // namespace litetune
