// The facts api/Forecast.h's arithmetic needs from outside: the model's shape (config.json or the
// built-in demo), the dataset's size and token lengths, this process's memory and the device's.
#include "api/Forecast.h"

#include "device/CudaSupport.h"
#include "device/DevicePrecision.h"
#include "device/MemoryMeter.h"
#include "io/HfCache.h"
#include "model/Gpt2Loader.h"
#include "runs/RunInputs.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

namespace litetune {

namespace {

// What the first training steps add to a CPU process beyond the tensors the forecast counts:
// LibTorch's thread pools, oneDNN/BLAS buffers and the allocator's slack: the residual (measured -
// forecast without it) of the small shapes in docs/benchmarks.md "Memory and time forecast".
constexpr std::int64_t kCpuComputeRuntimeBytes = 30LL * 1024 * 1024;

// MemAvailable of /proc/meminfo in bytes (0 when unreadable): what the kernel can hand out without swapping.
std::int64_t memAvailableBytes() {
    std::FILE* file = std::fopen("/proc/meminfo", "r");
    if (!file)
        return 0;
    char line[256];
    std::int64_t bytes = 0;
    while (std::fgets(line, sizeof line, file)) {
        long long kb = 0;
        if (std::strncmp(line, "MemAvailable:", 13) == 0 && std::sscanf(line + 13, "%lld", &kb) == 1) {
            bytes = static_cast<std::int64_t>(kb) * 1024;
            break;
        }
    }
    std::fclose(file);
    return bytes;
}

ModelConfig modelShape(const std::string& modelPath) {
    if (modelPath == kDemoModelName)
        return demoConfig();
    return readModelConfig(resolveModelPath(modelPath) / "config.json");
}

} // namespace

ResourceForecast forecastResources(const TrainConfig& config, ForecastInputs inputs) {
    checkMaxLength(config);
    const ModelConfig model = modelShape(config.modelPath);
    const DevicePrecision exec = resolveDevicePrecision(config.device, config.precision);
    TrainConfig resolved = config;
    resolved.precision = exec.precision;
    inputs.onCuda = exec.device.is_cuda();
    const int index = exec.device.has_index() ? exec.device.index() : 0;
    const std::int64_t processNow = procStatusBytes("VmRSS");
    if (inputs.runtimeBytes < 0)
        inputs.runtimeBytes = inputs.onCuda ? 0 : processNow + kCpuComputeRuntimeBytes;
    if (inputs.availableBytes < 0) {
        if (inputs.onCuda) {
            const std::int64_t total = cudaTotalMemoryBytes(index);
            inputs.availableBytes = total > 0 ? total - cudaAllocatedBytes(index) : 0;
        } else {
            // The run's peak counts this process too, so what it may grow to is what it holds plus what is free.
            const std::int64_t free = memAvailableBytes();
            inputs.availableBytes = free > 0 ? free + processNow : 0;
        }
    }
    ResourceForecast forecast = forecastMemory(model, resolved, inputs);
    forecast.device = exec.deviceName();
    if (!exec.note.empty())
        forecast.assumptions.push_back(exec.note);
    forecast.assumptions.push_back(
        inputs.onCuda ? "CUDA: the caching allocator's peak (tensors only), available = total - allocated now"
                      : "CPU: the process's peak resident set; runtime = this process now + " +
                            std::to_string(kCpuComputeRuntimeBytes / (1024 * 1024)) +
                            " MiB measured for LibTorch's compute buffers; available = MemAvailable + this process");
    return forecast;
}

ForecastInputs measureDatasetShape(const TrainConfig& config) {
    TrainingObserver quiet;
    const RunData data = loadRunData(config, /*splitSingleFile=*/true, quiet);
    const Split& split = trainingSplit(data.dataset);
    std::int64_t rows = static_cast<std::int64_t>(split.examples.size());
    if (config.limitTrain > 0)
        rows = std::min(rows, config.limitTrain);
    ForecastInputs inputs;
    std::vector<std::int64_t> lengths;
    std::int64_t sum = 0;
    for (std::int64_t i = 0; i < rows; ++i) {
        lengths.push_back(static_cast<std::int64_t>(data.tokenizer->encode(split.examples[i].text).size()));
        sum += lengths.back();
    }
    if (config.task == Task::CausalLm) { // packed blocks of --max-length tokens (CausalLmBlocks)
        inputs.paddedLength = config.maxLength;
        inputs.meanLength = config.maxLength;
        inputs.trainExamples = std::max<std::int64_t>(1, sum / std::max(1, config.maxLength));
        inputs.lengthSource = "--max-length (causal-lm packs the text into blocks of that length)";
        return inputs;
    }
    std::int64_t longest = 1;
    std::int64_t clipped = 0;
    for (const std::int64_t length : lengths) {
        longest = std::max(longest, std::min<std::int64_t>(length, config.maxLength));
        clipped += std::min<std::int64_t>(length, config.maxLength);
    }
    inputs.trainExamples = rows;
    inputs.paddedLength = longest;
    inputs.meanLength = rows > 0 ? std::max<std::int64_t>(1, clipped / rows) : longest;
    inputs.lengthSource = "the longest of the " + std::to_string(rows) + " training examples, cut at --max-length";
    return inputs;
}

} // namespace litetune
