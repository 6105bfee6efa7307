#include "results/PerClassF1Plot.h"

#include "common/LabelGlyphs.h"
#include "common/PlotTheme.h"
#include "results/RunSelectionModel.h"

#include <algorithm>
#include <cmath>

PerClassF1Plot::PerClassF1Plot(QWidget* parent)
    : QCustomPlot(parent)
    , m_group(new QCPBarsGroup(this)) {
    setObjectName(QStringLiteral("perClassF1Plot"));
    setMinimumHeight(220);
    m_group->setSpacingType(QCPBarsGroup::stAbsolute);
    m_group->setSpacing(1);
    yAxis->setLabel(tr("F1 score"));
    yAxis->setRange(0.0, 1.0);
    xAxis->grid()->setVisible(false);
    xAxis->setSubTicks(false);
    xAxis->setTickLength(0, 3);
    legend->setVisible(true);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    PlotTheme::follow(this);
}

void PerClassF1Plot::setData(const QVector<ConfusionMatrixPlot::Label>& labels, const QVector<Series>& series) {
    for (QCPBars* bars : m_bars) {
        m_group->remove(bars);
        removePlottable(bars);
    }
    m_bars.clear();

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    bool allGlyphs = !labels.isEmpty();
    QVector<double> keys;
    for (int i = 0; i < labels.size(); ++i) {
        const auto& label = labels.at(i);
        allGlyphs = allGlyphs && !label.glyph.isEmpty();
        ticker->addTick(i, label.glyph.isEmpty() ? label.name : label.glyph);
        keys.append(i);
    }
    xAxis->setTicker(ticker);
    xAxis->setTickLabelFont(allGlyphs ? LabelGlyphs::emojiFont(labels.size() > 14 ? 11.0 : 13.0) : font());
    xAxis->setTickLabelRotation(allGlyphs ? 0 : 45);

    // Bars share the 0.8 of each label's slot that is not gap.
    double top = 0.0;
    for (const Series& one : series) {
        for (double value : one.f1) {
            top = std::isfinite(value) ? std::max(top, value) : top;
        }
    }
    // Headroom for the legend; whole tenths, so the ticks stay round.
    yAxis->setRange(0.0, std::clamp(std::ceil(top * 1.25 * 10.0) / 10.0, 0.1, 1.0));
    const double width = 0.8 / static_cast<double>(std::max<qsizetype>(1, series.size()));
    for (int s = 0; s < series.size(); ++s) {
        auto* bars = new QCPBars(xAxis, yAxis);
        bars->setName(series.at(s).name);
        bars->setWidth(width);
        bars->setPen(Qt::NoPen);
        bars->setBrush(RunSelectionModel::runColor(s));
        QVector<double> values;
        QVector<double> valueKeys;
        for (int i = 0; i < labels.size() && i < series.at(s).f1.size(); ++i) {
            if (std::isfinite(series.at(s).f1.at(i))) {
                valueKeys.append(keys.at(i));
                values.append(series.at(s).f1.at(i));
            }
        }
        bars->setData(valueKeys, values, true);
        bars->setBarsGroup(m_group);
        m_bars.append(bars);
    }
    xAxis->setRange(-0.6, static_cast<double>(std::max<qsizetype>(1, labels.size())) - 0.4);
    legend->setVisible(!series.isEmpty());
    replot(QCustomPlot::rpQueuedReplot);
}
