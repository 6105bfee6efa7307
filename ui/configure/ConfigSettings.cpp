#include "configure/ConfigSettings.h"

#include "api/OptionTable.h"
#include "bridge/EngineTypes.h"

#include <QSettings>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace {

using litetune::OptionSpec;
using litetune::OptionType;

const QString kKnobs = QStringLiteral("knobs");

// The rows kept in group "knobs" and their keys: the method (its own key, older than the table's
// settings keys) and every row with a settings key.
std::vector<std::pair<const OptionSpec*, QString>> storedOptions() {
    std::vector<std::pair<const OptionSpec*, QString>> stored;
    if (const OptionSpec* method = litetune::findOption("method")) {
        stored.emplace_back(method, QStringLiteral("method"));
    }
    for (const OptionSpec& option : litetune::optionTable()) {
        if (*option.settingsKey) {
            stored.emplace_back(&option, QLatin1String(option.settingsKey));
        }
    }
    return stored;
}

QVariant toVariant(const OptionSpec& option, const litetune::OptionValue& value) {
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

// A stored value as a command-line word: the INI file holds text, and a list comes back split.
QString storedText(const QVariant& stored) {
    if (stored.typeId() == QMetaType::QStringList) {
        return stored.toStringList().join(QLatin1Char(','));
    }
    return stored.toString();
}

// Parses `text` into `value` with the CLI's rule for the option; on failure, why.
std::optional<std::string> parse(const OptionSpec& option, const QString& text, litetune::OptionValue& value) {
    // An empty target list is what the form saves when the field is cleared; the Configure place
    // reports it as a problem, so it is restored as it was left.
    if (option.type == OptionType::List && text.trimmed().isEmpty()) {
        value.items.clear();
        return std::nullopt;
    }
    return litetune::parseOptionText(option, toStdString(text), value);
}

} // namespace

void ConfigSettings::save(QSettings& settings, const litetune::TrainConfig& config) {
    settings.beginGroup(kKnobs);
    for (const auto& [option, key] : storedOptions()) {
        settings.setValue(key, toVariant(*option, option->get(config)));
    }
    settings.endGroup();
}

SettingsCheck ConfigSettings::load(QSettings& settings, litetune::TrainConfig& config) {
    SettingsCheck check;
    settings.beginGroup(kKnobs);
    const QString prefix = settings.group() + QLatin1Char('/');
    QStringList known;
    for (const auto& [option, key] : storedOptions()) {
        known << key;
        if (!settings.contains(key)) {
            continue;
        }
        const QString text = storedText(settings.value(key));
        litetune::OptionValue value = option->get(config);
        std::optional<std::string> why = parse(*option, text, value);
        if (!why) {
            if (auto broken = litetune::checkOption(*option, value)) {
                why = broken->expectation;
            }
        }
        litetune::TrainConfig tried = config;
        if (!why && !option->set(tried, value)) {
            why = "expects " + litetune::optionChoices(*option) + ", got '" + toStdString(text) + "'";
        }
        if (why) {
            check.rejected.append(
                {prefix + key, text, toQString(litetune::optionText(*option, option->get(config))), toQString(*why)});
            continue;
        }
        config = tried;
    }
    for (const QString& key : settings.allKeys()) {
        if (!known.contains(key)) {
            settings.remove(key);
            check.removed << prefix + key;
        }
    }
    settings.endGroup();
    return check;
}

QStringList ConfigSettings::removeUnknown(QSettings& settings, const QStringList& keep) {
    QStringList removed;
    if (settings.group().isEmpty()) {
        return removed; // the root holds other places' groups
    }
    const QString knobs = kKnobs + QLatin1Char('/');
    for (const QString& key : settings.allKeys()) {
        if (!keep.contains(key) && !key.startsWith(knobs)) {
            settings.remove(key);
            removed << settings.group() + QLatin1Char('/') + key;
        }
    }
    return removed;
}

QStringList ConfigSettings::notices(const SettingsCheck& check) {
    QStringList lines;
    for (const SettingsCheck::Rejected& rejected : check.rejected) {
        lines << tr("Saved setting %1 = “%2” ignored (%3); using the default %4.")
                     .arg(rejected.key, rejected.value, rejected.reason, rejected.defaultValue);
    }
    if (!check.removed.isEmpty()) {
        lines << tr("Removed unknown saved settings: %1.").arg(check.removed.join(QStringLiteral(", ")));
    }
    return lines;
}
