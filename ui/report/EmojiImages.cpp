#include "report/EmojiImages.h"

#include <QFont>
#include <QFontMetrics>
#include <QHash>
#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace {

const QString kEmojiFamily = QStringLiteral("Noto Color Emoji");
// Glyph images in the document are drawn this many times their layout size, so they stay crisp.
constexpr int kSpanScale = 4;
constexpr int kSpanPixels = 14;

QString unescapeXml(QString text) {
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&apos;"), QLatin1String("'"));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

} // namespace

QImage EmojiImages::render(const QString& glyph, int pixelSize, int* ascent) {
    QFont font;
    font.setFamilies({kEmojiFamily});
    font.setPixelSize(std::max(1, pixelSize));
    const QFontMetrics metrics(font);
    const QSize size(std::max(1, metrics.horizontalAdvance(glyph)), std::max(1, metrics.height()));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setFont(font);
    painter.drawText(QPointF(0, metrics.ascent()), glyph); // unscaled: the one way colour glyphs come out
    painter.end();
    if (ascent) {
        *ascent = metrics.ascent();
    }
    return image;
}

QVector<EmojiImages::GlyphText> EmojiImages::takeGlyphTexts(QString* svg) {
    static const QRegularExpression element(QStringLiteral("<text\\b([^>]*)>([^<]*)</text>"));
    static const QRegularExpression attribute(QStringLiteral("([A-Za-z-]+)=\"([^\"]*)\""));
    static const QRegularExpression rotate(QStringLiteral("rotate\\(\\s*([-0-9.eE]+)"));
    QVector<GlyphText> texts;
    QString rest;
    qsizetype copied = 0;
    auto matches = element.globalMatch(*svg);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        QHash<QString, QString> attributes;
        auto found = attribute.globalMatch(match.captured(1));
        while (found.hasNext()) {
            const auto one = found.next();
            attributes.insert(one.captured(1), one.captured(2));
        }
        if (!attributes.value(QStringLiteral("font-family")).trimmed().startsWith(kEmojiFamily)) {
            continue;
        }
        GlyphText text;
        text.glyph = unescapeXml(match.captured(2));
        text.position =
            QPointF(attributes.value(QStringLiteral("x")).toDouble(), attributes.value(QStringLiteral("y")).toDouble());
        text.size = attributes.value(QStringLiteral("font-size"), QStringLiteral("12")).toDouble();
        text.anchor = attributes.value(QStringLiteral("text-anchor"), QStringLiteral("start"));
        const auto angle = rotate.match(attributes.value(QStringLiteral("transform")));
        text.rotation = angle.hasMatch() ? angle.captured(1).toDouble() : 0.0;
        texts.append(text);
        rest += svg->mid(copied, match.capturedStart() - copied);
        copied = match.capturedEnd();
    }
    rest += svg->mid(copied);
    *svg = rest;
    return texts;
}

void EmojiImages::paint(QPainter* painter, const QVector<GlyphText>& texts, double scale) {
    for (const GlyphText& text : texts) {
        int ascent = 0;
        const QImage image = render(text.glyph, static_cast<int>(std::lround(text.size * scale)), &ascent);
        const double shift = text.anchor == QLatin1String("middle") ? image.width() / 2.0
                             : text.anchor == QLatin1String("end")  ? image.width()
                                                                    : 0.0;
        painter->save();
        painter->translate(text.position * scale);
        painter->rotate(text.rotation); // images, unlike colour glyphs, survive any transform
        painter->drawImage(QPointF(-shift, -ascent), image);
        painter->restore();
    }
}

QString EmojiImages::replaceGlyphSpans(const QString& html, QTextDocument* document) {
    static const QRegularExpression span(
        QStringLiteral("<span style=\"font-family: ?'Noto Color Emoji';?\">([^<]*)</span>"));
    QHash<QString, QString> names; // glyph → resource name
    QString out;
    qsizetype copied = 0;
    auto matches = span.globalMatch(html);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QString glyph = unescapeXml(match.captured(1));
        QString name = names.value(glyph);
        const QImage image = render(glyph, kSpanPixels * kSpanScale);
        if (name.isEmpty()) {
            name = QStringLiteral("glyph-%1.png").arg(names.size() + 1);
            names.insert(glyph, name);
            document->addResource(QTextDocument::ImageResource, QUrl(name), image);
        }
        out += html.mid(copied, match.capturedStart() - copied);
        out += QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\" align=\"middle\"/>")
                   .arg(name)
                   .arg(image.width() / kSpanScale)
                   .arg(image.height() / kSpanScale);
        copied = match.capturedEnd();
    }
    out += html.mid(copied);
    return out;
}
