#include "GuiOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

GuiOptions addGuiOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Fine-tune GPT-2 text classifiers, fully and with LoRA, and compare the runs."));
    parser.addHelpOption();
    parser.addVersionOption();
    GuiOptions options{
        QCommandLineOption(QStringLiteral("demo"),
                           QCoreApplication::translate("main", "Open the built-in demo dataset and demo model.")),
        QCommandLineOption(QStringLiteral("color-scheme"),
                           QCoreApplication::translate(
                               "main", "Colours: system, light or dark (default: the setting ui/colorScheme)."),
                           QCoreApplication::translate("main", "scheme")),
        QCommandLineOption(QStringLiteral("train"),
                           QCoreApplication::translate(
                               "main", "Start training as soon as the dataset is open (with --demo: the quick demo).")),
        QCommandLineOption(QStringLiteral("place"),
                           QCoreApplication::translate(
                               "main", "Start on a place: dataset, configure, train, results (results/difference: its "
                                       "Difference tab) or playground."),
                           QCoreApplication::translate("main", "name")),
    };
    parser.addOption(options.demo);
    parser.addOption(options.colorScheme);
    parser.addOption(options.train);
    parser.addOption(options.place);
    parser.addPositionalArgument(QStringLiteral("dataset"), QCoreApplication::translate("main", "A dataset to open."),
                                 QStringLiteral("[dataset]"));
    return options;
}
