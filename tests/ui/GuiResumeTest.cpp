// Resuming a run from the Results place's run list: a run cancelled after a training update is
// marked resumable, its Resume action is refused with a message while another run trains, and
// once triggered it continues in the same folder from its checkpoint and ends with exactly the
// weights, predictions and metrics of the same seeded run trained without a stop (as
// `litetune-cli train --resume` does, tests/cli/train.sh); the Train place's loss curve holds the
// steps from before the cancel, read from the run's history.csv, and the live ones after it.
#include "IsolatedTestMain.h"
#include "NamedChild.h"
#include "SmallDemoRun.h"
#include "bridge/EngineController.h"
#include "main/MainWindow.h"
#include "results/RunListPanel.h"
#include "results/RunSelectionModel.h"
#include "runs/RunCatalog.h"
#include "runs/RunHistory.h"
#include "training/TrainPage.h"
#include "training/TrainingPlot.h"

#include <QAction>
#include <QFrame>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QtTest>

#include <qcustomplot.h>

namespace {

constexpr int kTimeoutMs = 300000; // hang guard only
// Long enough that a cancel on the first training update lands well before the end.
constexpr std::int64_t kSteps = 48;

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// metrics.json without the figures of time and memory, which no two runs share.
QJsonObject metricsWithoutTimings(const QString& runDir) {
    QJsonObject metrics = QJsonDocument::fromJson(readFile(runDir + QStringLiteral("/metrics.json"))).object();
    for (const QString& key : metrics.keys()) {
        if (key.contains(QLatin1String("runtime")) || key.contains(QLatin1String("per_second")) ||
            key.contains(QLatin1String("seconds")) || key.contains(QLatin1String("memory"))) {
            metrics.remove(key);
        }
    }
    return metrics;
}

litetune::TrainConfig seededRun(const QString& outDir, const QString& name) {
    litetune::TrainConfig config = uitest::smallDemoRun();
    config.maxSteps = kSteps; // past the first epoch's 20 steps, so the resume crosses an epoch
    config.evalEvery = 16;
    config.outDir = toStdString(outDir);
    config.runName = toStdString(name); // the names of overlays
    return config;
}

QCPGraph* graphNamed(QCustomPlot* plot, const QString& name) {
    for (int i = 0; i < plot->graphCount(); ++i) {
        if (plot->graph(i)->name() == name) {
            return plot->graph(i);
        }
    }
    return nullptr;
}

} // namespace

class GuiResumeTest : public QObject {
    Q_OBJECT

private slots:
    void resumedRunEndsLikeAnUninterruptedOne();
};

void GuiResumeTest::resumedRunEndsLikeAnUninterruptedOne() {
    const QDir root(qEnvironmentVariable("LITETUNE_RUNS"));
    QVERIFY(root.mkpath(QStringLiteral(".")));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    EngineController* engine = window.engine();
    QSignalSpy finished(engine, &EngineController::runFinished);

    // The reference: the same seeded run, never stopped.
    QVERIFY(engine->train(seededRun(root.filePath(QStringLiteral("uninterrupted")), QStringLiteral("reference"))));
    QTRY_VERIFY_WITH_TIMEOUT(!engine->isRunning(), kTimeoutMs);
    QCOMPARE(finished.count(), 1);
    const auto reference = finished.takeFirst().first().value<litetune::RunResult>();
    QVERIFY(!reference.cancelled);
    QCOMPARE(reference.globalStep, kSteps);
    const QString referenceDir = toQString(reference.runDir);

    // Cancelled as soon as the first training update arrives.
    QObject cancelOnce;
    QObject::connect(engine, &EngineController::progressReported, &cancelOnce,
                     [engine, &cancelOnce](const litetune::Progress& progress) {
                         if (progress.phase == "train") {
                             engine->cancel();
                             QObject::disconnect(engine, nullptr, &cancelOnce, nullptr);
                         }
                     });
    QVERIFY(engine->train(seededRun(root.filePath(QStringLiteral("resumed")), QStringLiteral("stopped"))));
    QTRY_VERIFY_WITH_TIMEOUT(!engine->isRunning(), kTimeoutMs);
    QCOMPARE(finished.count(), 1);
    const auto cancelled = finished.takeFirst().first().value<litetune::RunResult>();
    QVERIFY(cancelled.cancelled);
    const std::int64_t cancelStep = cancelled.globalStep;
    QVERIFY2(cancelStep > 0 && cancelStep < kSteps, qPrintable(QString::number(cancelStep)));
    const QString runDir = toQString(cancelled.runDir);
    QVERIFY(!QFileInfo::exists(runDir + QStringLiteral("/model/model.safetensors")));

    // Marked resumable in the run list, and Resume offered for it alone.
    QTRY_VERIFY_WITH_TIMEOUT(!window.runs()->resumeCheckpoint(runDir).isEmpty(), kTimeoutMs);
    auto* panel = uitest::child<RunListPanel>(&window, "resultsRunPanel");
    QVERIFY(panel);
    auto* resume = uitest::child<QAction>(panel, "resumeRunAction");
    QVERIFY(resume);
    panel->setCurrentRunDir(referenceDir);
    QCOMPARE(panel->currentRunDir(), referenceDir);
    QVERIFY2(!resume->isEnabled(), "a finished run offers Resume");
    panel->setCurrentRunDir(runDir);
    QCOMPARE(panel->currentRunDir(), runDir);
    QVERIFY(panel->runList()->currentIndex().data(RunSelectionModel::ResumableRole).toBool());
    QVERIFY2(resume->isEnabled(), "a cancelled run with a checkpoint does not offer Resume");

    // Refused, with a message under the list, while another run trains.
    QSignalSpy started(engine, &EngineController::runStarted);
    litetune::TrainConfig blocker = seededRun(root.filePath(QStringLiteral("blocker")), QStringLiteral("blocker"));
    blocker.maxSteps = -1;
    blocker.epochs = 100000; // cannot end on its own
    QVERIFY(engine->train(blocker));
    resume->trigger();
    auto* notice = uitest::child<QFrame>(panel, "runNoticeBar");
    auto* noticeText = uitest::child<QLabel>(panel, "runNoticeText");
    QVERIFY(notice && noticeText);
    QVERIFY(notice->isVisibleTo(panel));
    QVERIFY2(noticeText->text().contains(QLatin1String("Another run is in progress")), qPrintable(noticeText->text()));
    engine->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!engine->isRunning(), kTimeoutMs);
    for (const auto& arguments : std::as_const(started)) {
        QVERIFY2(arguments.at(1).toString() != runDir, "the refused resume ran");
    }
    started.clear();
    finished.clear();
    QVERIFY(!window.runs()->resumeCheckpoint(runDir).isEmpty());

    // Resumed from the context menu's action: the same folder, the run's recorded settings.
    panel->setCurrentRunDir(runDir);
    QVERIFY(resume->isEnabled());
    resume->trigger();
    QVERIFY2(!notice->isVisibleTo(panel), qPrintable(noticeText->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!engine->isRunning(), kTimeoutMs);
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.first().at(1).toString(), runDir);
    QCOMPARE(toQString(started.first().first().value<litetune::TrainConfig>().resumeDir), runDir);
    QCOMPARE(finished.count(), 1);
    const auto resumed = finished.first().first().value<litetune::RunResult>();
    QVERIFY(!resumed.cancelled);
    QCOMPARE(toQString(resumed.runDir), runDir);
    QCOMPARE(resumed.globalStep, kSteps);
    QTRY_VERIFY_WITH_TIMEOUT(window.runs()->resumeCheckpoint(runDir).isEmpty(), kTimeoutMs);

    // Exactly the uninterrupted run's weights, predictions and metrics.
    const QByteArray weights = readFile(referenceDir + QStringLiteral("/model/model.safetensors"));
    QVERIFY(!weights.isEmpty());
    QVERIFY2(readFile(runDir + QStringLiteral("/model/model.safetensors")) == weights,
             "the resumed run's weights differ from the uninterrupted run's");
    const QByteArray predictions = readFile(referenceDir + QStringLiteral("/predictions.csv"));
    QVERIFY(!predictions.isEmpty());
    QVERIFY(readFile(runDir + QStringLiteral("/predictions.csv")) == predictions);
    const QJsonObject referenceMetrics = metricsWithoutTimings(referenceDir);
    QVERIFY(referenceMetrics.contains(QLatin1String("eval_accuracy")));
    QVERIFY(referenceMetrics.contains(QLatin1String("train_loss")));
    const QJsonObject resumedMetrics = metricsWithoutTimings(runDir);
    for (const QString& key : referenceMetrics.keys()) {
        QVERIFY2(resumedMetrics.value(key) == referenceMetrics.value(key), qPrintable(key));
    }
    QCOMPARE(resumedMetrics.keys(), referenceMetrics.keys());
    QVERIFY(resumed.trainLoss == reference.trainLoss);
    QVERIFY(resumed.eval.loss == reference.eval.loss);
    QVERIFY(resumed.eval.accuracy == reference.eval.accuracy);

    // The Train place's loss curve: every step up to the cancel from history.csv, then live ones
    // up to the last; no overlay of the run's own earlier curves beside them (the runs shown before
    // it may stay as overlays).
    TrainingPlot* plot = window.trainPage()->plot();
    QCPGraph* trainLoss = graphNamed(plot->lossPlot(), QStringLiteral("Training loss"));
    QVERIFY(trainLoss);
    const RunHistory history = RunHistory::read(runDir);
    QVERIFY(history.trainSteps.size() >= kSteps);
    int before = 0;
    for (auto point = trainLoss->data()->constBegin(); point != trainLoss->data()->constEnd(); ++point) {
        if (point->key <= static_cast<double>(cancelStep)) {
            const int row = history.trainSteps.indexOf(point->key);
            QVERIFY(row >= 0);
            QCOMPARE(point->value, history.trainLoss.at(row));
            ++before;
        }
    }
    QCOMPARE(before, static_cast<int>(cancelStep));
    QCOMPARE(trainLoss->data()->constBegin()->key, 1.0);
    QCOMPARE((trainLoss->data()->constEnd() - 1)->key, static_cast<double>(kSteps));
    for (int i = 0; i < plot->lossPlot()->graphCount(); ++i) {
        QVERIFY2(!plot->lossPlot()->graph(i)->name().startsWith(QStringLiteral("stopped · ")),
                 qPrintable(plot->lossPlot()->graph(i)->name()));
    }
}

LITETUNE_ISOLATED_TEST_MAIN(GuiResumeTest)
#include "GuiResumeTest.moc"
