// The Playground place over a real demo comparison: typing asks every ticked run once after the
// typing pauses (not per key), each answer is the top five labels sorted by probability with
// probabilities above 0 summing to at most 1; a run without a saved model says so instead of
// asking, and so does a base evaluation, whose classifier head was not saved; batch mode fills
// one row per line and exports them as CSV.
#include "bridge/EngineController.h"
#include "playground/BatchPredictionModel.h"
#include "playground/LabelScoreView.h"
#include "playground/PlaygroundPage.h"
#include "playground/RunPredictor.h"
#include "results/RunSelectionModel.h"
#include "runs/RunCatalog.h"

#include "api/Workbench.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

namespace {

constexpr int kTimeoutMs = 120000;

class SilentObserver : public litetune::TrainingObserver {};

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

} // namespace

class TestPlaygroundPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void predictsLiveAfterAPause();
    void runWithoutModelSaysSo();
    void batchFillsAndExportsCsv();

private:
    RunResultList m_runs;
    QTemporaryDir m_scratch;
};

void TestPlaygroundPage::initTestCase() {
    litetune::TrainConfig config;
    config.maxSteps = 5;
    config.limitTrain = 64;
    config.limitEval = 32;
    config.batchSize = 8;
    SilentObserver observer;
    litetune::RunControl control;
    m_runs = litetune::runComparison(config, observer, control);
    QCOMPARE(m_runs.size(), size_t(3));
}

void TestPlaygroundPage::predictsLiveAfterAPause() {
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
        const LabelScoreView* view = page.viewFor(toQString(run.runDir));
        if (run.config.method == litetune::Method::Evaluate) {
            // The demo base model answers with a fresh two-label head, not the evaluated labels.
            QVERIFY(page.scoresFor(toQString(run.runDir)).empty());
            QVERIFY(view->message().contains(QStringLiteral("base evaluation")));
            continue;
        }
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

void TestPlaygroundPage::runWithoutModelSaysSo() {
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

void TestPlaygroundPage::batchFillsAndExportsCsv() {
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

int main(int argc, char* argv[]) {
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("LITETUNE_RUNS", home.filePath(QStringLiteral("runs")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LiteTuneTests"));
    QApplication::setApplicationName(QStringLiteral("TestPlaygroundPage"));
    TestPlaygroundPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestPlaygroundPage.moc"
