#include "common/LabelGlyphs.h"

#include "bridge/EngineTypes.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>

QFont LabelGlyphs::emojiFont(qreal pointSize) {
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("Noto Color Emoji")});
    if (pointSize > 0) {
        font.setPointSizeF(pointSize);
    }
    return font;
}

QString LabelGlyphs::glyph(const litetune::LabelInfo& label) {
    if (!label.glyph.empty()) {
        return toQString(label.glyph);
    }
    const QString name = toQString(label.name);
    // A name of one or two characters that are not letters or digits is a glyph already ("❤").
    if (name.size() <= 4 && !name.isEmpty() && !name.at(0).isLetterOrNumber()) {
        return name;
    }
    return {};
}

QString LabelGlyphs::displayName(const litetune::LabelInfo& label) {
    QString name = toQString(label.name);
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    return name.trimmed();
}

QIcon LabelGlyphs::icon(const QString& glyph, int size) {
    if (glyph.isEmpty()) {
        return {};
    }
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    QFont font = emojiFont();
    font.setPixelSize(size * 3 / 4);
    painter.setFont(font);
    painter.drawText(pixmap.rect(), Qt::AlignCenter, glyph);
    painter.end();
    return QIcon(pixmap);
}
