#include "dataset/LabelChart.h"

#include "common/LabelGlyphs.h"
#include "common/PlotTheme.h"

#include <algorithm>

LabelChart::LabelChart(QWidget* parent)
    : QCustomPlot(parent)
    , m_bars(new QCPBars(xAxis, yAxis)) {
    setObjectName(QStringLiteral("labelChart"));
    m_bars->setWidth(0.7);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(QColor(0x4c, 0x78, 0xa8));
    yAxis->setLabel(tr("Examples"));
    xAxis->grid()->setVisible(false);
    setMinimumHeight(180);
    PlotTheme::follow(this);
}

void LabelChart::setCounts(const std::vector<litetune::LabelInfo>& labels, const std::vector<std::int64_t>& counts) {
    QVector<double> keys;
    QVector<double> values;
    QVector<QString> tickLabels;
    bool allGlyphs = true;
    for (size_t i = 0; i < labels.size(); ++i) {
        keys.append(static_cast<double>(i));
        values.append(i < counts.size() ? static_cast<double>(counts[i]) : 0.0);
        QString glyph = LabelGlyphs::glyph(labels[i]);
        if (glyph.isEmpty()) {
            allGlyphs = false;
            glyph = LabelGlyphs::displayName(labels[i]);
        }
        tickLabels.append(glyph);
    }
    m_bars->setData(keys, values, true);

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTicks(keys, tickLabels);
    xAxis->setTicker(ticker);
    // Glyph ticks use the colour emoji font; plain names keep the text font, slanted to fit.
    xAxis->setTickLabelFont(allGlyphs ? LabelGlyphs::emojiFont(font().pointSizeF() + 2) : font());
    xAxis->setTickLabelRotation(allGlyphs ? 0 : 45);
    xAxis->setRange(-0.7, std::max<double>(1.0, static_cast<double>(labels.size())) - 0.3);
    const double top = values.isEmpty() ? 1.0 : *std::max_element(values.cbegin(), values.cend());
    yAxis->setRange(0, std::max(1.0, top * 1.08));
    replot(QCustomPlot::rpQueuedReplot);
}

void LabelChart::clear() {
    m_bars->data()->clear();
    replot(QCustomPlot::rpQueuedReplot);
}
