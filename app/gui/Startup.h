// What `litetune` does before its window: the application's names and version, its translations,
// and the check that a window can be shown at all. Without a display Qt's platform plugin aborts
// the process before a single line of output, so a start over ssh (no DISPLAY, no WAYLAND_DISPLAY,
// no QT_QPA_PLATFORM) never builds a QApplication: it answers --help and --version with a
// QCoreApplication and otherwise says what to do instead.
#pragma once

#include <QTranslator>

// Organisation, application name and version: what QSettings, --version and --help read.
void describeApplication();

// Qt's and LiteTune's catalogues for the system locale (LANGUAGE, LC_ALL, LANG), or for the setting
// ui/language ("de", "fr", "en") when it is set, wherever a catalogue for it is installed or
// embedded. Installed while this object lives; needs the application object.
class Translations {
public:
    Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

private:
    QTranslator m_qt;
    QTranslator m_litetune;
};

// False only where a window certainly cannot open: X11/Wayland systems with neither display
// variable set and no platform chosen (QT_QPA_PLATFORM or -platform).
bool hasDisplay(int argc, char* argv[]);

// The start without a display: --help, --version and wrong options are answered as with one;
// anything else prints that a display is needed, with the alternatives, and returns non-zero.
int runWithoutDisplay(int& argc, char* argv[]);
