#include "common/ColorScheme.h"

#include "common/IndicatorContrastStyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace {

// The style the platform chose, remembered before the first switch so "system" can go back to it.
QString& platformStyle() {
    static QString name;
    return name;
}

QString& currentScheme() {
    static QString scheme = QStringLiteral("system");
    return scheme;
}

} // namespace

QStringList ColorScheme::names() {
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

QString ColorScheme::current() {
    return currentScheme();
}

bool ColorScheme::apply(const QString& name) {
    const QString scheme = name.trimmed().toLower();
    if (!names().contains(scheme)) {
        return false;
    }
    if (platformStyle().isEmpty() && QApplication::style()) {
        platformStyle() = QApplication::style()->name();
    }
    currentScheme() = scheme;
    if (scheme == QLatin1String("system")) {
        if (!platformStyle().isEmpty()) {
            QApplication::setStyle(QStyleFactory::create(platformStyle()));
        }
        // An empty palette resolves to the platform's (theme and style) for every role.
        QApplication::setPalette(QPalette());
        return true;
    }
    QApplication::setStyle(new IndicatorContrastStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    QApplication::setPalette(scheme == QLatin1String("dark") ? darkPalette() : lightPalette());
    return true;
}

QPalette ColorScheme::darkPalette() {
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x20, 0x22);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x80, 0x84, 0x8a);
    const QColor highlight(0x3d, 0x7b, 0xd9);
    QPalette palette(window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2c, 0x2f));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x40, 0x43));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    palette.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x45));
    // Mid doubles as the colour of hints and frames: light enough to read on the window.
    palette.setColor(QPalette::Mid, QColor(0x9a, 0xa0, 0xa6));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabled);
    }
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    return palette;
}

QPalette ColorScheme::lightPalette() {
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QPalette palette = fusion ? fusion->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
    delete fusion;
    return palette;
}

bool ColorScheme::isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}
