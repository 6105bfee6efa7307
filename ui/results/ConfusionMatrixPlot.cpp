#include "results/ConfusionMatrixPlot.h"

#include "common/ColorScheme.h"
#include "common/PlotTheme.h"

#include <QLocale>

#include <algorithm>

namespace {

// Matrices up to this size print their numbers in the cells; larger ones rely on the tooltip.
constexpr int kMaxLabelsWithNumbers = 12;

} // namespace

ConfusionMatrixPlot::ConfusionMatrixPlot(QWidget* parent)
    : LabelMatrixPlot(parent) {
    setObjectName(QStringLiteral("confusionMatrixPlot"));
    setMinimumSize(300, 300);
    applyGradient();
    xAxis->setLabel(tr("Predicted"));
    yAxis->setLabel(tr("True"));
    PlotTheme::follow(this);
}

void ConfusionMatrixPlot::applyGradient() {
    // Empty cells take (about) the background colour and full ones stand out from it: white to
    // dark blue on a light palette, dark to light blue on a dark one.
    QCPColorGradient gradient;
    gradient.clearColorStops();
    if (ColorScheme::isDark(palette())) {
        gradient.setColorStopAt(0.0, palette().color(QPalette::Base).lighter(115));
        gradient.setColorStopAt(0.35, QColor(0x1f, 0x5a, 0x8c));
        gradient.setColorStopAt(1.0, QColor(0x9e, 0xd0, 0xf5));
    } else {
        gradient.setColorStopAt(0.0, QColor(0xf7, 0xfb, 0xff));
        gradient.setColorStopAt(0.35, QColor(0x9e, 0xca, 0xe1));
        gradient.setColorStopAt(1.0, QColor(0x08, 0x30, 0x6b));
    }
    m_map->setGradient(gradient);
}

void ConfusionMatrixPlot::setMatrix(const QString& title, const QVector<Label>& labels,
                                    const std::vector<std::int64_t>& confusion) {
    setCells(title, labels, confusion, 10.0);
}

void ConfusionMatrixPlot::setNormalized(bool normalized) {
    if (normalized != m_normalized) {
        m_normalized = normalized;
        updateCells();
    }
}

std::int64_t ConfusionMatrixPlot::count(int trueLabel, int predicted) const {
    return cellValue(trueLabel, predicted);
}

double ConfusionMatrixPlot::shownValue(int trueLabel, int predicted) const {
    const double value = static_cast<double>(count(trueLabel, predicted));
    if (!m_normalized) {
        return value;
    }
    std::int64_t total = 0;
    for (int p = 0; p < m_labels.size(); ++p) {
        total += count(trueLabel, p);
    }
    return total > 0 ? value / static_cast<double>(total) : 0.0;
}

QString ConfusionMatrixPlot::cellText(int trueLabel, int predicted) const {
    return tr("true %1 → predicted %2: %3")
        .arg(labelText(trueLabel), labelText(predicted), QLocale().toString(count(trueLabel, predicted)));
}

void ConfusionMatrixPlot::updateCells() {
    const int n = m_labels.size();
    resizeCells();
    double top = 0.0;
    for (int t = 0; t < n; ++t) {
        for (int p = 0; p < n; ++p) {
            const double value = shownValue(t, p);
            m_map->data()->setCell(p, t, value);
            top = std::max(top, value);
        }
    }
    m_map->setDataRange(QCPRange(0.0, m_normalized ? 1.0 : std::max(1.0, top)));

    clearNumbers();
    if (n > 0 && n <= kMaxLabelsWithNumbers) {
        const QLocale locale;
        const double range = m_normalized ? 1.0 : std::max(1.0, top);
        QCPColorGradient gradient = m_map->gradient(); // color() is not const
        for (int t = 0; t < n; ++t) {
            for (int p = 0; p < n; ++p) {
                const double value = shownValue(t, p);
                addNumber(t, p, m_normalized ? locale.toString(value, 'f', 2) : locale.toString(count(t, p)),
                          QColor::fromRgb(gradient.color(value, QCPRange(0.0, range))));
            }
        }
    }
    replot(QCustomPlot::rpQueuedReplot);
}

QString ConfusionMatrixPlot::cellToolTip(int t, int p) const {
    QString tip = tr("true %1 → predicted %2: %3")
                      .arg(emojiSpan(labelText(t)), emojiSpan(labelText(p)), QLocale().toString(count(t, p)));
    if (m_normalized) {
        tip += tr(" (%1% of this true label)").arg(QLocale().toString(shownValue(t, p) * 100.0, 'f', 1));
    }
    tip += QStringLiteral("<br><small>%1 → %2</small>")
               .arg(m_labels.at(t).name.toHtmlEscaped(), m_labels.at(p).name.toHtmlEscaped());
    return tip;
}
