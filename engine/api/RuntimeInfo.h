// RuntimeInfo: what this process runs on — versions, BLAS, CPU threads, CUDA devices.
// Shown by `litetune-cli --version`, the About box and every report's environment section.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace litetune {

struct DeviceInfo {
    std::string id;   // "cpu", "cuda:0", ...
    std::string name; // CPU model or GPU name
    std::int64_t totalMemoryBytes = 0;
};

struct RuntimeInfo {
    std::string liteTuneVersion;
    std::string torchVersion;
    std::string blas;           // the BLAS library actually loaded, e.g. "OpenBLAS 0.3.21 (pthread)"
    bool referenceBlas = false; // true when the slow Netlib reference BLAS is what got loaded
    bool cudaCompiled = false;  // built against a CUDA build of LibTorch
    std::string cudaVersion;    // the CUDA release LibTorch was built with, e.g. "13.2"; empty: none
    int cpuThreads = 0;         // threads LibTorch's intra-op pool uses
    int cpuCores = 0;
    std::vector<DeviceInfo> devices;
};

RuntimeInfo runtimeInfo();

// Multi-line human-readable form (the --version output).
std::string describe(const RuntimeInfo& info);

// Sets the threads the engine computes with; 0 picks all cores but one when `leaveOneForUi`, else
// all cores. With Debian's LibTorch the matrix products run on OpenBLAS's pool and LibTorch's own
// operators on one thread (RuntimeInfo.cpp says why).
void configureThreads(int requested, bool leaveOneForUi);

// The threads configureThreads set (LibTorch's own count before any call).
int computeThreads();

// configureThreads(0, false) unless a program configured the threads already: runs and
// evaluations call it, so a CLI run without --threads gets the same thread setup as one with it.
void configureThreadsUnlessConfigured();

} // namespace litetune
