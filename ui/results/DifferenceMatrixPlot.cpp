#include "results/DifferenceMatrixPlot.h"

#include "common/ColorScheme.h"
#include "common/PlotTheme.h"

#include <QLocale>

#include <algorithm>
#include <cstdlib>

namespace {

// Matrices up to this size print their numbers in the cells; larger ones rely on the tooltip.
constexpr int kMaxLabelsWithNumbers = 14;

} // namespace

DifferenceMatrixPlot::DifferenceMatrixPlot(QWidget* parent)
    : LabelMatrixPlot(parent)
    , m_scale(new QCPColorScale(this)) {
    setObjectName(QStringLiteral("differenceMatrixPlot"));
    setMinimumSize(320, 300);
    plotLayout()->addElement(1, 1, m_scale);

    m_map->setColorScale(m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(10);
    m_scale->axis()->setLabel(tr("B − A"));
    m_scale->axis()->setSubTicks(false);
    // The colour bar as tall as the matrix. A margin group on both sides would make the matrix
    // take the colour scale's own (tall) automatic bottom margin, leaving a blank band under it; so
    // the top is grouped and the bottom copied from the matrix after each layout.
    auto* margins = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msTop, margins);
    m_scale->setMarginGroup(QCP::msTop, margins);
    m_scale->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msTop);
    connect(this, &QCustomPlot::afterLayout, this, [this] {
        const int bottom = axisRect()->margins().bottom();
        if (m_scale->margins().bottom() != bottom) {
            m_scale->setMargins(QMargins(0, 0, 0, bottom)); // the auto sides keep their own
            replot(QCustomPlot::rpQueuedReplot);
        }
    });

    xAxis->setLabel(tr("Predicted"));
    yAxis->setLabel(tr("True"));
    PlotTheme::follow(this);
    applyGradient();
}

void DifferenceMatrixPlot::applyGradient() {
    // Diverging around the background colour, so unchanged cells recede and the size of a change
    // reads as the strength of its colour: blue fewer, orange-red more (the report's colours).
    QCPColorGradient gradient;
    gradient.clearColorStops();
    if (ColorScheme::isDark(palette())) {
        gradient.setColorStopAt(0.0, QColor(0x7c, 0xb8, 0xf0));
        gradient.setColorStopAt(0.3, QColor(0x2c, 0x5f, 0x93));
        gradient.setColorStopAt(0.5, palette().color(QPalette::Base).lighter(120));
        gradient.setColorStopAt(0.7, QColor(0x9a, 0x43, 0x2a));
        gradient.setColorStopAt(1.0, QColor(0xf5, 0x9a, 0x6b));
    } else {
        gradient.setColorStopAt(0.0, QColor(0x21, 0x66, 0xac));
        gradient.setColorStopAt(0.3, QColor(0x92, 0xc5, 0xde));
        gradient.setColorStopAt(0.5, QColor(0xf7, 0xf7, 0xf7));
        gradient.setColorStopAt(0.7, QColor(0xf4, 0xa5, 0x82));
        gradient.setColorStopAt(1.0, QColor(0xb2, 0x18, 0x2b));
    }
    m_map->setGradient(gradient);
    // The colour bar's axis lives in an axis rect of its own, which PlotTheme does not reach.
    const QColor text = palette().color(QPalette::WindowText);
    QCPAxis* axis = m_scale->axis();
    axis->setBasePen(QPen(text, 1));
    axis->setTickPen(QPen(text, 1));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
}

void DifferenceMatrixPlot::setDelta(const QString& title, const QVector<Label>& labels,
                                    const std::vector<std::int64_t>& delta) {
    setCells(title, labels, delta, 11.0);
}

std::int64_t DifferenceMatrixPlot::delta(int trueLabel, int predicted) const {
    return cellValue(trueLabel, predicted);
}

QString DifferenceMatrixPlot::signedText(std::int64_t value) {
    const QString magnitude = QLocale().toString(static_cast<qlonglong>(std::llabs(value)));
    if (value > 0) {
        return QLatin1Char('+') + magnitude;
    }
    return value < 0 ? QString(QChar(0x2212)) + magnitude : magnitude;
}

void DifferenceMatrixPlot::updateCells() {
    const int n = m_labels.size();
    resizeCells();
    std::int64_t largest = 0;
    for (int t = 0; t < n; ++t) {
        for (int p = 0; p < n; ++p) {
            m_map->data()->setCell(p, t, static_cast<double>(delta(t, p)));
            largest = std::max(largest, static_cast<std::int64_t>(std::llabs(delta(t, p))));
        }
    }
    // Symmetric, so zero sits in the gradient's middle whatever the signs.
    const double reach = static_cast<double>(std::max<std::int64_t>(1, largest));
    m_map->setDataRange(QCPRange(-reach, reach));
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples); // whole numbers only
    m_scale->axis()->setTicker(ticker);

    clearNumbers();
    if (n > 0 && n <= kMaxLabelsWithNumbers) {
        QCPColorGradient gradient = m_map->gradient(); // color() is not const
        QFont numberFont = font();
        numberFont.setBold(true);
        for (int t = 0; t < n; ++t) {
            for (int p = 0; p < n; ++p) {
                const std::int64_t value = delta(t, p);
                if (value == 0) {
                    continue; // unchanged cells stay quiet; the tooltip still says 0
                }
                const QColor cell =
                    QColor::fromRgb(gradient.color(static_cast<double>(value), QCPRange(-reach, reach)));
                addNumber(t, p, signedText(value), cell)->setFont(numberFont);
            }
        }
    }
    replot(QCustomPlot::rpQueuedReplot);
}

QString DifferenceMatrixPlot::cellToolTip(int t, int p) const {
    const QString change = t == p ? tr("correct") : tr("mistaken");
    QString tip = tr("true %1 → predicted %2: %3 (B − A)")
                      .arg(emojiSpan(labelText(t)), emojiSpan(labelText(p)), signedText(delta(t, p)));
    tip += QStringLiteral("<br><small>%1 → %2 (%3)</small>")
               .arg(m_labels.at(t).name.toHtmlEscaped(), m_labels.at(p).name.toHtmlEscaped(), change);
    return tip;
}
