#include "results/LabelMatrixPlot.h"

#include "common/LabelGlyphs.h"

#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

// A press and release closer than this (pixels) is a click, not a drag.
constexpr int kClickSlop = 6;

} // namespace

LabelMatrixPlot::LabelMatrixPlot(QWidget* parent)
    : QCustomPlot(parent)
    , m_map(new QCPColorMap(xAxis, yAxis))
    , m_title(new QCPTextElement(this)) {
    setMouseTracking(true);
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, m_title);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_map->setInterpolate(false);
    m_map->setTightBoundary(false);

    yAxis->setRangeReversed(true); // the first true label on top, as matrices are read
    xAxis->grid()->setVisible(false);
    yAxis->grid()->setVisible(false);
    xAxis->setSubTicks(false);
    yAxis->setSubTicks(false);
    xAxis->setTickLength(0, 3);
    yAxis->setTickLength(0, 3);
}

void LabelMatrixPlot::changeEvent(QEvent* event) {
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyGradient();
        updateCells(); // the numbers pick their colour against the new cells
    }
}

void LabelMatrixPlot::setCells(const QString& title, const QVector<Label>& labels,
                               const std::vector<std::int64_t>& values, double glyphPointSize) {
    m_labels = labels;
    m_values = values;
    const auto n = static_cast<size_t>(labels.size());
    m_values.resize(n * n, 0);
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
    const QFont tickFont = allGlyphs ? LabelGlyphs::emojiFont(labels.size() > 14 ? 8.0 : glyphPointSize) : font();
    xAxis->setTickLabelFont(tickFont);
    yAxis->setTickLabelFont(tickFont);
    xAxis->setTickLabelRotation(allGlyphs ? 0 : 60);
    const double extent = static_cast<double>(std::max<qsizetype>(1, labels.size()));
    xAxis->setRange(-0.5, extent - 0.5);
    yAxis->setRange(-0.5, extent - 0.5);
    updateCells();
}

QString LabelMatrixPlot::labelText(int index) const {
    if (index < 0 || index >= m_labels.size()) {
        return {};
    }
    const Label& label = m_labels.at(index);
    return label.glyph.isEmpty() ? label.name : label.glyph;
}

std::int64_t LabelMatrixPlot::cellValue(int trueLabel, int predicted) const {
    const int n = m_labels.size();
    if (trueLabel < 0 || predicted < 0 || trueLabel >= n || predicted >= n) {
        return 0;
    }
    return m_values[static_cast<size_t>(trueLabel) * static_cast<size_t>(n) + static_cast<size_t>(predicted)];
}

QString LabelMatrixPlot::emojiSpan(const QString& text) {
    return QStringLiteral("<span style=\"font-family:'Noto Color Emoji'\">%1</span>").arg(text.toHtmlEscaped());
}

void LabelMatrixPlot::resizeCells() {
    const int n = m_labels.size();
    m_map->data()->setSize(std::max(1, n), std::max(1, n));
    m_map->data()->setRange(QCPRange(0, std::max(0, n - 1)), QCPRange(0, std::max(0, n - 1)));
}

void LabelMatrixPlot::clearNumbers() {
    for (QCPItemText* number : m_numbers) {
        removeItem(number);
    }
    m_numbers.clear();
}

QCPItemText* LabelMatrixPlot::addNumber(int trueLabel, int predicted, const QString& text, const QColor& cell) {
    auto* number = new QCPItemText(this);
    number->position->setCoords(predicted, trueLabel);
    number->setText(text);
    number->setColor(cell.lightness() < 140 ? Qt::white : QColor(0x22, 0x22, 0x22));
    number->setClipToAxisRect(true);
    m_numbers.append(number);
    return number;
}

bool LabelMatrixPlot::cellAt(const QPointF& position, int* trueLabel, int* predicted) const {
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

QPoint LabelMatrixPlot::cellCenter(int trueLabel, int predicted) const {
    return QPointF(xAxis->coordToPixel(predicted), yAxis->coordToPixel(trueLabel)).toPoint();
}

void LabelMatrixPlot::mousePressEvent(QMouseEvent* event) {
    m_pressPosition = event->pos();
    QCustomPlot::mousePressEvent(event);
}

void LabelMatrixPlot::mouseMoveEvent(QMouseEvent* event) {
    QCustomPlot::mouseMoveEvent(event);
    int t = 0;
    int p = 0;
    if (!cellAt(event->position(), &t, &p)) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(), cellToolTip(t, p), this);
}

void LabelMatrixPlot::mouseReleaseEvent(QMouseEvent* event) {
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

void LabelMatrixPlot::leaveEvent(QEvent* event) {
    QToolTip::hideText();
    QCustomPlot::leaveEvent(event);
}
