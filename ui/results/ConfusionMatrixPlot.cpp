#include "results/ConfusionMatrixPlot.h"

#include "common/ColorScheme.h"
#include "common/LabelGlyphs.h"
#include "common/PlotTheme.h"

#include <QLocale>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

// Matrices up to this size print their numbers in the cells; larger ones rely on the tooltip.
constexpr int kMaxLabelsWithNumbers = 12;
// A press and release closer than this (pixels) is a click, not a drag.
constexpr int kClickSlop = 6;

QString emojiSpan(const QString& text) {
    return QStringLiteral("<span style=\"font-family:'Noto Color Emoji'\">%1</span>").arg(text.toHtmlEscaped());
}

} // namespace

ConfusionMatrixPlot::ConfusionMatrixPlot(QWidget* parent)
    : QCustomPlot(parent)
    , m_map(new QCPColorMap(xAxis, yAxis))
    , m_title(new QCPTextElement(this)) {
    setObjectName(QStringLiteral("confusionMatrixPlot"));
    setMouseTracking(true);
    setMinimumSize(300, 300);
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, m_title);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    applyGradient();
    m_map->setInterpolate(false);
    m_map->setTightBoundary(false);

    xAxis->setLabel(tr("Predicted"));
    yAxis->setLabel(tr("True"));
    yAxis->setRangeReversed(true); // the first true label on top, as matrices are read
    xAxis->grid()->setVisible(false);
    yAxis->grid()->setVisible(false);
    xAxis->setSubTicks(false);
    yAxis->setSubTicks(false);
    xAxis->setTickLength(0, 3);
    yAxis->setTickLength(0, 3);
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

void ConfusionMatrixPlot::changeEvent(QEvent* event) {
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyGradient();
        updateCells(); // the numbers pick their colour against the new cells
    }
}

void ConfusionMatrixPlot::setMatrix(const QString& title, const QVector<Label>& labels,
                                    const std::vector<std::int64_t>& confusion) {
    m_labels = labels;
    m_confusion = confusion;
    const auto n = static_cast<size_t>(labels.size());
    m_confusion.resize(n * n, 0);
    m_title->setText(title);

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    bool allGlyphs = !labels.isEmpty();
    for (int i = 0; i < labels.size(); ++i) {
        allGlyphs = allGlyphs && !labels.at(i).glyph.isEmpty();
        ticker->addTick(i, labelText(i));
    }
    xAxis->setTicker(ticker);
    yAxis->setTicker(ticker);
    // Glyphs in the colour emoji font; names (no glyph known) in the text font, slanted to fit.
    const QFont tickFont = allGlyphs ? LabelGlyphs::emojiFont(labels.size() > 14 ? 8.0 : 10.0) : font();
    xAxis->setTickLabelFont(tickFont);
    yAxis->setTickLabelFont(tickFont);
    xAxis->setTickLabelRotation(allGlyphs ? 0 : 60);
    const double extent = static_cast<double>(std::max<qsizetype>(1, labels.size()));
    xAxis->setRange(-0.5, extent - 0.5);
    yAxis->setRange(-0.5, extent - 0.5);
    updateCells();
}

void ConfusionMatrixPlot::setNormalized(bool normalized) {
    if (normalized != m_normalized) {
        m_normalized = normalized;
        updateCells();
    }
}

std::int64_t ConfusionMatrixPlot::count(int trueLabel, int predicted) const {
    const int n = m_labels.size();
    if (trueLabel < 0 || predicted < 0 || trueLabel >= n || predicted >= n) {
        return 0;
    }
    return m_confusion[static_cast<size_t>(trueLabel) * static_cast<size_t>(n) + static_cast<size_t>(predicted)];
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

QString ConfusionMatrixPlot::labelText(int index) const {
    if (index < 0 || index >= m_labels.size()) {
        return {};
    }
    const Label& label = m_labels.at(index);
    return label.glyph.isEmpty() ? label.name : label.glyph;
}

QString ConfusionMatrixPlot::cellText(int trueLabel, int predicted) const {
    return tr("true %1 → predicted %2: %3")
        .arg(labelText(trueLabel), labelText(predicted), QLocale().toString(count(trueLabel, predicted)));
}

void ConfusionMatrixPlot::updateCells() {
    const int n = m_labels.size();
    m_map->data()->setSize(std::max(1, n), std::max(1, n));
    m_map->data()->setRange(QCPRange(0, std::max(0, n - 1)), QCPRange(0, std::max(0, n - 1)));
    double top = 0.0;
    for (int t = 0; t < n; ++t) {
        for (int p = 0; p < n; ++p) {
            const double value = shownValue(t, p);
            m_map->data()->setCell(p, t, value);
            top = std::max(top, value);
        }
    }
    m_map->setDataRange(QCPRange(0.0, m_normalized ? 1.0 : std::max(1.0, top)));

    for (QCPItemText* number : m_numbers) {
        removeItem(number);
    }
    m_numbers.clear();
    if (n > 0 && n <= kMaxLabelsWithNumbers) {
        const QLocale locale;
        const double range = m_normalized ? 1.0 : std::max(1.0, top);
        QCPColorGradient gradient = m_map->gradient(); // color() is not const
        for (int t = 0; t < n; ++t) {
            for (int p = 0; p < n; ++p) {
                const double value = shownValue(t, p);
                auto* number = new QCPItemText(this);
                number->position->setCoords(p, t);
                number->setText(m_normalized ? locale.toString(value, 'f', 2) : locale.toString(count(t, p)));
                // Light or dark, whichever reads on the cell's own colour.
                const QColor cell = QColor::fromRgb(gradient.color(value, QCPRange(0.0, range)));
                number->setColor(cell.lightness() < 140 ? Qt::white : QColor(0x22, 0x22, 0x22));
                number->setClipToAxisRect(true);
                m_numbers.append(number);
            }
        }
    }
    replot(QCustomPlot::rpQueuedReplot);
}

bool ConfusionMatrixPlot::cellAt(const QPointF& position, int* trueLabel, int* predicted) const {
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

QPoint ConfusionMatrixPlot::cellCenter(int trueLabel, int predicted) const {
    return QPointF(xAxis->coordToPixel(predicted), yAxis->coordToPixel(trueLabel)).toPoint();
}

void ConfusionMatrixPlot::mousePressEvent(QMouseEvent* event) {
    m_pressPosition = event->pos();
    QCustomPlot::mousePressEvent(event);
}

void ConfusionMatrixPlot::mouseMoveEvent(QMouseEvent* event) {
    QCustomPlot::mouseMoveEvent(event);
    int t = 0;
    int p = 0;
    if (!cellAt(event->position(), &t, &p)) {
        QToolTip::hideText();
        return;
    }
    QString tip = tr("true %1 → predicted %2: %3")
                      .arg(emojiSpan(labelText(t)), emojiSpan(labelText(p)), QLocale().toString(count(t, p)));
    if (m_normalized) {
        tip += tr(" (%1% of this true label)").arg(QLocale().toString(shownValue(t, p) * 100.0, 'f', 1));
    }
    tip += QStringLiteral("<br><small>%1 → %2</small>")
               .arg(m_labels.at(t).name.toHtmlEscaped(), m_labels.at(p).name.toHtmlEscaped());
    QToolTip::showText(event->globalPosition().toPoint(), tip, this);
}

void ConfusionMatrixPlot::mouseReleaseEvent(QMouseEvent* event) {
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

void ConfusionMatrixPlot::leaveEvent(QEvent* event) {
    QToolTip::hideText();
    QCustomPlot::leaveEvent(event);
}
