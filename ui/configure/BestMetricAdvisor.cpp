#include "configure/BestMetricAdvisor.h"

#include "api/TrainConfig.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QStandardItemModel>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

const QString kMacroF1 = QStringLiteral("eval_f1_macro");

bool languageModelMetric(const QString& name) {
    return name == QLatin1String("eval_loss") || name == QLatin1String("perplexity");
}

} // namespace

BestMetricAdvisor::BestMetricAdvisor(QComboBox* combo)
    : QObject(combo)
    , m_combo(combo)
    , m_reason(new QLabel(combo->parentWidget())) {
    m_reason->setObjectName(QStringLiteral("bestMetricReason"));
    m_reason->setWordWrap(true);
    m_reason->setVisible(false);
    if (auto* form = qobject_cast<QFormLayout*>(combo->parentWidget() ? combo->parentWidget()->layout() : nullptr)) {
        int row = -1;
        QFormLayout::ItemRole role{};
        form->getWidgetPosition(combo, &row, &role);
        if (row >= 0) {
            form->insertRow(row + 1, QString(), m_reason);
        }
    }
}

std::optional<double> BestMetricAdvisor::imbalance(const std::vector<std::int64_t>& trainCounts) {
    if (trainCounts.size() < 2) {
        return std::nullopt;
    }
    const auto [smallest, largest] = std::minmax_element(trainCounts.begin(), trainCounts.end());
    if (*largest <= 0) {
        return std::nullopt;
    }
    const double ratio = *smallest <= 0 ? std::numeric_limits<double>::infinity()
                                        : static_cast<double>(*largest) / static_cast<double>(*smallest);
    return ratio >= kImbalanceRatio ? std::optional<double>(ratio) : std::nullopt;
}

void BestMetricAdvisor::setClassCounts(const std::vector<std::int64_t>& trainCounts, bool textCorpus) {
    const std::optional<double> ratio = textCorpus ? std::nullopt : imbalance(trainCounts);
    order(ratio.has_value());
    // Only the metrics the run's task has can be chosen (the engine refuses the others).
    if (auto* items = qobject_cast<QStandardItemModel*>(m_combo->model())) {
        for (int i = 0; i < m_combo->count(); ++i) {
            const QString name = m_combo->itemData(i).toString();
            items->item(i)->setEnabled(textCorpus ? languageModelMetric(name) : name != QLatin1String("perplexity"));
        }
    }
    if (ratio) {
        const QString times = std::isinf(*ratio)
                                  ? tr("a class has no training example")
                                  : tr("largest %1× the smallest").arg(QLocale().toString(*ratio, 'f', 1));
        m_reason->setText(tr("Classes are imbalanced (%1): macro-F1 weighs every class equally.").arg(times));
    }
    m_reason->setVisible(ratio.has_value());
}

void BestMetricAdvisor::order(bool macroFirst) {
    const QSignalBlocker blocker(m_combo); // reordering is no change of the user's choice
    const QString current = m_combo->currentData().toString();
    m_combo->clear();
    if (macroFirst) {
        m_combo->addItem(kMacroF1, kMacroF1);
    }
    for (const char* name : litetune::bestModelMetricNames()) {
        const QString text = QString::fromLatin1(name);
        if (!macroFirst || text != kMacroF1) {
            m_combo->addItem(text, text);
        }
    }
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(current)));
}
