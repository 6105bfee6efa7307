// Every plot follows the light/dark palette: axes, tick labels, axis labels, legend and title text
// take the palette's text colour and the background its base colour, both when a plot is made
// under a dark palette and when the palette changes while it is shown (QEvent::PaletteChange).
#include "common/ColorScheme.h"
#include "dataset/LabelChart.h"
#include "dataset/LengthHistogram.h"
#include "results/ConfusionMatrixPlot.h"
#include "results/PerClassF1Plot.h"
#include "training/TrainingPlot.h"

#include <QApplication>
#include <QtTest>

#include <memory>

namespace {

// Hang guard only: a repaint after a palette change takes milliseconds.
constexpr int kTimeoutMs = 60000;

enum class Kind { TrainingLoss, LearningRate, ConfusionMatrix, PerClassF1, LabelChart, LengthHistogram };

struct Shown {
    std::unique_ptr<QWidget> widget;
    QCustomPlot* plot = nullptr;
};

// The plot of each kind with some data in it, as the places show it.
Shown make(Kind kind) {
    Shown shown;
    const QVector<ConfusionMatrixPlot::Label> labels{{{}, QStringLiteral("sun")}, {{}, QStringLiteral("rain")}};
    switch (kind) {
    case Kind::TrainingLoss:
    case Kind::LearningRate: {
        auto* plot = new TrainingPlot;
        plot->addTrainingPoint(1, 2.0, 1e-3);
        plot->addTrainingPoint(2, 1.5, 9e-4);
        plot->addEvaluationPoint(2, 1.6, 0.4);
        shown.widget.reset(plot);
        shown.plot = kind == Kind::TrainingLoss ? plot->lossPlot()
                                                : plot->findChild<QCustomPlot*>(QStringLiteral("learningRatePlot"));
        break;
    }
    case Kind::ConfusionMatrix: {
        auto* plot = new ConfusionMatrixPlot;
        plot->setMatrix(QStringLiteral("Full fine-tune"), labels, {5, 1, 2, 7});
        shown.widget.reset(plot);
        shown.plot = plot;
        break;
    }
    case Kind::PerClassF1: {
        auto* plot = new PerClassF1Plot;
        plot->setData(labels, {{QStringLiteral("Base"), {0.2, 0.3}}, {QStringLiteral("LoRA"), {0.5, 0.6}}});
        shown.widget.reset(plot);
        shown.plot = plot;
        break;
    }
    case Kind::LabelChart: {
        auto* plot = new LabelChart;
        plot->setCounts({{"sun", ""}, {"rain", ""}}, {10, 20});
        shown.widget.reset(plot);
        shown.plot = plot;
        break;
    }
    case Kind::LengthHistogram: {
        auto* plot = new LengthHistogram;
        litetune::LengthStats stats;
        stats.lengths = {3, 5, 8, 13, 21};
        stats.maxLength = 16;
        stats.longest = 21;
        stats.meanLength = 10.0;
        stats.truncatedFraction = 0.2;
        plot->setStats(stats, QStringLiteral("train"));
        shown.widget.reset(plot);
        shown.plot = plot;
        break;
    }
    }
    shown.widget->resize(480, 320);
    return shown;
}

QColor cornerColour(QCustomPlot* plot) {
    return plot->toPixmap(240, 160).toImage().pixelColor(1, 1);
}

} // namespace

Q_DECLARE_METATYPE(Kind)

class PlotThemeTest : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanupTestCase();
    void followsAPaletteChange_data();
    void followsAPaletteChange();
    void startsInADarkPalette_data() { followsAPaletteChange_data(); }
    void startsInADarkPalette();

private:
    // Checks every coloured part of `plot` against the palette's text and base colours.
    static void checkColours(QCustomPlot* plot, const QPalette& palette);
};

void PlotThemeTest::init() {
    QApplication::setPalette(ColorScheme::lightPalette());
}

void PlotThemeTest::cleanupTestCase() {
    QApplication::setPalette(ColorScheme::lightPalette());
}

void PlotThemeTest::followsAPaletteChange_data() {
    QTest::addColumn<Kind>("kind");
    QTest::addRow("training loss") << Kind::TrainingLoss;
    QTest::addRow("learning rate") << Kind::LearningRate;
    QTest::addRow("confusion matrix") << Kind::ConfusionMatrix;
    QTest::addRow("per-class F1") << Kind::PerClassF1;
    QTest::addRow("label chart") << Kind::LabelChart;
    QTest::addRow("length histogram") << Kind::LengthHistogram;
}

void PlotThemeTest::checkColours(QCustomPlot* plot, const QPalette& palette) {
    const QColor text = palette.color(QPalette::Text);
    for (QCPAxis* axis : plot->axisRect()->axes()) {
        QCOMPARE(axis->tickLabelColor(), text);
        QCOMPARE(axis->labelColor(), text);
        QCOMPARE(axis->basePen().color().rgb(), text.rgb()); // the same hue, partly transparent
        QCOMPARE(axis->grid()->pen().color().rgb(), text.rgb());
    }
    if (plot->legend->visible()) {
        QCOMPARE(plot->legend->textColor(), text);
        for (int i = 0; i < plot->legend->itemCount(); ++i) {
            QCOMPARE(plot->legend->item(i)->textColor(), text);
        }
    }
    for (QCPLayoutElement* element : plot->plotLayout()->elements(true)) {
        if (auto* title = qobject_cast<QCPTextElement*>(element)) {
            QCOMPARE(title->textColor(), text);
        }
    }
    QCOMPARE(cornerColour(plot), palette.color(QPalette::Base));
}

void PlotThemeTest::followsAPaletteChange() {
    QFETCH(Kind, kind);
    Shown shown = make(kind);
    shown.widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(shown.widget.get()));
    checkColours(shown.plot, ColorScheme::lightPalette());
    if (QTest::currentTestFailed()) {
        return;
    }

    const QPalette dark = ColorScheme::darkPalette();
    QVERIFY(ColorScheme::isDark(dark));
    QApplication::setPalette(dark); // the desktop turns dark while the plot is shown
    QTRY_COMPARE_WITH_TIMEOUT(shown.plot->xAxis->tickLabelColor(), dark.color(QPalette::Text), kTimeoutMs);
    checkColours(shown.plot, dark);
    if (QTest::currentTestFailed()) {
        return;
    }

    QApplication::setPalette(ColorScheme::lightPalette()); // and back
    QTRY_COMPARE_WITH_TIMEOUT(shown.plot->xAxis->tickLabelColor(), ColorScheme::lightPalette().color(QPalette::Text),
                              kTimeoutMs);
    checkColours(shown.plot, ColorScheme::lightPalette());
}

void PlotThemeTest::startsInADarkPalette() {
    QFETCH(Kind, kind);
    const QPalette dark = ColorScheme::darkPalette();
    QApplication::setPalette(dark);
    Shown shown = make(kind);
    checkColours(shown.plot, dark);
}

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    PlotThemeTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "PlotThemeTest.moc"
