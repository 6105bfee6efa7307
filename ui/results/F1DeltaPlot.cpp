#include "results/F1DeltaPlot.h"

#include "common/LabelGlyphs.h"
#include "common/PlotTheme.h"

#include <algorithm>
#include <cmath>

F1DeltaPlot::F1DeltaPlot(QWidget* parent)
    : QCustomPlot(parent)
    , m_gains(new QCPBars(xAxis, yAxis))
    , m_losses(new QCPBars(xAxis, yAxis))
    , m_zero(new QCPItemStraightLine(this)) {
    setObjectName(QStringLiteral("f1DeltaPlot"));
    setMinimumHeight(180);
    // A title like the difference matrix's beside it, so the two read as a pair.
    auto* title = new QCPTextElement(this, tr("F1 per label, B − A"));
    QFont titleFont = font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, title);
    yAxis->setLabel(tr("F1 change (B − A)"));
    xAxis->grid()->setVisible(false);
    xAxis->setSubTicks(false);
    xAxis->setTickLength(0, 3);
    for (QCPBars* bars : {m_gains, m_losses}) {
        bars->setWidth(0.6);
        bars->setPen(Qt::NoPen);
    }
    m_gains->setName(tr("B better"));
    m_losses->setName(tr("B worse"));
    m_gains->setBrush(gainColor());
    m_losses->setBrush(lossColor());
    m_zero->point1->setCoords(0, 0);
    m_zero->point2->setCoords(1, 0);
    PlotTheme::follow(this);
    m_zero->setPen(QPen(palette().color(QPalette::WindowText), 1));
}

QColor F1DeltaPlot::gainColor() {
    return QColor(0x2e, 0xa0, 0x5f);
}

QColor F1DeltaPlot::lossColor() {
    return QColor(0xd6, 0x45, 0x50);
}

void F1DeltaPlot::changeEvent(QEvent* event) {
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_zero->setPen(QPen(palette().color(QPalette::WindowText), 1));
    }
}

void F1DeltaPlot::setScores(const QVector<ConfusionMatrixPlot::Label>& labels, const std::vector<double>& f1A,
                            const std::vector<double>& f1B) {
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    bool allGlyphs = !labels.isEmpty();
    QVector<double> gainKeys, gains, lossKeys, losses;
    m_delta.fill(0.0, labels.size());
    double largest = 0.0;
    for (int i = 0; i < labels.size(); ++i) {
        const auto& label = labels.at(i);
        allGlyphs = allGlyphs && !label.glyph.isEmpty();
        ticker->addTick(i, label.glyph.isEmpty() ? label.name : label.glyph);
        const auto index = static_cast<size_t>(i);
        const double change = index < f1A.size() && index < f1B.size() ? f1B[index] - f1A[index] : 0.0;
        if (!std::isfinite(change)) {
            continue;
        }
        m_delta[i] = change;
        largest = std::max(largest, std::abs(change));
        (change >= 0.0 ? gainKeys : lossKeys).append(i);
        (change >= 0.0 ? gains : losses).append(change);
    }
    xAxis->setTicker(ticker);
    xAxis->setTickLabelFont(allGlyphs ? LabelGlyphs::emojiFont(labels.size() > 14 ? 11.0 : 13.0) : font());
    xAxis->setTickLabelRotation(allGlyphs ? 0 : 45);
    m_gains->setData(gainKeys, gains, true);
    m_losses->setData(lossKeys, losses, true);
    // Whole twentieths, at least ±0.05, so a tiny change does not fill the plot.
    const double reach = std::clamp(std::ceil(largest * 1.15 * 20.0) / 20.0, 0.05, 1.0);
    yAxis->setRange(-reach, reach);
    xAxis->setRange(-0.6, static_cast<double>(std::max<qsizetype>(1, labels.size())) - 0.4);
    replot(QCustomPlot::rpQueuedReplot);
}
