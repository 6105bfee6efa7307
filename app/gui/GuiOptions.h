// The command line of `litetune`, declared once: main() parses it with a window (QApplication) and
// without one (QCoreApplication, so --help and --version work over ssh), and --help lists it.
#pragma once

#include <QCommandLineOption>

class QCommandLineParser;

struct GuiOptions {
    QCommandLineOption demo;
    QCommandLineOption colorScheme;
    QCommandLineOption train;
    QCommandLineOption place;
};

// Adds the options, --help, --version and the optional dataset argument to `parser`. Translated:
// call it once the catalogues are installed.
GuiOptions addGuiOptions(QCommandLineParser& parser);
