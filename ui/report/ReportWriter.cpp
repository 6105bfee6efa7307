#include "report/ReportWriter.h"

#include "report/ReportBundleWriter.h"
#include "report/ReportPdfPrinter.h"

#include "api/Report.h"

#include <QSaveFile>
#include <QStringList>

#include <exception>
#include <functional>

namespace {

QString fromUtf8(const std::string& text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Writes through QSaveFile: the target appears complete or not at all.
bool saveAtomically(const QString& path, const std::function<bool(QSaveFile&, QString*)>& fill, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = ReportWriter::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!fill(file, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = ReportWriter::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool saveText(const QString& path, const std::string& text, QString* error) {
    return saveAtomically(
        path,
        [&text](QSaveFile& file, QString* message) {
            if (file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size())) {
                *message = ReportWriter::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
                return false;
            }
            return true;
        },
        error);
}

} // namespace

ReportWriter::Format ReportWriter::formatOf(const QString& path) {
    const QString name = path.toLower();
    if (name.endsWith(QLatin1String(".html")) || name.endsWith(QLatin1String(".htm"))) {
        return Format::Html;
    }
    if (name.endsWith(QLatin1String(".pdf"))) {
        return Format::Pdf;
    }
    if (name.endsWith(QLatin1String(".md")) || name.endsWith(QLatin1String(".markdown"))) {
        return Format::Markdown;
    }
    if (name.endsWith(QLatin1String(".csv"))) {
        return Format::Csv;
    }
    if (name.endsWith(QLatin1String(".json"))) {
        return Format::Json;
    }
    if (name.endsWith(QLatin1String(".zip")) || name.endsWith(QLatin1String(".tar.gz")) ||
        name.endsWith(QLatin1String(".tgz"))) {
        return Format::Bundle;
    }
    return Format::Unknown;
}

QStringList ReportWriter::nameFilters() {
    return {tr("HTML report (*.html)"),
            tr("PDF report (*.pdf)"),
            tr("Markdown table (*.md)"),
            tr("Metrics as CSV (*.csv)"),
            tr("Metrics as JSON (*.json)"),
            tr("Bundle as ZIP (*.zip)"),
            tr("Bundle as tar.gz (*.tar.gz *.tgz)")};
}

QString ReportWriter::suffixOfFilter(const QString& filter) {
    const int open = filter.lastIndexOf(QLatin1String("(*"));
    if (open < 0) {
        return {};
    }
    QString pattern = filter.mid(open + 2);
    for (int i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == QLatin1Char(' ') || pattern.at(i) == QLatin1Char(')')) {
            return pattern.left(i);
        }
    }
    return pattern;
}

bool ReportWriter::write(const litetune::ReportInput& input, const QString& path, QPageSize::PageSizeId pageSize,
                         QString* errorMessage) {
    const Format format = formatOf(path);
    if (format == Format::Unknown) {
        *errorMessage =
            tr("Cannot tell the format of %1: name it .html, .pdf, .md, .csv, .json, .zip or .tar.gz.").arg(path);
        return false;
    }
    try {
        const litetune::ReportBuilder report(input);
        switch (format) {
        case Format::Html:
            return saveText(path, report.html(), errorMessage);
        case Format::Markdown:
            return saveText(path, report.markdown(), errorMessage);
        case Format::Csv:
            return saveText(path, report.metricsCsv(), errorMessage);
        case Format::Json:
            return saveText(path, report.metricsJson(), errorMessage);
        case Format::Pdf:
            return saveAtomically(
                path,
                [&](QSaveFile& file, QString* message) {
                    return ReportPdfPrinter::print(report, fromUtf8(input.title), &file, pageSize, message);
                },
                errorMessage);
        case Format::Bundle:
            return ReportBundleWriter::write(report, fromUtf8(input.title), path, pageSize, errorMessage);
        case Format::Unknown:
            break;
        }
    } catch (const std::exception& error) {
        *errorMessage = tr("Could not export the report: %1").arg(QString::fromUtf8(error.what()));
    }
    return false;
}
