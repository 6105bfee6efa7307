// ModelExport: a model folder in Hugging Face layout that any GPT-2 loader reads
// (GPT2ForSequenceClassification.from_pretrained, LiteTune's own loadGpt2):
//   config.json        the model's config with architectures ["GPT2ForSequenceClassification"],
//                      id2label/label2id, pad_token_id, torch_dtype of the saved weights
//   model.safetensors  transformer.* + score.weight (no lm_head: it is tied to wte)
//   vocab.json, merges.txt  when a tokenizer is given
// A model carrying unmerged LoRA branches is exported merged (W + (B·A)ᵀ·scaling per layer), the
// in-memory model untouched: the result is a plain GPT-2 with the adapter baked in. The folder is
// written through StagedDirectory (kind "model"): a folder holding anything else is refused, and
// an earlier LiteTune model folder there is replaced only when `existing` says so.
// Deliberately not here: pytorch_model.bin, sharding (GPT-2 sizes fit one file).
// Reference: transformers modeling_utils.py (save_pretrained), peft tuners/lora/model.py
// (merge_and_unload); docs/formats.md §1.4.
#pragma once

#include "api/Tokenizer.h"
#include "model/Gpt2.h"
#include "util/StagedDirectory.h"

#include <filesystem>

namespace litetune {

inline constexpr const char* kModelWeightsFile = "model.safetensors";

// Which Hugging Face class the folder is for. LanguageModel: architectures ["GPT2LMHeadModel"],
// no id2label and no score.weight — transformer.* only, the LM head being wte itself.
enum class ModelHead { SequenceClassification, LanguageModel };

void saveModelFolder(Gpt2ForSequenceClassification& model, const std::filesystem::path& dir, const Tokenizer* tokenizer,
                     ExistingFolder existing, ModelHead head = ModelHead::SequenceClassification);

} // namespace litetune
