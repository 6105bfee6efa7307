#include "results/ConfigDiff.h"

#include <QLocale>

namespace {

QString number(double value) {
    return QString::number(value, 'g', 6);
}

QString yesNo(bool value) {
    return value ? ConfigDiff::tr("yes") : ConfigDiff::tr("no");
}

QString orDefault(const std::string& text, const QString& fallback) {
    return text.empty() ? fallback : toQString(text);
}

} // namespace

QVector<QPair<QString, QString>> ConfigDiff::settings(const litetune::TrainConfig& c) {
    const QString none = QStringLiteral("—");
    const QString automatic = tr("auto");
    QVector<QPair<QString, QString>> out{
        {QStringLiteral("method"), QString::fromLatin1(litetune::methodName(c.method))},
        {QStringLiteral("model"), toQString(c.modelPath)},
        {QStringLiteral("adapter"), orDefault(c.adapterPath, none)},
        {QStringLiteral("data"), toQString(c.dataPath)},
        {QStringLiteral("text_column"), orDefault(c.textColumn, automatic)},
        {QStringLiteral("label_column"), orDefault(c.labelColumn, automatic)},
        {QStringLiteral("eval_split"), orDefault(c.evalSplit, automatic)},
        {QStringLiteral("epochs"), number(c.epochs)},
        {QStringLiteral("max_steps"), c.maxSteps < 0 ? none : QString::number(c.maxSteps)},
        {QStringLiteral("lr"), number(c.learningRate)},
        {QStringLiteral("weight_decay"), number(c.weightDecay)},
        {QStringLiteral("warmup_ratio"), number(c.warmupRatio)},
        {QStringLiteral("batch_size"), QString::number(c.batchSize)},
        {QStringLiteral("eval_batch_size"), QString::number(c.evalBatchSize)},
        {QStringLiteral("grad_accum"), QString::number(c.gradAccum)},
        {QStringLiteral("max_grad_norm"), number(c.maxGradNorm)},
        {QStringLiteral("max_length"), QString::number(c.maxLength)},
        {QStringLiteral("seed"), QString::number(c.seed)},
        {QStringLiteral("eval_every"), QString::number(c.evalEvery)},
        {QStringLiteral("early_stopping"), QString::number(c.earlyStoppingPatience)},
        {QStringLiteral("early_stopping_metric"), toQString(c.earlyStoppingMetric)},
        {QStringLiteral("device"), toQString(c.device)},
        {QStringLiteral("precision"), QString::fromLatin1(litetune::precisionName(c.precision))},
        {QStringLiteral("limit_train"), c.limitTrain > 0 ? QString::number(c.limitTrain) : none},
        {QStringLiteral("limit_eval"), c.limitEval > 0 ? QString::number(c.limitEval) : none},
        {QStringLiteral("validation_fraction"), number(c.validationFraction)},
        {QStringLiteral("test_fraction"), number(c.testFraction)},
        {QStringLiteral("skip_bad_rows"), yesNo(c.skipBadRows)},
        {QStringLiteral("clean_text"), yesNo(c.cleanText)},
        {QStringLiteral("class_weighted_loss"), yesNo(c.classWeightedLoss)},
    };
    const bool lora = c.method == litetune::Method::Lora;
    QStringList targets;
    for (const auto& target : c.lora.targets) {
        targets.append(toQString(target));
    }
    out.append({QStringLiteral("lora_r"), lora ? QString::number(c.lora.r) : none});
    out.append({QStringLiteral("lora_alpha"), lora ? number(c.lora.alpha) : none});
    out.append({QStringLiteral("lora_dropout"), lora ? number(c.lora.dropout) : none});
    out.append({QStringLiteral("lora_targets"), lora ? targets.join(QStringLiteral(", ")) : none});
    out.append({QStringLiteral("lora_rslora"), lora ? yesNo(c.lora.rslora) : none});
    out.append({QStringLiteral("lora_lr"),
                lora ? (c.lora.learningRate > 0 ? number(c.lora.learningRate) : tr("shared")) : none});
    return out;
}

QVector<ConfigDiff::Entry> ConfigDiff::differences(const RunResultList& runs) {
    QVector<Entry> out;
    if (runs.size() < 2) {
        return out;
    }
    QVector<QVector<QPair<QString, QString>>> all;
    for (const auto& run : runs) {
        all.append(settings(run.config));
    }
    for (int key = 0; key < all.first().size(); ++key) {
        Entry entry;
        entry.key = all.first().at(key).first;
        bool differs = false;
        for (const auto& one : all) {
            entry.values.append(one.at(key).second);
            differs = differs || one.at(key).second != entry.values.first();
        }
        if (differs) {
            out.append(entry);
        }
    }
    return out;
}
