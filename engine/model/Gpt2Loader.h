// Gpt2Loader: builds a Gpt2ForSequenceClassification from a Hugging Face model folder
// (config.json → ModelConfig → module → tensors copied by name) or the built-in `demo` model, and
// hands its tensors back under the same names for saving. A checkpoint without score.weight (gpt2
// itself, any GPT2LMHeadModel) gets a freshly drawn head and a log line, as Hugging Face does;
// every other missing, unexpected or mis-shaped tensor is a BadInput naming it.
// Deliberately not here: Hub downloads and cache resolution (io/), tokenizers, adapters (PeftAdapter).
// Reference: transformers modeling_utils.py (from_pretrained: missing/unexpected keys,
// ignore_mismatched_sizes); docs/formats.md §1.4–1.6.
#pragma once

#include "io/TensorIO.h"
#include "model/Gpt2.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace litetune {

// `--model demo`: a tiny GPT-2 needing no files — 2 layers, 4 heads, 64 wide, 128 positions, the
// byte-level vocabulary of Tokenizer::byteLevel() (257 ids, <|endoftext|> = 256 = eos = pad),
// Hugging Face's init drawn from kDemoSeed. `labels` empty: HF's default two labels.
constexpr std::uint64_t kDemoSeed = 1234;
ModelConfig demoConfig(const std::vector<std::string>& labels = {});

struct ModelLoadOptions {
    // The task's label names. Empty: the checkpoint's own (config.json id2label; HF's 2 if none).
    // A checkpoint head of another size is an error unless replaceHead is set.
    std::vector<std::string> labels;
    bool replaceHead = false; // ignore the checkpoint's score.weight and draw a new head
    std::uint64_t seed = 42;  // for a freshly drawn head
};

struct LoadedModel {
    ModelConfig config; // as loaded, labels set to those the model was built with
    Gpt2ForSequenceClassification model{nullptr};
    std::filesystem::path folder;      // empty for demo
    bool headInitialised = false;      // score.weight was drawn fresh, not read
    std::vector<std::string> messages; // what a log should say (fresh head, ignored tensors)
};

// "demo" or a model folder holding config.json and model.safetensors (or a sharded index). The
// model is on the CPU in float32, in eval mode, every parameter requiring grad.
LoadedModel loadGpt2(const std::string& modelPath, const ModelLoadOptions& options = {});

// A randomly initialised model (Gpt2Init), CPU, float32, eval mode.
LoadedModel createGpt2(const ModelConfig& config, std::uint64_t seed);

// Copies `weights` (GPT2ForSequenceClassification key names) into the model's base parameters,
// converting dtype. A missing score.weight is allowed when `allowMissingHead` (returns false then,
// leaving the head untouched); everything else must match exactly. `source` names the file in errors.
bool copyGpt2Weights(Gpt2ForSequenceClassification& model, const TensorMap& weights, const std::string& source,
                     bool allowMissingHead);

// The model's base tensors under Hugging Face names (transformer.*, score.weight), detached, for
// model.safetensors. Conv1D weights with an unmerged LoRA branch come back merged (W + (B·A)ᵀ·s),
// so the result loads into any plain GPT-2; LoRA factors themselves are not included.
TensorMap gpt2Tensors(Gpt2ForSequenceClassification& model);

} // namespace litetune
