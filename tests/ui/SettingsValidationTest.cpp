// Restoring the Configure place from a hand-edited settings file: each value is read with the
// option table's rules (the CLI's), a refused one falls back to its default with a notice naming
// the key, the value and the default, keys nobody owns in group "configure" are removed, and the
// other groups are left alone. A good file restores exactly, with no notice, in any C locale.
#include "IsolatedTestMain.h"
#include "NamedChild.h"
#include "configure/ConfigSettings.h"
#include "configure/ConfigurePage.h"
#include "configure/SettingsNoticeBar.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolButton>
#include <QtTest>

#include <clocale>
#include <string>

namespace {

using uitest::child;

QString settingsPath() {
    return QSettings().fileName();
}

// Writes the settings file as a person would with an editor, replacing what QSettings holds.
bool writeSettingsFile(const QByteArray& text) {
    QSettings().clear();
    QSettings().sync();
    QFile file(settingsPath());
    return QDir().mkpath(QFileInfo(file).absolutePath()) && file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(text) == text.size();
}

QByteArray settingsFileText() {
    QFile file(settingsPath());
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

} // namespace

class SettingsValidationTest : public QObject {
    Q_OBJECT

private slots:
    void badValuesFallBackToDefaultsWithNotices();
    void goodFileRestoresExactlyWithoutNotice();
    void numbersReadTheSameUnderACommaLocale();
    void removalStaysInsideTheGroup();
};

void SettingsValidationTest::badValuesFallBackToDefaultsWithNotices() {
    QVERIFY(writeSettingsFile("[configure]\n"
                              "knobs\\epochs=banana\n"
                              "knobs\\learningRate=1e999\n"
                              "knobs\\batchSize=-5\n"
                              "knobs\\maxLength=64\n"
                              "knobs\\bogusKnob=7\n"
                              "leftover=1\n"
                              "\n"
                              "[ui]\n"
                              "colorScheme=dark\n"
                              "\n"
                              "[window]\n"
                              "geometry=keep-me\n"));
    const litetune::TrainConfig defaults;
    {
        ConfigurePage page;
        QSignalSpy status(&page, &ConfigurePage::statusMessage);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        auto* bar = child<SettingsNoticeBar>(&page, "settingsNoticeBar");
        QVERIFY(bar);
        QVERIFY(bar->isVisible());
        const QString shown = child<QLabel>(bar, "settingsNoticeText")->text();
        for (const char* expected :
             {"configure/knobs/epochs", "banana", "configure/knobs/learningRate", "1e999", "configure/knobs/batchSize",
              "-5", "configure/knobs/bogusKnob", "configure/leftover"}) {
            QVERIFY2(shown.contains(QLatin1String(expected)), qPrintable(expected + QStringLiteral(" in: ") + shown));
        }
        QVERIFY2(!shown.contains(QLatin1String("maxLength")), qPrintable(shown));
        // One notice a refused value, naming the default used, and one for the removed keys.
        QCOMPARE(bar->notices().size(), 4);
        QVERIFY(bar->notices().at(0).contains(QLatin1String("default 3")));
        QVERIFY(bar->notices().at(1).contains(QLatin1String("default 5e-05")));
        QVERIFY(bar->notices().at(2).contains(QLatin1String("default 8")));

        // The status bar gets the same words, once the window could connect.
        QTRY_COMPARE(status.size(), 1);
        const QString line = status.at(0).at(0).toString();
        QVERIFY(line.contains(QLatin1String("configure/knobs/epochs")));
        QVERIFY(line.contains(QLatin1String("configure/knobs/batchSize")));

        // The form shows the defaults for the refused values and the stored good one.
        QCOMPARE(child<QDoubleSpinBox>(&page, "epochsSpin")->value(), defaults.epochs);
        QCOMPARE(child<QDoubleSpinBox>(&page, "learningRateSpin")->value(), defaults.learningRate);
        QCOMPARE(child<QSpinBox>(&page, "batchSizeSpin")->value(), defaults.batchSize);
        QCOMPARE(child<QSpinBox>(&page, "maxLengthSpin")->value(), 64);
        const litetune::TrainConfig shownConfig = page.config();
        QCOMPARE(shownConfig.epochs, defaults.epochs);
        QCOMPARE(shownConfig.learningRate, defaults.learningRate);
        QCOMPARE(shownConfig.batchSize, defaults.batchSize);
        QCOMPARE(shownConfig.maxLength, 64);

        // Not modal, and dismissible.
        QVERIFY(!QApplication::activeModalWidget());
        child<QToolButton>(bar, "closeSettingsNotice")->click();
        QVERIFY(!bar->isVisible());
    }
    // Saved: the unknown keys are gone, the refused values hold their defaults, other groups stay.
    const QByteArray file = settingsFileText();
    QVERIFY2(!file.contains("bogusKnob"), file.constData());
    QVERIFY2(!file.contains("leftover"), file.constData());
    QVERIFY2(!file.contains("banana") && !file.contains("1e999") && !file.contains("=-5"), file.constData());
    QVERIFY2(file.contains("knobs\\maxLength=64"), file.constData());
    QVERIFY2(file.contains("knobs\\batchSize=8"), file.constData());
    QVERIFY2(file.contains("[ui]\ncolorScheme=dark"), file.constData());
    QVERIFY2(file.contains("[window]\ngeometry=keep-me"), file.constData());

    // The next start has nothing to say.
    ConfigurePage again;
    QVERIFY(child<SettingsNoticeBar>(&again, "settingsNoticeBar")->notices().isEmpty());
}

void SettingsValidationTest::goodFileRestoresExactlyWithoutNotice() {
    QSettings().clear();
    litetune::TrainConfig wanted;
    wanted.method = litetune::Method::Lora;
    wanted.epochs = 1.25;
    wanted.learningRate = 3.5e-4;
    wanted.batchSize = 16;
    wanted.maxLength = 96;
    wanted.weightDecay = 0.05;
    wanted.lora.targets = {"c_attn", "c_proj"};
    {
        QSettings settings;
        settings.beginGroup(QStringLiteral("configure"));
        ConfigSettings::save(settings, wanted);
    }
    ConfigurePage page;
    QSignalSpy status(&page, &ConfigurePage::statusMessage);
    QCoreApplication::processEvents(); // runs the queued status line, if there were one
    QCOMPARE(status.size(), 0);
    QVERIFY(child<SettingsNoticeBar>(&page, "settingsNoticeBar")->notices().isEmpty());
    const litetune::TrainConfig back = page.config();
    QCOMPARE(back.method, wanted.method);
    QCOMPARE(back.epochs, wanted.epochs);
    QCOMPARE(back.learningRate, wanted.learningRate);
    QCOMPARE(back.batchSize, wanted.batchSize);
    QCOMPARE(back.maxLength, wanted.maxLength);
    QCOMPARE(back.weightDecay, wanted.weightDecay);
    QCOMPARE(back.lora.targets, wanted.lora.targets);
}

void SettingsValidationTest::numbersReadTheSameUnderACommaLocale() {
    // A Qt application takes LC_NUMERIC from the environment; strtod then stops "0.05" at the '.'.
    const std::string saved = std::setlocale(LC_NUMERIC, nullptr);
    const bool comma = std::setlocale(LC_NUMERIC, "de_DE.UTF-8") || std::setlocale(LC_NUMERIC, "fr_FR.UTF-8");
    const std::string decimalPoint = comma ? std::localeconv()->decimal_point : "";
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("comma.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("knobs/weightDecay"), QStringLiteral("0.05"));
    settings.setValue(QStringLiteral("knobs/epochs"), QStringLiteral("banana"));
    litetune::TrainConfig config;
    const SettingsCheck check = ConfigSettings::load(settings, config);
    std::setlocale(LC_NUMERIC, saved.c_str());
    // packaging/debian-deps.txt installs locales-all: without a comma locale this proves nothing.
    QVERIFY2(comma, "no comma-decimal locale (de_DE.UTF-8, fr_FR.UTF-8) installed");
    QCOMPARE(decimalPoint, std::string(","));
    QCOMPARE(config.weightDecay, 0.05);
    QCOMPARE(check.rejected.size(), 1);
    QCOMPARE(check.rejected.at(0).key, QStringLiteral("knobs/epochs"));
}

void SettingsValidationTest::removalStaysInsideTheGroup() {
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("root.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("stray"), 1);
    settings.setValue(QStringLiteral("window/geometry"), 2);
    // At the root nothing is anyone's to remove.
    QVERIFY(ConfigSettings::removeUnknown(settings, {}).isEmpty());
    QVERIFY(settings.contains(QStringLiteral("stray")));
    settings.beginGroup(QStringLiteral("configure"));
    settings.setValue(QStringLiteral("model"), QStringLiteral("demo"));
    settings.setValue(QStringLiteral("old/thing"), 3);
    QCOMPARE(ConfigSettings::removeUnknown(settings, {QStringLiteral("model")}),
             QStringList{QStringLiteral("configure/old/thing")});
    settings.endGroup();
    QVERIFY(settings.contains(QStringLiteral("configure/model")));
    QVERIFY(settings.contains(QStringLiteral("window/geometry")));
    QVERIFY(settings.contains(QStringLiteral("stray")));
}

LITETUNE_ISOLATED_TEST_MAIN(SettingsValidationTest)
#include "SettingsValidationTest.moc"
