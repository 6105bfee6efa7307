// A run is stopped only on purpose: Esc pressed in the Dataset place's search box or in the Train
// place's log (where it once cancelled runs at step 84 and 215 of 216) leaves the run training;
// the Run ▸ Cancel chord stops it.
#include "IsolatedTestMain.h"
#include "NamedChild.h"
#include "SmallDemoRun.h"
#include "TrainProgressWatch.h"
#include "bridge/EngineController.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QtTest>

namespace {

constexpr int kTimeoutMs = 180000; // hang guard only

} // namespace

class CancelShortcutTest : public QObject {
    Q_OBJECT

private slots:
    void escapeLeavesTheRunRunning();
};

void CancelShortcutTest::escapeLeavesTheRunRunning() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openDemo();
    uitest::TrainProgressWatch training(window.engine());
    QSignalSpy finished(window.engine(), &EngineController::runFinished);
    litetune::TrainConfig config = uitest::smallDemoRun();
    config.epochs = 100000; // cannot end on its own while the test presses keys
    QVERIFY(window.engine()->train(config));
    QTRY_VERIFY_WITH_TIMEOUT(training.seen(), kTimeoutMs);

    for (const char* name : {"datasetSearch", "logView"}) {
        QWidget* widget = window.findChild<QWidget*>(QLatin1String(name));
        QVERIFY2(widget, name);
        window.showPlace(QLatin1String(name) == QLatin1String("logView") ? MainWindow::Place::Train
                                                                         : MainWindow::Place::Dataset);
        widget->setFocus();
        QTRY_VERIFY(widget->hasFocus());
        QTest::keyClick(widget, Qt::Key_Escape);
        // The run must still be training: a later training update than the one before the key.
        const std::int64_t stepBefore = training.latest().step;
        QTRY_VERIFY_WITH_TIMEOUT(training.latest().step > stepBefore || !finished.isEmpty(), kTimeoutMs);
        QVERIFY2(finished.isEmpty(), name);
        QVERIFY2(window.engine()->isRunning(), name);
    }

    QAction* cancel = uitest::child<QAction>(&window, "cancelAction");
    QCOMPARE(cancel->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Period));
    QTest::keySequence(&window, cancel->shortcut());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    QVERIFY(finished.first().first().value<litetune::RunResult>().cancelled);
}

LITETUNE_ISOLATED_TEST_MAIN(CancelShortcutTest)
#include "CancelShortcutTest.moc"
