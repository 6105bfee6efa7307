// EngineController and EngineWorker against the real engine, with the built-in demo model and
// data: signals arrive in order and rate-limited, cancel stops a run within a step, pause
// holds it, a failure becomes failed(QString) (and runFailed when a run failed), the engine's
// runtime facts arrive without a command, and the destructor cancels and waits.
#include "bridge/EngineController.h"
#include "bridge/EngineWorker.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr int kRunTimeoutMs = 180000;

litetune::TrainConfig demoConfig(const QString& outDir, double epochs) {
    litetune::TrainConfig config;
    config.modelPath = "demo";
    config.dataPath = "demo";
    config.method = litetune::Method::Full;
    config.epochs = epochs;
    config.batchSize = 8;
    config.evalBatchSize = 32;
    config.maxLength = 32;
    config.learningRate = 1e-3;
    config.limitTrain = 160;
    config.limitEval = 64;
    config.evalEvery = 10;
    config.threads = 1;
    config.outDir = outDir.toStdString();
    return config;
}

} // namespace

class TestEngineController : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsDemoDataset();
    void signalsArriveInOrder();
    void pauseHoldsTheRun();
    void cancelStopsWithinAStep();
    void failureBecomesSignal();
    void runtimeFactsArriveUnasked();
    void destructorCancelsAndWaits();

private:
    QTemporaryDir m_runs;
};

void TestEngineController::initTestCase() {
    QVERIFY(m_runs.isValid());
    qputenv("LITETUNE_RUNS", m_runs.path().toUtf8());
}

void TestEngineController::loadsDemoDataset() {
    EngineController engine;
    QSignalSpy loaded(&engine, &EngineController::datasetLoaded);
    QSignalSpy finished(&engine, &EngineController::commandFinished);
    litetune::DatasetOptions options;
    options.path = "demo";
    engine.loadDataset(options);
    QVERIFY(engine.isBusy());
    QVERIFY(!engine.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kRunTimeoutMs);
    QCOMPARE(loaded.count(), 1);
    const auto dataset = loaded.first().first().value<DatasetHandle>();
    QVERIFY(dataset);
    QVERIFY(dataset->labels.size() >= 2);
    QVERIFY(!dataset->splits.empty());
    QVERIFY(!engine.isBusy());
}

void TestEngineController::signalsArriveInOrder() {
    EngineController engine;
    QStringList events;
    QVector<qint64> progressTimes;
    QElapsedTimer clock;
    clock.start();
    connect(&engine, &EngineController::runStarted, this, [&events] { events << QStringLiteral("started"); });
    connect(&engine, &EngineController::progressReported, this, [&](const litetune::Progress&) {
        if (events.isEmpty() || events.last() != QLatin1String("progress")) {
            events << QStringLiteral("progress");
        }
        progressTimes << clock.elapsed();
    });
    connect(&engine, &EngineController::evaluationReported, this, [&events] { events << QStringLiteral("evaluated"); });
    connect(&engine, &EngineController::runFinished, this, [&events] { events << QStringLiteral("finished"); });
    connect(&engine, &EngineController::failed, this,
            [&events](const QString& m) { events << QStringLiteral("failed: ") + m; });
    connect(&engine, &EngineController::commandFinished, this, [&events] { events << QStringLiteral("command"); });
    QSignalSpy running(&engine, &EngineController::runningChanged);
    QSignalSpy result(&engine, &EngineController::runFinished);

    QVERIFY(engine.train(demoConfig(m_runs.filePath(QStringLiteral("ordered")), 1.0)));
    QVERIFY(!engine.train(demoConfig(m_runs.filePath(QStringLiteral("refused")), 1.0))); // one run at a time
    QTRY_VERIFY_WITH_TIMEOUT(events.contains(QStringLiteral("command")), kRunTimeoutMs);
    const QString trace = events.join(QLatin1Char(' '));
    // The engine may report its "load" phase before the run folder exists; after that the run
    // starts before anything else happens.
    const int firstNonProgress = events.first() == QLatin1String("progress") ? 1 : 0;
    QVERIFY2(events.size() > firstNonProgress, qPrintable(trace));
    QCOMPARE(events.at(firstNonProgress), QStringLiteral("started"));
    QVERIFY2(events.contains(QStringLiteral("progress")), qPrintable(trace));
    QVERIFY2(events.contains(QStringLiteral("evaluated")), qPrintable(trace));
    QCOMPARE(events.at(events.size() - 2), QStringLiteral("finished"));
    QCOMPARE(events.last(), QStringLiteral("command"));
    QCOMPARE(running.count(), 2);
    QCOMPARE(result.first().first().value<litetune::RunResult>().cancelled, false);
    // Rate limit: never two progress signals closer than the interval, give or take the
    // first update of a phase and the last step, which go out at once.
    int close = 0;
    for (int i = 1; i < progressTimes.size(); ++i) {
        close += progressTimes[i] - progressTimes[i - 1] < EngineWorker::kMinSignalIntervalMs / 2 ? 1 : 0;
    }
    QVERIFY2(close <= 6, qPrintable(QString::number(close)));
}

void TestEngineController::pauseHoldsTheRun() {
    EngineController engine;
    QSignalSpy progress(&engine, &EngineController::progressReported);
    QSignalSpy paused(&engine, &EngineController::pausedChanged);
    QSignalSpy finished(&engine, &EngineController::commandFinished);
    QVERIFY(engine.train(demoConfig(m_runs.filePath(QStringLiteral("paused")), 200.0)));
    QTRY_VERIFY_WITH_TIMEOUT(
        progress.count() > 0 && progress.last().first().value<litetune::Progress>().phase == "train", kRunTimeoutMs);
    engine.setPaused(true);
    QCOMPARE(paused.count(), 1);
    QVERIFY(engine.isPaused());
    QTest::qWait(600); // let a step in flight and its pending signal land
    const int before = progress.count();
    QTest::qWait(1000);
    QVERIFY2(progress.count() <= before + 1, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(progress.count())));
    engine.setPaused(false);
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() > before + 1, kRunTimeoutMs);
    engine.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kRunTimeoutMs);
}

void TestEngineController::cancelStopsWithinAStep() {
    EngineController engine;
    QSignalSpy progress(&engine, &EngineController::progressReported);
    QSignalSpy result(&engine, &EngineController::runFinished);
    QSignalSpy finished(&engine, &EngineController::commandFinished);
    QVERIFY(engine.train(demoConfig(m_runs.filePath(QStringLiteral("cancelled")), 200.0)));
    QTRY_VERIFY_WITH_TIMEOUT(
        progress.count() > 1 && progress.last().first().value<litetune::Progress>().phase == "train", kRunTimeoutMs);
    const auto last = progress.last().first().value<litetune::Progress>();
    QElapsedTimer latency;
    latency.start();
    engine.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kRunTimeoutMs);
    // One demo step takes milliseconds; the rest is writing the checkpoint.
    QVERIFY2(latency.elapsed() < 15000, qPrintable(QString::number(latency.elapsed())));
    QCOMPARE(result.count(), 1);
    const auto run = result.first().first().value<litetune::RunResult>();
    QVERIFY(run.cancelled);
    QVERIFY(run.globalStep < last.totalSteps);
    QVERIFY(!engine.isRunning());
    QVERIFY(!engine.isPaused());
}

void TestEngineController::failureBecomesSignal() {
    EngineController engine;
    QSignalSpy failed(&engine, &EngineController::failed);
    QSignalSpy runFailed(&engine, &EngineController::runFailed);
    QSignalSpy datasetFailed(&engine, &EngineController::datasetFailed);
    QSignalSpy result(&engine, &EngineController::runFinished);
    QSignalSpy finished(&engine, &EngineController::commandFinished);
    auto config = demoConfig(m_runs.filePath(QStringLiteral("failed")), 1.0);
    config.dataPath = "/nonexistent/litetune/tweets.csv";
    QVERIFY(engine.train(config));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kRunTimeoutMs);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("tweets.csv")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(result.count(), 0);
    QCOMPARE(runFailed.count(), 1);
    QCOMPARE(runFailed.first().first().toString(), failed.first().first().toString());

    litetune::DatasetOptions options;
    options.path = "/nonexistent/litetune/other.csv";
    engine.loadDataset(options);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kRunTimeoutMs);
    QCOMPARE(datasetFailed.count(), 1);
    QCOMPARE(failed.count(), 2);
    QCOMPARE(runFailed.count(), 1); // a dataset that does not open is no failed run
}

void TestEngineController::runtimeFactsArriveUnasked() {
    EngineController engine;
    QSignalSpy facts(&engine, &EngineController::runtimeInfoChanged);
    QSignalSpy busy(&engine, &EngineController::busyChanged);
    QTRY_VERIFY_WITH_TIMEOUT(engine.runtimeInfo().has_value(), kRunTimeoutMs);
    QCOMPARE(facts.count(), 1);
    QVERIFY(!engine.runtimeInfo()->torchVersion.empty());
    QVERIFY(!engine.runtimeInfo()->devices.empty());
    QCOMPARE(engine.runtimeInfo()->devices.front().id, std::string("cpu"));
    QVERIFY(busy.isEmpty()); // not a command: the engine never looked busy
    // Asked again after each run (a run may change the thread count).
    QVERIFY(engine.train(demoConfig(m_runs.filePath(QStringLiteral("facts")), 1.0)));
    QTRY_COMPARE_WITH_TIMEOUT(facts.count(), 2, kRunTimeoutMs);
}

void TestEngineController::destructorCancelsAndWaits() {
    auto* engine = new EngineController;
    QSignalSpy progress(engine, &EngineController::progressReported);
    QVERIFY(engine->train(demoConfig(m_runs.filePath(QStringLiteral("destroyed")), 200.0)));
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0, kRunTimeoutMs);
    QElapsedTimer latency;
    latency.start();
    delete engine; // must cancel the run and join the thread, not hang or crash
    QVERIFY2(latency.elapsed() < 15000, qPrintable(QString::number(latency.elapsed())));
    QVERIFY(QFileInfo::exists(m_runs.filePath(QStringLiteral("destroyed"))));
}

QTEST_MAIN(TestEngineController)
#include "TestEngineController.moc"
