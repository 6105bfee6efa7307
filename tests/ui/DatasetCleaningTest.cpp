// "Clean text" in the Dataset place, offscreen: a dataset whose training texts carry U+FE0F
// remnants that validation lacks shows the cleaning banner; its button ticks "Clean text", the
// dataset opens again cleaned (no row shows a U+FE0F), the banner hides, the choice is remembered
// and the Configure place's run config carries clean_text. A clean dataset shows no banner. The
// banner's rule (CleaningBanner::warning) is checked on its own, row by row.
#include "IsolatedTestMain.h"
#include "bridge/EngineController.h"
#include "configure/ConfigurePage.h"
#include "dataset/CleaningBanner.h"
#include "dataset/DatasetPage.h"
#include "dataset/DatasetTableModel.h"
#include "main/MainWindow.h"
#include "results/ConfigDiff.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr int kTimeoutMs = 60000;
const QString kSelector = QStringLiteral("\uFE0F");

template <typename T> T* child(QWidget* parent, const char* name) {
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (!found) {
        qWarning("no child named %s", name);
    }
    return found;
}

bool writeFile(const QString& path, const QByteArray& data) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// A split-file folder of `rows` training and `rows` validation texts over two labels. With
// `leak`, every second training text has " \uFE0F" where its emoji was (as in TweetEval emoji);
// validation never has one.
QString writeDataset(const QString& dir, int rows, bool leak) {
    QByteArray train("text,label\n");
    QByteArray validation("text,label\n");
    for (int i = 0; i < rows; ++i) {
        const QByteArray label = i % 2 == 0 ? "red_heart" : "fire";
        const QByteArray remnant = leak && i % 2 == 0 ? QStringLiteral(" \uFE0F").toUtf8() : QByteArray();
        train += "training text " + QByteArray::number(i) + remnant + " today," + label + '\n';
        validation += "validation text " + QByteArray::number(i) + " today," + label + '\n';
    }
    if (!QDir().mkpath(dir) || !writeFile(dir + QStringLiteral("/train.csv"), train) ||
        !writeFile(dir + QStringLiteral("/validation.csv"), validation)) {
        return {};
    }
    return dir;
}

// How many rows of the Dataset place's table show a U+FE0F.
int rowsWithSelector(DatasetPage* page) {
    auto* table = child<QTableView>(page, "datasetTable");
    QAbstractItemModel* model = table->model();
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, DatasetTableModel::TextColumn).data().toString().contains(kSelector)) {
            ++count;
        }
    }
    return count;
}

litetune::Dataset splitsNamed(const QStringList& names) {
    litetune::Dataset dataset;
    for (const QString& name : names) {
        dataset.splits.push_back({name.toStdString(), {}});
    }
    return dataset;
}

} // namespace

class DatasetCleaningTest : public QObject {
    Q_OBJECT

private slots:
    // "19.8%", whatever the machine's locale.
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init();
    void warningRule_data();
    void warningRule();
    void bannerCleansTheDataset();
    void cleanDatasetShowsNoBanner();

private:
    QTemporaryDir m_scratch;
};

void DatasetCleaningTest::init() {
    QSettings().remove(QStringLiteral("dataset/cleanText"));
}

void DatasetCleaningTest::warningRule_data() {
    QTest::addColumn<QStringList>("splits");
    QTest::addColumn<QList<double>>("shares");
    QTest::addColumn<QString>("expected"); // a part of the warning; empty: no warning

    const QStringList trainValidation{QStringLiteral("train"), QStringLiteral("validation")};
    QTest::addRow("TweetEval emoji") << trainValidation << QList<double>{0.198, 0.016}
                                     << QStringLiteral("19.8% of the training texts");
    QTest::addRow("names the validation share")
        << trainValidation << QList<double>{0.198, 0.016} << QStringLiteral("only 1.6% of the validation texts");
    QTest::addRow("validation without any") << trainValidation << QList<double>{0.5, 0.0} << QStringLiteral("50.0%");
    QTest::addRow("training below 5%%") << trainValidation << QList<double>{0.049, 0.0} << QString();
    QTest::addRow("validation as dirty") << trainValidation << QList<double>{0.2, 0.2} << QString();
    QTest::addRow("under 3 times validation") << trainValidation << QList<double>{0.1, 0.04} << QString();
    QTest::addRow("test when no validation") << QStringList{QStringLiteral("train"), QStringLiteral("test")}
                                             << QList<double>{0.2, 0.01} << QStringLiteral("of the test texts");
    QTest::addRow("no held-out split") << QStringList{QStringLiteral("train")} << QList<double>{0.9} << QString();
    QTest::addRow("no training split") << QStringList{QStringLiteral("validation"), QStringLiteral("test")}
                                       << QList<double>{0.9, 0.0} << QString();
}

void DatasetCleaningTest::warningRule() {
    QFETCH(QStringList, splits);
    QFETCH(QList<double>, shares);
    QFETCH(QString, expected);
    const QString warning = CleaningBanner::warning(splitsNamed(splits), shares);
    if (expected.isEmpty()) {
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
    } else {
        QVERIFY2(warning.contains(expected), qPrintable(warning));
    }
}

void DatasetCleaningTest::bannerCleansTheDataset() {
    const QString dir = writeDataset(m_scratch.filePath(QStringLiteral("leak")), 40, true);
    QVERIFY(!dir.isEmpty());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DatasetPage* page = window.datasetPage();
    auto* banner = child<CleaningBanner>(page, "cleaningBanner");
    auto* check = child<QCheckBox>(page, "cleanTextCheck");
    QVERIFY(banner && check);
    QVERIFY(!check->isChecked());

    page->openDataset(dir);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kTimeoutMs);
    QVERIFY2(child<QLabel>(banner, "cleaningBannerText")->text().contains(QStringLiteral("50.0%")),
             qPrintable(child<QLabel>(banner, "cleaningBannerText")->text()));
    QCOMPARE(rowsWithSelector(page), 20);
    QVERIFY(!page->options().cleanText);
    QVERIFY(!window.configurePage()->config().cleanText);

    QTest::mouseClick(child<QPushButton>(banner, "cleaningBannerButton"), Qt::LeftButton);
    QVERIFY(check->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(page->options().cleanText, kTimeoutMs);
    QCOMPARE(rowsWithSelector(page), 0);
    QCOMPARE(page->dataset()->splits[0].examples[0].text, std::string("training text 0 today"));
    QVERIFY(!banner->isVisible());
    QCOMPARE(QSettings().value(QStringLiteral("dataset/cleanText")).toBool(), true);
    litetune::RunResult run;
    run.config = window.configurePage()->config();
    QVERIFY(run.config.cleanText);
    QVERIFY(ConfigDiff::settings(run).contains({QStringLiteral("clean_text"), ConfigDiff::tr("yes")}));

    // Unticked, the raw texts and the warning come back.
    check->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kTimeoutMs);
    QVERIFY(!page->options().cleanText);
    QCOMPARE(rowsWithSelector(page), 20);
    QVERIFY(!window.configurePage()->config().cleanText);

    // The choice outlives the window.
    check->setChecked(true);
    MainWindow next;
    QVERIFY(child<QCheckBox>(next.datasetPage(), "cleanTextCheck")->isChecked());
}

void DatasetCleaningTest::cleanDatasetShowsNoBanner() {
    const QString dir = writeDataset(m_scratch.filePath(QStringLiteral("clean")), 40, false);
    QVERIFY(!dir.isEmpty());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shares(window.engine(), &EngineController::cleaningSharesComputed);
    window.datasetPage()->openDataset(dir);
    QTRY_COMPARE_WITH_TIMEOUT(shares.count(), 1, kTimeoutMs);
    QCOMPARE(shares.first().at(1).value<QList<double>>(), (QList<double>{0.0, 0.0}));
    QVERIFY(window.datasetPage()->dataset());
    QVERIFY(!child<CleaningBanner>(window.datasetPage(), "cleaningBanner")->isVisible());
}

LITETUNE_ISOLATED_TEST_MAIN(DatasetCleaningTest)

#include "DatasetCleaningTest.moc"
