// PeftAdapter: LoRA adapter folders exactly as PEFT writes them, so PEFT's
// PeftModel.from_pretrained reads LiteTune's adapters and LiteTune reads PEFT's:
//   adapter_config.json        PEFT's keys, sorted, indent 2, inference_mode true, task_type SEQ_CLS
//   adapter_model.safetensors  base_model.model.<module>.lora_A.weight [r, in],
//                              base_model.model.<module>.lora_B.weight [out, r],
//                              base_model.model.score.weight [labels, n_embd] — ALWAYS written: an
//                              adapter whose head comes back random is the classic bug (PEFT #310/#1070)
//   labels.json                LiteTune's addition: {"id2label": {"0": ...}, "label2id": {...}} in
//                              config.json's own form, so evaluating an adapter needs nothing else
//                              (PEFT ignores the file).
// Folders are written into a temporary sibling and renamed into place. Loading accepts PEFT's
// file from any version: the in-memory key variants (lora_A.default.weight,
// score.modules_to_save.default.weight) too; unknown tensors are ignored with a message.
// Deliberately not here: adapter_model.bin (pickle: refused with a conversion hint), DoRA, several
// adapters in one folder. Reference: huggingface/peft src/peft/utils/save_and_load.py
// (get_peft_model_state_dict, set_peft_model_state_dict), src/peft/peft_model.py; docs/formats.md §2.6.
#pragma once

#include "util/StagedDirectory.h"

#include "lora/LoraConfig.h"
#include "model/Gpt2.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace litetune {

inline constexpr const char* kAdapterConfigFile = "adapter_config.json";
inline constexpr const char* kAdapterWeightsFile = "adapter_model.safetensors";
inline constexpr const char* kAdapterLabelsFile = "labels.json";
// LiteTune's record of the base an adapter was trained on ({"base_model", "fingerprint"}): a file
// of its own beside PEFT's, because PEFT versions before 0.14 refuse adapter_config.json keys they
// do not know (a TypeError in LoraConfig(**kwargs)).
inline constexpr const char* kAdapterBaseFile = "litetune_base.json";

// Writes the model's LoRA factors and score head with `config` (which must be what applyLora was
// given) into `dir` through StagedDirectory (kind "adapter"; `existing` as there). Label names:
// model->config().labels (LABEL_i when empty). Failure when the model has no LoRA layers.
void saveAdapter(Gpt2ForSequenceClassification& model, const LoraConfig& config, const std::filesystem::path& dir,
                 ExistingFolder existing);

// A warning when `adapterDir` records a base model (kAdapterBaseFile) whose fingerprint differs from
// that of `modelSpec` (io/ModelFingerprint.h); nothing when they match or either is unknown.
std::optional<std::string> adapterBaseMismatch(const std::filesystem::path& adapterDir, const std::string& modelSpec);

struct AdapterLoadResult {
    LoraConfig config;
    std::vector<std::string> modules;  // the wrapped layers
    bool headLoaded = false;           // score.weight came from the adapter
    std::vector<std::string> messages; // what a log should say (missing head, ignored tensors)
};

// Attaches the adapter in `dir` to a base model without LoRA (applyLora, then the adapter's
// tensors), leaving LoRA + score trainable. Everything is validated before the model is touched:
// a missing tensor or one shaped for another base is a BadInput naming the tensor and both shapes.
// The model's label count must match the adapter's head (see readAdapterLabels).
AdapterLoadResult loadAdapter(Gpt2ForSequenceClassification& model, const std::filesystem::path& dir);

// The label names an adapter folder was trained for: labels.json, else LABEL_0.. by the row count
// of its score.weight, else empty (no head in the adapter). Use them to build the base model.
std::vector<std::string> readAdapterLabels(const std::filesystem::path& dir);

} // namespace litetune
