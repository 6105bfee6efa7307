// Gpt2: see the header. Letters in shape comments: B batch, T sequence, C n_embd, nh heads,
// hs head size (C / nh), V vocabulary, L labels.
#include "model/Gpt2.h"

#include "io/ModelConfigRules.h"

#include "util/Error.h"

#include <torch/version.h>

#include <cmath>
#include <limits>
#include <string>

namespace litetune {

namespace {

// input_ids must be a non-empty (batch, sequence) matrix before anything indexes it.
void checkInputShape(const torch::Tensor& inputIds) {
    if (inputIds.dim() != 2)
        throwBadInput("input_ids must be a 2-D (batch, sequence) tensor, got " + std::to_string(inputIds.dim()) +
                      " dimensions");
    if (inputIds.size(0) == 0 || inputIds.size(1) == 0)
        throwBadInput("input_ids is empty (batch " + std::to_string(inputIds.size(0)) + ", sequence " +
                      std::to_string(inputIds.size(1)) + ")");
}

// torch.finfo(dtype).min: what Hugging Face fills masked scores with (not -inf, not -1e4).
double lowestOf(torch::ScalarType type) {
    switch (type) {
    case torch::kHalf:
        return -65504.0;
    case torch::kBFloat16:
        return -3.3895313892515355e38;
    case torch::kDouble:
        return std::numeric_limits<double>::lowest();
    default:
        return std::numeric_limits<float>::lowest();
    }
}

// gelu_new is 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))); Hugging Face writes it out as eight
// tensor operations, and autograd then runs about as many again backward. LibTorch's tanh GELU is
// the same formula in one kernel each way (what HF's gelu_pytorch_tanh uses): about a tenth of a
// small model's training step saved on the CPU, for a few float32 ulps of difference
// (docs/parity.md).
torch::Tensor activate(const std::string& name, const torch::Tensor& x) {
    if (name == "gelu_new" || name == "gelu_pytorch_tanh")
        return torch::gelu(x, "tanh");
    if (name == "gelu")
        return torch::gelu(x);
    if (name == "quick_gelu")
        return x * torch::sigmoid(1.702 * x);
    if (name == "relu")
        return torch::relu(x);
    if (name == "silu" || name == "swish")
        return torch::silu(x);
    return torch::tanh(x);
}

} // namespace

bool haveScaledDotProductAttention() {
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 1)
    return true;
#else
    return false;
#endif
}

// ---------------------------------------------------------------------------------------------
// Attention

Gpt2AttentionImpl::Gpt2AttentionImpl(const ModelConfig& config, std::int64_t layerIdx)
    : m_nHead(config.nHead)
    , m_nEmbd(config.nEmbd)
    , m_headDivisor(config.scaleAttnWeights ? std::sqrt(static_cast<double>(config.headDim())) : 1.0)
    , m_layerDivisor(config.scaleAttnByInverseLayerIdx ? static_cast<double>(layerIdx + 1) : 1.0)
    , m_attnPdrop(config.attnPdrop)
    , m_residPdrop(config.residPdrop)
    , m_upcast(config.reorderAndUpcastAttn) {
    m_cAttn = register_module("c_attn", Conv1D(/*in=*/config.nEmbd, /*out=*/3 * config.nEmbd));
    m_cProj = register_module("c_proj", Conv1D(/*in=*/config.nEmbd, /*out=*/config.nEmbd));
}

torch::Tensor Gpt2AttentionImpl::forward(const torch::Tensor& x, const AttentionBias& bias) {
    const std::int64_t B = x.size(0);
    const std::int64_t T = x.size(1);
    const std::int64_t hs = m_nEmbd / m_nHead;
    const std::vector<torch::Tensor> qkv = m_cAttn(x).split(m_nEmbd, /*dim=*/2); // 3 × (B, T, C)
    const torch::Tensor q = qkv[0].view({B, T, m_nHead, hs}).transpose(1, 2);    // (B, nh, T, hs)
    const torch::Tensor k = qkv[1].view({B, T, m_nHead, hs}).transpose(1, 2);    // (B, nh, T, hs)
    const torch::Tensor v = qkv[2].view({B, T, m_nHead, hs}).transpose(1, 2);    // (B, nh, T, hs)

    torch::Tensor y; // (B, nh, T, hs)
    if (bias.future.defined()) {
        y = explicitAttention(q, k, v, bias.future, bias.padding);
    } else {
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 1)
        y = at::scaled_dot_product_attention(q, k, v, /*attn_mask=*/{}, is_training() ? m_attnPdrop : 0.0,
                                             /*is_causal=*/true, /*scale=*/1.0 / (m_headDivisor * m_layerDivisor));
#else
        throwFailure("internal error: attention without a causal mask needs LibTorch >= 2.1");
#endif
    }
    y = y.transpose(1, 2).contiguous().view({B, T, m_nEmbd}); // (B, T, C)
    return torch::dropout(m_cProj(y), m_residPdrop, is_training());
}

torch::Tensor Gpt2AttentionImpl::explicitAttention(const torch::Tensor& q, const torch::Tensor& k,
                                                   const torch::Tensor& v, const torch::Tensor& future,
                                                   const torch::Tensor& padding) {
    const torch::Tensor query = m_upcast ? q.to(torch::kFloat32) : q;
    const torch::Tensor key = m_upcast ? k.to(torch::kFloat32) : k;
    torch::Tensor att = torch::matmul(query, key.transpose(-2, -1)); // (B, nh, Tq, T)
    // Two divisions, in Hugging Face's order, so results match to the last bit.
    if (m_headDivisor != 1.0)
        att = att / m_headDivisor;
    if (m_layerDivisor != 1.0)
        att = att / m_layerDivisor;
    att = att.masked_fill(future, lowestOf(att.scalar_type())); // (T, T) or (B, 1, 1, T) broadcasts
    if (padding.defined())
        att = att + padding; // (B, 1, 1, T) broadcasts
    att = torch::softmax(att, -1).to(v.scalar_type());
    att = torch::dropout(att, m_attnPdrop, is_training());
    return torch::matmul(att, v); // (B, nh, Tq, hs)
}

torch::Tensor Gpt2AttentionImpl::forwardAt(const torch::Tensor& x, const torch::Tensor& positions,
                                           const AttentionBias& bias) {
    const std::int64_t B = x.size(0);
    const std::int64_t T = x.size(1);
    const std::int64_t hs = m_nEmbd / m_nHead;
    const std::vector<torch::Tensor> qkv = m_cAttn(x).split(m_nEmbd, /*dim=*/2); // 3 × (B, T, C)
    const torch::Tensor rows = torch::arange(B, positions.options());
    const torch::Tensor q = qkv[0].index({rows, positions}).view({B, 1, m_nHead, hs}).transpose(1, 2); // (B, nh, 1, hs)
    const torch::Tensor k = qkv[1].view({B, T, m_nHead, hs}).transpose(1, 2);                          // (B, nh, T, hs)
    const torch::Tensor v = qkv[2].view({B, T, m_nHead, hs}).transpose(1, 2);                          // (B, nh, T, hs)

    // Causal for the one query row: keys after its position are the future.
    const torch::Tensor future = torch::arange(T, positions.options()).view({1, T}) > positions.view({B, 1});
    const torch::Tensor y = explicitAttention(q, k, v, future.view({B, 1, 1, T}), bias.padding) // (B, nh, 1, hs)
                                .transpose(1, 2)
                                .reshape({B, 1, m_nEmbd}); // (B, 1, C)
    return torch::dropout(m_cProj(y), m_residPdrop, is_training());
}

// ---------------------------------------------------------------------------------------------
// MLP

Gpt2MlpImpl::Gpt2MlpImpl(const ModelConfig& config)
    : m_activation(config.activationFunction)
    , m_residPdrop(config.residPdrop) {
    m_cFc = register_module("c_fc", Conv1D(/*in=*/config.nEmbd, /*out=*/config.innerSize()));
    m_cProj = register_module("c_proj", Conv1D(/*in=*/config.innerSize(), /*out=*/config.nEmbd));
}

torch::Tensor Gpt2MlpImpl::forward(const torch::Tensor& x) {
    const torch::Tensor h = activate(m_activation, m_cFc(x)); // (B, T, inner)
    return torch::dropout(m_cProj(h), m_residPdrop, is_training());
}

// ---------------------------------------------------------------------------------------------
// Block

Gpt2BlockImpl::Gpt2BlockImpl(const ModelConfig& config, std::int64_t layerIdx) {
    const auto norm = torch::nn::LayerNormOptions({config.nEmbd}).eps(config.layerNormEpsilon);
    m_ln1 = register_module("ln_1", torch::nn::LayerNorm(norm));
    m_attn = register_module("attn", Gpt2Attention(config, layerIdx));
    m_ln2 = register_module("ln_2", torch::nn::LayerNorm(norm));
    m_mlp = register_module("mlp", Gpt2Mlp(config));
}

torch::Tensor Gpt2BlockImpl::forward(const torch::Tensor& x, const AttentionBias& bias) {
    const torch::Tensor h = x + m_attn(m_ln1(x), bias); // (B, T, C)
    return h + m_mlp(m_ln2(h));
}

torch::Tensor Gpt2BlockImpl::forwardAt(const torch::Tensor& x, const torch::Tensor& positions,
                                       const AttentionBias& bias) {
    const torch::Tensor rows = torch::arange(x.size(0), positions.options());
    const torch::Tensor residual = x.index({rows, positions}).unsqueeze(1);          // (B, 1, C)
    const torch::Tensor h = residual + m_attn->forwardAt(m_ln1(x), positions, bias); // (B, 1, C)
    return h + m_mlp(m_ln2(h));
}

// ---------------------------------------------------------------------------------------------
// Gpt2Model

Gpt2ModelImpl::Gpt2ModelImpl(const ModelConfig& config)
    : m_config(config) {
    validateModelConfig(config);
    // Zero-filled like Conv1D: Gpt2Init or a checkpoint fills them, and construction draws nothing
    // from the global RNG (Embedding's own init would draw 38M normals for GPT-2's wte).
    m_wte = register_module("wte", torch::nn::Embedding(torch::nn::EmbeddingOptions(config.vocabSize, config.nEmbd)
                                                            ._weight(torch::zeros({config.vocabSize, config.nEmbd}))));
    m_wpe = register_module("wpe", torch::nn::Embedding(torch::nn::EmbeddingOptions(config.nPositions, config.nEmbd)
                                                            ._weight(torch::zeros({config.nPositions, config.nEmbd}))));
    m_h = register_module("h", torch::nn::ModuleList());
    for (std::int64_t i = 0; i < config.nLayer; ++i) {
        m_blocks.emplace_back(config, i);
        m_h->push_back(m_blocks.back());
    }
    m_lnF = register_module(
        "ln_f", torch::nn::LayerNorm(torch::nn::LayerNormOptions({config.nEmbd}).eps(config.layerNormEpsilon)));
}

torch::Tensor Gpt2ModelImpl::futureMask(std::int64_t T, const torch::Device& device) {
    if (!m_future.defined() || m_future.device() != device)
        m_future = torch::ones({m_config.nPositions, m_config.nPositions},
                               torch::TensorOptions().dtype(torch::kBool).device(device))
                       .triu(1);
    return m_future.narrow(0, 0, T).narrow(1, 0, T); // (T, T) view, nothing allocated
}

torch::Tensor Gpt2ModelImpl::embed(const torch::Tensor& inputIds, const torch::Tensor& attentionMask,
                                   AttentionBias& bias, std::vector<torch::Tensor>* trace) {
    checkInputShape(inputIds);
    const std::int64_t B = inputIds.size(0);
    const std::int64_t T = inputIds.size(1);
    if (T > m_config.nPositions)
        throwBadInput("a sequence of " + std::to_string(T) + " tokens is longer than the model's n_positions (" +
                      std::to_string(m_config.nPositions) + ")");
    const torch::Device device = m_wte->weight.device();
    const torch::Tensor ids = inputIds.to(device, torch::kLong);
    {
        // One small sync; an out-of-range id on CUDA would otherwise be a device-side assert.
        const torch::Tensor range = torch::stack({ids.min(), ids.max()}).cpu();
        const std::int64_t low = range[0].item<std::int64_t>();
        const std::int64_t high = range[1].item<std::int64_t>();
        if (low < 0 || high >= m_config.vocabSize)
            throwBadInput("token id " + std::to_string(low < 0 ? low : high) + " lies outside the vocabulary of " +
                          std::to_string(m_config.vocabSize) + " tokens");
    }

    const torch::Tensor positions = torch::arange(T, torch::TensorOptions().dtype(torch::kLong).device(device));
    torch::Tensor h = m_wte(ids) + m_wpe(positions); // (B, T, C) + (T, C)
    if (trace)
        trace->push_back(h);
    h = torch::dropout(h, m_config.embdPdrop, is_training());

    if (attentionMask.defined()) {
        if (attentionMask.sizes() != inputIds.sizes())
            throwBadInput("attention_mask has shape " + c10::str(attentionMask.sizes()) + " but input_ids has " +
                          c10::str(inputIds.sizes()));
        const torch::ScalarType dtype = m_wte->weight.scalar_type();
        const torch::Tensor keep = attentionMask.to(device, dtype).view({B, 1, 1, T}); // (B, 1, 1, T)
        bias.padding = (1.0 - keep) * lowestOf(dtype);
    }
    if (attentionMask.defined() || !haveScaledDotProductAttention() || m_config.reorderAndUpcastAttn)
        bias.future = futureMask(T, device);
    return h;
}

torch::Tensor Gpt2ModelImpl::forward(const torch::Tensor& inputIds, const torch::Tensor& attentionMask,
                                     std::vector<torch::Tensor>* trace) {
    AttentionBias bias;
    torch::Tensor h = embed(inputIds, attentionMask, bias, trace); // (B, T, C)
    for (Gpt2Block& block : m_blocks) {
        h = block(h, bias); // (B, T, C)
        if (trace)
            trace->push_back(h);
    }
    return m_lnF(h);
}

torch::Tensor Gpt2ModelImpl::forwardAt(const torch::Tensor& inputIds, const torch::Tensor& positions,
                                       const torch::Tensor& attentionMask) {
    AttentionBias bias;
    torch::Tensor h = embed(inputIds, attentionMask, bias, nullptr); // (B, T, C)
    const torch::Tensor at = positions.to(h.device(), torch::kLong);
    if (at.dim() != 1 || at.size(0) != h.size(0))
        throwBadInput("positions must hold one entry per row of input_ids");
    for (std::size_t i = 0; i + 1 < m_blocks.size(); ++i)
        h = m_blocks[i](h, bias);                                     // (B, T, C)
    return m_lnF(m_blocks.back()->forwardAt(h, at, bias)).squeeze(1); // (B, C)
}

torch::Tensor Gpt2ModelImpl::lmLogits(const torch::Tensor& hidden) const {
    return torch::nn::functional::linear(hidden, m_wte->weight); // (..., C) -> (..., V)
}

// ---------------------------------------------------------------------------------------------
// Gpt2ForSequenceClassification

Gpt2ForSequenceClassificationImpl::Gpt2ForSequenceClassificationImpl(const ModelConfig& config)
    : m_config(config) {
    m_transformer = register_module("transformer", Gpt2Model(config));
    m_score = register_module(
        "score", torch::nn::Linear(torch::nn::LinearOptions(config.nEmbd, config.numLabels()).bias(false)));
}

torch::Tensor Gpt2ForSequenceClassificationImpl::forward(const torch::Tensor& inputIds, const torch::Tensor& lengths,
                                                         const torch::Tensor& attentionMask) {
    const torch::Tensor positions = pooledPositions(inputIds, lengths);           // (B)
    return m_score(m_transformer->forwardAt(inputIds, positions, attentionMask)); // (B, L)
}

torch::Tensor Gpt2ForSequenceClassificationImpl::pooledPositions(const torch::Tensor& inputIds,
                                                                 const torch::Tensor& lengths) const {
    checkInputShape(inputIds);
    const std::int64_t T = inputIds.size(1);
    if (lengths.defined()) {
        if (lengths.dim() != 1 || lengths.size(0) != inputIds.size(0))
            throwBadInput("lengths must hold one entry per row of input_ids");
        return (lengths.to(torch::kLong) - 1).clamp(0, T - 1);
    }
    // argmax(arange(T) · (ids != pad)): the rightmost real token; an all-pad row gives 0.
    const torch::Tensor real = inputIds.ne(m_config.effectivePadId()).to(torch::kLong); // (B, T)
    const torch::Tensor index = torch::arange(T, torch::TensorOptions().dtype(torch::kLong).device(inputIds.device()));
    return (index * real).argmax(-1); // (B)
}

torch::Tensor Gpt2ForSequenceClassificationImpl::classify(const torch::Tensor& hidden, const torch::Tensor& positions) {
    const std::int64_t B = hidden.size(0);
    const torch::Tensor rows = torch::arange(B, torch::TensorOptions().dtype(torch::kLong).device(hidden.device()));
    const torch::Tensor pooled = hidden.index({rows, positions.to(hidden.device())}); // (B, C)
    return m_score(pooled);                                                           // (B, L)
}

torch::Tensor sequenceClassificationLoss(const torch::Tensor& logits, const torch::Tensor& labels) {
    if (logits.size(-1) == 1)
        return torch::mse_loss(logits.squeeze(-1).to(torch::kFloat32), labels.to(logits.device(), torch::kFloat32));
    return torch::nn::functional::cross_entropy(logits.to(torch::kFloat32), labels.to(logits.device(), torch::kLong));
}

torch::Tensor causalLmLoss(Gpt2Model& transformer, const torch::Tensor& inputIds, const torch::Tensor& lengths,
                           const char* reduction) {
    const std::int64_t T = inputIds.size(1);
    if (T < 2)
        throwBadInput("a causal-LM block needs at least two tokens (raise --max-length)");
    const torch::Tensor hidden = transformer->forward(inputIds);
    const torch::Tensor logits = transformer->lmLogits(hidden.narrow(1, 0, T - 1)).to(torch::kFloat32);
    torch::Tensor targets = inputIds.narrow(1, 1, T - 1).clone();
    const torch::Tensor predicted = torch::arange(1, T, inputIds.options()).unsqueeze(0);
    targets.masked_fill_(predicted >= lengths.unsqueeze(1), -100);
    namespace F = torch::nn::functional;
    auto options = F::CrossEntropyFuncOptions().ignore_index(-100);
    if (std::string(reduction) == "sum")
        options.reduction(torch::kSum);
    return F::cross_entropy(logits.reshape({-1, logits.size(-1)}), targets.reshape({-1}), options);
}

std::int64_t causalLmTargets(const torch::Tensor& lengths) {
    return (lengths.to(torch::kCPU) - 1).clamp_min(0).sum().item<std::int64_t>();
}

} // namespace litetune
