#include "Startup.h"

#include "GuiOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

#include <cstdio>
#include <cstring>

void describeApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("LiteTune"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("litetune.org"));
    QCoreApplication::setApplicationName(QStringLiteral("LiteTune"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LITETUNE_VERSION));
}

Translations::Translations() {
    const QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale uiLocale = language.isEmpty() ? QLocale() : QLocale(language);
    if (m_qt.load(uiLocale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qt);
    }
    if (m_litetune.load(uiLocale, QStringLiteral("litetune"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        m_litetune.load(uiLocale, QStringLiteral("litetune"), QStringLiteral("_"),
                        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/litetune/translations"))) {
        QCoreApplication::installTranslator(&m_litetune);
    }
}

bool hasDisplay(int argc, char* argv[]) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
        if (!qEnvironmentVariableIsEmpty(name)) {
            return true;
        }
    }
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0) {
            return true;
        }
    }
    return false;
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return true;
#endif
}

int runWithoutDisplay(int& argc, char* argv[]) {
    const QCoreApplication app(argc, argv);
    describeApplication();
    const Translations translations;
    QCommandLineParser parser;
    addGuiOptions(parser);
    parser.process(app); // exits after --help, --version or a wrong option
    std::fprintf(stderr, "%s\n%s\n",
                 qPrintable(QCoreApplication::translate(
                     "main", "LiteTune's window needs a display, and there is none (DISPLAY and WAYLAND_DISPLAY "
                             "are not set).")),
                 qPrintable(QCoreApplication::translate(
                     "main", "Without one, run QT_QPA_PLATFORM=offscreen litetune ..., or use litetune-cli.")));
    return 1;
}
