// The Results place over a real demo comparison (base, full, LoRA: made once, a few steps each,
// in a throw-away runs folder): the results model passes QAbstractItemModelTester and fills three
// columns with the reference rows, marking each row's best; the table's formats and marks follow
// docs/architecture.md's reference numbers; the config diff lists only differing keys; the confusion
// matrices normalise rows; and a click on a confusion cell leaves exactly that cell's samples
// (per predictions.csv) in the Dataset place's table.
#include "IsolatedTestMain.h"
#include "dataset/DatasetPage.h"
#include "dataset/DatasetTableModel.h"
#include "main/MainWindow.h"
#include "results/ConfigDiff.h"
#include "results/ConfusionMatrixPlot.h"
#include "results/ResultsPage.h"
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
Q_DECLARE_METATYPE(ResultsTableModel::Row)

namespace {

constexpr int kTimeoutMs = 120000;

class SilentObserver : public litetune::TrainingObserver {};

// docs/architecture.md's reference table as two runs, plus a base evaluation.
RunResultList referenceRuns() {
    litetune::RunResult base;
    base.name = "base";
    base.config.method = litetune::Method::Evaluate;
    base.eval.samples = 1000;
    base.eval.loss = 3.1;
    base.eval.accuracy = 0.05;
    base.eval.runtimeSeconds = 200.0;
    base.eval.samplesPerSecond = 110.0;
    base.eval.stepsPerSecond = 1.7;
    base.trainableParams = 0;

    litetune::RunResult full;
    full.name = "full";
    full.config.method = litetune::Method::Full;
    full.globalStep = 100;
    full.trainLoss = 1.5625;
    full.eval = base.eval;
    full.eval.loss = 1.5016;
    full.eval.accuracy = 0.4732;
    full.eval.f1Weighted = 0.4614;
    full.eval.precisionWeighted = 0.5127;
    full.eval.recallWeighted = 0.4732;
    full.eval.f1Macro = 0.30;
    full.trainRuntime = 93 * 60 + 10;
    full.eval.runtimeSeconds = 3 * 60 + 28;
    full.eval.samplesPerSecond = 108.258;
    full.eval.stepsPerSecond = 1.696;
    full.epoch = 1.0;
    full.trainableParams = 124'439'808;
    full.peakMemoryBytes = 3LL << 30;
    full.adapterBytes = 500LL << 20;

    litetune::RunResult lora = full;
    lora.name = "lora";
    lora.config.method = litetune::Method::Lora;
    lora.trainLoss = 1.9241;
    lora.eval.loss = 1.9065;
    lora.eval.accuracy = 0.3387;
    lora.eval.f1Weighted = 0.2886;
    lora.eval.precisionWeighted = 0.4097;
    lora.eval.recallWeighted = 0.3387;
    lora.eval.f1Macro = 0.20;
    lora.trainRuntime = 85 * 60 + 2;
    lora.eval.runtimeSeconds = 3 * 60 + 39;
    lora.eval.samplesPerSecond = 102.473;
    lora.eval.stepsPerSecond = 1.605;
    lora.trainableParams = 811'008;
    lora.peakMemoryBytes = 2LL << 30;
    lora.adapterBytes = 3LL << 20;
    return {base, full, lora};
}

// Which way each row is better, stated here rather than taken from ResultsTableModel::better(),
// so a wrong direction there fails the tests below instead of moving their expectations with it:
// lower for losses, durations and memory; higher for scores and throughput; never marked for the
// rows that describe a run (the rules ui/results/ResultsTableModel.h states).
enum class Better { Lower, Higher, Neither };

Better expectedDirection(Row row) {
    switch (row) {
    case Row::TrainingLossRow:
    case Row::ValidationLossRow:
    case Row::TrainingDurationRow:
    case Row::EvalRuntimeRow:
    case Row::PeakMemoryRow:
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

class TestResultsPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void modelFillsThreeColumns();
    void referenceFormatsAndBest_data();
    void referenceFormatsAndBest();
    void singleRunMarksNothing();
    void describingRowsAreNeverMarked();
    void configDiffListsOnlyDifferences();
    void confusionMatricesNormalise();
    void clickingACellFiltersTheDataset_data();
    void clickingACellFiltersTheDataset();

private:
    RunResultList m_runs;
};

void TestResultsPage::initTestCase() {
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

void TestResultsPage::modelFillsThreeColumns() {
    RunCatalog catalog;
    catalog.refresh();
    ResultsPage page(&catalog);
    QAbstractItemModelTester tester(page.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The first fill ticks the newest comparison: the three runs just made.
    QCOMPARE(page.runSelection()->selectedRuns().size(), size_t(3));
    ResultsTableModel* model = page.tableModel();
    QCOMPARE(model->columnCount(), 3);
    QCOMPARE(model->rowCount(), int(ResultsTableModel::RowCount));
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

void TestResultsPage::referenceFormatsAndBest_data() {
    QTest::addColumn<Row>("row");
    QTest::addColumn<QStringList>("texts"); // base, full, lora
    QTest::addColumn<int>("best");          // column, -1 for none
    // Every row, with the fixture's facts: the full fine-tune has the lowest losses and the highest
    // scores; LoRA trained faster and used less memory; the base evaluation ran fastest. In each
    // graded row the other direction would mark another column, so a wrong direction fails.
    QTest::addRow("training loss: lower, base empty")
        << Row::TrainingLossRow << QStringList{"—", "1.5625", "1.9241"} << 1;
    QTest::addRow("validation loss: lower") << Row::ValidationLossRow << QStringList{"3.1000", "1.5016", "1.9065"} << 1;
    QTest::addRow("accuracy: higher") << Row::AccuracyRow << QStringList{"5.00%", "47.32%", "33.87%"} << 1;
    QTest::addRow("f1: higher, base unscored") << Row::F1ScoreRow << QStringList{"0.00%", "46.14%", "28.86%"} << 1;
    QTest::addRow("precision") << Row::PrecisionRow << QStringList{"0.00%", "51.27%", "40.97%"} << 1;
    QTest::addRow("recall: higher") << Row::RecallRow << QStringList{"0.00%", "47.32%", "33.87%"} << 1;
    QTest::addRow("training duration: lower")
        << Row::TrainingDurationRow << QStringList{"—", "1 hr 33 min", "1 hr 25 min"} << 2;
    QTest::addRow("eval runtime: lower") << Row::EvalRuntimeRow
                                         << QStringList{"3 min 20 sec", "3 min 28 sec", "3 min 39 sec"} << 0;
    QTest::addRow("samples per second: higher")
        << Row::SamplesPerSecondRow << QStringList{"110.000", "108.258", "102.473"} << 0;
    QTest::addRow("steps per second: higher") << Row::StepsPerSecondRow << QStringList{"1.700", "1.696", "1.605"} << 0;
    QTest::addRow("macro f1: higher") << Row::MacroF1Row << QStringList{"0.00%", "30.00%", "20.00%"} << 1;
    QTest::addRow("epoch: never marked") << Row::EpochRow << QStringList{"—", "1.0", "1.0"} << -1;
    QTest::addRow("trainable params: never marked")
        << Row::TrainableParamsRow << QStringList{"0", "124,439,808", "811,008"} << -1;
    QTest::addRow("peak memory: lower, base unmeasured")
        << Row::PeakMemoryRow << QStringList{"—", "3.00 GiB", "2.00 GiB"} << 2;
    // Only LoRA saves an adapter: a full fine-tune shows no adapter size.
    QTest::addRow("adapter size: LoRA only, never marked")
        << Row::AdapterSizeRow << QStringList{"—", "—", "3.00 MiB"} << -1;
}

void TestResultsPage::referenceFormatsAndBest() {
    QFETCH(Row, row);
    QFETCH(QStringList, texts);
    QFETCH(int, best);
    ResultsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRuns(referenceRuns());
    for (int column = 0; column < 3; ++column) {
        QCOMPARE(model.text(row, column), texts.at(column));
        QCOMPARE(model.isBest(row, column), column == best);
        QCOMPARE(model.index(row, column).data(ResultsTableModel::BestRole).toBool(), column == best);
    }
}

void TestResultsPage::singleRunMarksNothing() {
    ResultsTableModel model;
    model.setRuns({referenceRuns().at(1)});
    for (int row = 0; row < ResultsTableModel::RowCount; ++row) {
        QVERIFY(!model.isBest(static_cast<Row>(row), 0));
    }
}

// Epoch, Trainable Params and Adapter Size describe a run: never marked, even where two runs differ
// (in the reference fixture the epochs tie and only LoRA has an adapter, which proves nothing).
void TestResultsPage::describingRowsAreNeverMarked() {
    RunResultList runs = referenceRuns();
    litetune::RunResult bigger = runs[2];
    bigger.name = "lora r 16";
    bigger.epoch = 0.5;
    bigger.trainableParams = 1'622'016;
    bigger.adapterBytes = 6LL << 20;
    runs.push_back(bigger);
    ResultsTableModel model;
    model.setRuns(runs);
    QCOMPARE(model.text(Row::EpochRow, 3), QStringLiteral("0.5"));
    QCOMPARE(model.text(Row::AdapterSizeRow, 3), QStringLiteral("6.00 MiB"));
    for (const Row row : {Row::EpochRow, Row::TrainableParamsRow, Row::AdapterSizeRow}) {
        for (int column = 0; column < 4; ++column) {
            QVERIFY2(!model.isBest(row, column), qPrintable(ResultsTableModel::rowName(row)));
        }
    }
}

void TestResultsPage::configDiffListsOnlyDifferences() {
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

void TestResultsPage::confusionMatricesNormalise() {
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

void TestResultsPage::clickingACellFiltersTheDataset_data() {
    QTest::addColumn<bool>("openDatasetFirst");
    QTest::addRow("dataset already open") << true;
    QTest::addRow("dataset opened by the click") << false;
}

void TestResultsPage::clickingACellFiltersTheDataset() {
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

LITETUNE_ISOLATED_TEST_MAIN(TestResultsPage)

#include "TestResultsPage.moc"
