// The Playground place over a real demo comparison: typing asks every ticked run once after the
// typing pauses (not per key), each answer is the top five labels sorted by probability with
// probabilities above 0 summing to at most 1; a run without a saved model says so instead of
// asking; a base evaluation, which saved no model, answers exactly as its evaluation did (same
// labels, same probabilities as its predictions.csv); batch mode fills one row per line and
// exports them as CSV. The engine loads a run's model once: asking again does not read it from
// disk, the cache holds three runs at most, and a run deleted from the runs folder is let go.
#include "playground/PlaygroundPage.h"
#include "CopyTree.h"
#include "IsolatedTestMain.h"
#include "TinyComparison.h"
#include "bridge/EngineController.h"
#include "playground/BatchPredictionModel.h"
#include "playground/LabelScoreView.h"
#include "playground/RunPredictor.h"
#include "results/RunSelectionModel.h"
#include "runs/RunCatalog.h"

#include "api/Workbench.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kTimeoutMs = 120000;

void checkScores(const std::vector<litetune::LabelScore>& scores) {
    QVERIFY(!scores.empty());
    QVERIFY(scores.size() <= size_t(PlaygroundPage::kTopK));
    double sum = 0.0;
    for (size_t i = 0; i < scores.size(); ++i) {
        QVERIFY(scores[i].probability > 0.f);
        QVERIFY(!scores[i].name.empty());
        if (i > 0) {
            QVERIFY(scores[i - 1].probability >= scores[i].probability);
        }
        sum += scores[i].probability;
    }
    QVERIFY2(sum <= 1.0 + 1e-5, qPrintable(QString::number(sum)));
}

using uitest::copyTree;

// The evaluated split of a run, loaded the way the engine loaded it (RunInputs::loadRunData).
const litetune::Split* evaluatedSplit(const litetune::Dataset& dataset) {
    for (const char* name : {"validation", "test"}) {
        if (const litetune::Split* split = dataset.split(name); split && !split->examples.empty()) {
            return split;
        }
    }
    return nullptr;
}

} // namespace

class PlaygroundPageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void predictsLiveAfterAPause();
    void baseRunAnswersLikeItsEvaluation();
    void secondPredictionDoesNotReload();
    void runWithoutModelSaysSo();
    void batchFillsAndExportsCsv();
    void cacheIsBoundedAndLetsDeletedRunsGo();

private:
    RunResultList m_runs;
    QTemporaryDir m_scratch;
};

void PlaygroundPageTest::initTestCase() {
    m_runs = uitest::tinyDemoComparison();
    QCOMPARE(m_runs.size(), size_t(3));
}

void PlaygroundPageTest::predictsLiveAfterAPause() {
    EngineController engine;
    RunCatalog catalog;
    catalog.refresh();
    RunSelectionModel selection(&catalog);
    QCOMPARE(selection.selectedRuns().size(), size_t(3));
    PlaygroundPage page(&engine, &selection);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isPredicting(), kTimeoutMs); // the empty text asks nothing

    QSignalSpy asked(&engine, &EngineController::predictionsReady);
    QSignalSpy finished(&page, &PlaygroundPage::livePredictionsFinished);
    auto* input = page.findChild<QPlainTextEdit*>(QStringLiteral("playgroundInput"));
    QVERIFY(input);
    QTest::keyClicks(input, QStringLiteral("I love my friends and the sunshine"));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0 && !page.isPredicting(), kTimeoutMs);
    // One question per run for the whole sentence: typing debounces.
    QCOMPARE(asked.count(), 3);
    for (const auto& run : m_runs) {
        // The base evaluation answers too, in the labels it evaluated.
        const LabelScoreView* view = page.viewFor(toQString(run.runDir));
        checkScores(page.scoresFor(toQString(run.runDir)));
        QVERIFY(view->message().isEmpty());
        for (const auto& score : view->scores()) {
            QVERIFY(std::find(run.eval.labels.begin(), run.eval.labels.end(), score.name) != run.eval.labels.end());
        }
    }

    // Unticking a run removes its card; editing asks the others again.
    selection.setSelected(toQString(m_runs[0].runDir), false);
    QVERIFY(!page.viewFor(toQString(m_runs[0].runDir)));
    asked.clear();
    QTest::keyClicks(input, QStringLiteral("!"));
    QTRY_VERIFY_WITH_TIMEOUT(asked.count() == 2 && !page.isPredicting(), kTimeoutMs);
    checkScores(page.scoresFor(toQString(m_runs[1].runDir)));
}

void PlaygroundPageTest::baseRunAnswersLikeItsEvaluation() {
    const litetune::RunResult& base = m_runs[0];
    QCOMPARE(base.config.method, litetune::Method::Evaluate);
    const auto evaluated = litetune::loadPredictions(base.runDir);
    QVERIFY(evaluated.size() >= 8);
    litetune::DatasetOptions options;
    options.path = base.config.dataPath;
    options.textColumn = base.config.textColumn;
    options.labelColumn = base.config.labelColumn;
    options.splitSingleFile = true;
    options.validationFraction = base.config.validationFraction;
    options.testFraction = base.config.testFraction;
    options.seed = base.config.seed;
    options.skipBadRows = base.config.skipBadRows;
    const litetune::Dataset dataset = litetune::loadDataset(options);
    const litetune::Split* split = evaluatedSplit(dataset);
    QVERIFY(split);
    QStringList texts;
    for (size_t i = 0; i < 8; ++i) {
        texts.append(toQString(split->examples.at(static_cast<size_t>(evaluated[i].index)).text));
    }

    EngineController engine;
    RunPredictor predictor(&engine);
    QSignalSpy answered(&predictor, &RunPredictor::predicted);
    QSignalSpy failed(&predictor, &RunPredictor::failed);
    QVERIFY(predictor.predict(base, texts, 3) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(answered.count() + failed.count() == 1, kTimeoutMs);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(2).toString()));
    const auto table = answered.first().at(3).value<PredictionTable>();
    QCOMPARE(table.size(), size_t(8));
    for (size_t i = 0; i < table.size(); ++i) {
        // The evaluation's own answer: same class, same probability (the head drawn from the
        // recorded seed is the evaluated head, bit for bit).
        QCOMPARE(table[i].front().label, evaluated[i].predicted);
        QVERIFY2(
            std::abs(table[i].front().probability - evaluated[i].probability) < 1e-4,
            qPrintable(QStringLiteral("%1 vs %2").arg(table[i].front().probability).arg(evaluated[i].probability)));
        QVERIFY(std::find(base.eval.labels.begin(), base.eval.labels.end(), table[i].front().name) !=
                base.eval.labels.end());
    }
}

void PlaygroundPageTest::secondPredictionDoesNotReload() {
    EngineController engine;
    RunPredictor predictor(&engine);
    QSignalSpy loads(&engine, &EngineController::modelLoaded);
    QSignalSpy answered(&predictor, &RunPredictor::predicted);
    for (const auto& run : {m_runs[0], m_runs[1]}) { // a base evaluation and a saved model
        loads.clear();
        answered.clear();
        QVERIFY(predictor.predict(run, {QStringLiteral("first question")}, 3) != 0);
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, kTimeoutMs);
        QCOMPARE(loads.count(), 1);
        QCOMPARE(loads.first().first().toString(), toQString(run.runDir));
        QVERIFY(predictor.predict(run, {QStringLiteral("second question")}, 3) != 0);
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 2, kTimeoutMs);
        QCOMPARE(loads.count(), 1); // answered from the loaded model
    }
}

void PlaygroundPageTest::runWithoutModelSaysSo() {
    litetune::RunResult run = m_runs[1]; // full fine-tune, pointed at a folder without model/
    run.runDir = toStdString(m_scratch.filePath(QStringLiteral("no-model")));
    QDir().mkpath(toQString(run.runDir));
    QString model;
    QString adapter;
    QString reason;
    QVERIFY(!RunPredictor::modelOf(run, &model, &adapter, &reason));
    QVERIFY(!reason.isEmpty());
    QVERIFY(RunPredictor::modelOf(m_runs[2], &model, &adapter, &reason));
    QVERIFY(adapter.endsWith(QStringLiteral("adapter")));
    QCOMPARE(model, toQString(m_runs[2].config.modelPath));

    EngineController engine;
    RunPredictor predictor(&engine);
    QCOMPARE(predictor.predict(run, {QStringLiteral("text")}, 5), quint64(0));
    QCOMPARE(predictor.pendingCount(), 0);
}

void PlaygroundPageTest::batchFillsAndExportsCsv() {
    EngineController engine;
    RunCatalog catalog;
    catalog.refresh();
    RunSelectionModel selection(&catalog);
    PlaygroundPage page(&engine, &selection);
    QAbstractItemModelTester tester(page.batchModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.findChild<QPlainTextEdit*>(QStringLiteral("batchInput"))
        ->setPlainText(QStringLiteral("first line, with a comma\n\n  second \"quoted\" line\nthird line\n"));
    QSignalSpy finished(&page, &PlaygroundPage::batchPredictionsFinished);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("batchPredictButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kTimeoutMs);
    BatchPredictionModel* model = page.batchModel();
    QCOMPARE(model->rowCount(), 3); // the empty line is skipped
    QCOMPARE(model->columnCount(), 1 + 3);
    QVERIFY(model->hasPredictions());
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("batchExportButton"))->isEnabled());
    QVERIFY(!model->index(2, 1).data().toString().isEmpty());

    const QString path = m_scratch.filePath(QStringLiteral("predictions.csv"));
    QString error;
    QVERIFY2(page.exportBatchCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("text,")));
    QVERIFY(lines.at(0).contains(QStringLiteral(" probability")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("\"first line, with a comma\",")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("\"second \"\"quoted\"\" line\",")));
    QCOMPARE(lines.at(3).count(QLatin1Char(',')), 3 * 3);
}

void PlaygroundPageTest::cacheIsBoundedAndLetsDeletedRunsGo() {
    // A fourth run: a copy of the full fine-tune in the runs folder.
    const QString copyDir = QDir(toQString(litetune::defaultRunsRoot().string())).filePath(QStringLiteral("copy"));
    QVERIFY(copyTree(toQString(m_runs[1].runDir), copyDir));
    EngineController engine;
    RunCatalog catalog;
    catalog.refresh();
    const litetune::RunResult* copy = catalog.find(copyDir);
    QVERIFY(copy);
    RunSelectionModel selection(&catalog);
    PlaygroundPage page(&engine, &selection);
    RunPredictor predictor(&engine);
    QSignalSpy loads(&engine, &EngineController::modelLoaded);
    QSignalSpy dropped(&engine, &EngineController::modelDropped);
    QSignalSpy answered(&predictor, &RunPredictor::predicted);

    // Four runs asked in turn: the first one asked makes room for the fourth.
    const RunResultList runs{*copy, m_runs[0], m_runs[1], m_runs[2]};
    for (size_t i = 0; i < runs.size(); ++i) {
        QVERIFY(predictor.predict(runs[i], {QStringLiteral("text")}, 3) != 0);
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), int(i) + 1, kTimeoutMs);
    }
    QCOMPARE(loads.count(), 4);
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.first().first().toString(), copyDir);

    // Asked again, the copy loads again; deleting it from the runs folder lets its model go.
    QVERIFY(predictor.predict(*copy, {QStringLiteral("text")}, 3) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 5, kTimeoutMs);
    QCOMPARE(loads.count(), 5);
    dropped.clear();
    QVERIFY(QDir(copyDir).removeRecursively());
    catalog.refresh(); // what Run ▸ Reload Runs does
    QTRY_VERIFY_WITH_TIMEOUT(!dropped.isEmpty(), kTimeoutMs);
    QCOMPARE(dropped.first().first().toString(), copyDir);
    QCOMPARE(dropped.count(), 1); // the runs still on disk stay loaded
}

LITETUNE_ISOLATED_TEST_MAIN(PlaygroundPageTest)

#include "PlaygroundPageTest.moc"
