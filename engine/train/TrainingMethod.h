// TrainingMethod: what distinguishes base evaluation, full fine-tuning, head-only, BitFit and
// LoRA/rsLoRA — which parameters train, how the model is wrapped, and what the run folder keeps
// (model/ in Hugging Face layout, or adapter/ in PEFT layout). The choice of parameters is the
// model layer's (selectTrainableParameters, applyLora); this object only strings them together.
// Reference: huggingface/peft get_peft_model; Ben Zaken et al. 2021 (BitFit); Kalajdzievski 2023 (rsLoRA).
#pragma once

#include "api/Tokenizer.h"
#include "api/TrainConfig.h"
#include "lora/LoraConfig.h"
#include "model/Gpt2.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace litetune {

class TrainingMethod {
public:
    static std::unique_ptr<TrainingMethod> create(Method method);
    virtual ~TrainingMethod() = default;

    // Wraps the model where the method needs it and marks the parameters it trains. `adapter` is
    // the LoRA adapter the model was loaded with, if any; `baseModel` names the base for PEFT.
    virtual void prepare(Gpt2ForSequenceClassification& model, const TrainConfig& config,
                         const std::optional<LoraConfig>& adapter, const std::string& baseModel) = 0;

    // Writes the trained result into the run folder; returns the size of its weights file.
    virtual std::int64_t save(Gpt2ForSequenceClassification& model, const std::filesystem::path& runDir,
                              const Tokenizer& tokenizer) const = 0;
};

} // namespace litetune
