// Reads versions and devices from LibTorch, and which BLAS the dynamic linker really loaded:
// Debian's LibTorch calls whatever libblas.so.3 the alternatives system points at, and the
// Netlib reference BLAS there makes training about 30x slower, so we report the real library.
#include "api/RuntimeInfo.h"

#include "device/CudaSupport.h"

#include <ATen/Context.h>
#include <ATen/Parallel.h>
#include <ATen/Version.h>
#include <torch/cuda.h>
#include <torch/version.h>

#include <dlfcn.h>
#include <link.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <sstream>
#include <thread>

namespace litetune {

namespace {

std::vector<std::string> loadedLibraries() {
    std::vector<std::string> paths;
    dl_iterate_phdr(
        [](dl_phdr_info* info, size_t, void* data) {
            if (info->dlpi_name && *info->dlpi_name)
                static_cast<std::vector<std::string>*>(data)->push_back(info->dlpi_name);
            return 0;
        },
        &paths);
    return paths;
}

void detectBlas(RuntimeInfo& info) {
    using ConfigFn = char* (*)();
    if (auto fn = reinterpret_cast<ConfigFn>(dlsym(RTLD_DEFAULT, "openblas_get_config"))) {
        info.blas = std::string("OpenBLAS (") + fn() + ")";
        return;
    }
    for (const auto& path : loadedLibraries()) {
        const std::string name = std::filesystem::path(path).filename().string();
        if (name.find("blas") == std::string::npos && name.find("mkl") == std::string::npos)
            continue;
        // GPU BLAS libraries a CUDA build of LibTorch loads (cuBLAS, cuBLASLt, NVBLAS) are not
        // the CPU BLAS asked about here.
        if (name.find("cublas") != std::string::npos || name.find("nvblas") != std::string::npos)
            continue;
        std::error_code ec;
        const std::string real = std::filesystem::canonical(path, ec).string();
        const std::string shown = ec ? path : real;
        if (shown.find("openblas") != std::string::npos)
            info.blas = "OpenBLAS (" + shown + ")";
        else if (shown.find("mkl") != std::string::npos)
            info.blas = "Intel MKL (" + shown + ")";
        else if (shown.find("blis") != std::string::npos)
            info.blas = "BLIS (" + shown + ")";
        else {
            info.blas = "reference BLAS (" + shown + ") — install libopenblas0-pthread";
            info.referenceBlas = true;
        }
        return;
    }
    // Statically linked BLAS (e.g. PyTorch's wheels bundle MKL): ask LibTorch how it was built.
    const std::string config = at::show_config();
    const auto pos = config.find("BLAS_INFO=");
    info.blas =
        pos == std::string::npos
            ? "built into LibTorch"
            : "built into LibTorch (" + config.substr(pos + 10, config.find_first_of(",\n", pos) - pos - 10) + ")";
}

// "CUDA_VERSION=13.2" in LibTorch's build settings; empty for CPU builds.
std::string cudaBuildVersion() {
    const std::string config = at::show_config();
    const std::string key = "CUDA_VERSION=";
    const auto pos = config.find(key);
    if (pos == std::string::npos)
        return {};
    const auto start = pos + key.size();
    return config.substr(start, config.find_first_of(", \n", start) - start);
}

std::string cpuModelName() {
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpuinfo, line)) {
        if (line.rfind("model name", 0) == 0) {
            const auto colon = line.find(':');
            if (colon != std::string::npos)
                return line.substr(line.find_first_not_of(' ', colon + 1));
        }
    }
    return "CPU";
}

std::atomic<int> g_computeThreads{0}; // 0: not configured yet

} // namespace

RuntimeInfo runtimeInfo() {
    RuntimeInfo info;
    info.liteTuneVersion = LITETUNE_VERSION;
    info.torchVersion = TORCH_VERSION;
    info.cpuThreads = computeThreads();
    info.cpuCores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    detectBlas(info);
    info.cudaCompiled = cudaCompiledIn();
    if (info.cudaCompiled)
        info.cudaVersion = cudaBuildVersion();
    info.devices.push_back({"cpu", cpuModelName(), 0});
    if (torch::cuda::is_available()) {
        // size_t in LibTorch 1.x, c10::DeviceIndex (a signed char) in 2.x.
        const int count = static_cast<int>(torch::cuda::device_count());
        for (int i = 0; i < count; ++i) {
            const std::string name = cudaDeviceName(i);
            info.devices.push_back({"cuda:" + std::to_string(i),
                                    name.empty() ? "CUDA device " + std::to_string(i) : name, cudaTotalMemoryBytes(i)});
        }
    }
    return info;
}

std::string describe(const RuntimeInfo& info) {
    std::ostringstream out;
    out << "LiteTune " << info.liteTuneVersion << "\n";
    out << "LibTorch " << info.torchVersion << "\n";
    out << "BLAS: " << info.blas << "\n";
    if (info.cudaCompiled) {
        const bool visible = info.devices.size() > 1;
        out << "CUDA: compiled in" << (info.cudaVersion.empty() ? "" : " (CUDA " + info.cudaVersion + ")")
            << (visible ? "" : "; no CUDA device visible") << "\n";
    } else {
        out << "CUDA: not compiled in (CPU-only LibTorch)\n";
    }
    out << "CPU threads: " << info.cpuThreads << " of " << info.cpuCores << " cores\n";
    out << "devices:\n";
    for (const auto& device : info.devices) {
        out << "  " << device.id << "  " << device.name;
        if (device.totalMemoryBytes > 0)
            out << "  " << std::fixed << std::setprecision(1)
                << static_cast<double>(device.totalMemoryBytes) / (1024.0 * 1024.0 * 1024.0) << " GiB";
        out << "\n";
    }
    return out.str();
}

void configureThreads(int requested, bool leaveOneForUi) {
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const int threads = requested > 0 ? requested : (leaveOneForUi && cores > 1 ? cores - 1 : cores);
    // Debian's LibTorch calls the BLAS behind libblas.so.3 without knowing it is OpenBLAS, whose own
    // thread pool would otherwise use every core. Giving both pools the threads does not work either:
    // libgomp's idle workers spin between LibTorch's parallel regions on the cores OpenBLAS's threads
    // need (2 threads on 2 cores trained a small model 2.5x slower than 1), and the wait policy that
    // would stop them is read from the environment before main() runs. So OpenBLAS gets the threads,
    // where most of the time goes, and LibTorch's element-wise operators one (docs/benchmarks.md).
    // LibTorch builds with their BLAS inside (the wheel's MKL) share one OpenMP pool and take all.
    using SetThreadsFn = void (*)(int);
    if (auto setBlasThreads = reinterpret_cast<SetThreadsFn>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"))) {
        setBlasThreads(threads);
        at::set_num_threads(1);
    } else {
        at::set_num_threads(threads);
    }
    g_computeThreads = threads;
}

int computeThreads() {
    const int configured = g_computeThreads;
    return configured > 0 ? configured : at::get_num_threads();
}

void configureThreadsUnlessConfigured() {
    if (g_computeThreads == 0)
        configureThreads(0, false);
}

} // namespace litetune
