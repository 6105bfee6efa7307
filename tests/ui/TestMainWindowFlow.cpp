// The main window end to end, offscreen, with the demo data and model: open the demo dataset,
// filter it by typing, start a demo run, see progress arrive and the plot fill, cancel, then
// run again to the end and find the run in the catalogue and the browser's run views. View ▸
// Colour Scheme switches light and dark at runtime and remembers the choice.
// Robustness: closing (or destroying) the window mid-run leaves a resumable run and no thread
// behind; a dataset opened mid-run waits for the run, which goes on unaffected; a cancel during an
// evaluation returns the window to idle and marks the run cancelled (a training run resumable);
// a model folder deleted mid-comparison fails the next run with a dialog naming it, and every run
// finished before stays intact.
#include "CopyTree.h"
#include "IsolatedTestMain.h"
#include "bridge/EngineController.h"
#include "common/ColorScheme.h"
#include "configure/ConfigurePage.h"
#include "dataset/DatasetPage.h"
#include "main/MainWindow.h"
#include "runs/RunCatalog.h"
#include "training/TrainPage.h"
#include "training/TrainingPlot.h"

#include "api/Workbench.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <qcustomplot.h>

namespace {

constexpr int kTimeoutMs = 180000;

template <typename T> T* child(QWidget* parent, const char* name) {
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (!found) {
        qWarning("no child named %s", name);
    }
    return found;
}

// The status a run folder's run.json records ("running", "completed", "cancelled", "failed").
QString runStatus(const QString& runDir) {
    QFile file(QDir(runDir).filePath(QStringLiteral("run.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        return QStringLiteral("(no run.json)");
    }
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("status")).toString();
}

bool hasCheckpoint(const QString& runDir) {
    return !QDir(QDir(runDir).filePath(QStringLiteral("checkpoints")))
                .entryList({QStringLiteral("step-*")}, QDir::Dirs)
                .isEmpty();
}

using uitest::copyTree;

// A CSV of `rows` long texts over three labels, so evaluating it takes a while.
QString writeCsv(const QString& path, int rows) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    const char* labels[] = {"sun", "rain", "snow"};
    QByteArray data("text,label\n");
    for (int i = 0; i < rows; ++i) {
        data += "weather report number " + QByteArray::number(i) + " says " + labels[i % 3] +
                " over the hills and the valleys and the long grey roads that lead to the sea today,";
        data += labels[i % 3];
        data += '\n';
    }
    file.write(data);
    return path;
}

litetune::TrainConfig demoConfig(litetune::Method method, std::int64_t maxSteps) {
    litetune::TrainConfig config;
    config.method = method;
    config.maxSteps = maxSteps;
    config.batchSize = 8;
    config.evalBatchSize = 32;
    config.maxLength = 32;
    config.learningRate = 1e-3;
    config.limitTrain = 160;
    config.limitEval = 64;
    config.threads = 1;
    return config;
}

class SilentObserver : public litetune::TrainingObserver {};

} // namespace

class TestMainWindowFlow : public QObject {
    Q_OBJECT

private slots:
    void placesByShortcutAndName();
    void colourSchemeFromTheViewMenu();
    void demoFlow();
    void closingMidRunCancelsFirst();
    void destroyingMidRunJoinsTheEngine();
    void datasetOpenedMidRunWaitsForTheRun();
    void cancelDuringEvaluation_data();
    void cancelDuringEvaluation();
    void modelFolderDeletedMidComparison();

private:
    QTemporaryDir m_scratch;
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

void TestMainWindowFlow::colourSchemeFromTheViewMenu() {
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
    QSignalSpy started(window->engine(), &EngineController::runStarted);
    auto* thread = window->engine()->findChild<QThread*>();
    QVERIFY(thread && thread->isRunning());
    QSignalSpy threadFinished(thread, &QThread::finished);
    QVERIFY(window->configurePage()->requestTrain());
    QTRY_VERIFY_WITH_TIMEOUT(window->trainPage()->plot()->trainingPointCount() > 0, kTimeoutMs);
    QCOMPARE(started.count(), 1);
    const QString runDir = started.first().at(1).toString();

    QVERIFY(!window->close()); // asks first
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = window->findChild<QMessageBox*>(QStringLiteral("quitDuringRunBox"))) != nullptr,
                             kTimeoutMs);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), kTimeoutMs); // cancelled, then closed and deleted
    QCOMPARE(threadFinished.count(), 1);                  // the engine thread was joined
    QCOMPARE(runStatus(runDir), QStringLiteral("cancelled"));
    QVERIFY(hasCheckpoint(runDir)); // resumable
}

void TestMainWindowFlow::destroyingMidRunJoinsTheEngine() {
    // No dialog here: the window goes away as on logout, with a run in the middle of a step.
    auto* window = new MainWindow;
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QSignalSpy started(window->engine(), &EngineController::runStarted);
    QSignalSpy progress(window->engine(), &EngineController::progressReported);
    auto* thread = window->engine()->findChild<QThread*>();
    QVERIFY(thread);
    QSignalSpy threadFinished(thread, &QThread::finished);
    QVERIFY(window->engine()->train(demoConfig(litetune::Method::Full, 100000)));
    QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1 && !progress.isEmpty() &&
                                 progress.last().first().value<litetune::Progress>().phase == "train",
                             kTimeoutMs);
    const QString runDir = started.first().at(1).toString();
    delete window;
    QCOMPARE(threadFinished.count(), 1);
    QCOMPARE(runStatus(runDir), QStringLiteral("cancelled"));
    QVERIFY(hasCheckpoint(runDir));
}

void TestMainWindowFlow::datasetOpenedMidRunWaitsForTheRun() {
    const QString csv = writeCsv(m_scratch.filePath(QStringLiteral("second.csv")), 60);
    QVERIFY(!csv.isEmpty());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList events;
    connect(window.engine(), &EngineController::runFinished, this, [&events] { events << QStringLiteral("run"); });
    connect(window.engine(), &EngineController::datasetLoaded, this,
            [&events](const DatasetHandle&, const litetune::DatasetOptions& o) {
                events << QStringLiteral("dataset ") + QString::fromStdString(o.path);
            });
    QSignalSpy progress(window.engine(), &EngineController::progressReported);
    QSignalSpy finished(window.engine(), &EngineController::runFinished);
    QVERIFY(window.engine()->train(demoConfig(litetune::Method::Full, 200)));
    QTRY_VERIFY_WITH_TIMEOUT(
        !progress.isEmpty() && progress.last().first().value<litetune::Progress>().phase == "train", kTimeoutMs);

    window.openDataset(csv);
    QVERIFY(window.engine()->isRunning());
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("when the current run ends")),
             qPrintable(window.statusBar()->currentMessage()));
    QTRY_VERIFY_WITH_TIMEOUT(window.datasetPage()->options().path == csv.toStdString(), kTimeoutMs);
    // The run went on to its end with the data it started with; only then did the dataset open.
    QCOMPARE(finished.count(), 1);
    const auto run = finished.first().first().value<litetune::RunResult>();
    QVERIFY(!run.cancelled);
    QCOMPARE(run.config.dataPath, std::string("demo"));
    QCOMPARE(run.globalStep, std::int64_t(200));
    QCOMPARE(events, QStringList({QStringLiteral("run"), QStringLiteral("dataset ") + csv}));
    QCOMPARE(runStatus(QString::fromStdString(run.runDir)), QStringLiteral("completed"));
}

void TestMainWindowFlow::cancelDuringEvaluation_data() {
    QTest::addColumn<int>("method");
    QTest::addRow("base evaluation") << int(litetune::Method::Evaluate);
    QTest::addRow("evaluation inside training") << int(litetune::Method::Full);
}

void TestMainWindowFlow::cancelDuringEvaluation() {
    QFETCH(int, method);
    // Thousands of long texts, one per batch: the evaluation outlasts the cancel by far.
    const QString csv = m_scratch.filePath(QStringLiteral("long-eval.csv"));
    if (!QFileInfo::exists(csv)) {
        QVERIFY(!writeCsv(csv, 20000).isEmpty());
    }
    auto config = demoConfig(static_cast<litetune::Method>(method), 4);
    config.dataPath = csv.toStdString();
    config.validationFraction = 0.5;
    config.limitEval = 0;
    config.evalBatchSize = 1;
    config.maxLength = 128;
    config.evalEvery = 2;

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy started(window.engine(), &EngineController::runStarted);
    QSignalSpy progress(window.engine(), &EngineController::progressReported);
    QSignalSpy finished(window.engine(), &EngineController::runFinished);
    QSignalSpy failed(window.engine(), &EngineController::failed);
    QVERIFY(window.engine()->train(config));
    auto* cancel = child<QPushButton>(&window, "cancelButton");
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().first().value<litetune::Progress>().phase == "eval",
                             kTimeoutMs);
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!window.engine()->isBusy(), kTimeoutMs);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(finished.count(), 1);
    const auto run = finished.first().first().value<litetune::RunResult>();
    QVERIFY(run.cancelled);
    const QString runDir = started.first().at(1).toString();
    QCOMPARE(runStatus(runDir), QStringLiteral("cancelled"));
    if (method == int(litetune::Method::Full)) {
        QCOMPARE(run.globalStep, std::int64_t(2)); // cancelled in the evaluation after step 2...
        QVERIFY(hasCheckpoint(runDir));            // ...and resumable from there
    }
    // Idle again: nothing to cancel or pause, training can start.
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!child<QAction>(&window, "cancelAction")->isEnabled());
    QVERIFY(child<QAction>(&window, "trainAction")->isEnabled());
    QCOMPARE(child<QLabel>(&window, "engineStatus")->text(), QStringLiteral("Idle"));
    QVERIFY(child<QProgressBar>(&window, "trainProgress")->maximum() > 0); // not spinning
}

void TestMainWindowFlow::modelFolderDeletedMidComparison() {
    // A finished run whose model/ serves as the base model of a comparison, used from a copy.
    const QString runs = QString::fromStdString(litetune::defaultRunsRoot().string());
    auto source = demoConfig(litetune::Method::Full, 2);
    source.outDir = QDir(runs).filePath(QStringLiteral("source-run")).toStdString();
    SilentObserver silent;
    litetune::RunControl control;
    const litetune::RunResult sourceRun = litetune::runMethod(source, silent, control);
    const QString sourceDir = QString::fromStdString(sourceRun.runDir);
    const QString model = m_scratch.filePath(QStringLiteral("model-copy"));
    QVERIFY(copyTree(QDir(sourceDir).filePath(QStringLiteral("model")), model));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto config = demoConfig(litetune::Method::Full, 300);
    config.modelPath = model.toStdString();
    QSignalSpy started(window.engine(), &EngineController::runStarted);
    QSignalSpy progress(window.engine(), &EngineController::progressReported);
    QSignalSpy finished(window.engine(), &EngineController::runFinished);
    QSignalSpy runFailed(window.engine(), &EngineController::runFailed);
    QVERIFY(window.engine()->compare(config));
    // While the full fine-tune trains (its model long loaded), the model folder disappears.
    QTRY_VERIFY_WITH_TIMEOUT(
        started.count() == 2 && progress.last().first().value<litetune::Progress>().phase == "train", kTimeoutMs);
    window.engine()->setPaused(true);
    QVERIFY(QDir(model).removeRecursively());
    window.engine()->setPaused(false);

    // The LoRA run cannot load it: a dialog names the folder; nothing crashes.
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox*>(QStringLiteral("runFailedBox"))) != nullptr,
                             kTimeoutMs);
    QVERIFY2(box->text().contains(model), qPrintable(box->text()));
    QCOMPARE(runFailed.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!window.engine()->isBusy(), kTimeoutMs);
    QCOMPARE(started.count(), 3);
    QCOMPARE(runStatus(started.at(0).at(1).toString()), QStringLiteral("completed")); // base
    QCOMPARE(runStatus(started.at(1).at(1).toString()), QStringLiteral("completed")); // full
    QCOMPARE(runStatus(started.at(2).at(1).toString()), QStringLiteral("failed"));    // LoRA
    QVERIFY(QFileInfo::exists(QDir(started.at(1).at(1).toString()).filePath(QStringLiteral("model"))));
    // Finished runs stay intact and listed, those of the failed comparison included.
    QCOMPARE(runStatus(sourceDir), QStringLiteral("completed"));
    QVERIFY(QFileInfo::exists(QDir(sourceDir).filePath(QStringLiteral("model/model.safetensors"))));
    QVERIFY(window.runs()->find(sourceDir));
    QVERIFY(window.runs()->find(started.at(1).at(1).toString()));
    box->accept();
}

LITETUNE_ISOLATED_TEST_MAIN(TestMainWindowFlow)

#include "TestMainWindowFlow.moc"
