// The Results table over docs/architecture.md's reference numbers: each row's format, and which
// column it marks best (or that it marks none), stated here row by row; a single run marks nothing,
// and the rows that describe a run are never marked; a cancelled run is named so and never marked,
// and shows "—" for what it did not reach. The same table over a real comparison: ResultsPageTest.cpp.
#include "results/ResultsTableModel.h"
#include "IsolatedTestMain.h"
#include "ReferenceRuns.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QtTest>

using Row = ResultsTableModel::Row;
Q_DECLARE_METATYPE(ResultsTableModel::Row)

using uitest::referenceRuns;

class ResultsTableModelTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void referenceFormatsAndBest_data();
    void referenceFormatsAndBest();
    void singleRunMarksNothing();
    void describingRowsAreNeverMarked();
    void cancelledRunsAreNeverBest();
};

// The expected texts are US English ("124,439,808").
void ResultsTableModelTest::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void ResultsTableModelTest::referenceFormatsAndBest_data() {
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

void ResultsTableModelTest::referenceFormatsAndBest() {
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

void ResultsTableModelTest::singleRunMarksNothing() {
    ResultsTableModel model;
    model.setRuns({referenceRuns().at(1)});
    for (int row = 0; row < ResultsTableModel::RowCount; ++row) {
        QVERIFY(!model.isBest(static_cast<Row>(row), 0));
    }
}

// Epoch, Trainable Params and Adapter Size describe a run: never marked, even where two runs differ
// (in the reference fixture the epochs tie and only LoRA has an adapter, which proves nothing).
void ResultsTableModelTest::describingRowsAreNeverMarked() {
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

// A cancelled run that trained fastest and scored highest still marks nothing: the finished runs
// keep their marks, its header says how it ended, and a run cancelled before evaluating shows "—".
void ResultsTableModelTest::cancelledRunsAreNeverBest() {
    RunResultList runs = referenceRuns();
    litetune::RunResult quick = runs[2];
    quick.name = "quick";
    quick.cancelled = true;
    quick.trainRuntime = 60.0;
    quick.trainLoss = 0.5;
    quick.eval.loss = 0.4;
    quick.eval.accuracy = 0.95;
    quick.eval.f1Macro = 0.9;
    quick.peakMemoryBytes = 0;
    litetune::RunResult early = runs[2];
    early.name = "early";
    early.cancelled = true;
    early.trainRuntime = 30.0;
    early.eval = litetune::EvalReport{};
    runs.push_back(quick);
    runs.push_back(early);
    ResultsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRuns(runs);

    int marked = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const bool best = model.index(row, column).data(ResultsTableModel::BestRole).toBool();
            QVERIFY2(!(best && column >= 3), qPrintable(model.headerData(row, Qt::Vertical).toString()));
            marked += best;
        }
    }
    QVERIFY(marked > 0);
    QVERIFY(model.isBest(Row::TrainingDurationRow, 2));
    QVERIFY(model.isBest(Row::AccuracyRow, 1));
    QVERIFY(model.isBest(Row::MacroF1Row, 1));
    QVERIFY(model.outcome(3) == litetune::RunOutcome::Cancelled);
    QVERIFY(model.outcome(1) == litetune::RunOutcome::Finished);
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("quick (cancelled)"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("full"));
    QVERIFY(model.headerData(3, Qt::Horizontal, Qt::FontRole).value<QFont>().italic());

    QCOMPARE(model.text(Row::TrainingDurationRow, 3), QStringLiteral("1 min 0 sec"));
    QCOMPARE(model.text(Row::AccuracyRow, 3), QStringLiteral("95.00%"));
    QCOMPARE(model.text(Row::PeakMemoryRow, 3), QStringLiteral("—"));
    for (const Row row : {Row::MacroF1Row, Row::AccuracyRow, Row::ValidationLossRow, Row::EvalRuntimeRow}) {
        QCOMPARE(model.text(row, 4), QStringLiteral("—"));
        QVERIFY(!model.value(row, 4));
    }
}

LITETUNE_ISOLATED_TEST_MAIN(ResultsTableModelTest)

#include "ResultsTableModelTest.moc"
