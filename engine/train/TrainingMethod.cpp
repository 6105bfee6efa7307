// The methods. Full, head-only and BitFit differ only in the trainable set and save a whole model
// folder; LoRA attaches branches (or keeps a loaded adapter's) and saves a PEFT adapter folder.
#include "train/TrainingMethod.h"

#include "lora/LoraInjection.h"
#include "lora/PeftAdapter.h"
#include "model/ModelExport.h"
#include "model/TrainableParameters.h"
#include "util/Error.h"

namespace litetune {

namespace fs = std::filesystem;

namespace {

std::int64_t fileBytes(const fs::path& file) {
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    return ec ? 0 : static_cast<std::int64_t>(size);
}

class WholeModelMethod final : public TrainingMethod {
public:
    explicit WholeModelMethod(Method method)
        : m_method(method) {}

    void prepare(Gpt2ForSequenceClassification& model, const TrainConfig& /*config*/,
                 const std::optional<LoraConfig>& adapter, const std::string& /*baseModel*/) override {
        if (adapter && m_method != Method::Evaluate)
            throwBadInput(std::string("--adapter continues a LoRA adapter; method ") + methodName(m_method) +
                          " trains the base model (use --method lora, or export a merged model first)");
        if (adapter)
            selectTrainableParameters(model, Method::Lora); // keeps the branches; nothing trains anyway
        else
            selectTrainableParameters(model, m_method);
    }

    std::int64_t save(Gpt2ForSequenceClassification& model, const fs::path& runDir,
                      const Tokenizer& tokenizer) const override {
        if (m_method == Method::Evaluate)
            return 0;
        saveModelFolder(model, runDir / "model", &tokenizer, ExistingFolder::ReplaceOwnFiles); // the run owns it
        return fileBytes(runDir / "model" / kModelWeightsFile);
    }

private:
    Method m_method;
};

class LoraMethod final : public TrainingMethod {
public:
    void prepare(Gpt2ForSequenceClassification& model, const TrainConfig& config,
                 const std::optional<LoraConfig>& adapter, const std::string& baseModel) override {
        if (adapter) {
            m_config = *adapter; // continue training the loaded adapter as it is
        } else {
            m_config = loraConfigFromSettings(config.lora, baseModel);
            applyLora(model, m_config, config.seed);
        }
        selectTrainableParameters(model, Method::Lora);
    }

    std::int64_t save(Gpt2ForSequenceClassification& model, const fs::path& runDir,
                      const Tokenizer& /*tokenizer*/) const override {
        saveAdapter(model, m_config, runDir / "adapter", ExistingFolder::ReplaceOwnFiles); // the run owns it
        return fileBytes(runDir / "adapter" / kAdapterWeightsFile);
    }

private:
    LoraConfig m_config;
};

} // namespace

std::unique_ptr<TrainingMethod> TrainingMethod::create(Method method) {
    if (method == Method::Lora)
        return std::make_unique<LoraMethod>();
    return std::make_unique<WholeModelMethod>(method);
}

} // namespace litetune
