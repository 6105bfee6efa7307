#include "configure/ConfigValidator.h"

#include "api/OptionTable.h"
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
    // Ranges: the engine's one check, in the words the CLI uses (api/OptionTable.h).
    for (const litetune::OptionViolation& violation : litetune::validate(config)) {
        problems << tr("Option --%1 %2.").arg(toQString(violation.flag), toQString(violation.expectation));
    }
    // The engine's refusal of best-model settings that cannot work, in its words (api/TrainConfig.h);
    // after the ranges, which it presumes (a patience out of range is that problem alone).
    const bool trains = action == Action::Compare || config.method != litetune::Method::Evaluate;
    if (trains && litetune::validate(config).empty()) {
        if (const std::string problem = litetune::bestModelProblem(config); !problem.empty()) {
            problems << toQString(problem) + QLatin1Char('.');
        }
    }
    const bool usesLora = action == Action::Compare || config.method == litetune::Method::Lora;
    if (usesLora && config.lora.targets.empty()) {
        problems << tr("LoRA needs at least one target module (for example c_attn).");
    }
    return problems;
}
