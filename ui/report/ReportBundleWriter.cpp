#include "report/ReportBundleWriter.h"

#include "report/ReportPdfPrinter.h"

#include "api/Report.h"

#include <QBuffer>
#include <QByteArray>

#include <exception>
#include <map>
#include <string>

bool ReportBundleWriter::write(const litetune::ReportBuilder& report, const QString& title, const QString& path,
                               QPageSize::PageSizeId pageSize, QString* errorMessage) {
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QString printError;
    if (!ReportPdfPrinter::print(report, title, &buffer, pageSize, &printError)) {
        *errorMessage = tr("Cannot write %1: %2").arg(path, printError);
        return false;
    }
    buffer.close();
    try {
        const std::map<std::string, std::string> extra{
            {kPdfName, std::string(pdf.constData(), static_cast<std::size_t>(pdf.size()))}};
        report.writeBundle(path.toStdString(), extra);
    } catch (const std::exception& error) {
        *errorMessage = tr("Could not export the report: %1").arg(QString::fromUtf8(error.what()));
        return false;
    }
    return true;
}
