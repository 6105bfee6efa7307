// WorkerGroup: this process's membership in a data-parallel run, over LibTorch's own distributed
// engine (c10d), never a network layer of ours: a TCPStore at MASTER_ADDR:MASTER_PORT, hosted by
// rank 0 (or torchrun's agent), for the rendezvous and small shared values, and a process group for tensors — NCCL when
// the workers compute on CUDA, Gloo otherwise. Every call but publish/await is collective: all
// workers make the same calls in the same order. A worker that dies or cannot be reached makes the
// call throw WorkerLost, promptly (the dead process's sockets close), so the others can stop cleanly.
#pragma once

#include "api/Distributed.h"
#include "util/Error.h"

#include <torch/types.h>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace litetune {

class WorkerLost : public Error {
public:
    explicit WorkerLost(const std::string& message)
        : Error(ErrorKind::Failure, message) {}
};

class WorkerGroup {
public:
    // Joins the group: blocks until all WORLD_SIZE workers arrived, or `cancel` is set (an Error of
    // kind Cancelled). Tensors of the calls below live on `device`.
    WorkerGroup(const WorkerPlace& place, const torch::Device& device, const std::atomic<bool>* cancel = nullptr);
    ~WorkerGroup();
    WorkerGroup(const WorkerGroup&) = delete;
    WorkerGroup& operator=(const WorkerGroup&) = delete;

    int rank() const;
    int size() const;
    const char* backendName() const; // "gloo" or "nccl"

    // Starts an element-wise sum of `flat` over all workers, in place, and returns at once;
    // finishSum waits for it. Every worker must start its sums in the same order.
    struct PendingSum;
    std::shared_ptr<PendingSum> startSum(const torch::Tensor& flat);
    void finishSum(const std::shared_ptr<PendingSum>& sum);
    double sum(double value); // a float64 sum of one number per worker
    // Rank 0's values into every worker's tensors, in place.
    void broadcastFromFirst(const std::vector<torch::Tensor>& tensors);
    // Every worker's `local` (the same shape everywhere), stacked in rank order: [size, ...].
    torch::Tensor gather(const torch::Tensor& local);
    // For each flag, whether any worker raised it.
    std::vector<bool> any(const std::vector<bool>& flags);

    // A short text for all workers under `key` (rank 0 sets it, the others wait for it).
    void publish(const std::string& key, const std::string& value);
    std::string await(const std::string& key);

    // Seconds spent waiting in finishSum so far: the part of the gradient sums that backward did
    // not hide (GradientBuckets).
    double reduceSeconds() const { return m_reduceSeconds; }

private:
    void awaitEveryone(const std::atomic<bool>* cancel);

    struct Impl;
    std::unique_ptr<Impl> m_impl;
    double m_reduceSeconds = 0.0;
};

} // namespace litetune
