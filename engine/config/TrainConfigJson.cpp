// TrainConfig <-> run.json's "config" object, through the option table (api/OptionTable.h): every
// recorded option under its run.json key; a value read is checked against its range (a hand-edited
// run.json is refused, not obeyed).
#include "config/TrainConfigJson.h"

#include "api/OptionTable.h"
#include "util/Error.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <utility>

namespace litetune {

using nlohmann::json;

namespace {

json toJson(const OptionSpec& option, const OptionValue& value) {
    switch (option.type) {
    case OptionType::Integer:
        // Whole numbers as JSON integers (a seed reads back exactly); one no integer holds (an
        // unchecked config) as the number it is.
        if (value.number == std::floor(value.number) && std::fabs(value.number) < 9.2e18)
            return static_cast<std::int64_t>(value.number);
        return value.number;
    case OptionType::Real:
        return value.number;
    case OptionType::Switch:
        return value.on;
    case OptionType::Text:
    case OptionType::Choice:
        return value.text;
    case OptionType::List:
        return value.items;
    }
    return nullptr;
}

bool fromJson(const OptionSpec& option, const json& field, OptionValue& value) {
    switch (option.type) {
    case OptionType::Integer:
    case OptionType::Real:
        if (!field.is_number())
            return false;
        value.number = field.get<double>();
        return true;
    case OptionType::Switch:
        if (!field.is_boolean())
            return false;
        value.on = field.get<bool>();
        return true;
    case OptionType::Text:
    case OptionType::Choice:
        if (!field.is_string())
            return false;
        value.text = field.get<std::string>();
        return true;
    case OptionType::List:
        if (!field.is_array())
            return false;
        value.items.clear();
        for (const json& item : field) {
            if (!item.is_string())
                return false;
            value.items.push_back(item.get<std::string>());
        }
        return true;
    }
    return false;
}

} // namespace

json trainConfigToJson(const TrainConfig& c) {
    json object = json::object();
    for (const OptionSpec& option : optionTable())
        if (option.recorded)
            object[option.jsonKey] = toJson(option, option.get(c));
    return object;
}

namespace {

// run.json keys of runs recorded before the options took the Trainer's names, read under the new
// ones so that those runs still resume and list: {old key, new key}.
const std::pair<const char*, const char*> kRenamedKeys[] = {
    {"early_stopping", "early_stopping_patience"},
    {"early_stopping_metric", "metric_for_best_model"},
};

json withRenamedKeys(const json& j) {
    json out = j;
    for (const auto& [oldKey, newKey] : kRenamedKeys) {
        if (!out.contains(oldKey))
            continue;
        json value = out.at(oldKey);
        out.erase(oldKey);
        if (!out.contains(newKey))
            out[newKey] = std::move(value);
    }
    return out;
}

} // namespace

TrainConfig trainConfigFromJson(const json& original, const std::string& where) {
    if (!original.is_object())
        throwBadInput(where + ": \"config\" must be a JSON object, found " + std::string(original.type_name()));
    const json j = withRenamedKeys(original);
    TrainConfig c;
    for (const OptionSpec& option : optionTable()) {
        const auto it = j.find(option.jsonKey);
        // Absent in runs recorded before the option existed: TrainConfig's default, what those runs did.
        if (!option.recorded || it == j.end() || it->is_null())
            continue;
        OptionValue value = option.get(c);
        if (!fromJson(option, *it, value))
            throwBadInput(where + ": field \"config." + option.jsonKey + "\" has the wrong type (" + it->type_name() +
                          ")");
        // Checked before it is set: a field's type would cut 3.5 to 3 or a huge seed to garbage.
        if (const auto violation = checkOption(option, value))
            throwBadInput(where + ": field \"config." + option.jsonKey + "\" " + violation->expectation +
                          " (was run.json edited?)");
        if (!option.set(c, value))
            throwBadInput(where + ": field \"config." + option.jsonKey + "\" is \"" + value.text + "\", expected " +
                          optionChoices(option));
    }
    return c;
}

} // namespace litetune
