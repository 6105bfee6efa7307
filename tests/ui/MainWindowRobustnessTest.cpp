// The main window when a run is interrupted, offscreen, with the demo model: closing (or
// destroying) the window mid-run leaves a resumable run and no thread behind; a dataset opened
// mid-run waits for the run, which goes on unaffected; a cancel during an evaluation returns the
// window to idle and marks the run cancelled (a training run resumable); a model folder deleted
// mid-comparison fails the next run with a dialog naming it, and every run finished before stays
// intact. The uninterrupted flow: MainWindowFlowTest.cpp.
#include "CopyTree.h"
#include "IsolatedTestMain.h"
#include "NamedChild.h"
#include "SmallDemoRun.h"
#include "TrainProgressWatch.h"
#include "bridge/EngineController.h"
#include "configure/ConfigurePage.h"
#include "dataset/DatasetPage.h"
#include "main/MainWindow.h"
#include "runs/RunCatalog.h"
#include "training/TrainPage.h"
#include "training/TrainingPlot.h"

#include "api/Workbench.h"

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

namespace {

constexpr int kTimeoutMs = 180000;

using uitest::child;
using uitest::copyTree;

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
    litetune::TrainConfig config = uitest::smallDemoRun();
    config.method = method;
    config.maxSteps = maxSteps;
    return config;
}

class SilentObserver : public litetune::TrainingObserver {};

} // namespace

class MainWindowRobustnessTest : public QObject {
    Q_OBJECT

private slots:
    void closingMidRunCancelsFirst();
    void destroyingMidRunJoinsTheEngine();
    void datasetOpenedMidRunWaitsForTheRun();
    void cancelDuringEvaluation_data();
    void cancelDuringEvaluation();
    void modelFolderDeletedMidComparison();

private:
    QTemporaryDir m_scratch;
};

void MainWindowRobustnessTest::closingMidRunCancelsFirst() {
    auto* window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<MainWindow> guard(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->openDemo();
    QTRY_VERIFY_WITH_TIMEOUT(child<QTableView>(window, "datasetTable")->model()->rowCount() > 0, kTimeoutMs);
    // Far more epochs than the test can wait for: the run must still be going when the window closes.
    child<QDoubleSpinBox>(window, "epochsSpin")->setValue(100000.0);
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

void MainWindowRobustnessTest::destroyingMidRunJoinsTheEngine() {
    // No dialog here: the window goes away as on logout, with a run in the middle of a step.
    auto* window = new MainWindow;
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QSignalSpy started(window->engine(), &EngineController::runStarted);
    uitest::TrainProgressWatch training(window->engine());
    auto* thread = window->engine()->findChild<QThread*>();
    QVERIFY(thread);
    QSignalSpy threadFinished(thread, &QThread::finished);
    QVERIFY(window->engine()->train(demoConfig(litetune::Method::Full, 100000)));
    QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1 && training.seen(), kTimeoutMs);
    const QString runDir = started.first().at(1).toString();
    delete window;
    QCOMPARE(threadFinished.count(), 1);
    QCOMPARE(runStatus(runDir), QStringLiteral("cancelled"));
    QVERIFY(hasCheckpoint(runDir));
}

void MainWindowRobustnessTest::datasetOpenedMidRunWaitsForTheRun() {
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
    QSignalSpy finished(window.engine(), &EngineController::runFinished);
    QSignalSpy started(window.engine(), &EngineController::runStarted);
    QVERIFY(window.engine()->train(demoConfig(litetune::Method::Full, 200)));
    // Held before its first step, so the run is surely still going when the dataset is opened (a
    // 200-step demo run can end before a busy machine gets to the next line).
    window.engine()->setPaused(true);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kTimeoutMs);

    window.openDataset(csv);
    QVERIFY(window.engine()->isRunning());
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("when the current run ends")),
             qPrintable(window.statusBar()->currentMessage()));
    window.engine()->setPaused(false);
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

void MainWindowRobustnessTest::cancelDuringEvaluation_data() {
    QTest::addColumn<int>("method");
    QTest::addRow("base evaluation") << int(litetune::Method::Evaluate);
    QTest::addRow("evaluation inside training") << int(litetune::Method::Full);
}

void MainWindowRobustnessTest::cancelDuringEvaluation() {
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
    // Idle again: nothing to cancel or pause, and Train is back to what the Configure place allows
    // (this window has no dataset open: the run was started with the engine's own config).
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!child<QAction>(&window, "cancelAction")->isEnabled());
    QCOMPARE(child<QAction>(&window, "trainAction")->isEnabled(),
             child<QPushButton>(&window, "trainButton")->isEnabled());
    QCOMPARE(child<QLabel>(&window, "engineStatus")->text(), QStringLiteral("Idle"));
    QVERIFY(child<QProgressBar>(&window, "trainProgress")->maximum() > 0); // not spinning
}

void MainWindowRobustnessTest::modelFolderDeletedMidComparison() {
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
    auto config = demoConfig(litetune::Method::Full, 3000);
    config.modelPath = model.toStdString();
    QSignalSpy started(window.engine(), &EngineController::runStarted);
    QSignalSpy finished(window.engine(), &EngineController::runFinished);
    QSignalSpy runFailed(window.engine(), &EngineController::runFailed);
    // While the full fine-tune trains (its model long loaded), the model folder disappears. The run
    // is held on its first training update, as it arrives: a poll could come after the whole run.
    bool held = false;
    connect(window.engine(), &EngineController::progressReported, this, [&](const litetune::Progress& update) {
        if (!held && started.count() == 2 && update.phase == "train") {
            window.engine()->setPaused(true);
            held = true;
        }
    });
    QVERIFY(window.engine()->compare(config));
    QTRY_VERIFY_WITH_TIMEOUT(held, kTimeoutMs);
    QCOMPARE(started.count(), 2);
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

LITETUNE_ISOLATED_TEST_MAIN(MainWindowRobustnessTest)

#include "MainWindowRobustnessTest.moc"
