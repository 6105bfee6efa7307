// The report bundle is one bundle, whoever writes it: the GUI's export (ReportExporter) and
// `litetune-cli report --runs` of the same runs hold the same file names, report.pdf among them
// (both go through ui/report/ReportBundleWriter.h). The CLI runs with no display and no Qt
// platform named, as over ssh: it must render the PDF offscreen on its own.
#include "IsolatedTestMain.h"
#include "TinyComparison.h"
#include "report/ReportExporter.h"

#include "api/Workbench.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr int kTimeoutMs = 120000;

// The bundle's file names below its top folder (the archive's stem, which differs by name), sorted.
QStringList bundleNames(const QString& path) {
    QProcess list;
    list.start(QStringLiteral("/usr/bin/python3"),
               {QStringLiteral("-c"),
                QStringLiteral("import sys, zipfile\n"
                               "names = zipfile.ZipFile(sys.argv[1]).namelist()\n"
                               "print('\\n'.join(sorted(n.split('/', 1)[1] for n in names)))\n"),
                path});
    if (!list.waitForFinished(kTimeoutMs) || list.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(list.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class ReportBundleParityTest : public QObject {
    Q_OBJECT

private slots:
    void cliAndGuiBundlesHoldTheSameFiles();
};

void ReportBundleParityTest::cliAndGuiBundlesHoldTheSameFiles() {
    const std::vector<litetune::RunResult> runs = uitest::tinyDemoComparison();
    QCOMPARE(runs.size(), size_t(3));
    QTemporaryDir out;
    QVERIFY(out.isValid());

    const QString guiBundle = out.filePath(QStringLiteral("gui.zip"));
    ReportExporter exporter;
    QSignalSpy exported(&exporter, &ReportExporter::exported);
    QSignalSpy failed(&exporter, &ReportExporter::failed);
    QVERIFY(exporter.start(runs, guiBundle));
    QVERIFY(QTest::qWaitFor([&] { return exported.count() + failed.count() > 0; }, kTimeoutMs));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));

    const QString cli = qEnvironmentVariable("LITETUNE_CLI");
    QVERIFY2(!cli.isEmpty(), "LITETUNE_CLI names no litetune-cli (tests/CMakeLists.txt sets it)");
    const QString cliBundle = out.filePath(QStringLiteral("cli.zip"));
    QStringList arguments{QStringLiteral("report"), QStringLiteral("--out"), cliBundle, QStringLiteral("--runs")};
    for (const litetune::RunResult& run : runs) {
        arguments << QString::fromStdString(run.runDir);
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        environment.remove(QString::fromLatin1(name));
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(cli, arguments);
    QVERIFY(process.waitForFinished(kTimeoutMs));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAllStandardError().constData());

    const QStringList guiNames = bundleNames(guiBundle);
    const QStringList cliNames = bundleNames(cliBundle);
    QVERIFY(guiNames.contains(QStringLiteral("report.pdf")));
    QVERIFY(guiNames.contains(QStringLiteral("report.html")));
    QCOMPARE(cliNames, guiNames);
}

LITETUNE_ISOLATED_TEST_MAIN(ReportBundleParityTest)

#include "ReportBundleParityTest.moc"
