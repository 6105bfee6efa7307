#include "results/DifferenceMatrixPlot.h"

#include "common/ColorScheme.h"
#include "common/LabelGlyphs.h"
#include "common/PlotTheme.h"

#include <QLocale>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace {

// Matrices up to this size print their numbers in the cells; larger ones rely on the tooltip.
constexpr int kMaxLabelsWithNumbers = 14;
// A press and release closer than this (pixels) is a click, not a drag.
constexpr int kClickSlop = 6;

QString emojiSpan(const QString& text) {
    return QStringLiteral("<span style=\"font-family:'Noto Color Emoji'\">%1</span>").arg(text.toHtmlEscaped());
}

} // namespace

DifferenceMatrixPlot::DifferenceMatrixPlot(QWidget* parent)
    : QCustomPlot(parent)
    , m_map(new QCPColorMap(xAxis, yAxis))
    , m_scale(new QCPColorScale(this))
    , m_title(new QCPTextElement(this)) {
    setObjectName(QStringLiteral("differenceMatrixPlot"));
    setMouseTracking(true);
    setMinimumSize(320, 300);
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, m_title);
    plotLayout()->addElement(1, 1, m_scale);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_map->setInterpolate(false);
    m_map->setTightBoundary(false);
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
    yAxis->setRangeReversed(true); // the first true label on top, as ConfusionMatrixPlot reads
    xAxis->grid()->setVisible(false);
    yAxis->grid()->setVisible(false);
    xAxis->setSubTicks(false);
    yAxis->setSubTicks(false);
    xAxis->setTickLength(0, 3);
    yAxis->setTickLength(0, 3);
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

void DifferenceMatrixPlot::changeEvent(QEvent* event) {
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyGradient();
        updateCells(); // the numbers pick their colour against the new cells
    }
}

void DifferenceMatrixPlot::setDelta(const QString& title, const QVector<ConfusionMatrixPlot::Label>& labels,
                                    const std::vector<std::int64_t>& delta) {
    m_labels = labels;
    m_delta = delta;
    const auto n = static_cast<size_t>(labels.size());
    m_delta.resize(n * n, 0);
    m_title->setText(title);

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    bool allGlyphs = !labels.isEmpty();
    for (int i = 0; i < labels.size(); ++i) {
        allGlyphs = allGlyphs && !labels.at(i).glyph.isEmpty();
        ticker->addTick(i, labelText(i));
    }
    xAxis->setTicker(ticker);
    yAxis->setTicker(ticker);
    const QFont tickFont = allGlyphs ? LabelGlyphs::emojiFont(labels.size() > 14 ? 8.0 : 11.0) : font();
    xAxis->setTickLabelFont(tickFont);
    yAxis->setTickLabelFont(tickFont);
    xAxis->setTickLabelRotation(allGlyphs ? 0 : 60);
    const double extent = static_cast<double>(std::max<qsizetype>(1, labels.size()));
    xAxis->setRange(-0.5, extent - 0.5);
    yAxis->setRange(-0.5, extent - 0.5);
    updateCells();
}

std::int64_t DifferenceMatrixPlot::delta(int trueLabel, int predicted) const {
    const int n = m_labels.size();
    if (trueLabel < 0 || predicted < 0 || trueLabel >= n || predicted >= n) {
        return 0;
    }
    return m_delta[static_cast<size_t>(trueLabel) * static_cast<size_t>(n) + static_cast<size_t>(predicted)];
}

QString DifferenceMatrixPlot::signedText(std::int64_t value) {
    const QString magnitude = QLocale().toString(static_cast<qlonglong>(std::llabs(value)));
    if (value > 0) {
        return QLatin1Char('+') + magnitude;
    }
    return value < 0 ? QString(QChar(0x2212)) + magnitude : magnitude;
}

QString DifferenceMatrixPlot::labelText(int index) const {
    if (index < 0 || index >= m_labels.size()) {
        return {};
    }
    const auto& label = m_labels.at(index);
    return label.glyph.isEmpty() ? label.name : label.glyph;
}

void DifferenceMatrixPlot::updateCells() {
    const int n = m_labels.size();
    m_map->data()->setSize(std::max(1, n), std::max(1, n));
    m_map->data()->setRange(QCPRange(0, std::max(0, n - 1)), QCPRange(0, std::max(0, n - 1)));
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

    for (QCPItemText* number : m_numbers) {
        removeItem(number);
    }
    m_numbers.clear();
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
                auto* number = new QCPItemText(this);
                number->position->setCoords(p, t);
                number->setText(signedText(value));
                number->setFont(numberFont);
                const QColor cell =
                    QColor::fromRgb(gradient.color(static_cast<double>(value), QCPRange(-reach, reach)));
                number->setColor(cell.lightness() < 140 ? Qt::white : QColor(0x22, 0x22, 0x22));
                number->setClipToAxisRect(true);
                m_numbers.append(number);
            }
        }
    }
    replot(QCustomPlot::rpQueuedReplot);
}

bool DifferenceMatrixPlot::cellAt(const QPointF& position, int* trueLabel, int* predicted) const {
    const int n = m_labels.size();
    if (n == 0 || !axisRect()->rect().contains(position.toPoint())) {
        return false;
    }
    const auto p = static_cast<int>(std::lround(xAxis->pixelToCoord(position.x())));
    const auto t = static_cast<int>(std::lround(yAxis->pixelToCoord(position.y())));
    if (p < 0 || t < 0 || p >= n || t >= n) {
        return false;
    }
    *trueLabel = t;
    *predicted = p;
    return true;
}

QPoint DifferenceMatrixPlot::cellCenter(int trueLabel, int predicted) const {
    return QPointF(xAxis->coordToPixel(predicted), yAxis->coordToPixel(trueLabel)).toPoint();
}

void DifferenceMatrixPlot::mousePressEvent(QMouseEvent* event) {
    m_pressPosition = event->pos();
    QCustomPlot::mousePressEvent(event);
}

void DifferenceMatrixPlot::mouseMoveEvent(QMouseEvent* event) {
    QCustomPlot::mouseMoveEvent(event);
    int t = 0;
    int p = 0;
    if (!cellAt(event->position(), &t, &p)) {
        QToolTip::hideText();
        return;
    }
    const QString change = t == p ? tr("correct") : tr("mistaken");
    QString tip = tr("true %1 → predicted %2: %3 (B − A)")
                      .arg(emojiSpan(labelText(t)), emojiSpan(labelText(p)), signedText(delta(t, p)));
    tip += QStringLiteral("<br><small>%1 → %2 (%3)</small>")
               .arg(m_labels.at(t).name.toHtmlEscaped(), m_labels.at(p).name.toHtmlEscaped(), change);
    QToolTip::showText(event->globalPosition().toPoint(), tip, this);
}

void DifferenceMatrixPlot::mouseReleaseEvent(QMouseEvent* event) {
    QCustomPlot::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || (event->pos() - m_pressPosition).manhattanLength() > kClickSlop) {
        return;
    }
    int t = 0;
    int p = 0;
    if (cellAt(event->position(), &t, &p)) {
        emit cellClicked(t, p);
    }
}

void DifferenceMatrixPlot::leaveEvent(QEvent* event) {
    QToolTip::hideText();
    QCustomPlot::leaveEvent(event);
}
