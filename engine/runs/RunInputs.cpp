// Loading a run's data, tokenizer and model, and lining up label names.
#include "runs/RunInputs.h"

#include "train/CausalLmBlocks.h"

#include "data/DataChecks.h"
#include "data/TokenCache.h"
#include "io/HfCache.h"
#include "lora/PeftAdapter.h"
#include "util/Error.h"

#include <algorithm>
#include <set>

namespace litetune {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> datasetLabelNames(const Dataset& dataset) {
    std::vector<std::string> names;
    for (const auto& label : dataset.labels)
        names.push_back(label.name);
    return names;
}

// The model class of a dataset label name, or -1.
int modelClassOf(const std::string& name, const std::vector<std::string>& modelLabels) {
    const auto it = std::find(modelLabels.begin(), modelLabels.end(), name);
    if (it != modelLabels.end())
        return static_cast<int>(it - modelLabels.begin());
    const bool numeric = !name.empty() && name.size() < 9 && std::all_of(name.begin(), name.end(), ::isdigit);
    if (numeric) {
        const auto k = static_cast<std::size_t>(std::stoul(name));
        if (k < modelLabels.size() && modelLabels[k] == "LABEL_" + name)
            return static_cast<int>(k);
    }
    return -1;
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size() && i < 25; ++i)
        out += (i ? ", " : "") + names[i];
    return names.size() > 25 ? out + ", ..." : out;
}

// The label names a model folder (or adapter) was trained for, without loading weights.
std::vector<std::string> checkpointLabels(const TrainConfig& config) {
    if (!config.adapterPath.empty())
        return readAdapterLabels(config.adapterPath);
    if (config.modelPath == "demo")
        return {};
    const fs::path folder = resolveModelPath(config.modelPath);
    return readModelConfig(folder / "config.json").labels;
}

void attachAdapter(RunModel& run, const TrainConfig& config, TrainingObserver& observer) {
    if (config.adapterPath.empty())
        return;
    AdapterLoadResult result = loadAdapter(run.loaded.model, config.adapterPath);
    for (const auto& message : result.messages)
        observer.logged(message);
    if (const auto mismatch = adapterBaseMismatch(config.adapterPath, config.modelPath))
        observer.logged(*mismatch);
    run.adapter = result.config;
}

// `headUsed` false (a causal LM): what the classification head is or was drawn from goes unsaid.
RunModel load(const TrainConfig& config, const std::vector<std::string>& labels, bool replaceHead,
              TrainingObserver& observer, bool headUsed = true) {
    ModelLoadOptions options;
    options.labels = labels;
    options.replaceHead = replaceHead;
    if (!config.adapterPath.empty()) { // the adapter brings its own head: build the base for its labels
        if (options.labels.empty())
            options.labels = readAdapterLabels(config.adapterPath);
        options.replaceHead = true;
    }
    options.seed = config.seed;
    const std::string path = config.modelPath == "demo" ? "demo" : resolveModelPath(config.modelPath).string();
    RunModel run;
    run.loaded = loadGpt2(path, options);
    for (const auto& message : run.loaded.messages)
        if ((config.adapterPath.empty() && headUsed) ||
            message.find("head") == std::string::npos) // the adapter brings the head
            observer.logged(message);
    run.labelNames = run.loaded.config.labels;
    if (run.labelNames.empty())
        for (std::int64_t i = 0; i < run.loaded.config.numLabels(); ++i)
            run.labelNames.push_back("LABEL_" + std::to_string(i));
    attachAdapter(run, config, observer);
    return run;
}

} // namespace

std::shared_ptr<const Tokenizer> loadModelTokenizer(const std::string& modelPath) {
    if (modelPath == "demo")
        return std::make_shared<const Tokenizer>(Tokenizer::byteLevel());
    const fs::path folder = resolveModelPath(modelPath);
    if (!fs::exists(folder / "vocab.json") && !fs::exists(folder / "encoder.json"))
        throwBadInput("model folder " + folder.string() +
                      " has no vocab.json and merges.txt; copy the GPT-2 tokenizer files next to config.json");
    return std::make_shared<const Tokenizer>(Tokenizer::fromFolder(folder));
}

void checkMaxLength(const TrainConfig& config) {
    const std::int64_t positions = config.modelPath == "demo"
                                       ? demoConfig().nPositions
                                       : readModelConfig(resolveModelPath(config.modelPath) / "config.json").nPositions;
    if (config.maxLength > positions)
        throwBadInput("--max-length " + std::to_string(config.maxLength) + " is more than the " +
                      std::to_string(positions) + " positions of the model " + config.modelPath +
                      "; give --max-length " + std::to_string(positions) + " or less");
}

RunData loadRunData(const TrainConfig& config, bool splitSingleFile, TrainingObserver& observer) {
    Progress loading;
    loading.phase = "load";
    observer.progressed(loading);
    RunData data;
    data.tokenizer = loadModelTokenizer(config.modelPath);
    data.tokenizerIdentity = TokenCache::identityOf(*data.tokenizer);
    if (config.task == Task::CausalLm) { // raw text: no labels, no label warnings
        data.dataset = loadTextCorpus(datasetOptionsFor(config, splitSingleFile));
        return data;
    }
    data.dataset = loadDataset(datasetOptionsFor(config, splitSingleFile));
    for (const auto& bad : data.dataset.skippedRows)
        observer.logged("skipped " + bad.file + " line " + std::to_string(bad.line) + ": " + bad.reason);
    if (data.dataset.labels.empty())
        throwBadInput(config.dataPath + " has no labels: a classifier needs a label column");
    if (config.method != Method::Evaluate)
        for (const std::string& warning : datasetWarnings(data.dataset))
            observer.logged(warning);
    return data;
}

RunModel loadModelForTraining(const TrainConfig& config, const Dataset& dataset, TrainingObserver& observer) {
    const std::vector<std::string> wanted = datasetLabelNames(dataset);
    if (wanted.size() < 2)
        throwBadInput(config.dataPath + " has " + std::to_string(wanted.size()) +
                      " label; a classifier needs at least two");
    const std::vector<std::string> existing = checkpointLabels(config);
    const bool sameSet = existing.size() == wanted.size() && std::set<std::string>(existing.begin(), existing.end()) ==
                                                                 std::set<std::string>(wanted.begin(), wanted.end());
    if (!config.adapterPath.empty() && !sameSet)
        throwBadInput("adapter " + config.adapterPath + " was trained for labels (" + joined(existing) +
                      "), not this dataset's (" + joined(wanted) + ")");
    RunModel run = load(config, sameSet ? existing : wanted, /*replaceHead=*/!sameSet, observer);
    for (const auto& name : wanted)
        run.labelMap.push_back(modelClassOf(name, run.labelNames));
    return run;
}

RunModel loadModelForLanguageModel(const TrainConfig& config, TrainingObserver& observer) {
    return load(config, {}, /*replaceHead=*/false, observer, /*headUsed=*/false);
}

RunModel loadModelForEvaluation(const TrainConfig& config, const Dataset& dataset, bool strictLabels,
                                TrainingObserver& observer) {
    const std::vector<std::string> names = datasetLabelNames(dataset);
    std::vector<std::string> existing = checkpointLabels(config);
    // A config.json without id2label (a pretrained GPT-2 as downloaded) names no classes of its own:
    // its labels are HF's LABEL_i, which numbered datasets match, and any other names get a new head.
    const bool ownLabels = !existing.empty();
    if (!ownLabels && config.modelPath != "demo")
        existing = {"LABEL_0", "LABEL_1"};
    std::vector<std::string> unknown;
    for (const auto& name : names)
        if (modelClassOf(name, existing) < 0)
            unknown.push_back(name);
    // Strict only for a trained classifier: a model without labels of its own is evaluated as it is,
    // with a head drawn for the data, like the base column of a comparison.
    if (!unknown.empty() && strictLabels && ownLabels)
        throwBadInput("label \"" + unknown.front() + "\" of " + config.dataPath +
                      " is not one of the model's labels (" + joined(existing) +
                      "); evaluate with the model trained for these labels");
    const bool newHead = !unknown.empty();
    if (newHead)
        observer.logged(!ownLabels ? std::string("the model has no labels of its own: evaluating with a new, "
                                                 "untrained head")
                                   : "the model's labels (" + joined(existing) +
                                         ") do not cover the dataset's: evaluating with a new, untrained head");
    if (newHead && !config.adapterPath.empty())
        throwBadInput("adapter " + config.adapterPath + " was trained for labels (" + joined(existing) +
                      "), not this dataset's (" + joined(names) + ")");
    RunModel run = load(config, newHead ? names : std::vector<std::string>{}, newHead, observer);
    for (const auto& name : names)
        run.labelMap.push_back(modelClassOf(name, run.labelNames));
    return run;
}

const Split& evaluationSplit(const Dataset& dataset, const std::string& requested, bool preferTest) {
    if (!requested.empty()) {
        if (const Split* split = dataset.split(requested))
            return *split;
        std::vector<std::string> present;
        for (const auto& s : dataset.splits)
            present.push_back(s.name);
        throwBadInput("--split " + requested + " is not in " + dataset.source + " (it has: " + joined(present) + ")");
    }
    const char* order[] = {preferTest ? "test" : "validation", preferTest ? "validation" : "test"};
    for (const char* name : order)
        if (const Split* split = dataset.split(name); split && !split->examples.empty())
            return *split;
    throwBadInput(dataset.source + " has no validation or test split to evaluate on");
}

const Split& trainingSplit(const Dataset& dataset) {
    const Split* split = dataset.split("train");
    if (!split || split->examples.empty())
        throwBadInput(dataset.source + " has no training rows (expected a train split or a single file to split)");
    return *split;
}

EncodedSplit encodeForRun(const RunData& data, const RunModel& model, const Split& split, const TrainConfig& config,
                          std::int64_t limit, TrainingObserver& observer) {
    Progress tokenizing;
    tokenizing.phase = "tokenize";
    tokenizing.totalSteps = limit > 0 ? std::min<std::int64_t>(limit, static_cast<std::int64_t>(split.examples.size()))
                                      : static_cast<std::int64_t>(split.examples.size());
    observer.progressed(tokenizing);
    return encodeSplit(split, *data.tokenizer, data.tokenizerIdentity, config.maxLength, model.labelMap, limit,
                       defaultTokenCacheDir());
}

EncodedSplit encodeCorpusForRun(const RunData& data, const Split& split, const TrainConfig& config, std::int64_t limit,
                                TrainingObserver& observer) {
    Progress tokenizing;
    tokenizing.phase = "tokenize";
    tokenizing.totalSteps = static_cast<std::int64_t>(split.examples.size());
    observer.progressed(tokenizing);
    return packCausalLmBlocks(split, *data.tokenizer, config.maxLength, limit);
}

} // namespace litetune
