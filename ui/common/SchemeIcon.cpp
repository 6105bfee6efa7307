#include "common/SchemeIcon.h"

#include "common/ColorScheme.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

namespace {

// The outline ink every icon in resources/icons uses (Material blue grey 800).
constexpr char kOutlineInk[] = "#37474f";

class SchemeIconEngine : public QIconEngine {
public:
    explicit SchemeIconEngine(QString resource)
        : m_resource(std::move(resource)) {}

    QIconEngine* clone() const override { return new SchemeIconEngine(m_resource); }
    QString key() const override { return QStringLiteral("LiteTuneSchemeIcon"); }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
        drawn.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, drawn);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State) override {
        const QPalette palette = QApplication::palette();
        const bool dark = ColorScheme::isDark(palette);
        const QString ink = dark ? palette.color(QPalette::WindowText).name() : QString::fromLatin1(kOutlineInk);
        const QString cacheKey = QStringLiteral("schemeIcon:%1:%2x%3:%4:%5")
                                     .arg(m_resource)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(ink)
                                     .arg(int(mode));
        QPixmap result;
        if (QPixmapCache::find(cacheKey, &result)) {
            return result;
        }
        result = render(size, ink);
        if (mode != QIcon::Normal && QApplication::style()) {
            QStyleOption option;
            option.palette = palette;
            result = QApplication::style()->generatedIconPixmap(mode, result, &option);
        }
        QPixmapCache::insert(cacheKey, result);
        return result;
    }

private:
    QPixmap render(const QSize& size, const QString& ink) const {
        QPixmap canvas(size);
        canvas.fill(Qt::transparent);
        QFile file(m_resource);
        if (!file.open(QIODevice::ReadOnly)) {
            return canvas; // a missing resource is a build error; draw nothing rather than crash
        }
        QByteArray svg = file.readAll();
        svg.replace(kOutlineInk, ink.toLatin1());
        QSvgRenderer renderer(svg);
        QPainter painter(&canvas);
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        return canvas;
    }

    QString m_resource;
};

} // namespace

QIcon schemeIcon(const QString& resource) {
    return QIcon(new SchemeIconEngine(resource));
}
