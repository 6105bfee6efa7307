// The bundle with its PDF (see ReportBundle.h), through the GUI's ReportBundleWriter. Qt's text
// layout needs a QGuiApplication for its fonts, so one is made for this moment on the "offscreen"
// platform, named in its own arguments: no display, no X or Wayland connection (a run over ssh
// works), and the user's QT_QPA_PLATFORM is left alone. This file includes Qt and api/ headers
// only; the Qt and LibTorch headers never meet (docs/architecture.md).
#include "ReportBundle.h"

#include "report/ReportBundleWriter.h"
#include "report/ReportPdfPrinter.h"

#include "api/Error.h"
#include "api/Report.h"

#include <QGuiApplication>
#include <QLocale>

#include <clocale>
#include <cstdio>
#include <memory>
#include <string>

namespace litetune::cli {

namespace {

// The platform's start-up notes ("XDG_RUNTIME_DIR not set") concern a desktop session the CLI
// does not have; errors still reach stderr.
void quietStartup(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

// A QGuiApplication on the offscreen platform while it lives, unless the process has an
// application already. QCoreApplication sets the C locale from the environment; the CLI prints
// numbers in the classic one, so the locale it had is put back.
class OffscreenGui {
public:
    OffscreenGui() {
        if (QCoreApplication::instance() != nullptr)
            return;
        const char* locale = std::setlocale(LC_ALL, nullptr);
        m_locale = locale != nullptr ? locale : "C";
        const QtMessageHandler previous = qInstallMessageHandler(quietStartup);
        m_app = std::make_unique<QGuiApplication>(m_argc, m_argv);
        qInstallMessageHandler(previous);
    }
    ~OffscreenGui() {
        if (!m_app)
            return;
        m_app.reset();
        std::setlocale(LC_ALL, m_locale.c_str());
    }
    OffscreenGui(const OffscreenGui&) = delete;
    OffscreenGui& operator=(const OffscreenGui&) = delete;

private:
    // QGuiApplication keeps argc by reference and argv for its lifetime.
    char m_name[13] = "litetune-cli";
    char m_platformFlag[10] = "-platform";
    char m_platform[10] = "offscreen";
    char* m_argv[4] = {m_name, m_platformFlag, m_platform, nullptr};
    int m_argc = 3;
    std::string m_locale;
    std::unique_ptr<QGuiApplication> m_app;
};

} // namespace

void writeCliReportBundle(const ReportInput& input, const std::string& out) {
    ReportBuilder::checkBundleName(out);
    const ReportBuilder report(input);
    const OffscreenGui gui;
    QString error;
    if (!ReportBundleWriter::write(report, QString::fromStdString(input.title), QString::fromStdString(out),
                                   ReportPdfPrinter::pageSizeFor(QLocale()), &error))
        throwFailure(error.toStdString());
}

} // namespace litetune::cli
