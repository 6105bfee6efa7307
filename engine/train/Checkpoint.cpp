// Checkpoint folders: atomic write, pruning, newest lookup and restore.
#include "train/Checkpoint.h"

#include "io/TensorIO.h"
#include "util/AtomicFile.h"
#include "util/Error.h"
#include "util/FolderManifest.h"
#include "util/StagedDirectory.h"

#include <torch/serialize.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <exception>
#include <fstream>
#include <sstream>

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
                        int keep, std::int64_t alsoKeepStep) {
    const fs::path root = runDir / "checkpoints";
    const fs::path target = checkpointPath(runDir, state.globalStep);
    {
        // The run owns its checkpoints: a step saved again (a resumed run) replaces LiteTune's files.
        StagedDirectory staged(target, kCheckpointFolderKind, ExistingFolder::ReplaceOwnFiles);
        TensorMap weights;
        for (const auto& p : trainable)
            weights[p.name] = p.tensor.detach().to(torch::kCPU);
        saveSafetensors(staged.path() / "trainable.safetensors", weights);
        // Through the same checked, atomic writer as every other file. LibTorch's zip writer must
        // never see the failure: an exception or a short count there is thrown again from its
        // destructor, which aborts the process. So the bytes after a failure are dropped and the
        // failure is raised once the archive is closed.
        AtomicFileWriter optimizerFile(staged.path() / "optimizer.pt");
        torch::serialize::OutputArchive archive;
        optimizer.save(archive);
        std::exception_ptr failure;
        archive.save_to([&optimizerFile, &failure](const void* data, std::size_t size) {
            if (!failure) {
                try {
                    optimizerFile.write(std::string_view(static_cast<const char*>(data), size));
                } catch (...) {
                    failure = std::current_exception();
                }
            }
            return size;
        });
        if (failure)
            std::rethrow_exception(failure);
        optimizerFile.commit();
        history.save(staged.path() / "history.csv");
        writeFileAtomically(staged.path() / "state.json", trainerStateToJson(state).dump(2) + "\n");
        staged.commit();
    }
    // A writer killed mid-checkpoint leaves a staging folder; all but the newest `keep` checkpoints
    // go too, each only with the files LiteTune wrote into it.
    removeStaleTemporaries(root);
    const auto all = checkpoints(runDir);
    for (std::size_t i = 0; i + static_cast<std::size_t>(std::max(keep, 1)) < all.size(); ++i)
        if (all[i].first != alsoKeepStep)
            removeOwnedFolder(all[i].second);
    return target;
}

fs::path checkpointPath(const fs::path& runDir, std::int64_t step) {
    return runDir / "checkpoints" / (kPrefix + std::to_string(step));
}

std::optional<fs::path> latestCheckpoint(const fs::path& runDir) {
    const auto all = checkpoints(runDir);
    if (all.empty())
        return std::nullopt;
    return all.back().second;
}

std::vector<fs::path> checkpointsNewestFirst(const fs::path& runDir) {
    std::vector<fs::path> newestFirst;
    const auto all = checkpoints(runDir);
    for (auto it = all.rbegin(); it != all.rend(); ++it)
        newestFirst.push_back(it->second);
    return newestFirst;
}

namespace {

RestoredCheckpoint readCheckpoint(const fs::path& dir, const std::vector<NamedParameter>& trainable,
                                  torch::optim::Optimizer& optimizer);

void copyWeights(const fs::path& dir, const std::vector<NamedParameter>& trainable) {
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
}

} // namespace

void loadCheckpointWeights(const fs::path& dir, const std::vector<NamedParameter>& trainable) {
    try {
        copyWeights(dir, trainable);
    } catch (const Error&) {
        throw;
    } catch (const std::exception& error) {
        throwBadInput("checkpoint " + dir.string() + " cannot be read: " + error.what());
    }
}

RestoredCheckpoint loadCheckpoint(const fs::path& dir, const std::vector<NamedParameter>& trainable,
                                  torch::optim::Optimizer& optimizer) {
    try {
        return readCheckpoint(dir, trainable, optimizer);
    } catch (const Error&) {
        throw;
    } catch (const std::exception& error) { // nlohmann's type errors (invalid UTF-8), c10::Error, ...
        throwBadInput("checkpoint " + dir.string() + " cannot be read: " + error.what());
    }
}

namespace {

RestoredCheckpoint readCheckpoint(const fs::path& dir, const std::vector<NamedParameter>& trainable,
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

    copyWeights(dir, trainable);
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

} // namespace

} // namespace litetune
