// litetune: the desktop workbench. Argument parsing and application setup only; everything
// else lives in litetune_ui (so tests exercise the same code without this file).
#include "api/RuntimeInfo.h"
#include "common/ColorScheme.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LiteTune"));
    QApplication::setOrganizationDomain(QStringLiteral("litetune.org"));
    QApplication::setApplicationName(QStringLiteral("LiteTune"));
    QApplication::setApplicationDisplayName(QStringLiteral("LiteTune"));
    QApplication::setApplicationVersion(QStringLiteral(LITETUNE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.litetune.LiteTune"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    // The engine computes on every core but one: the event loop keeps one to stay responsive.
    litetune::configureThreads(0, /*leaveOneForUi=*/true);

    // Translations from the system locale (LANGUAGE, LC_ALL, LANG), or from the setting ui/language
    // ("de", "fr", "en") when it is set, whenever a catalogue for it is installed or embedded.
    const QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale uiLocale = language.isEmpty() ? QLocale() : QLocale(language);
    QTranslator qtTranslator;
    if (qtTranslator.load(uiLocale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(uiLocale, QStringLiteral("litetune"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        translator.load(uiLocale, QStringLiteral("litetune"), QStringLiteral("_"),
                        QApplication::applicationDirPath() + QStringLiteral("/../share/litetune/translations"))) {
        QApplication::installTranslator(&translator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Fine-tune GPT-2 text classifiers, fully and with LoRA, and compare the runs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QApplication::translate("main", "Open the built-in demo dataset and demo model."));
    const QCommandLineOption placeOption(
        QStringLiteral("place"),
        QApplication::translate("main", "Start on a place: dataset, configure, train, results or playground."),
        QApplication::translate("main", "name"));
    const QCommandLineOption trainOption(
        QStringLiteral("train"),
        QApplication::translate("main",
                                "Start training as soon as the dataset is open (with --demo: the quick demo)."));
    const QCommandLineOption colorSchemeOption(
        QStringLiteral("color-scheme"),
        QApplication::translate("main", "Colours: system, light or dark (default: the setting ui/colorScheme)."),
        QApplication::translate("main", "scheme"));
    parser.addOption(demoOption);
    parser.addOption(colorSchemeOption);
    parser.addOption(trainOption);
    parser.addOption(placeOption);
    parser.addPositionalArgument(QStringLiteral("dataset"), QApplication::translate("main", "A dataset to open."),
                                 QStringLiteral("[dataset]"));
    parser.process(app);

    // Before the window exists, so it is built in its colours rather than re-coloured.
    const QString scheme =
        parser.isSet(colorSchemeOption)
            ? parser.value(colorSchemeOption)
            : QSettings().value(QStringLiteral("ui/colorScheme"), QStringLiteral("system")).toString();
    if (scheme != QLatin1String("system") && !ColorScheme::apply(scheme) && parser.isSet(colorSchemeOption)) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(
                QApplication::translate("main", "Unknown colour scheme \"%1\" (system, light or dark).").arg(scheme)));
        return 2;
    }

    MainWindow window;
    if (parser.isSet(placeOption)) {
        const QString name = parser.value(placeOption);
        if (!window.showPlace(name)) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate("main", "Unknown place \"%1\" (dataset, configure, "
                                                                    "train, results or playground).")
                                        .arg(name)));
            return 2;
        }
    }
    window.show();
    if (parser.isSet(trainOption)) {
        window.trainWhenDatasetOpens();
    }
    if (parser.isSet(demoOption)) {
        window.openDemo();
    } else if (!parser.positionalArguments().isEmpty()) {
        window.openDataset(parser.positionalArguments().constFirst());
    }
    return QApplication::exec();
}
