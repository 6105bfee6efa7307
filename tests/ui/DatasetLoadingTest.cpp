// Opening a large dataset in the Dataset place, offscreen: the loading view takes the place over
// at once with the file's name, a progress bar sized by the engine's first report and a Cancel
// button; Cancel stops the engine's load (datasetLoadCancelled, no error shown) and the place
// goes back to what it showed before: the dataset open until then, or the welcome page. A load
// that fails goes back too, with its error; one that succeeds shows the new dataset.
#include "IsolatedTestMain.h"
#include "NamedChild.h"
#include "bridge/EngineController.h"
#include "dataset/DatasetLoadingView.h"
#include "dataset/DatasetPage.h"
#include "main/MainWindow.h"

#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr int kTimeoutMs = 120000;
constexpr int kLargeRows = 300000;

using uitest::child;

// `rows` quoted texts over three labels; a large one takes the engine a good part of a second.
QString writeCsv(const QString& path, int rows) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    QByteArray data("text,label\n");
    data.reserve(rows * 110 + 16);
    const char* labels[] = {"red_heart", "fire", "sun"};
    for (int i = 0; i < rows; ++i) {
        data += "\"A sunny day at the beach with friends, and then \"\"dinner\"\" by the sea, number " +
                QByteArray::number(i) + "\"," + labels[i % 3] + '\n';
    }
    return file.write(data) == data.size() ? path : QString();
}

struct Place {
    MainWindow window;
    DatasetPage* page = nullptr;
    EngineController* engine = nullptr;
    DatasetLoadingView* view = nullptr;
    QTableView* table = nullptr;
};

} // namespace

class DatasetLoadingTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cancelKeepsTheOpenDataset();
    void cancelReturnsToTheWelcome();
    void failureReturnsWithItsError();
    void cancelStopsQueuedLoadsOnly();

private:
    bool setUp(Place& place);
    // Opens the large file and clicks Cancel on the engine's first progress report; checks what
    // the loading view showed then.
    void openLargeAndCancel(Place& place);

    QTemporaryDir m_scratch;
    QString m_small;
    QString m_large;
};

void DatasetLoadingTest::initTestCase() {
    QVERIFY(m_scratch.isValid());
    m_small = writeCsv(m_scratch.filePath(QStringLiteral("small.csv")), 30);
    m_large = writeCsv(m_scratch.filePath(QStringLiteral("large.csv")), kLargeRows);
    QVERIFY(!m_small.isEmpty() && !m_large.isEmpty());
}

bool DatasetLoadingTest::setUp(Place& place) {
    place.window.show();
    place.page = place.window.datasetPage();
    place.engine = place.window.engine();
    place.view = child<DatasetLoadingView>(place.page, "datasetLoadingView");
    place.table = child<QTableView>(place.page, "datasetTable");
    return QTest::qWaitForWindowExposed(&place.window) && place.view && place.table && !place.view->isVisible();
}

void DatasetLoadingTest::openLargeAndCancel(Place& place) {
    QSignalSpy cancelled(place.engine, &EngineController::datasetLoadCancelled);
    QSignalSpy loaded(place.engine, &EngineController::datasetLoaded);
    QSignalSpy failed(place.engine, &EngineController::failed);
    auto* bar = child<QProgressBar>(place.view, "datasetLoadingProgress");
    auto* detail = child<QLabel>(place.view, "datasetLoadingDetail");
    auto* cancel = child<QPushButton>(place.view, "datasetLoadingCancel");
    QVERIFY(bar && detail && cancel);

    // The engine's first report tells the size: the view shows it (its slot runs first), and
    // Cancel goes out long before 300,000 rows are parsed.
    int reports = 0;
    int barMaximum = -1;
    QString shownDetail;
    QMetaObject::Connection clickOnFirst =
        connect(place.engine, &EngineController::datasetLoadProgressed, this,
                [&](const litetune::DatasetOptions&, qint64, qint64 totalBytes, qint64) {
                    if (reports++ == 0) {
                        QCOMPARE(totalBytes, QFileInfo(m_large).size());
                        barMaximum = bar->maximum();
                        shownDetail = detail->text();
                        QTest::mouseClick(cancel, Qt::LeftButton);
                    }
                });
    place.page->openDataset(m_large);
    QVERIFY(place.view->isVisible()); // at once, not when the engine first answers
    QVERIFY2(child<QLabel>(place.view, "datasetLoadingTitle")->text().contains(QStringLiteral("large.csv")),
             qPrintable(child<QLabel>(place.view, "datasetLoadingTitle")->text()));
    QVERIFY(cancel->isEnabled());

    QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, kTimeoutMs);
    disconnect(clickOnFirst);
    QVERIFY(reports >= 1);
    QVERIFY2(barMaximum > 0, "the bar was still busy after the engine told the size");
    QVERIFY2(shownDetail.contains(QLocale().formattedDataSize(QFileInfo(m_large).size())), qPrintable(shownDetail));
    QCOMPARE(toQString(cancelled.first().at(0).value<litetune::DatasetOptions>().path), m_large);
    QTRY_VERIFY_WITH_TIMEOUT(!place.engine->isBusy(), kTimeoutMs);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(failed.count(), 0); // a cancel is no failure
    QVERIFY(!place.view->isVisible());
    QVERIFY(!child<QLabel>(place.page, "datasetError")->isVisible());
}

void DatasetLoadingTest::cancelKeepsTheOpenDataset() {
    Place place;
    QVERIFY(setUp(place));
    place.page->openDataset(m_small);
    QTRY_VERIFY_WITH_TIMEOUT(place.page->dataset() != nullptr, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!place.engine->isBusy(), kTimeoutMs);
    const DatasetHandle before = place.page->dataset();
    QVERIFY(place.table->isVisible());

    openLargeAndCancel(place);
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(place.table->isVisible());
    QVERIFY(place.page->dataset() == before);
    QCOMPARE(toQString(place.page->options().path), m_small);
    QCOMPARE(place.table->model()->rowCount(), 30);

    // Cancelling leaves the engine ready: the next open works.
    place.page->openDataset(m_small);
    QTRY_VERIFY_WITH_TIMEOUT(place.page->dataset() != before && place.page->dataset() != nullptr, kTimeoutMs);
    QVERIFY(place.table->isVisible());
}

void DatasetLoadingTest::cancelReturnsToTheWelcome() {
    Place place;
    QVERIFY(setUp(place));
    auto* welcome = child<QWidget>(place.page, "datasetWelcome");
    QVERIFY(welcome && welcome->isVisible());
    openLargeAndCancel(place);
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(welcome->isVisible());
    QVERIFY(!place.page->dataset());
}

void DatasetLoadingTest::failureReturnsWithItsError() {
    Place place;
    QVERIFY(setUp(place));
    const QString empty = writeCsv(m_scratch.filePath(QStringLiteral("empty.csv")), 0);
    QVERIFY(!empty.isEmpty());
    auto* welcome = child<QWidget>(place.page, "datasetWelcome");
    place.page->openDataset(empty);
    QVERIFY(place.view->isVisible());
    auto* error = child<QLabel>(place.page, "datasetError");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kTimeoutMs);
    QVERIFY2(error->text().contains(QStringLiteral("empty.csv")), qPrintable(error->text()));
    QVERIFY(!place.view->isVisible());
    QVERIFY(welcome->isVisible());
}

// EngineController::cancelLoad stops the loads asked before it, the one running and the one
// queued behind it, and no later one; training-run cancel state is left alone.
void DatasetLoadingTest::cancelStopsQueuedLoadsOnly() {
    EngineController engine;
    QSignalSpy cancelled(&engine, &EngineController::datasetLoadCancelled);
    QSignalSpy loaded(&engine, &EngineController::datasetLoaded);
    litetune::DatasetOptions large;
    large.path = toStdString(m_large);
    litetune::DatasetOptions small;
    small.path = toStdString(m_small);
    engine.loadDataset(large);
    engine.loadDataset(small); // queued behind the large one, so cancelled before it starts
    engine.cancelLoad();
    engine.loadDataset(small);
    QTRY_VERIFY_WITH_TIMEOUT(!engine.isBusy(), kTimeoutMs);
    QCOMPARE(cancelled.count(), 2);
    QCOMPARE(toQString(cancelled.at(0).at(0).value<litetune::DatasetOptions>().path), m_large);
    QCOMPARE(toQString(cancelled.at(1).at(0).value<litetune::DatasetOptions>().path), m_small);
    QCOMPARE(loaded.count(), 1);
    size_t rows = 0;
    for (const auto& split : loaded.first().at(0).value<DatasetHandle>()->splits) {
        rows += split.examples.size();
    }
    QCOMPARE(rows, size_t(30));
    QVERIFY(!engine.isRunning());
}

LITETUNE_ISOLATED_TEST_MAIN(DatasetLoadingTest)

#include "DatasetLoadingTest.moc"
