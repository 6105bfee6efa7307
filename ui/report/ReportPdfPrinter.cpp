#include "report/ReportPdfPrinter.h"

#include "report/EmojiImages.h"

#include "api/Report.h"

#include <QImage>
#include <QLocale>
#include <QMarginsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

namespace {

// QTextDocument lays a document out in pixels of this resolution and scales it to the printer.
constexpr double kLayoutDpi = 96.0;

QString fromUtf8(const std::string& text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

QPageSize::PageSizeId ReportPdfPrinter::pageSizeFor(const QLocale& locale) {
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::Panama:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
    case QLocale::Venezuela:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

bool ReportPdfPrinter::layOut(const litetune::ReportBuilder& report, QTextDocument* document, QString* errorMessage) {
    for (const litetune::ReportPlot& plot : report.plots()) {
        QString text = fromUtf8(plot.svg);
        const QVector<EmojiImages::GlyphText> glyphs = EmojiImages::takeGlyphTexts(&text);
        QSvgRenderer svg(text.toUtf8());
        if (!svg.isValid()) {
            *errorMessage = tr("The plot %1 of the report is not valid SVG.").arg(fromUtf8(plot.name));
            return false;
        }
        const QSize size(static_cast<int>(plot.width * kImageScale), static_cast<int>(plot.height * kImageScale));
        QImage image(size.expandedTo(QSize(1, 1)), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        EmojiImages::paint(&painter, glyphs, kImageScale);
        painter.end();
        document->addResource(QTextDocument::ImageResource, QUrl(fromUtf8(plot.name)), image);
    }
    // After addResource: the images resolve now.
    document->setHtml(EmojiImages::replaceGlyphSpans(fromUtf8(report.qtHtml()), document));
    return true;
}

bool ReportPdfPrinter::print(const litetune::ReportBuilder& report, const QString& title, QIODevice* device,
                             QPageSize::PageSizeId pageSize, QString* errorMessage) {
    QTextDocument document;
    if (!layOut(report, &document, errorMessage)) {
        return false;
    }

    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(pageSize));
    writer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
    writer.setCreator(QStringLiteral("LiteTune"));
    writer.setTitle(title);
    // A page size makes the document paginated: print() then keeps our margins (not its own 2 cm)
    // and scales the 96-dpi layout onto the printer's printable area.
    const QRectF area = writer.pageLayout().paintRect(QPageLayout::Inch);
    document.setDocumentMargin(0);
    document.setPageSize(QSizeF(area.width() * kLayoutDpi, area.height() * kLayoutDpi));
    document.print(&writer);
    return true;
}
