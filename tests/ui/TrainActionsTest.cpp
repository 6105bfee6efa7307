// Run ▸ Train and Run ▸ Compare can do what the Configure place's buttons can: with no dataset
// open they are disabled (they once stayed enabled and did nothing), with the demo open they are
// enabled, and during a run they are disabled again.
#include "IsolatedTestMain.h"
#include "NamedChild.h"
#include "SmallDemoRun.h"
#include "bridge/EngineController.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

namespace {

constexpr int kTimeoutMs = 180000; // hang guard only

} // namespace

class TrainActionsTest : public QObject {
    Q_OBJECT

private slots:
    void actionsFollowTheConfigurePlace();
};

void TrainActionsTest::actionsFollowTheConfigurePlace() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* train = uitest::child<QAction>(&window, "trainAction");
    auto* compare = uitest::child<QAction>(&window, "compareAction");
    QVERIFY(!train->isEnabled());
    QVERIFY(!compare->isEnabled());

    window.openDemo();
    QTRY_VERIFY_WITH_TIMEOUT(train->isEnabled(), kTimeoutMs);
    QVERIFY(compare->isEnabled());
    QCOMPARE(train->isEnabled(), uitest::child<QPushButton>(&window, "trainButton")->isEnabled());

    QSignalSpy finished(window.engine(), &EngineController::runFinished);
    litetune::TrainConfig config = uitest::smallDemoRun();
    config.maxSteps = 2;
    QVERIFY(window.engine()->train(config));
    QTRY_VERIFY_WITH_TIMEOUT(!train->isEnabled(), kTimeoutMs);
    QVERIFY(!compare->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(train->isEnabled() && compare->isEnabled(), kTimeoutMs);
}

LITETUNE_ISOLATED_TEST_MAIN(TrainActionsTest)
#include "TrainActionsTest.moc"
