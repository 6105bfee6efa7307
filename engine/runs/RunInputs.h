// RunInputs: what a run starts from — the dataset, the model's tokenizer, the model itself with
// its label names lined up with the dataset's, an optional adapter, and the encoded splits. Shared
// by training, evaluation and the comparison (which loads data once for its three runs).
// Label rules: training keeps a checkpoint's head when its id2label holds exactly the dataset's
// label names (classes re-ordered by name), else draws a new head for the dataset's labels.
// Evaluation maps the dataset's names onto the model's id2label by name ("3" also matches
// Hugging Face's default "LABEL_3"); in strict mode (the eval verb) an unknown name is BadInput
// naming it; in lenient mode (a base model in a comparison) a model whose labels do not cover the
// dataset gets a new, untrained head for the dataset's labels — what the reference's base column is.
#pragma once

#include "api/Dataset.h"
#include "api/Tokenizer.h"
#include "api/TrainConfig.h"
#include "api/Workbench.h"
#include "lora/LoraConfig.h"
#include "model/Gpt2Loader.h"
#include "train/EncodedSplit.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace litetune {

struct RunData {
    Dataset dataset;
    std::shared_ptr<const Tokenizer> tokenizer;
    std::string tokenizerIdentity;
};

struct RunModel {
    LoadedModel loaded;                  // on the CPU
    std::vector<std::string> labelNames; // model classes, in id order
    std::vector<int> labelMap;           // dataset label index -> model class
    std::optional<LoraConfig> adapter;   // set when --adapter was loaded

    // Right padding uses the config's pad id, else eos (the reference experiment's pad = eos).
    std::int64_t padId() const { return loaded.config.effectivePadId(); }
};

// The tokenizer of "demo" (byte-level) or of a model folder (vocab.json + merges.txt).
std::shared_ptr<const Tokenizer> loadModelTokenizer(const std::string& modelPath);

// `splitSingleFile`: train/compare split one file stratified; eval keeps it whole (split "test").
// Reports a "load" Progress first.
RunData loadRunData(const TrainConfig& config, bool splitSingleFile, TrainingObserver& observer);

// BadInput when config.maxLength exceeds the model's n_positions: checked from config.json before a
// run folder is made, not when the first long text reaches the model.
void checkMaxLength(const TrainConfig& config);

RunModel loadModelForTraining(const TrainConfig& config, const Dataset& dataset, TrainingObserver& observer);
// A causal LM (config.task CausalLm): the model with whatever head it has (never read), and its
// adapter when --adapter names one.
RunModel loadModelForLanguageModel(const TrainConfig& config, TrainingObserver& observer);
RunModel loadModelForEvaluation(const TrainConfig& config, const Dataset& dataset, bool strictLabels,
                                TrainingObserver& observer);

// The split a run evaluates: `requested` when given (BadInput listing the splits if absent);
// else validation, then test (preferTest: test first, the eval verb's rule).
const Split& evaluationSplit(const Dataset& dataset, const std::string& requested, bool preferTest);
const Split& trainingSplit(const Dataset& dataset);

// Reports a "tokenize" Progress (totalSteps = rows) before it encodes.
EncodedSplit encodeForRun(const RunData& data, const RunModel& model, const Split& split, const TrainConfig& config,
                          std::int64_t limit, TrainingObserver& observer);
// The causal-LM form: blocks of config.maxLength tokens (CausalLmBlocks); `limit` counts blocks.
EncodedSplit encodeCorpusForRun(const RunData& data, const Split& split, const TrainConfig& config, std::int64_t limit,
                                TrainingObserver& observer);

} // namespace litetune
