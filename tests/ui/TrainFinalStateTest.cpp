// The Train place's header and log at the end of a run, with the built-in demo model and data: a
// finished run shows "Finished" with its accuracy and duration and a full bar, a cancelled one the
// step it stopped at and that its checkpoint resumes it, a failed one the error's first line; a
// comparison names its three runs. The log ends on the same words and follows its end, also while
// the place is hidden behind another one, unless the reader has scrolled up.
#include "IsolatedTestMain.h"
#include "NamedChild.h"
#include "SmallDemoRun.h"
#include "TrainProgressWatch.h"
#include "bridge/EngineController.h"
#include "common/ColorScheme.h"
#include "runs/RunCatalog.h"
#include "training/TrainPage.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kTimeoutMs = 180000;
constexpr double kEndlessEpochs = 100000.0; // still training whenever the test cancels

using uitest::child;

QString lastLogLine(TrainPage* page) {
    const QString text = child<QPlainTextEdit>(page, "logView")->toPlainText();
    return text.section(QLatin1Char('\n'), -1);
}

// WCAG 2 contrast ratio: 4.5 is the least that normal text needs.
double contrast(const QColor& a, const QColor& b) {
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool logAtEnd(TrainPage* page) {
    const QScrollBar* bar = child<QPlainTextEdit>(page, "logView")->verticalScrollBar();
    return bar->value() == bar->maximum();
}

} // namespace

class TrainFinalStateTest : public QObject {
    Q_OBJECT

private slots:
    void finishedRun();
    void cancelledRun();
    void failedRun();
    void finishedComparison();
    void cancelledComparison();
    void stateReadsInBothSchemes();
    void logStaysWhereTheReaderScrolled();
    void logFollowsWhileHidden();

private:
    // A shown Train place whose log already holds more lines than it shows, so "at its end" means
    // scrolled there.
    struct Place {
        EngineController engine;
        RunCatalog runs;
        TrainPage page{&engine, &runs};
    };
    static bool prepare(Place& place);
};

bool TrainFinalStateTest::prepare(Place& place) {
    place.page.resize(640, 480);
    place.page.show();
    if (!QTest::qWaitForWindowExposed(&place.page)) {
        return false;
    }
    for (int i = 0; i < 200; ++i) {
        place.page.appendLog(QStringLiteral("earlier line %1").arg(i));
    }
    const QScrollBar* bar = child<QPlainTextEdit>(&place.page, "logView")->verticalScrollBar();
    return bar->maximum() > 0 && bar->value() == bar->maximum();
}

void TrainFinalStateTest::finishedRun() {
    Place place;
    QVERIFY(prepare(place));
    auto config = uitest::smallDemoRun();
    config.maxSteps = 3;
    place.page.hide(); // the user watches another place while it trains
    QVERIFY(place.engine.train(config));
    QTRY_VERIFY_WITH_TIMEOUT(!place.engine.isBusy(), kTimeoutMs);
    place.page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&place.page));

    auto* progress = child<QProgressBar>(&place.page, "trainProgress");
    QCOMPARE(progress->text(), QStringLiteral("Finished"));
    QCOMPARE(progress->value(), progress->maximum());
    QCOMPARE(progress->property("runState").toString(), QStringLiteral("finished"));
    const QString stats = child<QLabel>(&place.page, "trainStats")->text();
    QVERIFY2(stats.startsWith(QStringLiteral("Finished: accuracy ")) && stats.contains(QStringLiteral("% · duration ")),
             qPrintable(stats));
    QVERIFY2(lastLogLine(&place.page).endsWith(QStringLiteral("  ") + stats), qPrintable(lastLogLine(&place.page)));
    QVERIFY(logAtEnd(&place.page));
}

void TrainFinalStateTest::cancelledRun() {
    Place place;
    QVERIFY(prepare(place));
    auto config = uitest::smallDemoRun();
    config.epochs = kEndlessEpochs;
    QSignalSpy finished(&place.engine, &EngineController::runFinished);
    uitest::TrainProgressWatch watch(&place.engine);
    QVERIFY(place.engine.train(config));
    QTRY_VERIFY_WITH_TIMEOUT(watch.seen(), kTimeoutMs);
    const qint64 total = watch.latest().totalSteps;
    place.engine.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!place.engine.isBusy(), kTimeoutMs);

    QCOMPARE(finished.count(), 1);
    const auto run = finished.first().first().value<litetune::RunResult>();
    QVERIFY(run.cancelled && run.globalStep > 0);
    const QString expected = QStringLiteral("Cancelled at step %1 of %2 — resumable").arg(run.globalStep).arg(total);
    auto* progress = child<QProgressBar>(&place.page, "trainProgress");
    QCOMPARE(progress->text(), expected);
    QCOMPARE(progress->property("runState").toString(), QStringLiteral("cancelled"));
    QVERIFY(progress->value() > 0 && progress->value() < progress->maximum()); // where it stopped
    const QString stats = child<QLabel>(&place.page, "trainStats")->text();
    QVERIFY2(stats.startsWith(expected + QStringLiteral(" · duration ")), qPrintable(stats));
    QVERIFY2(lastLogLine(&place.page).endsWith(QStringLiteral("  ") + stats), qPrintable(lastLogLine(&place.page)));
    QVERIFY(logAtEnd(&place.page));
}

void TrainFinalStateTest::failedRun() {
    Place place;
    QVERIFY(prepare(place));
    auto config = uitest::smallDemoRun();
    config.dataPath = "/nonexistent/litetune/tweets.csv";
    QSignalSpy runFailed(&place.engine, &EngineController::runFailed);
    QVERIFY(place.engine.train(config));
    QTRY_VERIFY_WITH_TIMEOUT(!place.engine.isBusy(), kTimeoutMs);

    QCOMPARE(runFailed.count(), 1);
    const QString firstLine = runFailed.first().first().toString().section(QLatin1Char('\n'), 0, 0).trimmed();
    QVERIFY2(firstLine.contains(QStringLiteral("tweets.csv")), qPrintable(firstLine));
    auto* progress = child<QProgressBar>(&place.page, "trainProgress");
    QCOMPARE(progress->text(), QStringLiteral("Failed"));
    QCOMPARE(progress->property("runState").toString(), QStringLiteral("failed"));
    QVERIFY(progress->value() < progress->maximum()); // never a full bar for a failure
    const QString stats = child<QLabel>(&place.page, "trainStats")->text();
    QCOMPARE(stats, QStringLiteral("Failed: ") + firstLine);
    QVERIFY2(child<QLabel>(&place.page, "runTitle")->text().startsWith(QStringLiteral("<b>No run started</b>")),
             qPrintable(child<QLabel>(&place.page, "runTitle")->text()));
    QVERIFY2(lastLogLine(&place.page).endsWith(QStringLiteral("  ") + stats), qPrintable(lastLogLine(&place.page)));
    QVERIFY(logAtEnd(&place.page));
}

void TrainFinalStateTest::finishedComparison() {
    Place place;
    QVERIFY(prepare(place));
    auto config = uitest::smallDemoRun();
    config.maxSteps = 2;
    QVERIFY(place.engine.compare(config));
    QTRY_VERIFY_WITH_TIMEOUT(!place.engine.isBusy(), kTimeoutMs);

    auto* progress = child<QProgressBar>(&place.page, "trainProgress");
    QCOMPARE(progress->text(), QStringLiteral("Finished: base, full, LoRA"));
    QCOMPARE(progress->property("runState").toString(), QStringLiteral("finished"));
    QCOMPARE(progress->value(), progress->maximum());
    const QString stats = child<QLabel>(&place.page, "trainStats")->text();
    QVERIFY2(stats.startsWith(QStringLiteral("Finished: base (accuracy ")) &&
                 stats.contains(QStringLiteral(", full (accuracy ")) &&
                 stats.contains(QStringLiteral(", LoRA (accuracy ")),
             qPrintable(stats));
    QVERIFY2(lastLogLine(&place.page).endsWith(QStringLiteral("  ") + stats), qPrintable(lastLogLine(&place.page)));
}

void TrainFinalStateTest::cancelledComparison() {
    Place place;
    QVERIFY(prepare(place));
    auto config = uitest::smallDemoRun();
    config.epochs = kEndlessEpochs; // base evaluates, then full trains until cancelled
    QSignalSpy finished(&place.engine, &EngineController::runFinished);
    uitest::TrainProgressWatch watch(&place.engine);
    QVERIFY(place.engine.compare(config));
    QTRY_VERIFY_WITH_TIMEOUT(watch.seen(), kTimeoutMs);
    const qint64 total = watch.latest().totalSteps;
    place.engine.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!place.engine.isBusy(), kTimeoutMs);

    QCOMPARE(finished.count(), 2); // base, and full stopped; LoRA never began
    const auto full = finished.last().first().value<litetune::RunResult>();
    QVERIFY(full.cancelled && full.globalStep > 0);
    auto* progress = child<QProgressBar>(&place.page, "trainProgress");
    QCOMPARE(progress->text(),
             QStringLiteral("Cancelled during full at step %1 of %2 — resumable").arg(full.globalStep).arg(total));
    QCOMPARE(progress->property("runState").toString(), QStringLiteral("cancelled"));
    const QString stats = child<QLabel>(&place.page, "trainStats")->text();
    QVERIFY2(lastLogLine(&place.page).endsWith(QStringLiteral("  ") + stats), qPrintable(lastLogLine(&place.page)));
}

void TrainFinalStateTest::stateReadsInBothSchemes() {
    Place place;
    QVERIFY(prepare(place));
    auto config = uitest::smallDemoRun();
    config.dataPath = "/nonexistent/litetune/tweets.csv";
    QVERIFY(place.engine.train(config));
    QTRY_VERIFY_WITH_TIMEOUT(!place.engine.isBusy(), kTimeoutMs);
    auto* progress = child<QProgressBar>(&place.page, "trainProgress");
    QCOMPARE(progress->property("runState").toString(), QStringLiteral("failed"));
    // The state's colour (the bar's text over its groove, and the chunk under its own text) reads
    // in either scheme, also after switching, and is not the scheme's own accent.
    for (const char* scheme : {"light", "dark", "light"}) {
        QVERIFY(ColorScheme::apply(QLatin1String(scheme)));
        // Widgets take the new palette from the event loop.
        QTRY_COMPARE_WITH_TIMEOUT(progress->palette().color(QPalette::Base),
                                  QApplication::palette().color(QPalette::Base), kTimeoutMs);
        const QPalette bar = progress->palette();
        const QColor tone = bar.color(QPalette::Text);
        QVERIFY2(contrast(tone, bar.color(QPalette::Base)) >= 4.5, scheme);
        QVERIFY2(contrast(bar.color(QPalette::HighlightedText), tone) >= 4.5, scheme);
        QCOMPARE(bar.color(QPalette::Highlight), tone);
        QVERIFY(tone != QApplication::palette().color(QPalette::Highlight));
    }
    QVERIFY(ColorScheme::apply(QStringLiteral("system")));
}

void TrainFinalStateTest::logStaysWhereTheReaderScrolled() {
    Place place;
    QVERIFY(prepare(place));
    QScrollBar* bar = child<QPlainTextEdit>(&place.page, "logView")->verticalScrollBar();
    bar->setValue(10); // the reader scrolls up
    place.page.appendLog(QStringLiteral("a line while reading"));
    QCOMPARE(bar->value(), 10);
    QVERIFY(!logAtEnd(&place.page));
    bar->setValue(bar->maximum()); // back at the end: following again
    place.page.appendLog(QStringLiteral("a line while following"));
    QVERIFY(logAtEnd(&place.page));
    QVERIFY(lastLogLine(&place.page).endsWith(QStringLiteral("a line while following")));
}

void TrainFinalStateTest::logFollowsWhileHidden() {
    Place place;
    // Lines logged before the place was ever shown: it opens at their end.
    for (int i = 0; i < 200; ++i) {
        place.page.appendLog(QStringLiteral("before showing %1").arg(i));
    }
    QVERIFY(prepare(place));
    place.page.hide();
    for (int i = 0; i < 200; ++i) {
        place.page.appendLog(QStringLiteral("while hidden %1").arg(i));
    }
    place.page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&place.page));
    QVERIFY(logAtEnd(&place.page));
    place.page.resize(640, 200); // fewer lines fit: still the last ones
    QTRY_VERIFY_WITH_TIMEOUT(logAtEnd(&place.page), kTimeoutMs);
    QVERIFY(lastLogLine(&place.page).endsWith(QStringLiteral("while hidden 199")));
}

LITETUNE_ISOLATED_TEST_MAIN(TrainFinalStateTest)

#include "TrainFinalStateTest.moc"
