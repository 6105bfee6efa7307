// The German and French translations: the compiled catalogues are embedded (":/i18n"), the main
// window shows translated menus, places and buttons once one is installed, and the Qt Linguist
// sources in translations/ are complete: no unfinished or empty translation, placeholders,
// plural forms and accelerators kept, and nothing new in ui/ or app/gui/ that lupdate would add.
#include "IsolatedTestMain.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include <functional>

namespace {

// One <message> of a .ts file, as far as these checks need it.
struct TsMessage {
    QString context;
    QString source;
    QString type;      // the translation's type attribute: "", "unfinished", "vanished" or "obsolete"
    QStringList forms; // one translation, or the numerus forms
    bool numerus = false;
};

QList<TsMessage> readTs(const QString& path, QString* error) {
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        // A numerus message ends at </translation>, after its <numerusform> elements.
        if (xml.isEndElement() && xml.name() == QLatin1String("translation") && message.numerus) {
            messages.append(message);
            continue;
        }
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage{
                context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.forms.append(xml.readElementText());
                messages.append(message);
            }
        } else if (name == QLatin1String("numerusform")) {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    }
    return messages;
}

// The repository's translations/ folder, found next to this source file.
QString translationsDir() {
    const QString found = QFINDTESTDATA("../../translations/litetune_de.ts");
    return found.isEmpty() ? QString() : QFileInfo(found).absolutePath();
}

QStringList matches(const QString& text, const QString& pattern) {
    QStringList found;
    auto it = QRegularExpression(pattern).globalMatch(text);
    while (it.hasNext()) {
        found.append(it.next().captured());
    }
    found.sort();
    return found;
}

QStringList placeholders(const QString& text) {
    QStringList found = matches(text, QStringLiteral("%(\\d|n)"));
    found.removeDuplicates();
    return found;
}

// Keyboard accelerators ("&File"); "&&" is a literal ampersand.
int accelerators(const QString& text) {
    return int(matches(QString(text).remove(QStringLiteral("&&")), QStringLiteral("&\\S")).size());
}

QStringList tags(const QString& text) {
    return matches(text, QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*"));
}

// A visible text of the main window, and the English source it comes from.
struct Probe {
    const char* what;
    const char* context;
    const char* source;
    std::function<QString(MainWindow&)> text;
};

const QList<Probe>& probes() {
    static const QList<Probe> list{
        {"File menu", "MainActions", "&File", [](MainWindow& w) { return w.menuBar()->actions().value(0)->text(); }},
        {"Help menu", "MainActions", "&Help", [](MainWindow& w) { return w.menuBar()->actions().constLast()->text(); }},
        {"Open Dataset action", "MainActions", "&Open Dataset…",
         [](MainWindow& w) { return w.findChild<QAction*>(QStringLiteral("openDatasetAction"))->text(); }},
        {"first place in the navigation", "MainWindow", "Dataset",
         [](MainWindow& w) { return w.findChild<QListWidget*>(QStringLiteral("placeNavigation"))->item(0)->text(); }},
        {"Configure place action", "MainWindow", "Configure",
         [](MainWindow& w) { return w.findChild<QAction*>(QStringLiteral("placeAction2"))->text(); }},
        {"Train button", "ConfigurePage", "Train",
         [](MainWindow& w) { return w.findChild<QPushButton*>(QStringLiteral("trainButton"))->text(); }},
        {"Cancel button", "TrainPage", "Cancel",
         [](MainWindow& w) { return w.findChild<QPushButton*>(QStringLiteral("cancelButton"))->text(); }},
        {"demo data button", "DatasetPage", "Try the Demo",
         [](MainWindow& w) { return w.findChild<QPushButton*>(QStringLiteral("emptyDemoButton"))->text(); }},
    };
    return list;
}

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT

private slots:
    void cataloguesAreEmbedded_data();
    void cataloguesAreEmbedded();
    void mainWindowIsTranslated_data();
    void mainWindowIsTranslated();
    void tsFilesAreFinished_data();
    void tsFilesAreFinished();
    void tsFilesMatchTheSources_data();
    void tsFilesMatchTheSources();

private:
    void addLanguageRows();
};

void TranslationsTest::addLanguageRows() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu"); // one exact text, so a wrong catalogue cannot pass
    QTest::addRow("German") << QStringLiteral("de") << QStringLiteral("&Datei");
    QTest::addRow("French") << QStringLiteral("fr") << QStringLiteral("&Fichier");
}

void TranslationsTest::cataloguesAreEmbedded_data() {
    addLanguageRows();
}

void TranslationsTest::cataloguesAreEmbedded() {
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY2(
        translator.load(QLocale(language), QStringLiteral("litetune"), QStringLiteral("_"), QStringLiteral(":/i18n")),
        qPrintable(QStringLiteral("no :/i18n/litetune_%1.qm").arg(language)));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language(), language);
}

void TranslationsTest::mainWindowIsTranslated_data() {
    addLanguageRows();
}

void TranslationsTest::mainWindowIsTranslated() {
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/litetune_%1.qm").arg(language)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.menuBar()->actions().value(0)->text(), fileMenu);
        for (const Probe& probe : probes()) {
            const QString shown = probe.text(window);
            const QString expected = translator.translate(probe.context, probe.source);
            QVERIFY2(!expected.isEmpty(),
                     qPrintable(QStringLiteral("%1: \"%2\" is not in the catalogue")
                                    .arg(QLatin1String(probe.what), QString::fromUtf8(probe.source))));
            QVERIFY2(shown != QString::fromUtf8(probe.source),
                     qPrintable(QStringLiteral("%1 is still English: %2").arg(QLatin1String(probe.what), shown)));
            QCOMPARE(shown, expected);
        }
    }
    QCoreApplication::removeTranslator(&translator);
}

void TranslationsTest::tsFilesAreFinished_data() {
    addLanguageRows();
}

// What "lupdate reports no unfinished strings" means: every message translated, none empty, no
// vanished leftovers; placeholders, HTML tags, plural forms and accelerators survive translation.
void TranslationsTest::tsFilesAreFinished() {
    QFETCH(QString, language);
    const QString dir = translationsDir();
    QVERIFY2(!dir.isEmpty(), "translations/ not found next to the test sources");
    QString error;
    const QList<TsMessage> messages = readTs(QStringLiteral("%1/litetune_%2.ts").arg(dir, language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);

    QStringList problems;
    for (const TsMessage& m : messages) {
        const QString where = QStringLiteral("%1 \"%2\"").arg(m.context, m.source);
        if (m.type == QLatin1String("unfinished")) {
            problems << QStringLiteral("unfinished: %1").arg(where);
        } else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
            problems << QStringLiteral("%1 (run lupdate -no-obsolete): %2").arg(m.type, where);
        }
        if (m.forms.isEmpty() || (m.numerus && m.forms.size() != 2)) {
            problems << QStringLiteral("wrong number of plural forms: %1").arg(where);
        }
        for (const QString& form : m.forms) {
            if (form.trimmed().isEmpty()) {
                problems << QStringLiteral("empty translation: %1").arg(where);
                continue;
            }
            if (placeholders(form) != placeholders(m.source)) {
                problems << QStringLiteral("placeholders differ: %1 -> \"%2\"").arg(where, form);
            }
            if (m.numerus && !form.contains(QLatin1String("%n"))) {
                problems << QStringLiteral("plural form without %n: %1 -> \"%2\"").arg(where, form);
            }
            if (tags(form) != tags(m.source)) {
                problems << QStringLiteral("HTML tags differ: %1 -> \"%2\"").arg(where, form);
            }
            if (accelerators(form) != accelerators(m.source)) {
                problems << QStringLiteral("accelerator differs: %1 -> \"%2\"").arg(where, form);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TranslationsTest::tsFilesMatchTheSources_data() {
    addLanguageRows();
}

// Runs lupdate over ui/, app/gui/ and the option table into a copy of the .ts file: a tr() string that is new or
// changed since the last update shows up there as unfinished, one that is gone as a lost message.
void TranslationsTest::tsFilesMatchTheSources() {
    QFETCH(QString, language);
    const QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
    if (!QFileInfo(lupdate).isExecutable()) {
        QSKIP("lupdate is not installed (Qt 6 Linguist tools)");
    }
    const QString dir = translationsDir();
    QVERIFY(!dir.isEmpty());
    const QDir root(dir + QStringLiteral("/.."));
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString original = QStringLiteral("%1/litetune_%2.ts").arg(dir, language);
    const QString copy = scratch.filePath(QStringLiteral("litetune_%1.ts").arg(language));
    QVERIFY(QFile::copy(original, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The sources and aliases of the update_translations target (translations/CMakeLists.txt).
    process.start(lupdate,
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-source-language"),
                   QStringLiteral("en"), QStringLiteral("-target-language"), language,
                   QStringLiteral("-tr-function-alias"),
                   QStringLiteral("QT_TR_NOOP+=TR,Q_DECLARE_TR_FUNCTIONS+=LITETUNE_TRANSLATION_CONTEXT"),
                   root.filePath(QStringLiteral("ui")), root.filePath(QStringLiteral("app/gui")),
                   root.filePath(QStringLiteral("engine/config/OptionTable.cpp")), QStringLiteral("-ts"), copy});
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAll().constData());

    QString error;
    const QList<TsMessage> before = readTs(original, &error);
    const QList<TsMessage> after = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList untranslated;
    for (const TsMessage& m : after) {
        if (m.type == QLatin1String("unfinished")) {
            untranslated << QStringLiteral("%1 \"%2\"").arg(m.context, m.source);
        }
    }
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("new or changed strings; run `cmake --build <dir> --target update_translations` "
                                       "and translate them (docs/translations.md):\n") +
                        untranslated.join(QLatin1Char('\n'))));
    QCOMPARE(after.size(), before.size());
}

LITETUNE_ISOLATED_TEST_MAIN(TranslationsTest)

#include "TranslationsTest.moc"
