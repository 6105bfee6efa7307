// Gpt2Init: Hugging Face's GPT2PreTrainedModel._init_weights, seeded: Conv1D/Linear weights and
// embeddings ~ N(0, initializer_range), biases 0, LayerNorm weight 1 / bias 0, then every
// c_proj.weight (attn and mlp) ~ N(0, initializer_range / sqrt(2·n_layer)); score ~ N(0, range).
// Values are drawn on the CPU in float32 from one generator, in parameter order, and copied in, so
// a seed gives the same model on every device and dtype. It matches HF's distributions, not HF's
// random stream (docs/formats.md §1.6: not reproducible from C++). LoRA factors are LoraLayer's business.
// Reference: huggingface/transformers src/transformers/models/gpt2/modeling_gpt2.py (_init_weights).
#pragma once

#include "model/Gpt2.h"

#include <cstdint>

namespace litetune {

// Every base parameter (transformer.* and score.weight).
void initGpt2Weights(Gpt2ForSequenceClassification& model, std::uint64_t seed);

// score.weight only: a new classification head for a checkpoint that has none (HF does the same
// when it loads gpt2 into GPT2ForSequenceClassification).
void initScoreHead(Gpt2ForSequenceClassification& model, std::uint64_t seed);

} // namespace litetune
