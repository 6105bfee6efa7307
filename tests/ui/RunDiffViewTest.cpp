// The Results place's Difference view over a real demo comparison (base, full, LoRA: twenty steps
// each, in a throw-away runs folder), each fact checked against the runs' own files rather than
// against the engine's diff: the matrix is B's confusion matrix minus A's (metrics.json); clicking
// a cell lists exactly the samples whose prediction moved into or out of that cell
// (predictions.csv); the fixed and broken counts equal the rows the Dataset place's "Fixed by B vs
// A" and "Broken by B vs A" filters and "Show in Dataset" leave; two runs evaluated on different
// data get the one-line message instead of the view; and the Dataset place offers the newest pair
// and each run against the base, with the fixed/broken rule of api/RunDiff.h.
#include "results/RunDiffView.h"
#include "IsolatedTestMain.h"
#include "NamedChild.h"
#include "dataset/DatasetFilterModel.h"
#include "dataset/DatasetPage.h"
#include "dataset/PredictionIndex.h"
#include "main/MainWindow.h"
#include "results/DiffSampleModel.h"
#include "results/DifferenceMatrixPlot.h"
#include "results/F1DeltaPlot.h"
#include "results/ResultsPage.h"
#include "results/RunSelectionModel.h"
#include "runs/RunCatalog.h"

#include "api/Workbench.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kTimeoutMs = 120000;

using uitest::child;

class SilentObserver : public litetune::TrainingObserver {};

const litetune::RunResult* runOf(const RunCatalog& catalog, const QString& runDir) {
    return catalog.find(runDir);
}

QString runDirOf(const RunResultList& runs, litetune::Method method) {
    for (const auto& run : runs) {
        if (run.config.method == method) {
            return toQString(run.runDir);
        }
    }
    return {};
}

// Base → full fine-tune: the base model's drawn head and twenty steps of training disagree on
// plenty of samples, where full fine-tuning and LoRA may not.
void showBaseToFull(RunDiffView* view, const RunResultList& runs) {
    view->setPair(runDirOf(runs, litetune::Method::Evaluate), runDirOf(runs, litetune::Method::Full));
}

} // namespace

class RunDiffViewTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void matrixIsTheDifferenceOfConfusions();
    void clickingACellListsItsChangedSamples();
    void fixedAndBrokenMatchTheDatasetFilters();
    void runsOnDifferentDataShowAMessage();
    void datasetPairsAndTheirRule();

private:
    RunResultList m_runs;
};

void RunDiffViewTest::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    litetune::TrainConfig config;
    // Enough steps at a high rate that the methods learn something, so some samples change sides.
    config.maxSteps = 20;
    config.learningRate = 1e-3;
    config.limitTrain = 160;
    config.limitEval = 64;
    config.batchSize = 8;
    config.evalBatchSize = 32;
    config.maxLength = 32;
    config.threads = 1;
    SilentObserver observer;
    litetune::RunControl control;
    m_runs = litetune::runComparison(config, observer, control);
    QCOMPARE(m_runs.size(), size_t(3));
}

void RunDiffViewTest::matrixIsTheDifferenceOfConfusions() {
    RunCatalog catalog;
    catalog.refresh();
    ResultsPage page(&catalog);
    RunDiffView* view = page.runDiffView();
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->diff() != nullptr, kTimeoutMs);
    QVERIFY(view->message().isEmpty());

    // Defaults: the two newest runs of the comparison, B the newer.
    const litetune::RunResult* a = runOf(catalog, view->runDirA());
    const litetune::RunResult* b = runOf(catalog, view->runDirB());
    QVERIFY(a && b);
    QVERIFY(a->startedAt <= b->startedAt);
    for (const auto& run : catalog.runs()) {
        QVERIFY(run.startedAt <= b->startedAt);
    }
    showBaseToFull(view, m_runs);
    QTRY_VERIFY_WITH_TIMEOUT(view->diff() != nullptr, kTimeoutMs);
    a = runOf(catalog, view->runDirA());
    b = runOf(catalog, view->runDirB());
    QCOMPARE(a->config.method, litetune::Method::Evaluate);

    const DifferenceMatrixPlot* plot = view->matrixPlot();
    const int n = plot->labelCount();
    QCOMPARE(static_cast<size_t>(n), a->eval.labels.size());
    QCOMPARE(a->eval.confusion.size(), static_cast<size_t>(n * n));
    QCOMPARE(b->eval.confusion.size(), static_cast<size_t>(n * n));
    bool anyChange = false;
    for (int t = 0; t < n; ++t) {
        for (int p = 0; p < n; ++p) {
            const auto cell = static_cast<size_t>(t * n + p);
            QCOMPARE(plot->delta(t, p), b->eval.confusion[cell] - a->eval.confusion[cell]);
            anyChange = anyChange || plot->delta(t, p) != 0;
        }
        const double f1Change = b->eval.perClassF1[static_cast<size_t>(t)] - a->eval.perClassF1[static_cast<size_t>(t)];
        QVERIFY2(std::abs(view->f1Plot()->delta(t) - f1Change) < 1e-6, qPrintable(QString::number(t)));
    }
    QVERIFY2(anyChange, "two different methods should disagree on some sample of 64");

    // Swapping negates every cell.
    const QString oldA = view->runDirA();
    view->swapRuns();
    QCOMPARE(view->runDirA(), toQString(b->runDir));
    QCOMPARE(view->runDirB(), oldA);
    QTRY_VERIFY_WITH_TIMEOUT(view->diff() != nullptr, kTimeoutMs);
    for (int t = 0; t < n; ++t) {
        for (int p = 0; p < n; ++p) {
            const auto cell = static_cast<size_t>(t * n + p);
            QCOMPARE(plot->delta(t, p), a->eval.confusion[cell] - b->eval.confusion[cell]);
        }
    }
}

void RunDiffViewTest::clickingACellListsItsChangedSamples() {
    RunCatalog catalog;
    catalog.refresh();
    ResultsPage page(&catalog);
    page.resize(1400, 900);
    page.show();
    page.showDifference();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    RunDiffView* view = page.runDiffView();
    showBaseToFull(view, m_runs);
    QTRY_VERIFY_WITH_TIMEOUT(view->diff() != nullptr, kTimeoutMs);

    const auto predictionsA = litetune::loadPredictions(toStdString(view->runDirA()));
    const auto predictionsB = litetune::loadPredictions(toStdString(view->runDirB()));
    QCOMPARE(predictionsA.size(), predictionsB.size());
    DifferenceMatrixPlot* plot = view->matrixPlot();
    // The cell that changed most.
    int trueLabel = 0;
    int predicted = 0;
    for (int t = 0; t < plot->labelCount(); ++t) {
        for (int p = 0; p < plot->labelCount(); ++p) {
            if (std::abs(plot->delta(t, p)) > std::abs(plot->delta(trueLabel, predicted))) {
                trueLabel = t;
                predicted = p;
            }
        }
    }
    QVERIFY(plot->delta(trueLabel, predicted) != 0);
    QVector<qint64> movedIn;
    QVector<qint64> movedOut;
    for (size_t i = 0; i < predictionsA.size(); ++i) {
        const bool inA = predictionsA[i].label == trueLabel && predictionsA[i].predicted == predicted;
        const bool inB = predictionsB[i].label == trueLabel && predictionsB[i].predicted == predicted;
        if (inB && !inA) {
            movedIn.append(predictionsB[i].index);
        } else if (inA && !inB) {
            movedOut.append(predictionsA[i].index);
        }
    }
    QCOMPARE(static_cast<std::int64_t>(movedIn.size() - movedOut.size()), plot->delta(trueLabel, predicted));

    plot->replot();
    QTest::mouseClick(plot, Qt::LeftButton, {}, plot->cellCenter(trueLabel, predicted));
    QCOMPARE(view->currentList(), RunDiffView::List::Cell);
    DiffSampleModel* model = view->sampleModel();
    QCOMPARE(model->rowCount(), static_cast<int>(movedIn.size() + movedOut.size()));
    QVector<qint64> listed;
    for (int row = 0; row < model->rowCount(); ++row) {
        listed.append(model->index(row, 0).data(DiffSampleModel::SampleIndexRole).toLongLong());
    }
    QVector<qint64> expected = movedIn + movedOut;
    std::sort(expected.begin(), expected.end());
    std::sort(listed.begin(), listed.end());
    QCOMPARE(listed, expected);
    QVERIFY(!child<QPushButton>(view, "diffShowInDataset")->isEnabled()); // a cell is not a Dataset filter

    view->showList(RunDiffView::List::Broken);
    QCOMPARE(model->rowCount(), static_cast<int>(view->diff()->broken.size()));
    QVERIFY(child<QPushButton>(view, "diffShowInDataset")->isEnabled());
}

void RunDiffViewTest::fixedAndBrokenMatchTheDatasetFilters() {
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openDemo();
    auto* table = child<QTableView>(&window, "datasetTable");
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, kTimeoutMs);
    window.showPlace(MainWindow::Place::Results);
    auto* results = window.findChild<ResultsPage*>();
    results->showDifference();
    RunDiffView* view = results->runDiffView();
    showBaseToFull(view, m_runs); // a pair the Dataset place offers: each run against the base
    QTRY_VERIFY_WITH_TIMEOUT(view->diff() != nullptr, kTimeoutMs);
    const litetune::RunDiff diff = *view->diff();
    const auto* a = window.runs()->find(view->runDirA());
    const auto* b = window.runs()->find(view->runDirB());
    QVERIFY(a && b);
    const QString nameA = RunCatalog::displayName(*a);
    const QString nameB = RunCatalog::displayName(*b);
    // The open dataset is the runs' data, so the table has each changed sample's text.
    qInfo("accuracy %.3f -> %.3f, fixed %zu, broken %zu, changed %zu of %lld", diff.accuracyA, diff.accuracyB,
          diff.fixed.size(), diff.broken.size(), diff.changed.size(), static_cast<long long>(diff.samples));
    QVERIFY(!diff.fixed.empty() || !diff.broken.empty());
    view->showList(diff.fixed.empty() ? RunDiffView::List::Broken : RunDiffView::List::Fixed);
    { QVERIFY(!view->sampleModel()->index(0, DiffSampleModel::TextColumn).data().toString().isEmpty()); }

    // The Dataset place's filters for the same pair.
    auto* runView = child<QComboBox>(&window, "runViewFilter");
    auto* dataset = window.findChild<DatasetPage*>();
    const int fixedItem = runView->findText(QStringLiteral("Fixed by %1 vs %2").arg(nameB, nameA));
    const int brokenItem = runView->findText(QStringLiteral("Broken by %1 vs %2").arg(nameB, nameA));
    QVERIFY2(fixedItem > 0, qPrintable(nameB + QStringLiteral(" vs ") + nameA));
    QVERIFY(brokenItem > 0);
    runView->setCurrentIndex(fixedItem);
    QCOMPARE(dataset->filterModel()->rowCount(), static_cast<int>(diff.fixed.size()));
    runView->setCurrentIndex(brokenItem);
    QCOMPARE(dataset->filterModel()->rowCount(), static_cast<int>(diff.broken.size()));
    runView->setCurrentIndex(0);

    // "Show in Dataset" from the fixed list lands there with exactly that list.
    window.showPlace(MainWindow::Place::Results);
    view->showList(RunDiffView::List::Fixed);
    child<QPushButton>(view, "diffShowInDataset")->click();
    QCOMPARE(window.currentPlace(), MainWindow::Place::Dataset);
    QCOMPARE(dataset->filterModel()->runView(), DatasetFilterModel::RunView::FixedBy);
    QCOMPARE(dataset->filterModel()->rowCount(), static_cast<int>(diff.fixed.size()));
    QCOMPARE(runView->currentIndex(), fixedItem);
}

void RunDiffViewTest::runsOnDifferentDataShowAMessage() {
    // The base model evaluated on fewer samples: the same source, other data.
    litetune::TrainConfig config;
    config.method = litetune::Method::Evaluate;
    config.limitEval = 16;
    config.evalBatchSize = 16;
    SilentObserver observer;
    litetune::RunControl control;
    const litetune::RunResult small = litetune::runMethod(config, observer, control);

    RunCatalog catalog;
    catalog.refresh();
    ResultsPage page(&catalog);
    RunSelectionModel* selection = page.runSelection();
    const QString full = toQString(m_runs[1].runDir);
    selection->setSelectedRunDirs({full, toQString(small.runDir)});
    RunDiffView* view = page.runDiffView();
    view->setPair(full, toQString(small.runDir));
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), kTimeoutMs);
    QVERIFY(view->diff() == nullptr);
    QVERIFY2(view->message().contains(QStringLiteral("cannot be compared")), qPrintable(view->message()));
    QVERIFY(!view->message().contains(QLatin1Char('\n')));

    // One run ticked: nothing to compare, and it says so.
    selection->setSelectedRunDirs({full});
    QVERIFY(view->diff() == nullptr);
    QVERIFY(view->message().contains(QStringLiteral("Tick two runs")));
}

void RunDiffViewTest::datasetPairsAndTheirRule() {
    // Three runs as a comparison lists them (base and full started in the same second), on split 0
    // of three examples with true labels 0, 1, 2; a fourth on another split pairs with none.
    const auto run = [](const char* name, const char* startedAt, bool base, int split, std::vector<int> predicted) {
        PredictionIndex::RunPredictions entry;
        entry.name = QString::fromLatin1(name);
        entry.runDir = entry.name;
        entry.startedAt = QString::fromLatin1(startedAt);
        entry.base = base;
        entry.split = split;
        for (size_t i = 0; i < predicted.size(); ++i) {
            litetune::SamplePrediction prediction;
            prediction.index = static_cast<std::int64_t>(i);
            prediction.label = static_cast<int>(i);
            prediction.predicted = predicted[i];
            entry.byExample.push_back(prediction);
        }
        return entry;
    };
    PredictionIndex index;
    index.add(run("base", "2026-01-01T10:00:00Z", true, 0, {1, 1, 0}));
    index.add(run("full", "2026-01-01T10:00:00Z", false, 0, {0, 1, 0}));
    index.add(run("lora", "2026-01-01T10:05:00Z", false, 0, {0, 0, 2}));
    index.add(run("other", "2026-01-01T09:00:00Z", false, 1, {0, 1, 2}));
    const QVector<PredictionIndex::Pair> pairs = index.diffPairs();
    // LoRA vs full, then each run, newest first, vs base.
    const QVector<PredictionIndex::Pair> expected{{2, 1}, {2, 0}, {1, 0}};
    QCOMPARE(pairs, expected);
    // full vs base: fixed example 0, kept 1 right, 2 wrong in both.
    QVERIFY(index.fixedBy(1, 0, 0, 0));
    QVERIFY(!index.fixedBy(1, 0, 0, 1) && !index.brokenBy(1, 0, 0, 1));
    QVERIFY(!index.fixedBy(1, 0, 0, 2) && !index.brokenBy(1, 0, 0, 2));
    // LoRA vs full: broke example 1, fixed example 2.
    QVERIFY(index.brokenBy(2, 1, 0, 1));
    QVERIFY(index.fixedBy(2, 1, 0, 2));
    QVERIFY(!index.fixedBy(2, 1, 0, 0) && !index.brokenBy(2, 1, 0, 0));
    // Runs on other splits compare nothing.
    QVERIFY(!index.fixedBy(3, 0, 0, 0) && !index.fixedBy(3, 0, 1, 0));
    QCOMPARE(index.indexOf(QStringLiteral("lora")), 2);
    QCOMPARE(index.indexOf(QStringLiteral("none")), -1);
}

LITETUNE_ISOLATED_TEST_MAIN(RunDiffViewTest)

#include "RunDiffViewTest.moc"
