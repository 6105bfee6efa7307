// The Configure place's forecast (ui/configure/ForecastPanel.h): it follows the batch size as the
// knob moves, and Train asks, naming the numbers, before a run the forecast says would not fit.
#include "NamedChild.h"

#include "api/Dataset.h"
#include "configure/ConfigurePage.h"
#include "configure/ForecastPanel.h"
#include "results/MetricFormat.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

class ForecastPanelTest : public QObject {
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }
    void followsTheBatchSize();
    void asksBeforeARunThatDoesNotFit();
};

void ForecastPanelTest::followsTheBatchSize() {
    ConfigurePage page;
    auto* panel = uitest::child<ForecastPanel>(&page, "forecastPanel");
    auto* batch = uitest::child<QSpinBox>(&page, "batchSizeSpin");
    auto* peak = uitest::child<QLabel>(&page, "forecastPeak");
    QVERIFY(panel && batch && peak);
    panel->setProbeEnabled(false); // the memory part alone: no thread, no timing
    batch->setValue(4);
    QVERIFY(panel->hasForecast());
    const litetune::ResourceForecast small = panel->forecast();
    const QString smallText = peak->text();
    QSignalSpy changed(panel, &ForecastPanel::forecastChanged);
    batch->setValue(16);
    QVERIFY(changed.count() >= 1);
    const litetune::ResourceForecast large = panel->forecast();
    QVERIFY2(large.activationsBytes > 3 * small.activationsBytes,
             qPrintable(QStringLiteral("%1 vs %2").arg(large.activationsBytes).arg(small.activationsBytes)));
    QCOMPARE(large.weightsBytes, small.weightsBytes);
    QCOMPARE(large.optimizerBytes, small.optimizerBytes);
    QVERIFY(peak->text() != smallText);
}

void ForecastPanelTest::asksBeforeARunThatDoesNotFit() {
    ConfigurePage page;
    auto* panel = uitest::child<ForecastPanel>(&page, "forecastPanel");
    auto* peak = uitest::child<QLabel>(&page, "forecastPeak");
    QVERIFY(panel && peak);
    panel->setProbeEnabled(false);
    litetune::DatasetOptions options;
    page.setDataset(std::make_shared<const litetune::Dataset>(litetune::loadDataset(options)), options);
    QString asked;
    bool answer = false;
    panel->setConfirmation([&](const QString& question) {
        asked = question;
        return answer;
    });
    QSignalSpy requested(&page, &ConfigurePage::trainRequested);

    panel->setAvailableOverride(1024 * 1024); // 1 MiB: no run fits
    QVERIFY(!panel->forecast().fits);
    QVERIFY(peak->text().contains(QStringLiteral("exceeds")));
    QVERIFY(!page.requestTrain()); // asked, declined
    QCOMPARE(requested.count(), 0);
    const QString available = MetricFormat::bytes(1024 * 1024);
    QVERIFY2(asked.contains(available), qPrintable(asked)); // the numbers, named
    QVERIFY2(asked.contains(MetricFormat::bytes(panel->forecast().peakBytes)), qPrintable(asked));
    answer = true;
    QVERIFY(page.requestTrain()); // asked, started anyway
    QCOMPARE(requested.count(), 1);

    asked.clear();
    panel->setAvailableOverride(qint64(1) << 50); // plenty: no question
    QVERIFY(panel->forecast().fits);
    QVERIFY(page.requestTrain());
    QVERIFY(asked.isEmpty());
    QCOMPARE(requested.count(), 2);
}

QTEST_MAIN(ForecastPanelTest)
#include "ForecastPanelTest.moc"
