// c10d as PyTorch's own DistributedDataParallel uses it. Reference: torch/csrc/distributed/c10d
// (ProcessGroupGloo.hpp, TCPStore.hpp, reducer.cpp for the bucket size) and
// torch/distributed/distributed_c10d.py (init_process_group over env://). The c10d headers stay in
// this file: Debian's LibTorch 1.13 and pip's 2.x spell the group's base class differently.
#include "distributed/WorkerGroup.h"

#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#ifdef USE_C10D_NCCL
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif
#include <torch/version.h>

#include <chrono>
#include <cstdlib>
#include <thread>

namespace litetune {

namespace {

#if TORCH_VERSION_MAJOR >= 2
using Collectives = c10d::Backend;
#else
using Collectives = c10d::ProcessGroup;
#endif

// PyTorch's default (kProcessGroupDefaultTimeout): a worker busy writing a checkpoint keeps the
// others waiting that long at most; a dead worker is noticed at once, without it.
constexpr std::chrono::minutes kTimeout{30};
constexpr const char* kKeyPrefix = "litetune";

std::string firstLine(const std::exception& error) {
    const auto* c10Error = dynamic_cast<const c10::Error*>(&error);
    std::string text = c10Error ? c10Error->what_without_backtrace() : error.what();
    if (const auto newline = text.find('\n'); newline != std::string::npos)
        text.resize(newline);
    return text;
}

[[noreturn]] void lost(const std::exception& error) {
    throw WorkerLost("lost contact with another worker of the run (" + firstLine(error) + ")");
}

// Gloo's endpoint: loopback for a run on one machine; otherwise the interface GLOO_SOCKET_IFNAME
// names, else the one this machine's host name resolves to (what torch.distributed does).
std::shared_ptr<::gloo::transport::Device> glooDevice(const WorkerPlace& place) {
    if (const char* interface = std::getenv("GLOO_SOCKET_IFNAME"); interface && *interface)
        return c10d::ProcessGroupGloo::createDeviceForInterface(interface);
    if (place.masterAddr == "127.0.0.1" || place.masterAddr == "localhost" || place.localWorldSize == place.worldSize)
        return c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1");
    return c10d::ProcessGroupGloo::createDefaultDevice();
}

} // namespace

struct WorkerGroup::Impl {
    WorkerPlace place;
    torch::Device device{torch::kCPU};
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<Collectives> group;
    const char* backend = "gloo";

    // Starting a collective and waiting for it: any failure in either is a lost worker.
    template <typename Launch> c10::intrusive_ptr<c10d::Work> start(Launch launch) {
        try {
            return launch();
        } catch (const std::exception& error) {
            lost(error);
        }
    }
    void wait(const c10::intrusive_ptr<c10d::Work>& work) {
        try {
            work->wait();
        } catch (const std::exception& error) {
            lost(error);
        }
    }
    template <typename Launch> void run(Launch launch) { wait(start(launch)); }
};

WorkerGroup::WorkerGroup(const WorkerPlace& place, const torch::Device& device, const std::atomic<bool>* cancel)
    : m_impl(std::make_unique<Impl>()) {
    m_impl->place = place;
    m_impl->device = device;
    try {
        c10d::TCPStoreOptions options;
        options.port = static_cast<std::uint16_t>(place.masterPort);
        options.isServer = place.rank == 0 && !place.launcherHostsStore;
        options.numWorkers = static_cast<std::size_t>(place.worldSize);
        options.timeout = kTimeout;
        options.waitWorkers = false; // the arrival wait below, which a cancel can end
        // Under a prefix of its own: torchrun's agent keeps its keys in the same store.
        m_impl->store = c10::make_intrusive<c10d::PrefixStore>(
            kKeyPrefix, c10::make_intrusive<c10d::TCPStore>(place.masterAddr, options));
    } catch (const std::exception& error) {
        throwFailure("worker " + std::to_string(place.rank) + " cannot " +
                     (place.rank == 0 ? "listen" : "reach the first worker") + " at " + place.masterAddr + ":" +
                     std::to_string(place.masterPort) + " (" + firstLine(error) + ")");
    }
    awaitEveryone(cancel);
    try {
        if (device.is_cuda()) {
#ifdef USE_C10D_NCCL
            auto options = c10d::ProcessGroupNCCL::Options::create();
            options->timeout = kTimeout;
            m_impl->group =
                c10::make_intrusive<c10d::ProcessGroupNCCL>(m_impl->store, place.rank, place.worldSize, options);
            m_impl->backend = "nccl";
#else
            throwFailure("this build's LibTorch has no NCCL, which data-parallel training on CUDA needs "
                         "(docs/gpu-build.md)");
#endif
        } else {
            auto options = c10d::ProcessGroupGloo::Options::create(kTimeout);
            options->devices.push_back(glooDevice(place));
            m_impl->group =
                c10::make_intrusive<c10d::ProcessGroupGloo>(m_impl->store, place.rank, place.worldSize, options);
        }
    } catch (const Error&) {
        throw;
    } catch (const std::exception& error) {
        lost(error);
    }
}

void WorkerGroup::awaitEveryone(const std::atomic<bool>* cancel) {
    // Each worker counts itself in, then waits, in short steps, until all have: a worker that never
    // comes (it failed to start) leaves the others waiting here, where a cancel still reaches them.
    const auto start = std::chrono::steady_clock::now();
    const auto arrived = [&](std::int64_t add) {
        try {
            return m_impl->store->add("arrived", add);
        } catch (const std::exception& error) {
            lost(error);
        }
    };
    for (std::int64_t count = arrived(1); count < size(); count = arrived(0)) {
        if (cancel && cancel->load())
            throw Error(ErrorKind::Cancelled, "cancelled while waiting for the other workers");
        if (std::chrono::steady_clock::now() - start > kTimeout)
            throw WorkerLost("only " + std::to_string(count) + " of " + std::to_string(size()) +
                             " workers arrived at " + m_impl->place.masterAddr + ":" +
                             std::to_string(m_impl->place.masterPort) + " within 30 minutes");
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

WorkerGroup::~WorkerGroup() = default;

int WorkerGroup::rank() const {
    return m_impl->place.rank;
}

int WorkerGroup::size() const {
    return m_impl->place.worldSize;
}

const char* WorkerGroup::backendName() const {
    return m_impl->backend;
}

struct WorkerGroup::PendingSum {
    std::vector<torch::Tensor> tensors;
    c10::intrusive_ptr<c10d::Work> work;
};

std::shared_ptr<WorkerGroup::PendingSum> WorkerGroup::startSum(const torch::Tensor& flat) {
    auto pending = std::make_shared<PendingSum>();
    pending->tensors = {flat};
    pending->work = m_impl->start([&] { return m_impl->group->allreduce(pending->tensors); });
    return pending;
}

void WorkerGroup::finishSum(const std::shared_ptr<PendingSum>& sum) {
    const auto start = std::chrono::steady_clock::now();
    m_impl->wait(sum->work);
    m_reduceSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double WorkerGroup::sum(double value) {
    std::vector<torch::Tensor> one{
        torch::full({1}, value, torch::TensorOptions().dtype(torch::kFloat64).device(m_impl->device))};
    m_impl->run([&] { return m_impl->group->allreduce(one); });
    return one[0].item<double>();
}

void WorkerGroup::broadcastFromFirst(const std::vector<torch::Tensor>& tensors) {
    for (const torch::Tensor& t : tensors) {
        std::vector<torch::Tensor> one{t.is_contiguous() ? t : t.contiguous()};
        c10d::BroadcastOptions options;
        options.rootRank = 0;
        m_impl->run([&] { return m_impl->group->broadcast(one, options); });
        if (!one[0].is_same(t))
            t.copy_(one[0]);
    }
}

torch::Tensor WorkerGroup::gather(const torch::Tensor& local) {
    std::vector<torch::Tensor> input{local.contiguous()};
    std::vector<std::vector<torch::Tensor>> output(1);
    for (int r = 0; r < size(); ++r)
        output[0].push_back(torch::empty_like(input[0]));
    m_impl->run([&] { return m_impl->group->allgather(output, input); });
    return torch::stack(output[0]);
}

std::vector<bool> WorkerGroup::any(const std::vector<bool>& flags) {
    auto values = torch::zeros({static_cast<std::int64_t>(flags.size())},
                               torch::TensorOptions().dtype(torch::kInt32).device(m_impl->device));
    for (std::size_t i = 0; i < flags.size(); ++i)
        if (flags[i])
            values[static_cast<std::int64_t>(i)] = 1;
    std::vector<torch::Tensor> one{values};
    c10d::AllreduceOptions options;
    options.reduceOp = c10d::ReduceOp::MAX;
    m_impl->run([&] { return m_impl->group->allreduce(one, options); });
    const auto result = one[0].to(torch::kCPU);
    std::vector<bool> out(flags.size());
    for (std::size_t i = 0; i < flags.size(); ++i)
        out[i] = result[static_cast<std::int64_t>(i)].item<int>() != 0;
    return out;
}

void WorkerGroup::publish(const std::string& key, const std::string& value) {
    try {
        m_impl->store->set(key, std::vector<std::uint8_t>(value.begin(), value.end()));
    } catch (const std::exception& error) {
        lost(error);
    }
}

std::string WorkerGroup::await(const std::string& key) {
    try {
        const std::vector<std::uint8_t> bytes = m_impl->store->get(key); // waits up to kTimeout
        return std::string(bytes.begin(), bytes.end());
    } catch (const std::exception& error) {
        lost(error);
    }
}

} // namespace litetune
