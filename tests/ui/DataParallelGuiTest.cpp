// Data-parallel training from the GUI (issue #17): the device list offers "All GPUs (N)" only with
// two GPUs or more; a 2-worker CPU run of the demo through EngineController (this process worker 0,
// litetune-cli worker 1, started with $LITETUNE_CLI) finishes as one run of two workers, and the
// Train place's worker panel shows both; Cancel stops both and leaves no process behind, and the
// run resumes with its two workers; a
// litetune-cli that is not there refuses the run before anything starts; a worker that fails before
// the workers met ends worker 0's wait in the rendezvous; a worker killed mid-run
// fails the run, and the Train place names it; a failed worker's message keeps its last stderr
// lines; a worker that ignores the stop signals is killed after the grace period (about 20 s).
// Waits only guard hangs.
#include "IsolatedTestMain.h"
#include "NamedChild.h"
#include "SmallDemoRun.h"
#include "TrainProgressWatch.h"
#include "bridge/EngineController.h"
#include "configure/ConfigurePage.h"
#include "configure/DeviceChoices.h"
#include "training/WorkerStatusPanel.h"

#include "api/RuntimeInfo.h"
#include "api/Workbench.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

namespace {

constexpr int kRunTimeoutMs = 300000;
constexpr double kEndlessEpochs = 100000.0; // the cancelled run cannot end on its own

litetune::RuntimeInfo fakeGpus(int count) {
    litetune::RuntimeInfo info;
    info.devices.push_back({"cpu", "Some CPU", 0});
    for (int i = 0; i < count; ++i) {
        info.devices.push_back({"cuda:" + std::to_string(i), "Fake GPU", 80LL << 30});
    }
    return info;
}

litetune::TrainConfig twoCpuWorkers(const QString& outDir) {
    litetune::TrainConfig config = uitest::smallDemoRun();
    config.device = "cpu";
    config.nprocPerNode = 2;
    config.maxSteps = 20;
    config.threads = 1;
    config.outDir = outDir.toStdString();
    return config;
}

// A stand-in for litetune-cli: a shell script in `dir`.
QString script(const QTemporaryDir& dir, const QString& name, const QByteArray& body) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("#!/bin/sh\n" + body) < 0) {
        return {};
    }
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

litetune::WorkerPlace twoLocalWorkers() {
    litetune::WorkerPlace place;
    place.worldSize = place.localWorldSize = 2;
    return place;
}

// Starts a 2-worker run that cannot end on its own and waits until it trains: worker 1's pid, or 0
// when the run failed first.
qint64 startEndlessRun(EngineController& engine, const QString& outDir) {
    uitest::TrainProgressWatch training(&engine);
    QSignalSpy failed(&engine, &EngineController::runFailed);
    litetune::TrainConfig config = twoCpuWorkers(outDir);
    config.maxSteps = -1;
    config.epochs = kEndlessEpochs;
    if (!engine.train(config)) {
        return 0;
    }
    const bool trains = QTest::qWaitFor([&] { return training.seen() || !failed.isEmpty(); }, kRunTimeoutMs);
    return trains && failed.isEmpty() ? engine.workerProcesses()->rows().at(1).pid : 0;
}

QString cell(QTableWidget* table, int row, int column) {
    const QTableWidgetItem* item = table ? table->item(row, column) : nullptr;
    return item ? item->text() : QString();
}

} // namespace

class DataParallelGuiTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void allGpusOnlyWithTwoOrMore();
    void configureRemembersAllGpus();
    void twoCpuWorkersFinish();
    void cancelStopsEveryWorker();
    void deadWorkerFailsTheRun();
    void missingCliRefusesTheRun();
    void workerFailingBeforeTheRendezvousEndsTheRun();
    void failureKeepsTheLastStderrLines();
    void stragglersAreEnded();

private:
    QTemporaryDir m_runs;
};

void DataParallelGuiTest::initTestCase() {
    QVERIFY(m_runs.isValid()); // the runs of this suite; settings live in the isolated home
    qputenv("LITETUNE_RUNS", m_runs.path().toUtf8());
    QVERIFY2(!qEnvironmentVariable("LITETUNE_CLI").isEmpty(), "tests/ui/CMakeLists.txt sets LITETUNE_CLI");
}

void DataParallelGuiTest::allGpusOnlyWithTwoOrMore() {
    using device_choices::deviceChoices;
    const QList<DeviceChoice> before = deviceChoices(nullptr);
    QCOMPARE(before.size(), 2);
    QCOMPARE(before[0].data, QStringLiteral("auto"));
    QCOMPARE(before[1].data, QStringLiteral("cpu"));

    const litetune::RuntimeInfo none = fakeGpus(0), one = fakeGpus(1), two = fakeGpus(2);
    QCOMPARE(deviceChoices(&none).size(), 2);
    const QList<DeviceChoice> single = deviceChoices(&one);
    QCOMPARE(single.size(), 3);
    QCOMPARE(single[2].data, QStringLiteral("cuda:0"));
    QCOMPARE(single[2].workers, 1);

    const QList<DeviceChoice> pair = deviceChoices(&two);
    QCOMPARE(pair.size(), 5);
    QCOMPARE(pair[3].data, QStringLiteral("cuda:1"));
    QCOMPARE(pair[4].data, QString::fromLatin1(device_choices::kAllGpus));
    QCOMPARE(pair[4].label, QStringLiteral("All GPUs (2)"));
    QCOMPARE(pair[4].workers, 2);

    litetune::TrainConfig config;
    device_choices::applyDeviceChoice(pair[4], config);
    QCOMPARE(config.device, std::string("cuda"));
    QCOMPARE(config.nprocPerNode, 2);
    device_choices::applyDeviceChoice(pair[3], config); // any other choice is one process again
    QCOMPARE(config.device, std::string("cuda:1"));
    QCOMPARE(config.nprocPerNode, 1);
    device_choices::applyDeviceChoice(pair[1], config);
    QCOMPARE(config.device, std::string("cpu"));
    QCOMPARE(config.nprocPerNode, 1);
}

void DataParallelGuiTest::configureRemembersAllGpus() {
    const litetune::RuntimeInfo two = fakeGpus(2);
    {
        ConfigurePage page;
        page.setRuntimeInfo(two);
        auto* combo = uitest::child<QComboBox>(&page, "deviceCombo");
        QVERIFY(combo);
        const int all = combo->findData(QString::fromLatin1(device_choices::kAllGpus));
        QVERIFY(all >= 0);
        QCOMPARE(combo->itemText(all), QStringLiteral("All GPUs (2)"));
        combo->setCurrentIndex(all); // saved at once, as every change on the page
        QCOMPARE(page.config().device, std::string("cuda"));
        QCOMPARE(page.config().nprocPerNode, 2);
    }
    ConfigurePage again;
    QCOMPARE(again.config().nprocPerNode, 1); // the GPUs are not known yet: Automatic
    again.setRuntimeInfo(two);
    QCOMPARE(again.config().device, std::string("cuda"));
    QCOMPARE(again.config().nprocPerNode, 2);
}

void DataParallelGuiTest::twoCpuWorkersFinish() {
    EngineController engine;
    WorkerStatusPanel panel(&engine);
    auto* table = uitest::child<QTableWidget>(&panel, "workerTable");
    auto* throughput = uitest::child<QLabel>(&panel, "workerThroughput");
    QVERIFY(table && throughput);
    QVERIFY(panel.isHidden());
    QSignalSpy finished(&engine, &EngineController::runFinished);
    QSignalSpy failed(&engine, &EngineController::runFailed);

    QVERIFY(engine.train(twoCpuWorkers(m_runs.filePath(QStringLiteral("two")))));
    QVERIFY(!panel.isHidden());
    QCOMPARE(table->rowCount(), 2);
    QVERIFY2(cell(table, 0, 1).contains(QStringLiteral("this window")), qPrintable(cell(table, 0, 1)));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, kRunTimeoutMs);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    const auto result = finished.first().first().value<litetune::RunResult>();
    QCOMPARE(result.worldSize, 2);
    QVERIFY(!result.cancelled);

    QTRY_VERIFY_WITH_TIMEOUT(!engine.workerProcesses()->anyRunning(), kRunTimeoutMs);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(cell(table, 0, 2), QStringLiteral("finished"));
    QCOMPARE(cell(table, 1, 2), QStringLiteral("finished"));
    QVERIFY2(cell(table, 1, 1).startsWith(QStringLiteral("CPU · pid ")), qPrintable(cell(table, 1, 1)));
    QVERIFY2(throughput->text().startsWith(QStringLiteral("2 workers · ")), qPrintable(throughput->text()));
    QVERIFY(engine.workerProcesses()->failure().isEmpty());

    // A one-process run afterwards hides the panel.
    litetune::TrainConfig single = uitest::smallDemoRun();
    single.maxSteps = 2;
    single.outDir = m_runs.filePath(QStringLiteral("single")).toStdString();
    QVERIFY(engine.train(single));
    QVERIFY(panel.isHidden());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kRunTimeoutMs);
}

void DataParallelGuiTest::cancelStopsEveryWorker() {
    EngineController engine;
    WorkerStatusPanel panel(&engine);
    auto* table = uitest::child<QTableWidget>(&panel, "workerTable");
    QVERIFY(table);
    QSignalSpy finished(&engine, &EngineController::runFinished);
    QSignalSpy failed(&engine, &EngineController::runFailed);
    const qint64 pid = startEndlessRun(engine, m_runs.filePath(QStringLiteral("cancelled")));
    QVERIFY(pid > 0);
    QCOMPARE(cell(table, 1, 2), QStringLiteral("training"));

    engine.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, kRunTimeoutMs);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY(finished.first().first().value<litetune::RunResult>().cancelled);
    QTRY_VERIFY_WITH_TIMEOUT(!engine.workerProcesses()->anyRunning(), kRunTimeoutMs);
    QCOMPARE(cell(table, 0, 2), QStringLiteral("cancelled"));
    QCOMPARE(cell(table, 1, 2), QStringLiteral("cancelled (exit status 130)"));
    QVERIFY2(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)), "worker 1's process is still there");

    // Resumed as the GUI's Resume asks (RunResumer): as many workers as run.json's world_size.
    const QString runDir = m_runs.filePath(QStringLiteral("cancelled"));
    const litetune::RunResult stopped = litetune::loadRun(runDir.toStdString());
    QCOMPARE(stopped.worldSize, 2);
    litetune::TrainConfig resume;
    resume.resumeDir = runDir.toStdString();
    resume.device = stopped.config.device;
    resume.threads = stopped.config.threads;
    resume.nprocPerNode = stopped.worldSize;
    uitest::TrainProgressWatch again(&engine);
    QVERIFY(engine.train(resume));
    QTRY_VERIFY_WITH_TIMEOUT(again.seen() || finished.count() + failed.count() > 1, kRunTimeoutMs);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(cell(table, 1, 2), QStringLiteral("training"));
    engine.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 2, kRunTimeoutMs);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    const auto resumed = finished.last().first().value<litetune::RunResult>();
    QVERIFY(resumed.cancelled);
    QVERIFY(resumed.globalStep > stopped.globalStep);
    QTRY_VERIFY_WITH_TIMEOUT(!engine.workerProcesses()->anyRunning(), kRunTimeoutMs);
}

void DataParallelGuiTest::deadWorkerFailsTheRun() {
    EngineController engine;
    WorkerStatusPanel panel(&engine);
    auto* table = uitest::child<QTableWidget>(&panel, "workerTable");
    auto* failure = uitest::child<QLabel>(&panel, "workerFailure");
    QVERIFY(table && failure);
    QSignalSpy finished(&engine, &EngineController::runFinished);
    QSignalSpy failed(&engine, &EngineController::runFailed);
    const qint64 pid = startEndlessRun(engine, m_runs.filePath(QStringLiteral("lost")));
    QVERIFY(pid > 0);
    QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);

    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !finished.isEmpty(), kRunTimeoutMs);
    QVERIFY(finished.isEmpty());
    const QString message = failed.first().first().toString(); // worker 0's own error, as any run's
    QVERIFY2(message.contains(QStringLiteral("lost contact")), qPrintable(message));
    QTRY_VERIFY_WITH_TIMEOUT(!engine.workerProcesses()->anyRunning(), kRunTimeoutMs);
    QCOMPARE(cell(table, 0, 2), QStringLiteral("failed"));
    QCOMPARE(cell(table, 1, 2), QStringLiteral("failed: signal 9 (Killed)"));
    QVERIFY(!failure->isHidden());
    QVERIFY2(failure->text().startsWith(QStringLiteral("Worker 1 of 2 (pid %1) was killed by signal 9").arg(pid)),
             qPrintable(failure->text()));
}

void DataParallelGuiTest::missingCliRefusesTheRun() {
    const QByteArray cli = qgetenv("LITETUNE_CLI");
    const QString missing = m_runs.filePath(QStringLiteral("no-such-litetune-cli"));
    qputenv("LITETUNE_CLI", missing.toUtf8());
    EngineController engine;
    WorkerStatusPanel panel(&engine);
    QSignalSpy failed(&engine, &EngineController::runFailed);
    QSignalSpy running(&engine, &EngineController::runningChanged);
    const bool started = engine.train(twoCpuWorkers(m_runs.filePath(QStringLiteral("refused"))));
    qputenv("LITETUNE_CLI", cli);
    QVERIFY(!started);
    QVERIFY(!engine.isRunning());
    QCOMPARE(running.count(), 0);
    QCOMPARE(failed.count(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("LITETUNE_CLI")) && message.contains(missing), qPrintable(message));
    QVERIFY(engine.workerProcesses()->rows().isEmpty());
    QVERIFY(panel.isHidden());
    QVERIFY(!QFileInfo::exists(m_runs.filePath(QStringLiteral("refused"))));
}

void DataParallelGuiTest::workerFailingBeforeTheRendezvousEndsTheRun() {
    // Worker 1 never arrives: worker 0 (this process) waits in the rendezvous until the failure's
    // cancel reaches it there, instead of c10d's 30 minutes.
    QTemporaryDir bin;
    const QString broken = script(bin, QStringLiteral("broken"), "echo 'cannot start' >&2\nexit 1\n");
    QVERIFY(!broken.isEmpty());
    const QByteArray cli = qgetenv("LITETUNE_CLI");
    qputenv("LITETUNE_CLI", broken.toUtf8());
    EngineController engine;
    WorkerStatusPanel panel(&engine);
    auto* failure = uitest::child<QLabel>(&panel, "workerFailure");
    QVERIFY(failure);
    QSignalSpy finished(&engine, &EngineController::runFinished);
    const bool started = engine.train(twoCpuWorkers(m_runs.filePath(QStringLiteral("never-met"))));
    qputenv("LITETUNE_CLI", cli);
    QVERIFY(started);
    QTRY_VERIFY_WITH_TIMEOUT(!engine.isRunning(), kRunTimeoutMs);
    QVERIFY(finished.isEmpty()); // no result: worker 0 stopped before the first step
    QTRY_VERIFY_WITH_TIMEOUT(!engine.workerProcesses()->anyRunning(), kRunTimeoutMs);
    QVERIFY(!failure->isHidden());
    QVERIFY2(failure->text().contains(QStringLiteral("ended with exit status 1")) &&
                 failure->text().contains(QStringLiteral("cannot start")),
             qPrintable(failure->text()));
}

void DataParallelGuiTest::failureKeepsTheLastStderrLines() {
    QTemporaryDir bin;
    const QString noisy = script(bin, QStringLiteral("noisy"),
                                 "i=1; while [ $i -le 30 ]; do echo \"line $i\" >&2; i=$((i+1)); done; exit 3\n");
    QVERIFY(!noisy.isEmpty());
    WorkerProcesses workers;
    QSignalSpy failed(&workers, &WorkerProcesses::workerFailed);
    workers.start(noisy, twoCpuWorkers(QString()), twoLocalWorkers());
    QTRY_VERIFY_WITH_TIMEOUT(!workers.anyRunning(), kRunTimeoutMs);
    QCOMPARE(failed.count(), 1);
    const QString message = workers.failure();
    QCOMPARE(failed.first().first().toString(), message);
    QVERIFY2(message.startsWith(
                 QStringLiteral("Worker 1 of 2 (pid %1) ended with exit status 3.\n").arg(workers.rows().at(1).pid)),
             qPrintable(message));
    QVERIFY2(message.endsWith(QStringLiteral("line 30")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("line 11\n")) && !message.contains(QStringLiteral("line 10\n")),
             qPrintable(message)); // the last WorkerProcesses::kStderrLines lines
    QCOMPARE(workers.rows().at(1).state, WorkerRow::State::Failed);
}

void DataParallelGuiTest::stragglersAreEnded() {
    // A worker that ignores the stop signals (as one stuck before the rendezvous does the first).
    QTemporaryDir bin;
    const QString stubborn =
        script(bin, QStringLiteral("stubborn"), "trap '' INT TERM HUP\necho ready >&2\nwhile :; do sleep 1; done\n");
    QVERIFY(!stubborn.isEmpty());
    WorkerProcesses workers;
    workers.start(stubborn, twoCpuWorkers(QString()), twoLocalWorkers());
    // Signals before its trap would end it: wait for its word.
    QTRY_VERIFY_WITH_TIMEOUT(workers.rows().at(1).stderrTail.contains(QStringLiteral("ready\n")), kRunTimeoutMs);
    workers.markTraining();
    workers.interrupt(); // SIGINT, ignored
    workers.firstEnded(WorkerRow::State::Cancelled);
    QVERIFY(workers.anyRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!workers.anyRunning(), kRunTimeoutMs); // terminated, then killed
    QCOMPARE(workers.rows().at(1).state, WorkerRow::State::Failed);
    QCOMPARE(workers.rows().at(1).ending, QStringLiteral("signal 9 (Killed)"));
    QVERIFY(workers.failure().isEmpty()); // ended here, after worker 0: not what ended the run
}

LITETUNE_ISOLATED_TEST_MAIN(DataParallelGuiTest)
#include "DataParallelGuiTest.moc"
