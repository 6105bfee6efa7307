// litetune: the desktop workbench. Argument parsing and application setup only (the options:
// GuiOptions; names, translations and the start without a display: Startup); everything else
// lives in litetune_ui (so tests exercise the same code without these files).
#include "GuiOptions.h"
#include "Startup.h"
#include "api/RuntimeInfo.h"
#include "common/ColorScheme.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

#include <cstdio>

int main(int argc, char* argv[]) {
    if (!hasDisplay(argc, argv)) {
        return runWithoutDisplay(argc, argv);
    }
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("LiteTune"));
    QApplication::setDesktopFileName(QStringLiteral("org.litetune.LiteTune"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    // The engine computes on every core but one: the event loop keeps one to stay responsive.
    litetune::configureThreads(0, /*leaveOneForUi=*/true);
    const Translations translations;

    QCommandLineParser parser;
    const GuiOptions options = addGuiOptions(parser);
    parser.process(app);

    // Before the window exists, so it is built in its colours rather than re-coloured.
    const QString scheme =
        parser.isSet(options.colorScheme)
            ? parser.value(options.colorScheme)
            : QSettings().value(QStringLiteral("ui/colorScheme"), QStringLiteral("system")).toString();
    if (scheme != QLatin1String("system") && !ColorScheme::apply(scheme) && parser.isSet(options.colorScheme)) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(
                QApplication::translate("main", "Unknown colour scheme \"%1\" (system, light or dark).").arg(scheme)));
        return 2;
    }

    MainWindow window;
    if (parser.isSet(options.place)) {
        const QString name = parser.value(options.place);
        if (!window.showPlace(name)) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate("main", "Unknown place \"%1\" (dataset, configure, "
                                                                    "train, results or playground).")
                                        .arg(name)));
            return 2;
        }
    }
    window.show();
    if (parser.isSet(options.train)) {
        window.trainWhenDatasetOpens();
    }
    if (parser.isSet(options.demo)) {
        window.openDemo();
    } else if (!parser.positionalArguments().isEmpty()) {
        window.openDataset(parser.positionalArguments().constFirst());
    }
    return QApplication::exec();
}
