#include "playground/LabelScoreView.h"

#include "common/ColorScheme.h"
#include "common/LabelGlyphs.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace {

constexpr int kRows = 5;
constexpr int kPadding = 10;
constexpr int kGlyphWidth = 30;
constexpr int kNameWidth = 120;
constexpr int kPercentWidth = 56;

} // namespace

LabelScoreView::LabelScoreView(const QString& title, const QColor& accent, QWidget* parent)
    : QWidget(parent)
    , m_title(title)
    , m_accent(accent) {
    setObjectName(QStringLiteral("labelScoreView"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LabelScoreView::setScores(const std::vector<litetune::LabelScore>& scores, const QStringList& glyphs) {
    m_scores = scores;
    m_glyphs = glyphs;
    m_message.clear();
    m_busy = false;
    update();
}

void LabelScoreView::setMessage(const QString& message) {
    m_scores.clear();
    m_message = message;
    m_busy = false;
    update();
}

void LabelScoreView::setBusy(bool busy) {
    if (busy != m_busy) {
        m_busy = busy;
        update();
    }
}

QSize LabelScoreView::sizeHint() const {
    const int row = std::max(fontMetrics().height(), 20) + 8;
    return {kGlyphWidth + kNameWidth + kPercentWidth + 160 + 2 * kPadding, 2 * kPadding + row * (kRows + 1)};
}

QSize LabelScoreView::minimumSizeHint() const {
    return {kGlyphWidth + kNameWidth + kPercentWidth + 60 + 2 * kPadding, sizeHint().height()};
}

void LabelScoreView::paintEvent(QPaintEvent* /*event*/) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(frame, 6, 6);

    const int row = std::max(fontMetrics().height(), 20) + 8;
    QRect line(kPadding, kPadding, width() - 2 * kPadding, row);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    // The run's colour, shaded towards the text colour so the title reads on either palette.
    painter.setPen(ColorScheme::isDark(palette()) ? m_accent.lighter(140) : m_accent.darker(130));
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics().elidedText(m_title, Qt::ElideMiddle, line.width() - 24));
    if (m_busy) {
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("…"));
    }
    painter.setFont(font());

    if (m_scores.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        const QRect body(kPadding, kPadding + row, width() - 2 * kPadding, height() - 2 * kPadding - row);
        painter.drawText(body, Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }

    const QLocale locale;
    QFont emoji = LabelGlyphs::emojiFont();
    emoji.setPixelSize(row - 10);
    const int barLeft = kPadding + kGlyphWidth + kNameWidth;
    const int barWidth = std::max(20, width() - barLeft - kPercentWidth - kPadding);
    for (size_t i = 0; i < m_scores.size() && i < static_cast<size_t>(kRows); ++i) {
        const auto& score = m_scores[i];
        line.translate(0, row);
        QString glyph = toQString(score.glyph);
        if (glyph.isEmpty() && static_cast<int>(i) < m_glyphs.size()) {
            glyph = m_glyphs.at(static_cast<int>(i));
        }
        painter.setFont(emoji);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(kPadding, line.top(), kGlyphWidth, row), Qt::AlignCenter, glyph);
        painter.setFont(font());
        QString name = toQString(score.name);
        name.replace(QLatin1Char('_'), QLatin1Char(' '));
        painter.drawText(QRect(kPadding + kGlyphWidth + 4, line.top(), kNameWidth - 8, row),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         fontMetrics().elidedText(name.trimmed(), Qt::ElideRight, kNameWidth - 8));
        const QRectF track(barLeft, line.top() + 5, barWidth, row - 10);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::AlternateBase));
        painter.drawRoundedRect(track, 3, 3);
        QRectF bar = track;
        bar.setWidth(std::max(2.0, track.width() * static_cast<double>(std::clamp(score.probability, 0.f, 1.f))));
        QColor fill = m_accent;
        fill.setAlpha(i == 0 ? 255 : 170);
        painter.setBrush(fill);
        painter.drawRoundedRect(bar, 3, 3);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(barLeft + barWidth, line.top(), kPercentWidth, row), Qt::AlignRight | Qt::AlignVCenter,
                         tr("%1%").arg(locale.toString(score.probability * 100.0, 'f', 1)));
    }
}
