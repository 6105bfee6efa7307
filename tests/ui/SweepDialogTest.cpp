// The sweep window (ui/sweep/SweepDialog.h) against the real engine, offscreen, with the demo
// model and data: its rows build the spec and count the runs live; a queue of two points whose
// second is cancelled keeps the first finished and records the sweep as cancelled; a finished
// sweep's results table is ordered by the chosen metric, with a plot per varied option. Run
// with LITETUNE_SWEEP_SCREENSHOT=FILE.png (tests/ui/take-screenshots.sh) the last case also
// saves the window after its sweep. Waits only guard against hangs (kTimeoutMs).
#include "sweep/SweepDialog.h"
#include "IsolatedTestMain.h"
#include "NamedChild.h"
#include "SmallDemoRun.h"
#include "bridge/EngineController.h"
#include "common/ColorScheme.h"
#include "main/MainWindow.h"
#include "sweep/SweepAxisEditor.h"
#include "sweep/SweepQueue.h"
#include "sweep/SweepResultsView.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QtTest>

namespace {

constexpr int kTimeoutMs = 300000;

using uitest::child;

litetune::TrainConfig loraBase() {
    litetune::TrainConfig config = uitest::smallDemoRun();
    config.method = litetune::Method::Lora;
    return config;
}

QJsonObject readJson(const QString& file) {
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(in.readAll()).object();
}

} // namespace

class SweepDialogTest : public QObject {
    Q_OBJECT

private slots:
    void runMenuOpensOneSweepWindow();
    void rowsBuildTheSpecAndCount();
    void largeSweepsAskFirst();
    void cancelKeepsFinishedPoints();
    void resultsAreOrderedByTheMetric();
};

void SweepDialogTest::runMenuOpensOneSweepWindow() {
    MainWindow window;
    auto* action = child<QAction>(&window, "sweepAction");
    QVERIFY(action);
    QMenu* runMenu = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action)) {
            runMenu = menu->menu();
        }
    }
    QVERIFY(runMenu);
    QVERIFY(!action->isEnabled()); // like Train: nothing to sweep before a dataset is open

    EngineController engine;
    QWidget parent;
    SweepDialog* first = SweepDialog::showFor(&parent, &engine, loraBase());
    QVERIFY(first->isVisible());
    QVERIFY(!first->isModal()); // the Train place shows the running point beside it
    litetune::TrainConfig other = loraBase();
    other.learningRate = 0.25;
    QCOMPARE(SweepDialog::showFor(&parent, &engine, other), first);
    QCOMPARE(first->spec().base.learningRate, 0.25); // an idle window takes the current settings
}

void SweepDialogTest::rowsBuildTheSpecAndCount() {
    EngineController engine;
    SweepDialog dialog(&engine, loraBase());
    auto* lrValues = child<QLineEdit>(&dialog, "sweepAxisValues_0");
    QVERIFY(lrValues);
    QCOMPARE(child<QComboBox>(&dialog, "sweepAxisOption_0")->currentData().toString(), QStringLiteral("lr"));
    QCOMPARE(dialog.runCount(), 0); // no values yet
    QVERIFY(!child<QPushButton>(&dialog, "sweepStart")->isEnabled());
    lrValues->setText(QStringLiteral("1e-4,5e-4"));
    QCOMPARE(dialog.runCount(), 2);
    child<QPushButton>(&dialog, "sweepAddAxis")->click();
    auto* option = child<QComboBox>(&dialog, "sweepAxisOption_1");
    QVERIFY(option);
    option->setCurrentIndex(option->findData(QStringLiteral("lora-r")));
    child<QLineEdit>(&dialog, "sweepAxisValues_1")->setText(QStringLiteral("4,8"));
    QCOMPARE(dialog.runCount(), 4);
    QVERIFY(child<QLabel>(&dialog, "sweepCount")->text().contains(QStringLiteral("4")));
    QVERIFY(child<QPushButton>(&dialog, "sweepStart")->isEnabled());

    litetune::SweepSpec spec = dialog.spec();
    QCOMPARE(spec.axes.size(), std::size_t(2));
    QCOMPARE(spec.axes[0].flag, std::string("lr"));
    QCOMPARE(spec.axes[0].values, (std::vector<std::string>{"0.0001", "0.0005"}));
    QCOMPARE(spec.axes[1].flag, std::string("lora-r"));
    QCOMPARE(spec.axes[1].values, (std::vector<std::string>{"4", "8"}));
    QCOMPARE(spec.randomCount, 0);
    QCOMPARE(spec.metric, std::string("eval_f1_macro"));
    QCOMPARE(spec.base.method, litetune::Method::Lora);
    QVERIFY(spec.base.outDir.empty());

    child<QRadioButton>(&dialog, "sweepRandom")->click();
    child<QSpinBox>(&dialog, "sweepRandomCount")->setValue(3);
    QCOMPARE(dialog.runCount(), 3);
    QCOMPARE(dialog.spec().randomCount, 3);
    child<QSpinBox>(&dialog, "sweepRandomCount")->setValue(5); // the grid has 4 points
    QCOMPARE(dialog.runCount(), 0);
    child<QRadioButton>(&dialog, "sweepGrid")->click();
    QCOMPARE(dialog.runCount(), 4);

    auto* metric = child<QComboBox>(&dialog, "sweepMetric");
    metric->setCurrentIndex(metric->findData(QStringLiteral("eval_loss")));
    QCOMPARE(dialog.spec().metric, std::string("eval_loss"));
    QVERIFY(child<QLabel>(&dialog, "sweepCount")->text().contains(QStringLiteral("lower")));

    // A bad value is refused with the option and value named, and nothing can start.
    child<QLineEdit>(&dialog, "sweepAxisValues_1")->setText(QStringLiteral("4,zero"));
    QCOMPARE(dialog.runCount(), 0);
    QVERIFY(child<QLabel>(&dialog, "sweepCount")->text().contains(QStringLiteral("lora-r")));
    QVERIFY(child<QLabel>(&dialog, "sweepCount")->text().contains(QStringLiteral("zero")));
    QVERIFY(!child<QPushButton>(&dialog, "sweepStart")->isEnabled());
    child<QToolButton>(&dialog, "sweepRemoveAxis_1")->click();
    QCOMPARE(dialog.axisEditor()->rowCount(), 1);
    QCOMPARE(dialog.runCount(), 2);
}

void SweepDialogTest::largeSweepsAskFirst() {
    EngineController engine;
    SweepDialog dialog(&engine, loraBase());
    dialog.show();
    child<QLineEdit>(&dialog, "sweepAxisValues_0")
        ->setText(QStringLiteral("1e-5,2e-5,3e-5,4e-5,5e-5,6e-5,7e-5,8e-5,9e-5,1e-4,2e-4"));
    child<QPushButton>(&dialog, "sweepAddAxis")->click();
    auto* option = child<QComboBox>(&dialog, "sweepAxisOption_1");
    option->setCurrentIndex(option->findData(QStringLiteral("lora-r")));
    child<QLineEdit>(&dialog, "sweepAxisValues_1")->setText(QStringLiteral("1,2,3,4,5,6,7,8,9,10"));
    QCOMPARE(dialog.runCount(), 110);
    child<QPushButton>(&dialog, "sweepStart")->click();
    auto* box = dialog.findChild<QMessageBox*>(QStringLiteral("sweepLargeBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("110")));
    QVERIFY(!dialog.queue()->isRunning()); // nothing starts before the answer
    box->button(QMessageBox::No)->click();
    QVERIFY(!dialog.queue()->isRunning());
    QVERIFY(!engine.isRunning());
}

void SweepDialogTest::cancelKeepsFinishedPoints() {
    EngineController engine;
    litetune::TrainConfig base = uitest::smallDemoRun();
    base.epochs = 100000.0; // the second point cannot end on its own before the test cancels it
    SweepDialog dialog(&engine, base);
    child<QComboBox>(&dialog, "sweepAxisOption_0")
        ->setCurrentIndex(child<QComboBox>(&dialog, "sweepAxisOption_0")->findData(QStringLiteral("max-steps")));
    child<QLineEdit>(&dialog, "sweepAxisValues_0")->setText(QStringLiteral("2,1000000000"));
    QCOMPARE(dialog.runCount(), 2);
    QSignalSpy started(&engine, &EngineController::runStarted);
    QSignalSpy finished(dialog.queue(), &SweepQueue::finished);
    int progressInSecond = 0;
    connect(&engine, &EngineController::progressReported, this, [&](const litetune::Progress& progress) {
        progressInSecond += started.count() == 2 && progress.phase == "train";
    });
    child<QPushButton>(&dialog, "sweepStart")->click();
    QVERIFY(dialog.queue()->isRunning());
    QVERIFY(!child<QPushButton>(&dialog, "sweepStart")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(progressInSecond > 0, kTimeoutMs);
    QCOMPARE(dialog.queue()->points()[0].state, litetune::SweepState::Done);
    QCOMPARE(dialog.queue()->points()[1].state, litetune::SweepState::Running);
    child<QPushButton>(&dialog, "sweepCancel")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!dialog.queue()->isRunning());
    const auto points = dialog.queue()->points();
    QCOMPARE(points[0].state, litetune::SweepState::Done);
    QCOMPARE(points[1].state, litetune::SweepState::Cancelled);
    QCOMPARE(dialog.queue()->state(), QStringLiteral("cancelled"));
    QTRY_VERIFY_WITH_TIMEOUT(!engine.isRunning(), kTimeoutMs);

    const QString folder = dialog.queue()->folder();
    const QJsonObject index = readJson(folder + QStringLiteral("/sweep.json"));
    QCOMPARE(index.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    QVERIFY(QFile::exists(QString::fromStdString(points[0].runDir) + QStringLiteral("/metrics.json")));
    const QJsonObject second = readJson(QString::fromStdString(points[1].runDir) + QStringLiteral("/run.json"));
    QCOMPARE(second.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled")); // resumable
    QCOMPARE(child<QTabWidget>(&dialog, "sweepTabs")->currentWidget(), dialog.results());
    QVERIFY(child<QPushButton>(&dialog, "sweepStart")->isEnabled()); // another sweep may start
}

void SweepDialogTest::resultsAreOrderedByTheMetric() {
    const QString screenshot = qEnvironmentVariable("LITETUNE_SWEEP_SCREENSHOT");
    if (!screenshot.isEmpty() && qEnvironmentVariableIsSet("LITETUNE_SWEEP_DARK")) {
        ColorScheme::apply(QStringLiteral("dark"));
    }
    EngineController engine;
    litetune::TrainConfig base = uitest::smallDemoRun();
    base.epochs = 1.0;
    const bool shooting = !screenshot.isEmpty();
    if (shooting) { // the picture in the docs: the whole demo data, where the learning rate shows
        base.limitTrain = 0;
        base.limitEval = 0;
        base.maxLength = 128;
        base.epochs = 2.0;
        base.threads = 2;
    }
    SweepDialog dialog(&engine, base);
    child<QLineEdit>(&dialog, "sweepAxisValues_0")
        ->setText(shooting ? QStringLiteral("3e-4,1e-3,3e-3") : QStringLiteral("1e-4,3e-3"));
    child<QPushButton>(&dialog, "sweepAddAxis")->click();
    auto* option = child<QComboBox>(&dialog, "sweepAxisOption_1");
    option->setCurrentIndex(option->findData(QStringLiteral("batch-size")));
    child<QLineEdit>(&dialog, "sweepAxisValues_1")->setText(QStringLiteral("8,16"));
    const int runs = shooting ? 6 : 4;
    QCOMPARE(dialog.runCount(), runs);
    QSignalSpy finished(dialog.queue(), &SweepQueue::finished);
    dialog.show();
    child<QPushButton>(&dialog, "sweepStart")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(dialog.queue()->state(), QStringLiteral("done"));

    auto* table = dialog.results()->table();
    QCOMPARE(table->rowCount(), runs);
    const int metricColumn = 3; // rank, lr, batch-size, then the chosen metric
    QCOMPARE(table->horizontalHeaderItem(metricColumn)->text(), QStringLiteral("eval_f1_macro"));
    double previous = 2.0;
    for (int row = 0; row < runs; ++row) {
        QCOMPARE(table->item(row, 0)->text(), QString::number(row + 1));
        const double value = table->item(row, metricColumn)->data(Qt::UserRole).toDouble();
        QVERIFY2(value <= previous, qPrintable(QStringLiteral("row %1 is not best first").arg(row)));
        previous = value;
    }
    QCOMPARE(dialog.results()->plotCount(), 2);
    QVERIFY(dialog.results()->findChild<QWidget*>(QStringLiteral("sweepPlot_lr")));
    if (!screenshot.isEmpty()) {
        dialog.resize(1100, 760);
        QVERIFY(dialog.grab().save(screenshot));
    }
}

LITETUNE_ISOLATED_TEST_MAIN(SweepDialogTest)

#include "SweepDialogTest.moc"
