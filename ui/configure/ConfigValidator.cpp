#include "configure/ConfigValidator.h"

#include "bridge/EngineTypes.h"

#include <QDir>
#include <QFileInfo>

QStringList ConfigValidator::problems(const litetune::TrainConfig& config, bool hasDataset, Action action) {
    QStringList problems;
    if (!hasDataset) {
        problems << tr("Open a dataset first (Dataset place, Ctrl+O).");
    }
    const QString model = toQString(config.modelPath);
    if (model.isEmpty()) {
        problems << tr("Choose a model.");
    } else if (model != QLatin1String("demo") &&
               !QFileInfo(QDir(model).filePath(QStringLiteral("config.json"))).isFile()) {
        problems << tr("The model folder %1 has no config.json.").arg(QDir::toNativeSeparators(model));
    }
    const bool trains = action == Action::Compare || config.method != litetune::Method::Evaluate;
    if (trains) {
        if (config.epochs <= 0.0 && config.maxSteps <= 0) {
            problems << tr("Epochs must be more than 0.");
        }
        if (config.learningRate <= 0.0) {
            problems << tr("The learning rate must be more than 0.");
        }
        if (config.gradAccum < 1) {
            problems << tr("Gradient accumulation must be at least 1.");
        }
        if (config.warmupRatio < 0.0 || config.warmupRatio >= 1.0) {
            problems << tr("The warm-up ratio must be at least 0 and less than 1.");
        }
        if (config.weightDecay < 0.0) {
            problems << tr("Weight decay cannot be negative.");
        }
    }
    if (config.batchSize < 1) {
        problems << tr("The batch size must be at least 1.");
    }
    if (config.maxLength < 2 || config.maxLength > 1024) {
        problems << tr("The max length must be between 2 and 1024 tokens (GPT-2's context).");
    }
    const bool usesLora = action == Action::Compare || config.method == litetune::Method::Lora;
    if (usesLora) {
        if (config.lora.r <= 0) {
            problems << tr("The LoRA rank r must be at least 1.");
        }
        if (config.lora.alpha <= 0.0) {
            problems << tr("LoRA alpha must be more than 0.");
        }
        if (config.lora.dropout < 0.0 || config.lora.dropout >= 1.0) {
            problems << tr("LoRA dropout must be at least 0 and less than 1.");
        }
        if (config.lora.targets.empty()) {
            problems << tr("LoRA needs at least one target module (for example c_attn).");
        }
    }
    return problems;
}
