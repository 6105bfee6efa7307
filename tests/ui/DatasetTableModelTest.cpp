// DatasetTableModel and DatasetFilterModel over a synthetic dataset: the model passes
// QAbstractItemModelTester, maps rows to (split, example), draws glyphs with the emoji font,
// and the filters (text, label, split, run views) keep exactly the rows they should.
#include "dataset/DatasetTableModel.h"
#include "dataset/DatasetFilterModel.h"
#include "dataset/PredictionIndex.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

namespace {

DatasetHandle makeDataset(int trainSize, int validationSize) {
    auto dataset = std::make_shared<litetune::Dataset>();
    dataset->source = "synthetic";
    dataset->labels = {{"red_heart", "❤"}, {"fire", "🔥"}, {"3", ""}};
    litetune::Split train{"train", {}};
    for (int i = 0; i < trainSize; ++i) {
        train.examples.push_back({"train text " + std::to_string(i) + (i % 10 == 0 ? " sunny day" : ""), i % 3, i + 2});
    }
    litetune::Split validation{"validation", {}};
    for (int i = 0; i < validationSize; ++i) {
        validation.examples.push_back({"validation text " + std::to_string(i), i % 2, i + 2});
    }
    dataset->splits = {train, validation};
    return dataset;
}

} // namespace

class DatasetTableModelTest : public QObject {
    Q_OBJECT

private slots:
    void passesModelTester();
    void locatesRows_data();
    void locatesRows();
    void showsGlyphsInEmojiFont();
    void filters_data();
    void filters();
    void runViews();
    void handlesHundredThousandRows();
};

void DatasetTableModelTest::passesModelTester() {
    DatasetTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setDataset(makeDataset(30, 12));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 42);
    QCOMPARE(model.columnCount(), int(DatasetTableModel::ColumnCount));
    model.setDataset(nullptr);
    QCOMPARE(model.rowCount(), 0);

    DatasetFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setDatasetModel(&model);
    model.setDataset(makeDataset(30, 12));
    filter.setSearchText(QStringLiteral("sunny"));
    QCOMPARE(filter.rowCount(), 3);
}

void DatasetTableModelTest::locatesRows_data() {
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("split");
    QTest::addColumn<int>("example");
    QTest::addRow("first row") << 0 << 0 << 0;
    QTest::addRow("last train row") << 29 << 0 << 29;
    QTest::addRow("first validation row") << 30 << 1 << 0;
    QTest::addRow("last row") << 41 << 1 << 11;
    QTest::addRow("past the end") << 42 << -1 << -1;
    QTest::addRow("negative") << -1 << -1 << -1;
}

void DatasetTableModelTest::locatesRows() {
    QFETCH(int, row);
    QFETCH(int, split);
    QFETCH(int, example);
    DatasetTableModel model;
    model.setDataset(makeDataset(30, 12));
    const auto location = model.locate(row);
    QCOMPARE(location.split, split);
    QCOMPARE(location.example, example);
    if (split >= 0) {
        QCOMPARE(model.rowOf(split, example), row);
        QCOMPARE(model.index(row, DatasetTableModel::SplitColumn).data().toString(),
                 split == 0 ? QStringLiteral("train") : QStringLiteral("validation"));
    }
}

void DatasetTableModelTest::showsGlyphsInEmojiFont() {
    DatasetTableModel model;
    model.setDataset(makeDataset(3, 0));
    const QModelIndex glyph = model.index(0, DatasetTableModel::GlyphColumn);
    QCOMPARE(glyph.data().toString(), QStringLiteral("❤"));
    QCOMPARE(glyph.data(Qt::FontRole).value<QFont>().families().value(0), QStringLiteral("Noto Color Emoji"));
    // Running text keeps the text font.
    QVERIFY(!model.index(0, DatasetTableModel::TextColumn).data(Qt::FontRole).isValid());
    QCOMPARE(model.index(0, DatasetTableModel::LabelColumn).data().toString(), QStringLiteral("red heart"));
    // A label without a known glyph shows its name and an empty glyph cell.
    QCOMPARE(model.index(2, DatasetTableModel::GlyphColumn).data().toString(), QString());
    QCOMPARE(model.index(2, DatasetTableModel::LabelColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.index(1, DatasetTableModel::TextColumn).data(DatasetTableModel::LabelRole).toInt(), 1);
}

void DatasetTableModelTest::filters_data() {
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("label");
    QTest::addColumn<int>("split");
    QTest::addColumn<int>("expected");
    QTest::addRow("no filter") << QString() << -1 << -1 << 42;
    QTest::addRow("search, any case") << QStringLiteral("SUNNY") << -1 << -1 << 3;
    QTest::addRow("label") << QString() << 2 << -1 << 10;
    QTest::addRow("split") << QString() << -1 << 1 << 12;
    QTest::addRow("label and split") << QString() << 1 << 1 << 6;
    QTest::addRow("search and label") << QStringLiteral("sunny") << 0 << -1 << 1;
    QTest::addRow("nothing matches") << QStringLiteral("absent") << -1 << -1 << 0;
}

void DatasetTableModelTest::filters() {
    QFETCH(QString, search);
    QFETCH(int, label);
    QFETCH(int, split);
    QFETCH(int, expected);
    DatasetTableModel model;
    model.setDataset(makeDataset(30, 12));
    DatasetFilterModel filter;
    filter.setDatasetModel(&model);
    filter.setSearchText(search);
    filter.setLabelFilter(label);
    filter.setSplitFilter(split);
    QCOMPARE(filter.rowCount(), expected);
}

void DatasetTableModelTest::runViews() {
    DatasetTableModel model;
    const DatasetHandle dataset = makeDataset(30, 12);
    model.setDataset(dataset);
    PredictionIndex predictions;
    // Two runs on the validation split (split 1): run A always predicts 0, run B the truth.
    for (int run = 0; run < 2; ++run) {
        PredictionIndex::RunPredictions entry;
        entry.name = run == 0 ? QStringLiteral("A") : QStringLiteral("B");
        entry.split = 1;
        for (int i = 0; i < 12; ++i) {
            litetune::SamplePrediction p;
            p.index = i;
            p.label = i % 2;
            p.predicted = run == 0 ? 0 : p.label;
            p.probability = 0.5f;
            p.loss = static_cast<float>(i);
            entry.byExample.push_back(p);
        }
        predictions.add(entry);
    }
    DatasetFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setDatasetModel(&model);
    filter.setPredictionIndex(&predictions);

    filter.setRunView(DatasetFilterModel::RunView::MisclassifiedBy, 0);
    QCOMPARE(filter.rowCount(), 6);
    filter.setRunView(DatasetFilterModel::RunView::MisclassifiedBy, 1);
    QCOMPARE(filter.rowCount(), 0);
    filter.setRunView(DatasetFilterModel::RunView::RunsDisagree);
    QCOMPARE(filter.rowCount(), 6);
    filter.setRunView(DatasetFilterModel::RunView::HighestLossFirst);
    QCOMPARE(filter.rowCount(), 12);
    const auto first = model.locate(filter.mapToSource(filter.index(0, 0)).row());
    QCOMPARE(first.split, 1);
    QCOMPARE(first.example, 11); // the highest loss
    filter.setRunView(DatasetFilterModel::RunView::AllRows);
    QCOMPARE(filter.rowCount(), 42);
    QCOMPARE(filter.mapToSource(filter.index(0, 0)).row(), 0); // the data's order again
}

void DatasetTableModelTest::handlesHundredThousandRows() {
    DatasetTableModel model;
    model.setDataset(makeDataset(90000, 10000));
    QCOMPARE(model.rowCount(), 100000);
    DatasetFilterModel filter;
    filter.setDatasetModel(&model);
    // How fast: litetune-bench-ui-ops (tests/bench/ui), not a test that a busy machine can fail.
    filter.setSearchText(QStringLiteral("sunny"));
    QCOMPARE(filter.rowCount(), 9000);
    QCOMPARE(model.index(99999, DatasetTableModel::TextColumn).data().toString(),
             QStringLiteral("validation text 9999"));
}

QTEST_MAIN(DatasetTableModelTest)
#include "DatasetTableModelTest.moc"
