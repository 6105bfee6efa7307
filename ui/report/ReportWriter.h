// ReportWriter: writes the report of some runs in the format a file name asks for — .html
// (standalone, inline SVG), .pdf (ReportPdfPrinter), .md, .csv, .json (the metrics), or a bundle
// .zip / .tar.gz / .tgz with all of them, report.pdf included, plus the runs' files (api/Report.h;
// ReportBundleWriter, which litetune-cli shares, so both bundles hold the same files). Single files go
// through QSaveFile, bundles through the engine's atomic archive writer, so a failed or
// interrupted export never leaves a half-written file. Blocking: ReportExporter calls it on its
// own thread.
#pragma once

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

namespace litetune {
struct ReportInput;
}

class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    enum class Format { Html, Pdf, Markdown, Csv, Json, Bundle, Unknown };

    static Format formatOf(const QString& path);
    // QFileDialog name filters, one per format, HTML first.
    static QStringList nameFilters();
    // The extension (".pdf", ".tar.gz") of the filter at `index` in nameFilters().
    static QString suffixOfFilter(const QString& filter);

    static bool write(const litetune::ReportInput& input, const QString& path, QPageSize::PageSizeId pageSize,
                      QString* errorMessage);
};
