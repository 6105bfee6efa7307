// ReportPdfPrinter: a report as PDF, following the contract in api/Report.h — every plot's SVG
// rendered by QSvgRenderer into a QImage (three times its layout size, so it stays crisp) and
// registered as an image resource of a QTextDocument, then qtHtml() set and printed by QPdfWriter.
// The document is laid out at 96 dpi over the page's printable area (15 mm margins), so the
// plots keep the layout-pixel sizes qtHtml() gives them. Colour emoji (axis glyphs, label glyphs
// in tables) go in as images (EmojiImages): Qt would drop them. Safe on a worker thread (QImage,
// QPdfWriter and QTextDocument need no GUI thread). Needs a QGuiApplication (fonts) but no widgets:
// it is in litetune_report_pdf, which litetune-cli links too (app/cli/ReportBundlePdf.cpp).
#pragma once

#include <QCoreApplication>
#include <QPageSize>

class QIODevice;
class QLocale;
class QTextDocument;

namespace litetune {
class ReportBuilder;
}

class ReportPdfPrinter {
    Q_DECLARE_TR_FUNCTIONS(ReportPdfPrinter)

public:
    static constexpr double kMarginMm = 15.0;
    static constexpr int kImageScale = 3;

    // Letter where it is the usual paper (the Americas that use it, the Philippines), else A4.
    static QPageSize::PageSizeId pageSizeFor(const QLocale& locale);
    // Fills `document` with what print() lays out: the plots as image resources, then qtHtml() with
    // its emoji as images. False with a message when a plot is not valid SVG.
    static bool layOut(const litetune::ReportBuilder& report, QTextDocument* document, QString* errorMessage);
    // Prints into an open, writable device; false with a message when a plot or the page fails.
    static bool print(const litetune::ReportBuilder& report, const QString& title, QIODevice* device,
                      QPageSize::PageSizeId pageSize, QString* errorMessage);
};
