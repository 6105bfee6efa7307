// Gpt2: GPT-2 as Hugging Face's modeling_gpt2.py computes it (eager path), bottom-up: attention,
// MLP, block, Gpt2Model (embeddings, pre-LN blocks, ln_f, tied LM head) and
// Gpt2ForSequenceClassification (bias-free `score` read at the last real token). Parameter names
// are exactly Hugging Face's state-dict keys (transformer.h.0.attn.c_attn.weight, score.weight, ...),
// so loading a checkpoint is a name-to-tensor copy (Gpt2Loader).
//
// Attention masks: with right padding and causal attention, padded keys never reach a real query,
// so training and evaluation batches pass no mask at all. Then, on LibTorch >= 2.1, attention is
// scaled_dot_product_attention(is_causal=true) (flash/memory-efficient kernels on CUDA); otherwise
// the explicit path masks with a cached triangle sliced per T, never a fresh T×T mask per batch.
// An explicit attention_mask [B, T] (the `logits` verb, left padding) takes the explicit path with
// Hugging Face's additive key-padding mask, for exact parity on arbitrary masks.
//
// Classification reads one position per row, so the last block runs its query, attention output,
// residual and MLP at that position only (Gpt2Model::forwardAt); keys and values still come from
// every position. Same result as the full pass read at that position (to float rounding), about
// three quarters of the last block's work saved, in training as in evaluation (llm.c-style: skip
// what the loss never reads).
//
// Deliberately not here: past_key_values/generation, head_mask, token_type_ids, cross-attention,
// the DoubleHeads model. Reference: huggingface/transformers src/transformers/models/gpt2/
// modeling_gpt2.py and activations.py (NewGELUActivation); karpathy/nanoGPT model.py; docs/formats.md §1.
#pragma once

#include "api/ModelConfig.h"
#include "model/Conv1D.h"

#include <torch/nn.h>

#include <cstdint>
#include <vector>

namespace litetune {

// What attention needs besides x, built once per forward by Gpt2Model and shared by every block.
struct AttentionBias {
    torch::Tensor future;  // bool (T, T) view of the cached upper triangle; undefined: use SDPA's is_causal
    torch::Tensor padding; // additive (B, 1, 1, T) key-padding mask, 0 or finfo.min; undefined: none
};

// Whether this LibTorch build has scaled_dot_product_attention with a `scale` argument (>= 2.1).
bool haveScaledDotProductAttention();

class Gpt2AttentionImpl : public torch::nn::Module {
public:
    Gpt2AttentionImpl(const ModelConfig& config, std::int64_t layerIdx);
    torch::Tensor forward(const torch::Tensor& x, const AttentionBias& bias); // (B, T, C) -> (B, T, C)
    // The output at one query position per row: x (B, T, C), positions (B) -> (B, 1, C).
    torch::Tensor forwardAt(const torch::Tensor& x, const torch::Tensor& positions, const AttentionBias& bias);

private:
    // The attention core as Hugging Face's eager path writes it, for every query row (forward) or
    // one per sequence (forwardAt): scores, the two divisions, `future` masked (broadcast to the
    // scores), the padding bias added, softmax, dropout, values. q (B, nh, Tq, hs) -> (B, nh, Tq, hs).
    torch::Tensor explicitAttention(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v,
                                    const torch::Tensor& future, const torch::Tensor& padding);

    Conv1D m_cAttn{nullptr}; // "c_attn": C -> 3C, q | k | v
    Conv1D m_cProj{nullptr}; // "c_proj": C -> C
    std::int64_t m_nHead;
    std::int64_t m_nEmbd;
    double m_headDivisor;  // sqrt(head_dim) when scale_attn_weights, else 1
    double m_layerDivisor; // layer_idx + 1 when scale_attn_by_inverse_layer_idx, else 1
    double m_attnPdrop;
    double m_residPdrop;
    bool m_upcast; // reorder_and_upcast_attn: scores and softmax in float32
};
TORCH_MODULE(Gpt2Attention);

class Gpt2MlpImpl : public torch::nn::Module {
public:
    explicit Gpt2MlpImpl(const ModelConfig& config);
    torch::Tensor forward(const torch::Tensor& x); // (B, T, C) -> (B, T, C)

private:
    Conv1D m_cFc{nullptr};   // "c_fc": C -> inner
    Conv1D m_cProj{nullptr}; // "c_proj": inner -> C
    std::string m_activation;
    double m_residPdrop;
};
TORCH_MODULE(Gpt2Mlp);

class Gpt2BlockImpl : public torch::nn::Module {
public:
    Gpt2BlockImpl(const ModelConfig& config, std::int64_t layerIdx);
    torch::Tensor forward(const torch::Tensor& x, const AttentionBias& bias); // pre-LN residual block
    // The block's output at one position per row: x (B, T, C), positions (B) -> (B, 1, C).
    torch::Tensor forwardAt(const torch::Tensor& x, const torch::Tensor& positions, const AttentionBias& bias);

private:
    torch::nn::LayerNorm m_ln1{nullptr}; // "ln_1"
    Gpt2Attention m_attn{nullptr};       // "attn"
    torch::nn::LayerNorm m_ln2{nullptr}; // "ln_2"
    Gpt2Mlp m_mlp{nullptr};              // "mlp"
};
TORCH_MODULE(Gpt2Block);

class Gpt2ModelImpl : public torch::nn::Module {
public:
    explicit Gpt2ModelImpl(const ModelConfig& config);

    // input_ids (B, T) int64 -> ln_f output (B, T, C). `attentionMask` (B, T) of 1/0 selects the
    // explicit path with key padding; undefined means right padding, causal only. When `trace` is
    // given it receives wte+wpe and the residual stream after each block (debugging, golden tests).
    torch::Tensor forward(const torch::Tensor& inputIds, const torch::Tensor& attentionMask = {},
                          std::vector<torch::Tensor>* trace = nullptr);
    // The ln_f output at one position per row: positions (B) int64 -> (B, C). Equals
    // forward(...)[b, positions[b]] but runs the last block at those positions only.
    torch::Tensor forwardAt(const torch::Tensor& inputIds, const torch::Tensor& positions,
                            const torch::Tensor& attentionMask = {});

    // Tied LM head: hidden (..., C) -> logits (..., vocab) = hidden · wteᵀ.
    torch::Tensor lmLogits(const torch::Tensor& hidden) const;

    const torch::nn::Embedding& wte() const { return m_wte; }

private:
    // Checks the ids, embeds them and builds the attention bias every block shares.
    torch::Tensor embed(const torch::Tensor& inputIds, const torch::Tensor& attentionMask, AttentionBias& bias,
                        std::vector<torch::Tensor>* trace);
    torch::Tensor futureMask(std::int64_t T, const torch::Device& device);

    ModelConfig m_config;
    torch::nn::Embedding m_wte{nullptr}; // "wte": (vocab, C)
    torch::nn::Embedding m_wpe{nullptr}; // "wpe": (n_positions, C)
    torch::nn::ModuleList m_h{nullptr};  // "h": blocks 0..n_layer-1
    std::vector<Gpt2Block> m_blocks;     // the same blocks, typed
    torch::nn::LayerNorm m_lnF{nullptr}; // "ln_f"
    torch::Tensor m_future;              // cached bool (n_positions, n_positions) upper triangle
};
TORCH_MODULE(Gpt2Model);

class Gpt2ForSequenceClassificationImpl : public torch::nn::Module {
public:
    // The label count is config.numLabels(); validates the config (sizes, heads, activation).
    explicit Gpt2ForSequenceClassificationImpl(const ModelConfig& config);

    // Pooled classification logits (B, num_labels). Pooling position per row: `lengths` - 1 when
    // the caller knows the real lengths (int64 (B)), else Hugging Face's rule (>= 4.48): the
    // rightmost token that is not the pad id (pad = eos when the config has none).
    torch::Tensor forward(const torch::Tensor& inputIds, const torch::Tensor& lengths = {},
                          const torch::Tensor& attentionMask = {});

    // The position each row is read at (B) int64, by the rule above.
    torch::Tensor pooledPositions(const torch::Tensor& inputIds, const torch::Tensor& lengths = {}) const;
    // hidden (B, T, C), positions (B) -> score(hidden[b, positions[b]]) (B, num_labels).
    torch::Tensor classify(const torch::Tensor& hidden, const torch::Tensor& positions);

    const ModelConfig& config() const { return m_config; }
    Gpt2Model& transformer() { return m_transformer; }
    torch::nn::Linear& score() { return m_score; }

private:
    ModelConfig m_config;
    Gpt2Model m_transformer{nullptr};   // "transformer"
    torch::nn::Linear m_score{nullptr}; // "score": C -> num_labels, no bias
};
TORCH_MODULE(Gpt2ForSequenceClassification);

// Hugging Face's single_label_classification loss: mean cross-entropy over labels != -100,
// computed in float32; num_labels == 1 is regression (mean squared error), as HF infers it.
torch::Tensor sequenceClassificationLoss(const torch::Tensor& logits, const torch::Tensor& labels);

// GPT2LMHeadModel's loss with labels = input_ids: position t predicts token t+1 through the tied
// head, cross-entropy in float32, mean over the predicted tokens of each row's first `lengths[b]`
// (positions past a row's length are padding and ignored, like labels of -100). `reduction` "sum"
// gives the total instead, for token-weighted means across batches. Rows need two tokens to predict one.
torch::Tensor causalLmLoss(Gpt2Model& transformer, const torch::Tensor& inputIds, const torch::Tensor& lengths,
                           const char* reduction = "mean");
// How many tokens causalLmLoss predicts for these lengths: sum of (length - 1).
std::int64_t causalLmTargets(const torch::Tensor& lengths);

} // namespace litetune
