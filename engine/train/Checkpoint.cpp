// Checkpoint folders: atomic write, pruning, newest lookup and restore.
#include "train/Checkpoint.h"

#include "io/TensorIO.h"
#include "util/AtomicFile.h"
#include "util/Error.h"

#include <torch/serialize.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace litetune {

namespace fs = std::filesystem;

namespace {

constexpr const char* kPrefix = "step-";

// step-N → N, or -1 for anything else (temporary folders, stray files).
std::int64_t stepOf(const fs::path& dir) {
    const std::string name = dir.filename().string();
    if (name.rfind(kPrefix, 0) != 0 || name.size() == 5)
        return -1;
    std::int64_t step = 0;
    for (std::size_t i = 5; i < name.size(); ++i) {
        if (name[i] < '0' || name[i] > '9' || step > (INT64_MAX - 9) / 10)
            return -1;
        step = step * 10 + (name[i] - '0');
    }
    return step;
}

std::vector<std::pair<std::int64_t, fs::path>> checkpoints(const fs::path& runDir) {
    std::vector<std::pair<std::int64_t, fs::path>> found;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(runDir / "checkpoints", ec)) {
        const std::int64_t step = stepOf(entry.path());
        if (step >= 0 && fs::is_regular_file(entry.path() / "state.json", ec))
            found.emplace_back(step, entry.path());
    }
    std::sort(found.begin(), found.end());
    return found;
}

torch::Device deviceOf(const std::vector<NamedParameter>& trainable) {
    return trainable.empty() ? torch::Device(torch::kCPU) : trainable.front().tensor.device();
}

} // namespace

fs::path saveCheckpoint(const fs::path& runDir, const std::vector<NamedParameter>& trainable,
                        const torch::optim::Optimizer& optimizer, const TrainerState& state, const HistoryLog& history,
                        int keep) {
    static std::atomic<unsigned> counter{0};
    const fs::path root = runDir / "checkpoints";
    fs::create_directories(root);
    const fs::path target = root / (kPrefix + std::to_string(state.globalStep));
    const fs::path staging = root / (".step-" + std::to_string(state.globalStep) + ".tmp-" +
                                     std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::create_directories(staging);
    try {
        TensorMap weights;
        for (const auto& p : trainable)
            weights[p.name] = p.tensor.detach().to(torch::kCPU);
        saveSafetensors(staging / "trainable.safetensors", weights);
        torch::serialize::OutputArchive archive;
        optimizer.save(archive);
        archive.save_to((staging / "optimizer.pt").string());
        history.save(staging / "history.csv");
        writeFileAtomically(staging / "state.json", trainerStateToJson(state).dump(2) + "\n");
        syncDirectory(staging);
        replaceDirectoryAtomically(staging, target);
    } catch (...) {
        std::error_code ec;
        fs::remove_all(staging, ec);
        throw;
    }
    // Staging folders of a writer that was killed mid-checkpoint are garbage now; so are all but
    // the newest `keep` checkpoints.
    std::vector<fs::path> garbage;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(root, ec))
        if (entry.path().filename().string().rfind(".step-", 0) == 0)
            garbage.push_back(entry.path());
    const auto all = checkpoints(runDir);
    for (std::size_t i = 0; i + static_cast<std::size_t>(std::max(keep, 1)) < all.size(); ++i)
        garbage.push_back(all[i].second);
    for (const auto& dir : garbage)
        fs::remove_all(dir, ec);
    return target;
}

std::optional<fs::path> latestCheckpoint(const fs::path& runDir) {
    const auto all = checkpoints(runDir);
    if (all.empty())
        return std::nullopt;
    return all.back().second;
}

RestoredCheckpoint loadCheckpoint(const fs::path& dir, const std::vector<NamedParameter>& trainable,
                                  torch::optim::Optimizer& optimizer) {
    const fs::path stateFile = dir / "state.json";
    std::ifstream in(stateFile, std::ios::binary);
    if (!in)
        throwBadInput("cannot read " + stateFile.string());
    std::stringstream text;
    text << in.rdbuf();
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text.str());
    } catch (const nlohmann::json::parse_error& error) {
        throwBadInput(stateFile.string() + " is not valid JSON: " + error.what());
    }
    RestoredCheckpoint restored{trainerStateFromJson(json, stateFile.string()), HistoryLog::load(dir / "history.csv")};

    const fs::path weightsFile = dir / "trainable.safetensors";
    const TensorMap weights = loadSafetensors(weightsFile);
    if (weights.size() != trainable.size())
        throwBadInput(weightsFile.string() + " holds " + std::to_string(weights.size()) +
                      " tensors, but this run trains " + std::to_string(trainable.size()));
    torch::NoGradGuard noGrad;
    for (const auto& p : trainable) {
        const auto it = weights.find(p.name);
        if (it == weights.end())
            throwBadInput(weightsFile.string() + " lacks the trained tensor " + p.name);
        if (!it->second.sizes().equals(p.tensor.sizes()))
            throwBadInput(weightsFile.string() + ": tensor " + p.name + " has the wrong shape");
        p.tensor.copy_(it->second);
    }
    try {
        torch::serialize::InputArchive archive;
        archive.load_from((dir / "optimizer.pt").string(), deviceOf(trainable));
        optimizer.load(archive);
    } catch (const c10::Error& error) {
        throwBadInput((dir / "optimizer.pt").string() +
                      " cannot be read as this run's optimizer state: " + error.what_without_backtrace());
    }
    return restored;
}

} // namespace litetune
