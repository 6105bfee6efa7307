// Report export from the GUI side, over a real demo comparison: every format the file dialog
// offers is written in the background (the PDF starts with %PDF and poppler renders at least one
// page of it; the HTML is a standalone page with the runs and inline SVG; Markdown, CSV and JSON
// carry the metrics; the bundle is a ZIP), failures leave no file behind, colour emoji reach the
// PDF as images, and the paper follows the locale. A cancelled run is named so in every format and
// never marked best, the PDF checked in the document its printer lays out.
#include "IsolatedTestMain.h"
#include "ReferenceRuns.h"
#include "TinyComparison.h"
#include "report/EmojiImages.h"
#include "report/ExportRunsDialog.h"
#include "report/ReportExporter.h"
#include "report/ReportPdfPrinter.h"
#include "report/ReportWriter.h"
#include "results/RunSelectionModel.h"
#include "runs/RunCatalog.h"

#include "api/Report.h"
#include "api/Workbench.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QtTest>

namespace {

constexpr int kTimeoutMs = 120000;

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString cellText(QTextTable* table, int row, int column) {
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return cursor.selectedText();
}

} // namespace

class ReportExportTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void formatsFromNames_data();
    void formatsFromNames();
    void writesPdf();
    void writesEveryFormat_data();
    void writesEveryFormat();
    void failureLeavesNothing();
    void emojiBecomeImages();
    void runDialogStartsFromTheSelection();
    void paperFollowsLocale();
    void cancelledRunInEveryFormat();

private:
    bool exportTo(const QString& path, QString* error = nullptr);

    RunResultList m_runs;
    QTemporaryDir m_out;
};

void ReportExportTest::initTestCase() {
    m_runs = uitest::tinyDemoComparison();
    QCOMPARE(m_runs.size(), size_t(3));
}

bool ReportExportTest::exportTo(const QString& path, QString* error) {
    ReportExporter exporter;
    exporter.setPageSize(QPageSize::A4);
    QSignalSpy exported(&exporter, &ReportExporter::exported);
    QSignalSpy failed(&exporter, &ReportExporter::failed);
    if (!exporter.start(m_runs, path)) {
        return false;
    }
    if (exporter.start(m_runs, path)) { // one at a time
        return false;
    }
    if (!QTest::qWaitFor([&] { return exported.count() + failed.count() > 0; }, kTimeoutMs)) {
        return false;
    }
    if (error && !failed.isEmpty()) {
        *error = failed.first().at(1).toString();
    }
    return exported.count() == 1 && exported.first().first().toString() == path && !exporter.isBusy();
}

void ReportExportTest::formatsFromNames_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format");
    QTest::addRow("html") << "r.html" << int(ReportWriter::Format::Html);
    QTest::addRow("pdf, upper case") << "R.PDF" << int(ReportWriter::Format::Pdf);
    QTest::addRow("markdown") << "r.md" << int(ReportWriter::Format::Markdown);
    QTest::addRow("csv") << "r.csv" << int(ReportWriter::Format::Csv);
    QTest::addRow("json") << "r.json" << int(ReportWriter::Format::Json);
    QTest::addRow("zip") << "r.zip" << int(ReportWriter::Format::Bundle);
    QTest::addRow("tar.gz") << "a.b.tar.gz" << int(ReportWriter::Format::Bundle);
    QTest::addRow("tgz") << "r.tgz" << int(ReportWriter::Format::Bundle);
    QTest::addRow("rar") << "r.rar" << int(ReportWriter::Format::Unknown);
    QTest::addRow("no extension") << "report" << int(ReportWriter::Format::Unknown);
}

void ReportExportTest::formatsFromNames() {
    QFETCH(QString, name);
    QFETCH(int, format);
    QCOMPARE(int(ReportWriter::formatOf(name)), format);
    for (const QString& filter : ReportWriter::nameFilters()) {
        QVERIFY(ReportWriter::formatOf(QStringLiteral("x") + ReportWriter::suffixOfFilter(filter)) !=
                ReportWriter::Format::Unknown);
    }
    QCOMPARE(ReportWriter::suffixOfFilter(QStringLiteral("Bundle as tar.gz (*.tar.gz *.tgz)")),
             QStringLiteral(".tar.gz"));
}

void ReportExportTest::writesPdf() {
    const QString path = m_out.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(exportTo(path, &error), qPrintable(error));
    QVERIFY(readAll(path).startsWith("%PDF"));
    QVERIFY(QFileInfo(path).size() > 10000); // text and three confusion matrices, at least

    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty()) {
        QSKIP("pdftoppm (poppler-utils) is not installed: the PDF was not rendered");
    }
    const QString prefix = m_out.filePath(QStringLiteral("page"));
    QProcess render;
    render.start(pdftoppm, {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), path, prefix});
    QVERIFY(render.waitForFinished(kTimeoutMs));
    QCOMPARE(render.exitCode(), 0);
    const QStringList pages = QDir(m_out.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
    QVERIFY2(!pages.isEmpty(), render.readAllStandardError().constData());
    QImage first(QDir(m_out.path()).filePath(pages.first()));
    QVERIFY(!first.isNull());
    // A4 at 50 dpi: about 413 x 585 pixels.
    QVERIFY(std::abs(first.width() - 413) <= 2);
    QVERIFY(std::abs(first.height() - 585) <= 2);
}

void ReportExportTest::writesEveryFormat_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QByteArray>("contains");
    QTest::addRow("html") << "report.html" << QByteArray("<!DOCTYPE html>") << QByteArray("<svg");
    QTest::addRow("markdown") << "report.md" << QByteArray("# ") << QByteArray("| Training Loss |");
    QTest::addRow("csv") << "metrics.csv" << QByteArray() << QByteArray("eval_accuracy");
    QTest::addRow("json") << "metrics.json" << QByteArray() << QByteArray("eval_accuracy");
    QTest::addRow("zip bundle") << "bundle.zip" << QByteArray("PK") << QByteArray("report.html");
    QTest::addRow("tar.gz bundle") << "bundle.tar.gz" << QByteArray("\x1f\x8b") << QByteArray();
}

void ReportExportTest::writesEveryFormat() {
    QFETCH(QString, name);
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, contains);
    const QString path = m_out.filePath(name);
    QString error;
    QVERIFY2(exportTo(path, &error), qPrintable(error));
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith(start));
    QVERIFY2(bytes.contains(contains), bytes.left(300).constData());
    if (name.endsWith(QLatin1String(".html")) || name.endsWith(QLatin1String(".md"))) {
        for (const auto& run : m_runs) {
            QVERIFY(bytes.contains(QByteArray::fromStdString(run.name)));
        }
    }
    if (name.endsWith(QLatin1String(".json"))) {
        QJsonParseError parseError;
        QJsonDocument::fromJson(bytes, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
    }
}

void ReportExportTest::failureLeavesNothing() {
    QString error;
    const QString missingFolder = m_out.filePath(QStringLiteral("missing/report.pdf"));
    QVERIFY(!exportTo(missingFolder, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(missingFolder));
    error.clear();
    const QString unknown = m_out.filePath(QStringLiteral("report.rar"));
    QVERIFY(!exportTo(unknown, &error));
    QVERIFY(error.contains(QStringLiteral(".rar")) || error.contains(QStringLiteral(".zip")));
    QVERIFY(!QFileInfo::exists(unknown));
    // Nothing half-written stays beside the targets.
    const QStringList leftovers = QDir(m_out.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString& file : leftovers) {
        QVERIFY2(!file.contains(QStringLiteral("report.rar")) && !file.endsWith(QStringLiteral(".tmp")),
                 qPrintable(file));
    }
}

void ReportExportTest::emojiBecomeImages() {
    // Qt draws colour emoji neither through QSvgRenderer nor into a PDF: they go in as images.
    QString svg = QStringLiteral("<svg><text x=\"10\" y=\"20\" font-size=\"12\" font-family=\"Noto Color Emoji, "
                                 "sans-serif\" text-anchor=\"middle\">❤️</text><text x=\"1\" y=\"2\" "
                                 "font-family=\"DejaVu Sans\">a &amp; b</text></svg>");
    const auto glyphs = EmojiImages::takeGlyphTexts(&svg);
    QCOMPARE(glyphs.size(), 1);
    QCOMPARE(glyphs.first().glyph, QStringLiteral("❤️"));
    QCOMPARE(glyphs.first().position, QPointF(10, 20));
    QCOMPARE(glyphs.first().anchor, QStringLiteral("middle"));
    QVERIFY(!svg.contains(QStringLiteral("❤")));
    QVERIFY(svg.contains(QStringLiteral("a &amp; b")));

    const QImage glyph = EmojiImages::render(QStringLiteral("❤️"), 48);
    int coloured = 0;
    for (int y = 0; y < glyph.height(); ++y) {
        for (int x = 0; x < glyph.width(); ++x) {
            const QColor pixel = glyph.pixelColor(x, y);
            coloured += pixel.alpha() > 128 && pixel.red() > 150 && pixel.green() < 100;
        }
    }
    QVERIFY2(coloured > 50, "the heart is not drawn in red");

    QTextDocument document;
    const QString html = EmojiImages::replaceGlyphSpans(
        QStringLiteral("<td><span style=\"font-family: 'Noto Color Emoji';\">❤️</span> love</td>"), &document);
    QVERIFY(html.startsWith(QStringLiteral("<td><img src=\"glyph-1.png\"")));
    QVERIFY(html.endsWith(QStringLiteral(" love</td>")));
    QVERIFY(!document.resource(QTextDocument::ImageResource, QUrl(QStringLiteral("glyph-1.png"))).isNull());
}

void ReportExportTest::runDialogStartsFromTheSelection() {
    RunCatalog catalog;
    catalog.refresh();
    RunSelectionModel selection(&catalog);
    selection.setSelected(toQString(m_runs[0].runDir), false);
    ExportRunsDialog dialog(&selection);
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("exportRunList"));
    QCOMPARE(list->count(), 3);
    QCOMPARE(dialog.chosenRuns().size(), size_t(2));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    for (int i = 0; i < list->count(); ++i) {
        list->item(i)->setCheckState(Qt::Unchecked);
    }
    QVERIFY(dialog.chosenRuns().empty());
    QVERIFY(!ok->isEnabled()); // a report needs a run
    list->item(0)->setCheckState(Qt::Checked);
    QCOMPARE(dialog.chosenRuns().size(), size_t(1));
    QCOMPARE(dialog.chosenRuns().front().runDir, catalog.runs().front().runDir);
}

void ReportExportTest::paperFollowsLocale() {
    QCOMPARE(ReportPdfPrinter::pageSizeFor(QLocale(QLocale::English, QLocale::UnitedStates)), QPageSize::Letter);
    QCOMPARE(ReportPdfPrinter::pageSizeFor(QLocale(QLocale::French, QLocale::Canada)), QPageSize::Letter);
    QCOMPARE(ReportPdfPrinter::pageSizeFor(QLocale(QLocale::German, QLocale::Germany)), QPageSize::A4);
    QCOMPARE(ReportPdfPrinter::pageSizeFor(QLocale(QLocale::English, QLocale::UnitedKingdom)), QPageSize::A4);
}

void ReportExportTest::cancelledRunInEveryFormat() {
    RunResultList runs = uitest::referenceRuns(); // base, full, lora: all finished
    litetune::RunResult quick = runs[2];
    quick.name = "quick";
    quick.cancelled = true;
    quick.trainRuntime = 60.0;  // the shortest
    quick.eval.accuracy = 0.95; // the highest
    quick.eval.f1Macro = 0.9;
    quick.peakMemoryBytes = 0; // never measured
    runs.push_back(quick);
    litetune::ReportInput input;
    input.runs = runs;

    const QList<QPair<QString, QByteArray>> files = {
        {QStringLiteral("unfinished.html"), "quick<span class=\"run-method\">lora, cancelled</span>"},
        {QStringLiteral("unfinished.md"), "| Metric | base | full | lora | quick (cancelled) |"},
        {QStringLiteral("unfinished.json"), "\"status\": \"cancelled\""},
    };
    for (const auto& [name, needle] : files) {
        const QString path = m_out.filePath(name);
        QString error;
        QVERIFY2(ReportWriter::write(input, path, QPageSize::A4, &error), qPrintable(error));
        const QByteArray bytes = readAll(path);
        QVERIFY2(bytes.contains(needle), bytes.left(600).constData());
        QVERIFY(!bytes.contains("data-run=\"quick\" class=\"best\""));
    }
    const QByteArray html = readAll(m_out.filePath(QStringLiteral("unfinished.html")));
    QVERIFY(html.contains("<td data-run=\"lora\" class=\"best\"><strong>1 hr 25 min</strong>"));
    const QByteArray md = readAll(m_out.filePath(QStringLiteral("unfinished.md")));
    QVERIFY2(md.contains("| Peak Memory | — | 3.00 GiB | 2.00 GiB | — |"), md.constData());

    // The PDF: the results table of the document the printer lays out.
    const litetune::ReportBuilder report(input);
    QTextDocument document;
    QString error;
    QVERIFY2(ReportPdfPrinter::layOut(report, &document, &error), qPrintable(error));
    QTextTable* table = nullptr;
    for (QTextFrame* frame : document.rootFrame()->childFrames()) {
        if ((table = qobject_cast<QTextTable*>(frame))) {
            break;
        }
    }
    QVERIFY(table);
    QCOMPARE(table->columns(), 1 + int(runs.size()));
    QVERIFY2(cellText(table, 0, 4).contains(QStringLiteral("cancelled")), qPrintable(cellText(table, 0, 4)));
    QVERIFY(!cellText(table, 0, 3).contains(QStringLiteral("cancelled")));
    int stars = 0;
    for (int row = 1; row < table->rows(); ++row) {
        QVERIFY2(!cellText(table, row, 4).contains(QStringLiteral("★")), qPrintable(cellText(table, row, 0)));
        for (int column = 1; column < 4; ++column) {
            stars += cellText(table, row, column).contains(QStringLiteral("★"));
        }
        if (cellText(table, row, 0) == QStringLiteral("Peak Memory")) {
            QCOMPARE(cellText(table, row, 4), QStringLiteral("—"));
        }
    }
    QVERIFY(stars > 0);
}

LITETUNE_ISOLATED_TEST_MAIN(ReportExportTest)

#include "ReportExportTest.moc"
