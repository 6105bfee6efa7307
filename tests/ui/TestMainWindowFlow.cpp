// The main window end to end, offscreen, with the demo data and model: open the demo dataset,
// filter it by typing, start a demo run, see progress arrive and the plot fill, cancel, then
// run again to the end and find the run in the catalogue and the browser's run views.
#include "bridge/EngineController.h"
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
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr int kTimeoutMs = 180000;

template <typename T> T* child(QWidget* parent, const char* name) {
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (!found) {
        qWarning("no child named %s", name);
    }
    return found;
}

} // namespace

class TestMainWindowFlow : public QObject {
    Q_OBJECT

private slots:
    void placesByShortcutAndName();
    void demoFlow();
    void closingMidRunCancelsFirst();
};

void TestMainWindowFlow::placesByShortcutAndName() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPlace(QStringLiteral("configure")));
    QCOMPARE(window.currentPlace(), MainWindow::Place::Configure);
    QVERIFY(!window.showPlace(QStringLiteral("nowhere")));
    child<QAction>(&window, "placeAction3")->trigger();
    QCOMPARE(window.currentPlace(), MainWindow::Place::Train);
    QCOMPARE(child<QAction>(&window, "placeAction3")->shortcut(), QKeySequence(QStringLiteral("Ctrl+3")));
    QCOMPARE(child<QAction>(&window, "cancelAction")->shortcut(), QKeySequence(Qt::Key_Escape));
    auto* navigation = child<QListWidget>(&window, "placeNavigation");
    navigation->setCurrentRow(0);
    QCOMPARE(window.currentPlace(), MainWindow::Place::Dataset);
    // Nothing to cancel or pause before a run starts.
    QVERIFY(!child<QAction>(&window, "cancelAction")->isEnabled());
    QVERIFY(!child<QAction>(&window, "pauseAction")->isEnabled());
}

void TestMainWindowFlow::demoFlow() {
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
    QTRY_VERIFY(table->model()->rowCount() < total);
    search->clear();
    QTRY_COMPARE(table->model()->rowCount(), total);
    auto* labels = child<QComboBox>(&window, "labelFilter");
    labels->setCurrentIndex(1);
    QVERIFY(table->model()->rowCount() > 0 && table->model()->rowCount() < total);
    labels->setCurrentIndex(0);

    // A long demo run: progress arrives and the plot fills; then cancel it.
    auto* epochs = child<QDoubleSpinBox>(&window, "epochsSpin");
    auto* limitTrain = child<QSpinBox>(&window, "limitTrainSpin");
    auto* limitEval = child<QSpinBox>(&window, "limitEvalSpin");
    epochs->setValue(100.0);
    limitTrain->setValue(160);
    limitEval->setValue(64);
    QSignalSpy progress(window.engine(), &EngineController::progressReported);
    QSignalSpy finished(window.engine(), &EngineController::runFinished);
    child<QAction>(&window, "trainAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.currentPlace(), MainWindow::Place::Train, kTimeoutMs);
    TrainingPlot* plot = window.trainPage()->plot();
    QTRY_VERIFY_WITH_TIMEOUT(plot->trainingPointCount() >= 2, kTimeoutMs);
    QVERIFY(progress.count() >= 2);
    QTRY_VERIFY_WITH_TIMEOUT(plot->replotCount() > 0, 5000);
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
    QTRY_VERIFY(window.runs()->find(QString::fromStdString(run.runDir)) != nullptr);
    // The finished run's predictions on the demo data enable the browser's run views.
    QTRY_VERIFY(child<QComboBox>(&window, "runViewFilter")->isEnabled());
}

void TestMainWindowFlow::closingMidRunCancelsFirst() {
    auto* window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<MainWindow> guard(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->openDemo();
    QTRY_VERIFY_WITH_TIMEOUT(child<QTableView>(window, "datasetTable")->model()->rowCount() > 0, kTimeoutMs);
    child<QDoubleSpinBox>(window, "epochsSpin")->setValue(100.0);
    child<QSpinBox>(window, "limitTrainSpin")->setValue(160);
    QVERIFY(window->configurePage()->requestTrain());
    QTRY_VERIFY_WITH_TIMEOUT(window->trainPage()->plot()->trainingPointCount() > 0, kTimeoutMs);

    QVERIFY(!window->close()); // asks first
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox*>(QStringLiteral("quitDuringRunBox"))) != nullptr);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), kTimeoutMs); // cancelled, then closed and deleted
}

int main(int argc, char* argv[]) {
    // Settings and runs go to throw-away folders, never the user's.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("LITETUNE_RUNS", home.filePath(QStringLiteral("runs")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LiteTuneTests"));
    QApplication::setApplicationName(QStringLiteral("TestMainWindowFlow"));
    TestMainWindowFlow test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestMainWindowFlow.moc"
