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

// A causal LM never reads the classification head: it stays frozen, out of the optimizer and the
// trainable count, and out of what is saved.
void freezeHeadForLanguageModel(Gpt2ForSequenceClassification& model, const TrainConfig& config) {
    if (config.task == Task::CausalLm)
        model->score()->weight.set_requires_grad(false);
}

class WholeModelMethod final : public TrainingMethod {
public:
    explicit WholeModelMethod(Method method)
        : m_method(method) {}

    void prepare(Gpt2ForSequenceClassification& model, const TrainConfig& config,
                 const std::optional<LoraConfig>& adapter, const std::string& /*baseModel*/) override {
        m_head = config.task == Task::CausalLm ? ModelHead::LanguageModel : ModelHead::SequenceClassification;
        if (adapter && m_method != Method::Evaluate)
            throwBadInput(std::string("--adapter continues a LoRA adapter; method ") + methodName(m_method) +
                          " trains the base model (use --method lora, or export a merged model first)");
        if (adapter)
            selectTrainableParameters(model, Method::Lora); // keeps the branches; nothing trains anyway
        else
            selectTrainableParameters(model, m_method);
        freezeHeadForLanguageModel(model, config);
    }

    std::int64_t save(Gpt2ForSequenceClassification& model, const fs::path& runDir,
                      const Tokenizer& tokenizer) const override {
        if (m_method == Method::Evaluate)
            return 0;
        saveModelFolder(model, runDir / "model", &tokenizer, ExistingFolder::ReplaceOwnFiles,
                        m_head); // the run owns it
        return fileBytes(runDir / "model" / kModelWeightsFile);
    }

private:
    Method m_method;
    ModelHead m_head = ModelHead::SequenceClassification;
};

class LoraMethod final : public TrainingMethod {
public:
    void prepare(Gpt2ForSequenceClassification& model, const TrainConfig& config,
                 const std::optional<LoraConfig>& adapter, const std::string& baseModel) override {
        if (adapter) {
            m_config = *adapter; // continue training the loaded adapter as it is
        } else {
            m_config = loraConfigFromSettings(config.lora, baseModel);
            if (config.task == Task::CausalLm) { // PEFT's CAUSAL_LM adapter: no head to save
                m_config.taskType = "CAUSAL_LM";
                m_config.modulesToSave.clear();
            }
            applyLora(model, m_config, config.seed);
        }
        selectTrainableParameters(model, Method::Lora);
        freezeHeadForLanguageModel(model, config);
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
