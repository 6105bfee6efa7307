// `litetune` started where there is no display (over ssh: no DISPLAY, no WAYLAND_DISPLAY, no
// QT_QPA_PLATFORM): --help and --version print and succeed, and a plain start says that a window
// needs a display and what to use instead, rather than Qt aborting in its platform plugin. Runs the
// built binary, whose path tests/ui/CMakeLists.txt passes as LITETUNE_GUI.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Outcome {
    bool finished = false;
    QProcess::ExitStatus status = QProcess::CrashExit;
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome runWithoutDisplay(const QStringList& arguments) {
    Outcome outcome;
    const QString binary = qEnvironmentVariable("LITETUNE_GUI");
    if (binary.isEmpty()) {
        qWarning("LITETUNE_GUI is not set");
        return outcome;
    }
    QTemporaryDir home; // its settings, so a ui/language of the user's cannot change the words
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "LANGUAGE", "LC_MESSAGES"}) {
        environment.remove(QString::fromLatin1(name));
    }
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(binary, arguments);
    outcome.finished = process.waitForFinished(60000);
    if (!outcome.finished) {
        process.kill(); // a window opened after all
        process.waitForFinished();
    }
    outcome.status = process.exitStatus();
    outcome.exitCode = process.exitCode();
    outcome.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    outcome.err = QString::fromLocal8Bit(process.readAllStandardError());
    return outcome;
}

} // namespace

class GuiStartupTest : public QObject {
    Q_OBJECT

private slots:
    void helpWithoutDisplay();
    void versionWithoutDisplay();
    void windowNeedsDisplay();
    void wrongOptionWithoutDisplay();
};

void GuiStartupTest::helpWithoutDisplay() {
    const Outcome run = runWithoutDisplay({QStringLiteral("--help")});
    QVERIFY2(run.finished, "litetune --help did not end");
    QCOMPARE(run.status, QProcess::NormalExit);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("Usage:")), qPrintable(run.out));
    for (const char* option : {"--demo", "--color-scheme", "--train", "--place", "--version", "dataset"}) {
        QVERIFY2(run.out.contains(QLatin1String(option)), option);
    }
}

void GuiStartupTest::versionWithoutDisplay() {
    const Outcome run = runWithoutDisplay({QStringLiteral("--version")});
    QVERIFY2(run.finished, "litetune --version did not end");
    QCOMPARE(run.status, QProcess::NormalExit);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), QStringLiteral("LiteTune " LITETUNE_VERSION));
}

void GuiStartupTest::windowNeedsDisplay() {
    const Outcome run = runWithoutDisplay({});
    QVERIFY2(run.finished, "litetune opened a window without a display");
    QCOMPARE(run.status, QProcess::NormalExit); // not Qt's abort in the platform plugin
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QLatin1String("needs a display")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("QT_QPA_PLATFORM=offscreen litetune")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("litetune-cli")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("platform plugin")), qPrintable(run.err));
}

void GuiStartupTest::wrongOptionWithoutDisplay() {
    const Outcome run = runWithoutDisplay({QStringLiteral("--no-such-option")});
    QVERIFY2(run.finished, "litetune --no-such-option did not end");
    QCOMPARE(run.status, QProcess::NormalExit);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QLatin1String("no-such-option")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("needs a display")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(GuiStartupTest)
#include "GuiStartupTest.moc"
