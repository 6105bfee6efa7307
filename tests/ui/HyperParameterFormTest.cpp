// The hyper-parameter form and the remembered settings come from the engine's option table
// (api/OptionTable.h): every option the table places in the form has its widget, bounded by its
// range and explained by its help text; every value survives the form and QSettings both ways;
// the advanced group folds away.
#include "configure/HyperParameterForm.h"
#include "configure/ConfigSettings.h"
#include "configure/OptionField.h"

#include "api/OptionTable.h"

#include <QAbstractSpinBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>

namespace {

using litetune::OptionSpec;
using litetune::OptionType;
using litetune::OptionValue;

QString widgetName(const OptionSpec& option) {
    switch (option.type) {
    case OptionType::Integer:
    case OptionType::Real:
        return QLatin1String(option.settingsKey) + QLatin1String("Spin");
    case OptionType::Switch:
        return QLatin1String(option.settingsKey) + QLatin1String("Check");
    case OptionType::Choice:
        return QLatin1String(option.settingsKey) + QLatin1String("Combo");
    case OptionType::Text:
    case OptionType::List:
        break;
    }
    return QLatin1String(option.settingsKey) + QLatin1String("Edit");
}

// A value of `option` that is not its default and that a spin box shows exactly.
OptionValue otherValue(const OptionSpec& option, const OptionValue& current) {
    OptionValue value = current;
    switch (option.type) {
    case OptionType::Integer:
        value.number = current.number == option.low + 2 ? option.low + 3 : option.low + 2;
        break;
    case OptionType::Real:
        value.number = std::min(option.high, std::max(option.low, 0.0) + 0.5);
        if (value.number == current.number) {
            value.number = option.low + (option.high - option.low) / 4;
        }
        break;
    case OptionType::Switch:
        value.on = !current.on;
        break;
    case OptionType::Choice:
        value.text = option.choices.back() == current.text ? option.choices.front() : option.choices.back();
        break;
    case OptionType::Text:
        value.text = current.text + "_other";
        break;
    case OptionType::List:
        value.items = {"c_proj", "c_fc"};
        break;
    }
    return value;
}

bool same(const OptionSpec& option, const OptionValue& a, const OptionValue& b) {
    return litetune::optionText(option, a) == litetune::optionText(option, b);
}

// A config with every option that has a place in the form or a settings key changed.
litetune::TrainConfig changedConfig() {
    litetune::TrainConfig config;
    for (const OptionSpec& option : litetune::optionTable()) {
        if (option.form != litetune::FormPlace::Elsewhere || *option.settingsKey) {
            option.set(config, otherValue(option, option.get(config)));
        }
    }
    config.evalBatchSize = config.batchSize; // the form ties them
    return config;
}

} // namespace

class HyperParameterFormTest : public QObject {
    Q_OBJECT

private slots:
    void everyShownOptionHasItsWidget();
    void valuesRoundTripThroughTheForm();
    void valuesRoundTripThroughSettings();
    void advancedGroupFolds();
};

void HyperParameterFormTest::everyShownOptionHasItsWidget() {
    HyperParameterForm form;
    int shown = 0;
    for (const OptionSpec& option : litetune::optionTable()) {
        if (option.form == litetune::FormPlace::Elsewhere) {
            continue;
        }
        QVERIFY2(*option.settingsKey, option.flag); // what the form shows is remembered
        auto* widget = form.findChild<QWidget*>(widgetName(option));
        QVERIFY2(widget != nullptr, qPrintable(widgetName(option)));
        QCOMPARE(widget->toolTip(), OptionField::translated(option.help));
        if (auto* box = qobject_cast<QSpinBox*>(widget)) {
            QVERIFY2(box->maximum() <= option.high && box->minimum() >= std::min(option.low, option.specialValue),
                     option.flag);
        } else if (auto* box = qobject_cast<QDoubleSpinBox*>(widget)) {
            QVERIFY2(box->maximum() <= option.high && box->minimum() >= std::min(option.low, option.specialValue),
                     option.flag);
        }
        ++shown;
    }
    QVERIFY(shown >= 25);
}

void HyperParameterFormTest::valuesRoundTripThroughTheForm() {
    HyperParameterForm form;
    const litetune::TrainConfig wanted = changedConfig();
    form.setConfig(wanted);
    litetune::TrainConfig back;
    form.writeTo(back);
    for (const OptionSpec& option : litetune::optionTable()) {
        if (option.form != litetune::FormPlace::Elsewhere) {
            QVERIFY2(same(option, option.get(back), option.get(wanted)),
                     qPrintable(QStringLiteral("%1: %2, wanted %3")
                                    .arg(QLatin1String(option.flag),
                                         QString::fromStdString(litetune::optionText(option, option.get(back))),
                                         QString::fromStdString(litetune::optionText(option, option.get(wanted))))));
        }
    }
}

void HyperParameterFormTest::valuesRoundTripThroughSettings() {
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("litetune.ini")), QSettings::IniFormat);
    const litetune::TrainConfig wanted = changedConfig();
    ConfigSettings::save(settings, wanted);
    settings.sync();
    QSettings reread(dir.filePath(QStringLiteral("litetune.ini")), QSettings::IniFormat);
    litetune::TrainConfig back;
    ConfigSettings::load(reread, back);
    int remembered = 0;
    for (const OptionSpec& option : litetune::optionTable()) {
        if (*option.settingsKey) {
            QVERIFY2(same(option, option.get(back), option.get(wanted)), option.flag);
            ++remembered;
        }
    }
    QVERIFY(remembered >= 25);

    // A value out of its range (a hand-edited file) is ignored: the default stays.
    reread.setValue(QStringLiteral("knobs/batchSize"), -5);
    litetune::TrainConfig guarded;
    ConfigSettings::load(reread, guarded);
    QCOMPARE(guarded.batchSize, litetune::TrainConfig().batchSize);
}

void HyperParameterFormTest::advancedGroupFolds() {
    HyperParameterForm form;
    form.show();
    auto* group = form.findChild<QGroupBox*>(QStringLiteral("advancedGroup"));
    auto* toggle = form.findChild<QToolButton*>(QStringLiteral("advancedToggle"));
    QVERIFY(group && toggle);
    QVERIFY(!group->isVisible());
    toggle->click();
    QVERIFY(group->isVisible());
    QVERIFY(group->findChild<QWidget*>(QStringLiteral("trainSamplingStrategyCombo")) != nullptr);
    toggle->click();
    QVERIFY(!group->isVisible());
}

QTEST_MAIN(HyperParameterFormTest)
#include "HyperParameterFormTest.moc"
