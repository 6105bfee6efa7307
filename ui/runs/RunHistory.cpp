#include "runs/RunHistory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>

#include <cmath>

namespace {

int findColumn(const QStringList& header, std::initializer_list<const char*> names) {
    for (const char* name : names) {
        const int index = header.indexOf(QLatin1String(name));
        if (index >= 0) {
            return index;
        }
    }
    return -1;
}

// NaN for a missing or empty field, so a row may carry training or evaluation values alone.
double field(const QStringList& fields, int column) {
    if (column < 0 || column >= fields.size()) {
        return std::nan("");
    }
    bool ok = false;
    const double value = fields.at(column).trimmed().toDouble(&ok);
    return ok ? value : std::nan("");
}

} // namespace

RunHistory RunHistory::read(const QString& runDir, QString* errorMessage) {
    QFile file(QDir(runDir).filePath(QStringLiteral("history.csv")));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (errorMessage) {
            *errorMessage = QCoreApplication::translate("RunHistory", "Cannot read %1: %2")
                                .arg(file.fileName(), file.errorString());
        }
        return {};
    }
    return parse(QString::fromUtf8(file.readAll()));
}

RunHistory RunHistory::parse(const QString& csvText) {
    RunHistory history;
    const QStringList lines = csvText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty()) {
        return history;
    }
    QStringList header = lines.first().trimmed().split(QLatin1Char(','));
    for (auto& name : header) {
        name = name.trimmed();
    }
    const int stepColumn = findColumn(header, {"step", "global_step"});
    const int lossColumn = findColumn(header, {"loss", "train_loss", "training_loss"});
    const int lrColumn = findColumn(header, {"learning_rate", "lr"});
    const int evalLossColumn = findColumn(header, {"eval_loss", "validation_loss"});
    const int accuracyColumn = findColumn(header, {"eval_accuracy", "accuracy"});
    if (stepColumn < 0) {
        return history;
    }
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).trimmed().split(QLatin1Char(','));
        const double step = field(fields, stepColumn);
        if (std::isnan(step)) {
            continue;
        }
        const double loss = field(fields, lossColumn);
        if (!std::isnan(loss)) {
            history.trainSteps.append(step);
            history.trainLoss.append(loss);
            const double lr = field(fields, lrColumn);
            history.learningRate.append(std::isnan(lr) ? 0.0 : lr);
        }
        const double evalLoss = field(fields, evalLossColumn);
        if (!std::isnan(evalLoss)) {
            history.evalSteps.append(step);
            history.evalLoss.append(evalLoss);
            const double accuracy = field(fields, accuracyColumn);
            history.evalAccuracy.append(std::isnan(accuracy) ? 0.0 : accuracy);
        }
    }
    return history;
}
