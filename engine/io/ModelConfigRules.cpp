// The ranges a GPT-2 config must keep (io/ModelConfigRules.h). The bounds only stop sizes no
// machine can allocate or no GPT-2 can mean; every Hugging Face GPT-2 checkpoint lies well inside.
#include "io/ModelConfigRules.h"

#include "util/Error.h"

#include <string>

namespace litetune {

namespace {

const char* const kActivations[] = {"gelu_new", "gelu_pytorch_tanh", "gelu", "quick_gelu", "relu", "silu", "swish",
                                    "tanh"};

void requireInRange(const char* field, double value, double low, double high) {
    if (!(value >= low && value <= high))
        throwBadInput("config field " + std::string(field) + " must lie in [" + std::to_string(low) + ", " +
                      std::to_string(high) + "], got " + std::to_string(value));
}

} // namespace

void validateModelConfig(const ModelConfig& c) {
    requireInRange("vocab_size", static_cast<double>(c.vocabSize), 1, 1e7);
    requireInRange("n_positions", static_cast<double>(c.nPositions), 1, 1e6);
    requireInRange("n_embd", static_cast<double>(c.nEmbd), 1, 1e5);
    requireInRange("n_layer", static_cast<double>(c.nLayer), 1, 1000);
    requireInRange("n_head", static_cast<double>(c.nHead), 1, 1e4);
    requireInRange("n_inner", static_cast<double>(c.innerSize()), 1, 1e6);
    requireInRange("num_labels", static_cast<double>(c.numLabels()), 1, 1e6);
    requireInRange("layer_norm_epsilon", c.layerNormEpsilon, 0, 1);
    requireInRange("resid_pdrop", c.residPdrop, 0, 0.999);
    requireInRange("embd_pdrop", c.embdPdrop, 0, 0.999);
    requireInRange("attn_pdrop", c.attnPdrop, 0, 0.999);
    if (c.nEmbd % c.nHead != 0)
        throwBadInput("config field n_embd (" + std::to_string(c.nEmbd) + ") must be divisible by n_head (" +
                      std::to_string(c.nHead) + ")");
    const double C = static_cast<double>(c.nEmbd);
    const double params = (static_cast<double>(c.vocabSize + c.nPositions) * C) +
                          static_cast<double>(c.nLayer) * (4 * C * C + 2 * C * c.innerSize()) +
                          static_cast<double>(c.numLabels()) * C;
    if (params > 2e10)
        throwBadInput("config describes a model of about " + std::to_string(static_cast<long long>(params / 1e9)) +
                      " billion parameters, more than this GPT-2 implementation accepts (20 billion)");
    bool known = false;
    for (const char* name : kActivations)
        known = known || c.activationFunction == name;
    if (!known)
        throwBadInput(
            "config field activation_function '" + c.activationFunction +
            "' is not supported (expected gelu_new, gelu_pytorch_tanh, gelu, quick_gelu, relu, silu or tanh)");
}

} // namespace litetune
