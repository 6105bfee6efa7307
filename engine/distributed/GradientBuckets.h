// GradientBuckets: DistributedDataParallel's gradient sum, overlapped with backward. The trainable
// parameters are packed, last first (the order backward finishes their gradients), into flat
// buckets of at most 25 MiB (DDP's bucket_cap_mb). During the last backward of a step, a hook on
// each parameter copies its finished gradient — what earlier micro-batches accumulated plus this
// pass's — into its bucket, and a full bucket starts its sum at once, so communication runs while
// backward computes the layers below. Buckets start strictly in order: every worker must issue the
// same collectives in the same order, whatever order its hooks fire in. finish() starts what is
// left (a parameter the backward did not reach, or a worker without rows this step, contributes
// its accumulated gradient or zeros), waits, and writes the sums into the parameters' gradients.
// Reference: torch/csrc/distributed/c10d/reducer.cpp (bucket order, ready counts, finalize).
#pragma once

#include "distributed/WorkerGroup.h"

#include <torch/types.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

namespace litetune {

class GradientBuckets {
public:
    GradientBuckets(WorkerGroup& group, std::vector<torch::Tensor> params);
    ~GradientBuckets(); // removes the hooks
    GradientBuckets(const GradientBuckets&) = delete;
    GradientBuckets& operator=(const GradientBuckets&) = delete;

    // The next backward is the step's last: its gradients are summed as they come.
    void arm();
    // After it: every bucket summed and written back into the parameters' gradients.
    void finish();

    std::size_t bucketCount() const { return m_buckets.size(); }

private:
    struct Slot {
        std::size_t bucket = 0;
        std::int64_t offset = 0;
        bool ready = false;
    };
    struct Bucket {
        torch::Tensor flat;
        std::vector<std::size_t> params;
        std::size_t pending = 0;
        std::shared_ptr<WorkerGroup::PendingSum> sum;
    };

    void onGradient(std::size_t param, const torch::Tensor& grad);
    void fill(std::size_t param, const torch::Tensor& gradient);
    void startReadyBuckets();

    WorkerGroup& m_group;
    std::vector<torch::Tensor> m_params;
    std::vector<Slot> m_slots;
    std::vector<Bucket> m_buckets;
    std::vector<unsigned> m_hooks;
    std::size_t m_nextToStart = 0;
    bool m_armed = false;
    std::mutex m_mutex; // hooks may run on autograd's device threads
};

} // namespace litetune
