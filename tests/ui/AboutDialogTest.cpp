// Help ▸ About LiteTune: the box names LiteTune's, Qt's and LibTorch's versions, the BLAS in use,
// the CPU threads and every device the engine sees, the runs folder and the documentation. The
// engine facts arrive from the engine thread; the box shows exactly what the engine reports.
#include "main/AboutDialog.h"
#include "IsolatedTestMain.h"
#include "bridge/EngineController.h"
#include "main/MainWindow.h"

#include "api/RuntimeInfo.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr int kTimeoutMs = 60000;

} // namespace

class AboutDialogTest : public QObject {
    Q_OBJECT

private slots:
    void showsTheEngineFacts();
    void copiesTheFacts();
    void helpMenuOpensIt();
};

void AboutDialogTest::showsTheEngineFacts() {
    EngineController engine;
    const QString runs = QDir::temp().filePath(QStringLiteral("litetune-about-runs"));
    AboutDialog about(&engine, runs);
    QTRY_VERIFY_WITH_TIMEOUT(engine.runtimeInfo().has_value(), kTimeoutMs);
    const QString text = about.text();

    const litetune::RuntimeInfo info = litetune::runtimeInfo(); // what the engine says here
    QVERIFY(!info.torchVersion.empty());
    QVERIFY2(text.contains(QStringLiteral("LibTorch")), qPrintable(text));
    QVERIFY2(text.contains(toQString(info.torchVersion)), qPrintable(text));
    QVERIFY2(text.contains(toQString(info.blas)), qPrintable(text));
    QVERIFY(!info.devices.empty());
    for (const auto& device : info.devices) { // the CPU, then each CUDA device
        QVERIFY2(text.contains(toQString(device.id) + QStringLiteral(" — ") + toQString(device.name)),
                 qPrintable(text));
        if (device.totalMemoryBytes > 0) {
            QVERIFY2(text.contains(QLocale().formattedDataSize(device.totalMemoryBytes)), qPrintable(text));
        }
    }
    QVERIFY(text.contains(QStringLiteral("%1 of %2 cores").arg(info.cpuThreads).arg(info.cpuCores)));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QStringLiteral(QT_VERSION_STR)));
    QVERIFY(text.contains(QStringLiteral("LiteTune " LITETUNE_VERSION)));
    QVERIFY(text.contains(QDir::toNativeSeparators(runs)));
    QVERIFY(text.contains(AboutDialog::documentationUrl()));
}

void AboutDialogTest::copiesTheFacts() {
    EngineController engine;
    AboutDialog about(&engine, QDir::tempPath());
    QTRY_VERIFY_WITH_TIMEOUT(engine.runtimeInfo().has_value(), kTimeoutMs);
    QGuiApplication::clipboard()->clear();
    auto* copy = about.findChild<QPushButton*>(QStringLiteral("aboutCopyButton"));
    QVERIFY(copy);
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), about.text());
}

void AboutDialogTest::helpMenuOpensIt() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
    auto* aboutQt = window.findChild<QAction*>(QStringLiteral("aboutQtAction"));
    QVERIFY(about && aboutQt);
    // Both live in the Help menu, the last menu of the bar.
    QMenu* help = window.menuBar()->actions().constLast()->menu();
    QVERIFY(help);
    QVERIFY(help->actions().contains(about));
    QVERIFY(help->actions().contains(aboutQt));
    about->trigger();
    AboutDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<AboutDialog*>(QStringLiteral("aboutDialog"))) != nullptr &&
                                 dialog->isVisible(),
                             kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->text().contains(toQString(litetune::runtimeInfo().torchVersion)), kTimeoutMs);
    dialog->reject();
}

LITETUNE_ISOLATED_TEST_MAIN(AboutDialogTest)

#include "AboutDialogTest.moc"
