#include "configure/ConfigSettings.h"

#include "api/OptionTable.h"
#include "bridge/EngineTypes.h"

#include <QSettings>
#include <QStringList>

namespace {

using litetune::OptionType;

QVariant toVariant(const litetune::OptionSpec& option, const litetune::OptionValue& value) {
    switch (option.type) {
    case OptionType::Integer:
        return static_cast<qlonglong>(value.number);
    case OptionType::Real:
        return value.number;
    case OptionType::Switch:
        return value.on;
    case OptionType::Text:
    case OptionType::Choice:
        return toQString(value.text);
    case OptionType::List: {
        QStringList items;
        for (const auto& item : value.items) {
            items << toQString(item);
        }
        return items;
    }
    }
    return {};
}

// A stored value the option can take, or false (a hand-edited or older settings file): the
// default then stays.
bool fromVariant(const litetune::OptionSpec& option, const QVariant& stored, litetune::OptionValue& value) {
    bool ok = true;
    switch (option.type) {
    case OptionType::Integer:
        value.number = static_cast<double>(stored.toLongLong(&ok));
        break;
    case OptionType::Real:
        value.number = stored.toDouble(&ok);
        break;
    case OptionType::Switch:
        value.on = stored.toBool();
        break;
    case OptionType::Text:
    case OptionType::Choice:
        value.text = toStdString(stored.toString());
        break;
    case OptionType::List:
        value.items.clear();
        for (const auto& item : stored.toStringList()) {
            value.items.push_back(toStdString(item));
        }
        break;
    }
    return ok && !litetune::checkOption(option, value);
}

} // namespace

void ConfigSettings::save(QSettings& settings, const litetune::TrainConfig& config) {
    settings.beginGroup(QStringLiteral("knobs"));
    settings.setValue(QStringLiteral("method"), QString::fromLatin1(litetune::methodName(config.method)));
    for (const litetune::OptionSpec& option : litetune::optionTable()) {
        if (*option.settingsKey) {
            settings.setValue(QLatin1String(option.settingsKey), toVariant(option, option.get(config)));
        }
    }
    settings.endGroup();
}

void ConfigSettings::load(QSettings& settings, litetune::TrainConfig& config) {
    settings.beginGroup(QStringLiteral("knobs"));
    litetune::Method method = config.method;
    if (litetune::parseMethod(toStdString(settings.value(QStringLiteral("method")).toString()), method)) {
        config.method = method;
    }
    for (const litetune::OptionSpec& option : litetune::optionTable()) {
        const QString key = QLatin1String(option.settingsKey);
        if (!*option.settingsKey || !settings.contains(key)) {
            continue;
        }
        litetune::OptionValue value = option.get(config);
        litetune::TrainConfig tried = config;
        if (fromVariant(option, settings.value(key), value) && option.set(tried, value)) {
            config = tried;
        }
    }
    settings.endGroup();
}
