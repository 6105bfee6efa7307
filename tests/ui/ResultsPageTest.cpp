// The Results place over a real demo comparison (base, full, LoRA: made once, a few steps each,
// in a throw-away runs folder): the results model passes QAbstractItemModelTester and fills three
// columns, marking each row's best; the config diff lists only differing keys; the confusion
// matrices normalise rows; and a click on a confusion cell leaves exactly that cell's samples
// (per predictions.csv) in the Dataset place's table. The table's formats and marks on
// docs/architecture.md's reference numbers: ResultsTableModelTest.cpp.
#include "results/ResultsPage.h"
#include "IsolatedTestMain.h"
#include "ReferenceRuns.h"
#include "dataset/DatasetPage.h"
#include "dataset/DatasetTableModel.h"
#include "main/MainWindow.h"
#include "results/ConfigDiff.h"
#include "results/ConfusionMatrixPlot.h"
#include "results/ResultsTableModel.h"
#include "results/RunSelectionModel.h"
#include "runs/RunCatalog.h"

#include "api/Workbench.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>

using Row = ResultsTableModel::Row;
using uitest::referenceRuns;

namespace {

constexpr int kTimeoutMs = 120000;

class SilentObserver : public litetune::TrainingObserver {};

// Which way each row is better, stated here rather than taken from the engine's rows
// (engine/api/Report.h, metricTableRows), so a wrong direction there fails the tests below instead
// of moving their expectations with it: lower for losses, durations and memory; higher for scores
// and throughput; never marked for the rows that describe a run (the rules
// engine/report/MetricTable.h states).
enum class Better { Lower, Higher, Neither };

Better expectedDirection(Row row) {
    switch (row) {
    case Row::TrainingLossRow:
    case Row::ValidationLossRow:
    case Row::TrainingDurationRow:
    case Row::EvalRuntimeRow:
    case Row::PeakMemoryRow:
    case Row::PerplexityRow:
        return Better::Lower;
    case Row::AccuracyRow:
    case Row::F1ScoreRow:
    case Row::PrecisionRow:
    case Row::RecallRow:
    case Row::SamplesPerSecondRow:
    case Row::StepsPerSecondRow:
    case Row::MacroF1Row:
        return Better::Higher;
    case Row::EpochRow:
    case Row::TrainableParamsRow:
    case Row::AdapterSizeRow:
    case Row::RowCount:
        break;
    }
    return Better::Neither;
}

QString runDirOf(const RunResultList& runs, litetune::Method method) {
    for (const auto& run : runs) {
        if (run.config.method == method) {
            return toQString(run.runDir);
        }
    }
    return {};
}

} // namespace

class ResultsPageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void modelFillsThreeColumns();
    void configDiffListsOnlyDifferences();
    void confusionMatricesNormalise();
    void clickingACellFiltersTheDataset_data();
    void clickingACellFiltersTheDataset();

private:
    RunResultList m_runs;
};

void ResultsPageTest::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    litetune::TrainConfig config;
    config.maxSteps = 5;
    config.limitTrain = 64;
    config.limitEval = 64;
    config.batchSize = 8;
    config.evalBatchSize = 16;
    SilentObserver observer;
    litetune::RunControl control;
    QElapsedTimer timer;
    timer.start();
    m_runs = litetune::runComparison(config, observer, control);
    qInfo("demo comparison: %lld ms", static_cast<long long>(timer.elapsed()));
    QCOMPARE(m_runs.size(), size_t(3));
}

void ResultsPageTest::modelFillsThreeColumns() {
    RunCatalog catalog;
    catalog.refresh();
    ResultsPage page(&catalog);
    QAbstractItemModelTester tester(page.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The first fill ticks the newest comparison: the three runs just made.
    QCOMPARE(page.runSelection()->selectedRuns().size(), size_t(3));
    ResultsTableModel* model = page.tableModel();
    QCOMPARE(model->columnCount(), 3);
    // Classifiers only: every row but Perplexity, which comes last in Row.
    QCOMPARE(model->rowCount(), int(ResultsTableModel::PerplexityRow));
    QCOMPARE(model->headerData(Row::AccuracyRow, Qt::Vertical).toString(), QStringLiteral("Accuracy"));
    QCOMPARE(model->headerData(Row::EvalRuntimeRow, Qt::Vertical).toString(), QStringLiteral("Eval Runtime"));

    // Each row's marks sit exactly on the cells that print its extreme value (unless all tie);
    // rows that describe rather than grade are never marked.
    const RunResultList& runs = model->runs();
    for (int row = 0; row < ResultsTableModel::RowCount; ++row) {
        const auto which = static_cast<Row>(row);
        const Better direction = expectedDirection(which);
        int extreme = -1;
        int comparable = 0;
        for (int column = 0; column < 3; ++column) {
            const auto value = model->value(which, column);
            if (!value) {
                continue;
            }
            ++comparable;
            if (extreme < 0 || (direction == Better::Lower ? *value < *model->value(which, extreme)
                                                           : *value > *model->value(which, extreme))) {
                extreme = column;
            }
        }
        int tied = 0;
        for (int column = 0; column < 3; ++column) {
            tied += model->value(which, column) && model->text(which, column) == model->text(which, extreme);
        }
        for (int column = 0; column < 3; ++column) {
            const QModelIndex index = model->index(row, column);
            const bool expected = direction != Better::Neither && comparable >= 2 && tied < comparable &&
                                  model->value(which, column).has_value() &&
                                  model->text(which, column) == model->text(which, extreme);
            QVERIFY2(index.data(ResultsTableModel::BestRole).toBool() == expected,
                     qPrintable(ResultsTableModel::rowName(which)));
            QCOMPARE(index.data(Qt::FontRole).value<QFont>().bold(), expected);
            QCOMPARE(index.data(Qt::BackgroundRole).isValid(), expected);
        }
    }
    const int base =
        static_cast<int>(std::find_if(runs.begin(), runs.end(),
                                      [](const auto& run) { return run.config.method == litetune::Method::Evaluate; }) -
                         runs.begin());
    QCOMPARE(model->text(Row::TrainingLossRow, base), QStringLiteral("—"));
    QVERIFY(!model->isBest(Row::TrainingLossRow, base));
    // Accuracy is marked somewhere unless every run printed the same.
    const bool allSame = model->text(Row::AccuracyRow, 0) == model->text(Row::AccuracyRow, 1) &&
                         model->text(Row::AccuracyRow, 1) == model->text(Row::AccuracyRow, 2);
    const bool anyBest =
        model->isBest(Row::AccuracyRow, 0) || model->isBest(Row::AccuracyRow, 1) || model->isBest(Row::AccuracyRow, 2);
    QCOMPARE(anyBest, !allSame);

    // Unticking a run drops its column.
    page.runSelection()->setSelected(toQString(runs[0].runDir), false);
    QCOMPARE(model->columnCount(), 2);
}

void ResultsPageTest::configDiffListsOnlyDifferences() {
    RunResultList runs = referenceRuns();
    runs[2].config.lora.r = 16;
    const auto entries = ConfigDiff::differences(runs);
    QStringList keys;
    for (const auto& entry : entries) {
        keys.append(entry.key);
        QCOMPARE(entry.values.size(), 3);
    }
    QVERIFY(keys.contains(QStringLiteral("method")));
    QVERIFY(keys.contains(QStringLiteral("lora_r")));
    QVERIFY(!keys.contains(QStringLiteral("batch_size")));
    QVERIFY(!keys.contains(QStringLiteral("lr")));
    QVERIFY(ConfigDiff::differences({runs[1]}).isEmpty());

    RunCatalog catalog;
    catalog.refresh();
    ResultsPage page(&catalog);
    QTableWidget* table = page.configDiffTable();
    QCOMPARE(table->columnCount(), 3);
    QStringList shown;
    for (int row = 0; row < table->rowCount(); ++row) {
        shown.append(table->verticalHeaderItem(row)->text());
    }
    QVERIFY(shown.contains(QStringLiteral("method")));
    QVERIFY(!shown.contains(QStringLiteral("max_steps"))); // the comparison shares its settings
}

void ResultsPageTest::confusionMatricesNormalise() {
    RunCatalog catalog;
    catalog.refresh();
    ResultsPage page(&catalog);
    QCOMPARE(page.confusionPlots().size(), 3);
    ConfusionMatrixPlot* plot = page.confusionPlots().first();
    QVERIFY(plot->labelCount() > 1);
    const auto& run = page.tableModel()->runs().front();
    std::int64_t total = 0;
    for (int t = 0; t < plot->labelCount(); ++t) {
        for (int p = 0; p < plot->labelCount(); ++p) {
            total += plot->count(t, p);
        }
    }
    QCOMPARE(total, run.eval.samples);
    page.setNormalized(true);
    QVERIFY(plot->isNormalized());
    for (int t = 0; t < plot->labelCount(); ++t) {
        double sum = 0.0;
        std::int64_t count = 0;
        for (int p = 0; p < plot->labelCount(); ++p) {
            sum += plot->shownValue(t, p);
            count += plot->count(t, p);
        }
        QVERIFY(count == 0 ? sum == 0.0 : std::abs(sum - 1.0) < 1e-9);
    }
    QVERIFY(plot->cellText(0, 1).startsWith(QStringLiteral("true ")));
    QVERIFY(plot->cellText(0, 1).contains(QStringLiteral(" → predicted ")));
}

void ResultsPageTest::clickingACellFiltersTheDataset_data() {
    QTest::addColumn<bool>("openDatasetFirst");
    QTest::addRow("dataset already open") << true;
    QTest::addRow("dataset opened by the click") << false;
}

void ResultsPageTest::clickingACellFiltersTheDataset() {
    QFETCH(bool, openDatasetFirst);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* table = window.findChild<QTableView*>(QStringLiteral("datasetTable"));
    if (openDatasetFirst) {
        window.openDemo();
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, kTimeoutMs);
    }
    window.showPlace(MainWindow::Place::Results);
    auto* results = window.findChild<ResultsPage*>();
    QVERIFY(results);

    // The full fine-tune's most frequent cell, so there are samples to find.
    const QString runDir = runDirOf(results->tableModel()->runs(), litetune::Method::Full);
    QVERIFY(!runDir.isEmpty());
    ConfusionMatrixPlot* plot = nullptr;
    for (int i = 0; i < results->tableModel()->columnCount(); ++i) {
        if (toQString(results->tableModel()->runs()[static_cast<size_t>(i)].runDir) == runDir) {
            plot = results->confusionPlots().at(i);
        }
    }
    QVERIFY(plot);
    int trueLabel = 0;
    int predicted = 0;
    for (int t = 0; t < plot->labelCount(); ++t) {
        for (int p = 0; p < plot->labelCount(); ++p) {
            if (plot->count(t, p) > plot->count(trueLabel, predicted)) {
                trueLabel = t;
                predicted = p;
            }
        }
    }
    const auto predictions = litetune::loadPredictions(toStdString(runDir));
    QVector<int> expected;
    for (const auto& prediction : predictions) {
        if (prediction.label == trueLabel && prediction.predicted == predicted) {
            expected.append(static_cast<int>(prediction.index));
        }
    }
    QCOMPARE(expected.size(), static_cast<int>(plot->count(trueLabel, predicted)));

    QSignalSpy clicked(results, &ResultsPage::confusionCellClicked);
    plot->replot();
    QTest::mouseClick(plot, Qt::LeftButton, {}, plot->cellCenter(trueLabel, predicted));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().at(0).toString(), runDir);
    QCOMPARE(clicked.first().at(1).toInt(), trueLabel);
    QCOMPARE(clicked.first().at(2).toInt(), predicted);
    QCOMPARE(window.currentPlace(), MainWindow::Place::Dataset);

    auto* filter = qobject_cast<QSortFilterProxyModel*>(table->model());
    auto* source = qobject_cast<DatasetTableModel*>(filter->sourceModel());
    QTRY_COMPARE_WITH_TIMEOUT(filter->rowCount(), expected.size(), kTimeoutMs);
    const auto* run = window.runs()->find(runDir);
    QVector<int> shown;
    for (int row = 0; row < filter->rowCount(); ++row) {
        const auto location = source->locate(filter->mapToSource(filter->index(row, 0)).row());
        QCOMPARE(toQString(source->dataset()->splits[static_cast<size_t>(location.split)].name),
                 toQString(run->eval.split));
        shown.append(location.example);
    }
    std::sort(expected.begin(), expected.end());
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, expected);
}

LITETUNE_ISOLATED_TEST_MAIN(ResultsPageTest)

#include "ResultsPageTest.moc"
