// ModelConfig: a GPT-2 config.json as plain values, with Hugging Face's GPT2Config defaults
// (docs/formats.md §1.1). Label names come from id2label.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace litetune {

struct ModelConfig {
    std::int64_t vocabSize = 50257;
    std::int64_t nPositions = 1024;
    std::int64_t nEmbd = 768;
    std::int64_t nLayer = 12;
    std::int64_t nHead = 12;
    std::optional<std::int64_t> nInner; // none: 4 * nEmbd
    std::string activationFunction = "gelu_new";
    double residPdrop = 0.1;
    double embdPdrop = 0.1;
    double attnPdrop = 0.1;
    double layerNormEpsilon = 1e-5;
    double initializerRange = 0.02;
    bool scaleAttnWeights = true;
    bool scaleAttnByInverseLayerIdx = false;
    bool reorderAndUpcastAttn = false;
    std::int64_t bosTokenId = 50256;
    std::int64_t eosTokenId = 50256;
    std::optional<std::int64_t> padTokenId;
    std::vector<std::string> labels; // id2label in id order; empty: none set (2 by HF default)
    std::string torchDtype = "float32";
    std::vector<std::string> architectures{"GPT2LMHeadModel"};

    std::int64_t innerSize() const { return nInner.value_or(4 * nEmbd); }
    std::int64_t headDim() const { return nEmbd / nHead; }
    std::int64_t numLabels() const { return labels.empty() ? 2 : static_cast<std::int64_t>(labels.size()); }
    // pad = eos when the config has none (the reference experiment's choice).
    std::int64_t effectivePadId() const { return padTokenId.value_or(eosTokenId); }
};

// Reads and validates config.json (unknown model_type → BadInput naming the file and field).
ModelConfig readModelConfig(const std::filesystem::path& configJson);
// Serialises as Hugging Face's save_pretrained would (sorted keys, indent 2, id2label/label2id).
// A config with labels is written as the classifier it is: architectures ["GPT2ForSequenceClassification"].
std::string modelConfigToJson(const ModelConfig& config);
void writeModelConfig(const ModelConfig& config, const std::filesystem::path& configJson);

} // namespace litetune
