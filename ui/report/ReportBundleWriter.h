// ReportBundleWriter: the report bundle with report.pdf in it, the one code path behind the GUI's
// bundle export (ReportWriter) and litetune-cli's `compare --report` / `report --runs`
// (app/cli/ReportBundlePdf.cpp), so both write the same files. The PDF is printed into memory by
// ReportPdfPrinter and handed to the engine's bundle writer (api/Report.h), which packs it beside
// report.html atomically. Needs a QGuiApplication (fonts), no widgets: part of litetune_report_pdf.
#pragma once

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

namespace litetune {
class ReportBuilder;
}

class ReportBundleWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportBundleWriter)

public:
    // The PDF's name inside the bundle, beside report.html.
    static constexpr const char* kPdfName = "report.pdf";

    // Writes the bundle at `path` (.zip, .tar.gz, .tgz); false with a message naming the file when
    // the PDF or the bundle fails. Nothing is left at `path` on failure.
    static bool write(const litetune::ReportBuilder& report, const QString& title, const QString& path,
                      QPageSize::PageSizeId pageSize, QString* errorMessage);
};
