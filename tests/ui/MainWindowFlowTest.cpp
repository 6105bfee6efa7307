// The main window end to end, offscreen, with the demo data and model: open the demo dataset,
// filter it by typing, start a demo run, see progress arrive and the plot fill, cancel, then
// run again to the end and find the run in the catalogue and the browser's run views. View ▸
// Colour Scheme switches light and dark at runtime and remembers the choice. What happens when a
// run is interrupted: MainWindowRobustnessTest.cpp.
#include "IsolatedTestMain.h"
#include "NamedChild.h"
#include "bridge/EngineController.h"
#include "common/ColorScheme.h"
#include "configure/ConfigurePage.h"
#include "main/MainWindow.h"
#include "runs/RunCatalog.h"
#include "training/TrainPage.h"
#include "training/TrainingPlot.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

#include <qcustomplot.h>

namespace {

constexpr int kTimeoutMs = 180000;

using uitest::child;

} // namespace

class MainWindowFlowTest : public QObject {
    Q_OBJECT

private slots:
    void placesByShortcutAndName();
    void colourSchemeFromTheViewMenu();
    void demoFlow();
};

void MainWindowFlowTest::placesByShortcutAndName() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPlace(QStringLiteral("configure")));
    QCOMPARE(window.currentPlace(), MainWindow::Place::Configure);
    QVERIFY(!window.showPlace(QStringLiteral("nowhere")));
    child<QAction>(&window, "placeAction3")->trigger();
    QCOMPARE(window.currentPlace(), MainWindow::Place::Train);
    QCOMPARE(child<QAction>(&window, "placeAction3")->shortcut(), QKeySequence(QStringLiteral("Ctrl+3")));
    QCOMPARE(child<QAction>(&window, "cancelAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Period));
    auto* navigation = child<QListWidget>(&window, "placeNavigation");
    navigation->setCurrentRow(0);
    QCOMPARE(window.currentPlace(), MainWindow::Place::Dataset);
    // Nothing to cancel or pause before a run starts.
    QVERIFY(!child<QAction>(&window, "cancelAction")->isEnabled());
    QVERIFY(!child<QAction>(&window, "pauseAction")->isEnabled());
}

void MainWindowFlowTest::colourSchemeFromTheViewMenu() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCustomPlot* plot = window.trainPage()->plot()->lossPlot();
    child<QAction>(&window, "colorScheme_dark")->trigger();
    QVERIFY(ColorScheme::isDark(QApplication::palette()));
    QCOMPARE(QSettings().value(QStringLiteral("ui/colorScheme")).toString(), QStringLiteral("dark"));
    QTRY_COMPARE_WITH_TIMEOUT(plot->xAxis->tickLabelColor(), QApplication::palette().color(QPalette::Text), kTimeoutMs);
    child<QAction>(&window, "colorScheme_system")->trigger();
    QVERIFY(!ColorScheme::isDark(QApplication::palette())); // the offscreen platform's palette is light
    QCOMPARE(QSettings().value(QStringLiteral("ui/colorScheme")).toString(), QStringLiteral("system"));
    QTRY_COMPARE_WITH_TIMEOUT(plot->xAxis->tickLabelColor(), QApplication::palette().color(QPalette::Text), kTimeoutMs);
}

void MainWindowFlowTest::demoFlow() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Open the demo dataset from its action.
    child<QAction>(&window, "openDemoAction")->trigger();
    auto* table = child<QTableView>(&window, "datasetTable");
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, kTimeoutMs);
    const int total = table->model()->rowCount();

    // Filter by typing into the search box.
    auto* search = child<QLineEdit>(&window, "datasetSearch");
    QTest::keyClicks(search, QStringLiteral("love"));
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() < total, kTimeoutMs);
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), total, kTimeoutMs);
    auto* labels = child<QComboBox>(&window, "labelFilter");
    labels->setCurrentIndex(1);
    QVERIFY(table->model()->rowCount() > 0 && table->model()->rowCount() < total);
    labels->setCurrentIndex(0);

    // A long demo run: progress arrives and the plot fills; then cancel it.
    auto* epochs = child<QDoubleSpinBox>(&window, "epochsSpin");
    auto* limitTrain = child<QSpinBox>(&window, "limitTrainSpin");
    auto* limitEval = child<QSpinBox>(&window, "limitEvalSpin");
    epochs->setValue(100000.0); // far longer than the test waits: it must still run at the cancel
    limitTrain->setValue(160);
    limitEval->setValue(64);
    QSignalSpy progress(window.engine(), &EngineController::progressReported);
    QSignalSpy finished(window.engine(), &EngineController::runFinished);
    child<QAction>(&window, "trainAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.currentPlace(), MainWindow::Place::Train, kTimeoutMs);
    TrainingPlot* plot = window.trainPage()->plot();
    QTRY_VERIFY_WITH_TIMEOUT(plot->trainingPointCount() >= 2, kTimeoutMs);
    QVERIFY(progress.count() >= 2);
    QTRY_VERIFY_WITH_TIMEOUT(plot->replotCount() > 0, kTimeoutMs); // how soon: litetune-bench-ui
    auto* cancel = child<QPushButton>(&window, "cancelButton");
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.engine()->isRunning(), kTimeoutMs);
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.first().first().value<litetune::RunResult>().cancelled);
    QVERIFY(!cancel->isEnabled());

    // Run again, short, to the end.
    epochs->setValue(1.0);
    QVERIFY(window.configurePage()->requestTrain());
    QTRY_VERIFY_WITH_TIMEOUT(!window.engine()->isRunning() && finished.count() == 2, kTimeoutMs);
    const auto run = finished.last().first().value<litetune::RunResult>();
    QVERIFY(!run.cancelled);
    QVERIFY(plot->trainingPointCount() > 0);
    QVERIFY(plot->evaluationPointCount() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(window.runs()->find(QString::fromStdString(run.runDir)) != nullptr, kTimeoutMs);
    // The finished run's predictions on the demo data enable the browser's run views.
    QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(&window, "runViewFilter")->isEnabled(), kTimeoutMs);
}

LITETUNE_ISOLATED_TEST_MAIN(MainWindowFlowTest)

#include "MainWindowFlowTest.moc"
