// Toolbar and place icons stay readable in both colour schemes and at 2× scale: the outline of an
// icon (fit.svg is nothing but outline) contrasts with the window colour under the light and the
// dark palette, follows a palette switched at runtime, and a 2× request is drawn at 2× pixels.
#include "common/SchemeIcon.h"
#include "common/ColorScheme.h"

#include <QApplication>
#include <QImage>
#include <QtTest>

namespace {

// The largest lightness difference between any drawn pixel of the icon and the window colour.
int contrastWithWindow(const QIcon& icon, const QSize& size, qreal ratio) {
    const QImage image = icon.pixmap(size, ratio).toImage().convertToFormat(QImage::Format_ARGB32);
    const int window = QApplication::palette().color(QPalette::Window).lightness();
    int best = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > 200) {
                best = std::max(best, std::abs(pixel.lightness() - window));
            }
        }
    }
    return best;
}

} // namespace

class SchemeIconTest : public QObject {
    Q_OBJECT

private slots:
    void outlineContrastsInBothSchemes_data();
    void outlineContrastsInBothSchemes();
    void twiceTheScaleIsTwiceThePixels();
};

void SchemeIconTest::outlineContrastsInBothSchemes_data() {
    QTest::addColumn<QString>("scheme");
    QTest::newRow("light") << QStringLiteral("light");
    QTest::newRow("dark") << QStringLiteral("dark");
}

void SchemeIconTest::outlineContrastsInBothSchemes() {
    QFETCH(QString, scheme);
    const QIcon icon = schemeIcon(QStringLiteral(":/icons/fit.svg"));
    QVERIFY(ColorScheme::apply(scheme)); // also a runtime switch for the second row
    QCOMPARE(ColorScheme::isDark(QApplication::palette()), scheme == QLatin1String("dark"));
    // Half the lightness scale: the dark ink on a dark window differed by about 20.
    const int contrast = contrastWithWindow(icon, QSize(24, 24), 1.0);
    QVERIFY2(contrast >= 128, qPrintable(QString::number(contrast)));
}

void SchemeIconTest::twiceTheScaleIsTwiceThePixels() {
    const QIcon icon = schemeIcon(QStringLiteral(":/icons/run.svg"));
    const QPixmap pixmap = icon.pixmap(QSize(24, 24), 2.0);
    QCOMPARE(pixmap.size(), QSize(48, 48));
    QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    QVERIFY(contrastWithWindow(icon, QSize(24, 24), 2.0) > 0); // something was drawn
}

QTEST_MAIN(SchemeIconTest)
#include "SchemeIconTest.moc"
