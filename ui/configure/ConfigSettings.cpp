#include "configure/ConfigSettings.h"

#include "bridge/EngineTypes.h"

#include <QSettings>
#include <QStringList>

void ConfigSettings::save(QSettings& settings, const litetune::TrainConfig& config) {
    settings.beginGroup(QStringLiteral("knobs"));
    settings.setValue(QStringLiteral("method"), QString::fromLatin1(litetune::methodName(config.method)));
    settings.setValue(QStringLiteral("epochs"), config.epochs);
    settings.setValue(QStringLiteral("learningRate"), config.learningRate);
    settings.setValue(QStringLiteral("batchSize"), config.batchSize);
    settings.setValue(QStringLiteral("gradAccum"), config.gradAccum);
    settings.setValue(QStringLiteral("maxLength"), config.maxLength);
    settings.setValue(QStringLiteral("warmupRatio"), config.warmupRatio);
    settings.setValue(QStringLiteral("weightDecay"), config.weightDecay);
    settings.setValue(QStringLiteral("seed"), static_cast<qulonglong>(config.seed));
    settings.setValue(QStringLiteral("evalEvery"), static_cast<qlonglong>(config.evalEvery));
    settings.setValue(QStringLiteral("limitTrain"), static_cast<qlonglong>(config.limitTrain));
    settings.setValue(QStringLiteral("limitEval"), static_cast<qlonglong>(config.limitEval));
    settings.setValue(QStringLiteral("loraR"), config.lora.r);
    settings.setValue(QStringLiteral("loraAlpha"), config.lora.alpha);
    settings.setValue(QStringLiteral("loraDropout"), config.lora.dropout);
    QStringList targets;
    for (const auto& target : config.lora.targets) {
        targets << toQString(target);
    }
    settings.setValue(QStringLiteral("loraTargets"), targets);
    settings.endGroup();
}

void ConfigSettings::load(QSettings& settings, litetune::TrainConfig& config) {
    settings.beginGroup(QStringLiteral("knobs"));
    litetune::Method method = config.method;
    if (litetune::parseMethod(toStdString(settings.value(QStringLiteral("method")).toString()), method)) {
        config.method = method;
    }
    config.epochs = settings.value(QStringLiteral("epochs"), config.epochs).toDouble();
    config.learningRate = settings.value(QStringLiteral("learningRate"), config.learningRate).toDouble();
    config.batchSize = settings.value(QStringLiteral("batchSize"), config.batchSize).toInt();
    config.gradAccum = settings.value(QStringLiteral("gradAccum"), config.gradAccum).toInt();
    config.maxLength = settings.value(QStringLiteral("maxLength"), config.maxLength).toInt();
    config.warmupRatio = settings.value(QStringLiteral("warmupRatio"), config.warmupRatio).toDouble();
    config.weightDecay = settings.value(QStringLiteral("weightDecay"), config.weightDecay).toDouble();
    config.seed = settings.value(QStringLiteral("seed"), static_cast<qulonglong>(config.seed)).toULongLong();
    config.evalEvery =
        settings.value(QStringLiteral("evalEvery"), static_cast<qlonglong>(config.evalEvery)).toLongLong();
    config.limitTrain =
        settings.value(QStringLiteral("limitTrain"), static_cast<qlonglong>(config.limitTrain)).toLongLong();
    config.limitEval =
        settings.value(QStringLiteral("limitEval"), static_cast<qlonglong>(config.limitEval)).toLongLong();
    config.lora.r = settings.value(QStringLiteral("loraR"), config.lora.r).toInt();
    config.lora.alpha = settings.value(QStringLiteral("loraAlpha"), config.lora.alpha).toDouble();
    config.lora.dropout = settings.value(QStringLiteral("loraDropout"), config.lora.dropout).toDouble();
    if (settings.contains(QStringLiteral("loraTargets"))) {
        config.lora.targets.clear();
        for (const auto& target : settings.value(QStringLiteral("loraTargets")).toStringList()) {
            config.lora.targets.push_back(toStdString(target));
        }
    }
    settings.endGroup();
}
