// A long Playground batch can be cancelled: thousands of short texts asked of two base
// evaluations of the demo model, cancelled as soon as the first progress arrives. The running
// request stops within a chunk (its answers so far stay in the table, the column marked
// partial), the queued one never starts, the engine ends idle, and the next batch answers in
// full. The base evaluations keep the head they drew in their run folders.
#include "IsolatedTestMain.h"
#include "NamedChild.h"
#include "bridge/EngineController.h"
#include "bridge/EngineWorker.h"
#include "playground/BatchPredictionModel.h"
#include "playground/BatchPredictionPane.h"
#include "playground/PlaygroundPage.h"
#include "results/RunSelectionModel.h"
#include "runs/RunCatalog.h"

#include "api/Workbench.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

#include <algorithm>

namespace {

constexpr int kTimeoutMs = 120000;
constexpr int kLines = BatchPredictionPane::kMaxLines;

QString manyLines(int count) {
    QStringList lines;
    for (int i = 0; i < count; ++i) {
        lines.append(QStringLiteral("short text %1").arg(i));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class PlaygroundBatchCancelTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cancelKeepsPartialAnswersAndFreesTheEngine();
};

void PlaygroundBatchCancelTest::initTestCase() {
    struct Silent : litetune::TrainingObserver {};
    for (const char* name : {"base-a", "base-b"}) {
        litetune::TrainConfig config; // model and data: "demo"
        config.method = litetune::Method::Evaluate;
        config.limitEval = 32;
        config.threads = 1;
        config.runName = name;
        config.outDir =
            QDir(toQString(litetune::defaultRunsRoot().string())).filePath(QLatin1String(name)).toStdString();
        Silent observer;
        litetune::RunControl control;
        const litetune::RunResult run = litetune::runMethod(config, observer, control);
        QVERIFY(!run.eval.labels.empty());
        // The drawn head is saved with the run, so the Playground need not draw it again.
        QVERIFY(QFileInfo(QDir(toQString(run.runDir)).filePath(QStringLiteral("score_head.safetensors"))).isFile());
    }
}

void PlaygroundBatchCancelTest::cancelKeepsPartialAnswersAndFreesTheEngine() {
    EngineController engine;
    RunCatalog catalog;
    catalog.refresh();
    RunSelectionModel selection(&catalog);
    for (const auto& run : catalog.runs()) { // two single runs: only the newest is ticked at first
        selection.setSelected(toQString(run.runDir), true);
    }
    QCOMPARE(selection.selectedRuns().size(), size_t(2));
    PlaygroundPage page(&engine, &selection);
    auto* modes = uitest::child<QTabWidget>(&page, "playgroundModes");
    QVERIFY(modes);
    modes->setCurrentWidget(page.batchPane());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester tester(page.batchModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* input = uitest::child<QPlainTextEdit>(&page, "batchInput");
    auto* predict = uitest::child<QPushButton>(&page, "batchPredictButton");
    auto* cancel = uitest::child<QPushButton>(&page, "batchCancelButton");
    auto* progressBar = uitest::child<QProgressBar>(&page, "batchProgress");
    QVERIFY(input && predict && cancel && progressBar);
    QVERIFY(!cancel->isVisibleTo(&page));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isPredicting(), kTimeoutMs); // the empty live text asks nothing

    input->setPlainText(manyLines(kLines));
    QSignalSpy progress(&engine, &EngineController::predictionProgressed);
    QSignalSpy cancelled(&engine, &EngineController::predictionCancelled);
    QSignalSpy ready(&engine, &EngineController::predictionsReady);
    QSignalSpy finished(&page, &PlaygroundPage::batchPredictionsFinished);
    // The user's click on Cancel as soon as the first progress shows, not a poll later.
    bool clicked = false;
    connect(&engine, &EngineController::predictionProgressed, &page, [&] {
        if (!clicked) {
            clicked = true;
            QVERIFY(cancel->isVisible() && cancel->isEnabled());
            QVERIFY(progressBar->isVisible());
            QCOMPARE(progressBar->maximum(), 2 * kLines);
            QVERIFY(progressBar->value() > 0);
            QTest::mouseClick(cancel, Qt::LeftButton);
        }
    });
    QTest::mouseClick(predict, Qt::LeftButton);
    QVERIFY(!predict->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kTimeoutMs);
    QVERIFY(clicked);

    // The first progress comes after one chunk; both requests end cancelled, none answered in full.
    QCOMPARE(progress.first().at(1).toInt(), EngineWorker::kPredictionChunk);
    QCOMPARE(progress.first().at(2).toInt(), kLines);
    QCOMPARE(ready.count(), 0);
    QCOMPARE(cancelled.count(), 2);
    std::vector<size_t> sizes;
    for (const auto& signal : cancelled) {
        sizes.push_back(signal.at(1).value<PredictionTable>().size());
    }
    std::sort(sizes.begin(), sizes.end());
    QCOMPARE(sizes[0], size_t(0)); // the queued request never started
    const size_t answered = sizes[1];
    QVERIFY2(answered >= size_t(EngineWorker::kPredictionChunk) && answered < size_t(kLines),
             qPrintable(QString::number(answered)));
    QCOMPARE(answered % EngineWorker::kPredictionChunk, size_t(0)); // it stopped between chunks

    // The answers made so far are shown; the rest say why they are missing; the columns say partial.
    BatchPredictionModel* model = page.batchModel();
    QCOMPARE(model->rowCount(), kLines);
    QVERIFY(model->hasPredictions());
    QVERIFY(model->isPartial());
    int answeredColumn = -1;
    for (int run = 0; run < 2; ++run) {
        const int column = BatchPredictionModel::FirstRunColumn + run;
        QVERIFY(model->headerData(column, Qt::Horizontal).toString().contains(QStringLiteral("partial")));
        if (model->index(0, column).data(Qt::DecorationRole).isValid() ||
            model->index(0, column).data(Qt::ToolTipRole).toString().contains(QLatin1Char('%'))) {
            answeredColumn = column;
        }
    }
    QVERIFY(answeredColumn >= 0);
    const int last = static_cast<int>(answered) - 1;
    QVERIFY(model->index(last, answeredColumn).data(Qt::ToolTipRole).toString().contains(QLatin1Char('%')));
    QCOMPARE(model->index(last + 1, answeredColumn).data().toString(), QStringLiteral("cancelled"));
    QVERIFY(!cancel->isVisibleTo(&page));
    QVERIFY(!progressBar->isVisibleTo(&page));
    QVERIFY(predict->isEnabled());
    QVERIFY(uitest::child<QPushButton>(&page, "batchExportButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!engine.isBusy(), kTimeoutMs);

    // The engine is ready: the next batch answers every text of every run.
    input->setPlainText(QStringLiteral("a sunny day\nrain again\nmy cat"));
    QTest::mouseClick(predict, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2, kTimeoutMs);
    QCOMPARE(ready.count(), 2);
    QCOMPARE(cancelled.count(), 2);
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(!model->isPartial());
    for (int run = 0; run < 2; ++run) {
        const int column = BatchPredictionModel::FirstRunColumn + run;
        QVERIFY(!model->headerData(column, Qt::Horizontal).toString().contains(QStringLiteral("partial")));
        for (int row = 0; row < 3; ++row) {
            QVERIFY(model->index(row, column).data(Qt::ToolTipRole).toString().contains(QLatin1Char('%')));
        }
    }
}

LITETUNE_ISOLATED_TEST_MAIN(PlaygroundBatchCancelTest)

#include "PlaygroundBatchCancelTest.moc"
