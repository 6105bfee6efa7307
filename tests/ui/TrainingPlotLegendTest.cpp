// The Train place's legend never covers the curves: it sits in a row of its own above the axis
// rect (inside it, it once hid the top-right corner, where a run's latest points are).
#include "training/TrainingPlot.h"

#include <QtTest>
#include <qcustomplot.h>

class TrainingPlotLegendTest : public QObject {
    Q_OBJECT

private slots:
    void legendStaysOutOfTheCurves();
};

void TrainingPlotLegendTest::legendStaysOutOfTheCurves() {
    TrainingPlot plot;
    plot.resize(900, 600);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    for (int step = 1; step <= 50; ++step) {
        plot.addTrainingPoint(step, 2.0 - step * 0.02, 1e-3);
    }
    plot.addEvaluationPoint(50, 1.1, 0.9);
    QCustomPlot* loss = plot.lossPlot();
    loss->replot();
    QVERIFY(loss->legend->visible());
    QVERIFY(loss->legend->itemCount() >= 3);
    const QRect curves = loss->axisRect()->rect();
    const QRect legend = loss->legend->outerRect();
    QVERIFY2(!legend.intersects(curves), qPrintable(QStringLiteral("legend %1,%2 %3x%4 over curves %5,%6 %7x%8")
                                                        .arg(legend.x())
                                                        .arg(legend.y())
                                                        .arg(legend.width())
                                                        .arg(legend.height())
                                                        .arg(curves.x())
                                                        .arg(curves.y())
                                                        .arg(curves.width())
                                                        .arg(curves.height())));
    QVERIFY(legend.bottom() <= curves.top());
}

QTEST_MAIN(TrainingPlotLegendTest)
#include "TrainingPlotLegendTest.moc"
