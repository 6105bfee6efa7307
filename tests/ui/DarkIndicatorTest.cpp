// Unticked check boxes show in the dark scheme: the frame of the indicator differs clearly from
// the box's fill, as it does in the light scheme (it once differed by a few lightness steps, and
// the run lists' and "Normalise rows" boxes were nearly invisible).
#include "common/ColorScheme.h"

#include <QApplication>
#include <QCheckBox>
#include <QStyleOptionButton>
#include <QtTest>

namespace {

// The largest lightness difference between a pixel of the unticked indicator and the box's fill
// (the pixel at the indicator's centre).
int indicatorContrast() {
    QCheckBox box(QStringLiteral("Normalise rows"));
    box.ensurePolished();
    box.resize(box.sizeHint());
    QStyleOptionButton option;
    option.initFrom(&box);
    const QRect indicator = box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
    const QImage image = box.grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const QRect pixels(indicator.topLeft() * ratio, indicator.size() * ratio);
    const int fill = image.pixelColor(pixels.center()).lightness();
    int contrast = 0;
    for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
        for (int x = pixels.left(); x <= pixels.right(); ++x) {
            contrast = std::max(contrast, std::abs(image.pixelColor(x, y).lightness() - fill));
        }
    }
    return contrast;
}

} // namespace

class DarkIndicatorTest : public QObject {
    Q_OBJECT

private slots:
    void untickedBoxShows_data();
    void untickedBoxShows();
};

void DarkIndicatorTest::untickedBoxShows_data() {
    QTest::addColumn<QString>("scheme");
    QTest::newRow("light") << QStringLiteral("light");
    QTest::newRow("dark") << QStringLiteral("dark");
}

void DarkIndicatorTest::untickedBoxShows() {
    QFETCH(QString, scheme);
    QVERIFY(ColorScheme::apply(scheme));
    const int contrast = indicatorContrast();
    QVERIFY2(contrast >= 40, qPrintable(QString::number(contrast)));
}

QTEST_MAIN(DarkIndicatorTest)
#include "DarkIndicatorTest.moc"
