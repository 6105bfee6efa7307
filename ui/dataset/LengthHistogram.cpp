#include "dataset/LengthHistogram.h"

#include "common/PlotTheme.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

LengthHistogram::LengthHistogram(QWidget* parent)
    : QCustomPlot(parent)
    , m_bars(new QCPBars(xAxis, yAxis))
    , m_cut(new QCPItemStraightLine(this))
    , m_label(new QCPItemText(this)) {
    setObjectName(QStringLiteral("lengthHistogram"));
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(QColor(0x59, 0xa1, 0x4f));
    m_cut->setPen(QPen(QColor(0xe1, 0x57, 0x59), 2, Qt::DashLine));
    m_cut->setVisible(false);
    m_label->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_label->position->setCoords(0.98, 0.04);
    m_label->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    m_label->setTextAlignment(Qt::AlignRight);
    m_label->setPadding(QMargins(6, 4, 6, 4));
    m_label->setBrush(Qt::white); // a box; PlotTheme gives it the palette's colours
    m_label->setText(tr("Token lengths appear once a model's tokenizer is loaded."));
    xAxis->setLabel(tr("Tokens per example"));
    yAxis->setLabel(tr("Examples"));
    setMinimumHeight(180);
    PlotTheme::follow(this);
}

void LengthHistogram::setStats(const litetune::LengthStats& stats, const QString& splitName) {
    if (stats.lengths.empty()) {
        clear();
        return;
    }
    const auto longest = std::max<std::int64_t>(stats.longest, 1);
    const double right = std::max<double>(static_cast<double>(longest), stats.maxLength * 1.05);
    const int binWidth = std::max(1, static_cast<int>(std::ceil(right / 48.0)));
    const int bins = static_cast<int>(std::ceil(right / binWidth)) + 1;
    QVector<double> counts(bins, 0.0);
    for (const auto length : stats.lengths) {
        ++counts[std::min<int>(bins - 1, static_cast<int>(length / binWidth))];
    }
    QVector<double> keys(bins);
    for (int i = 0; i < bins; ++i) {
        keys[i] = (i + 0.5) * binWidth;
    }
    m_bars->setWidth(binWidth * 0.9);
    m_bars->setData(keys, counts, true);
    xAxis->setRange(0, bins * binWidth);
    yAxis->setRange(0, *std::max_element(counts.cbegin(), counts.cend()) * 1.1);

    m_cut->point1->setCoords(static_cast<double>(stats.maxLength), 0);
    m_cut->point2->setCoords(static_cast<double>(stats.maxLength), 1);
    m_cut->setVisible(true);

    const QLocale locale;
    m_summary = tr("%1: %2% of %3 examples longer than %4 tokens are truncated\nmean %5 tokens, longest %6")
                    .arg(splitName, locale.toString(stats.truncatedFraction * 100.0, 'f', 2),
                         locale.toString(static_cast<qlonglong>(stats.lengths.size())),
                         locale.toString(static_cast<qlonglong>(stats.maxLength)),
                         locale.toString(stats.meanLength, 'f', 1), locale.toString(static_cast<qlonglong>(longest)));
    m_label->setText(m_summary);
    replot(QCustomPlot::rpQueuedReplot);
}

void LengthHistogram::clear() {
    m_bars->data()->clear();
    m_cut->setVisible(false);
    m_summary.clear();
    m_label->setText(tr("Token lengths appear once a model's tokenizer is loaded."));
    replot(QCustomPlot::rpQueuedReplot);
}
