// OptionRow: how the option table (config/OptionTable.cpp) declares a row: a builder whose setters
// each return the row, and the accessors that read and write a TrainConfig field by its kind (a
// number, a switch, a text, a list, a named choice). Only the table includes it.
#pragma once

#include "api/OptionTable.h"

#include <string>
#include <type_traits>
#include <vector>

namespace litetune::option_row {

// A row under construction: each setter returns the row, so a row reads as one declaration.
struct Row {
    OptionSpec spec;

    Row(const char* flag, const char* jsonKey, OptionType type, OptionScope scope) {
        spec.flag = flag;
        spec.jsonKey = jsonKey;
        spec.type = type;
        spec.scope = scope;
        spec.metavar = type == OptionType::Integer ? "N" : type == OptionType::Real ? "X" : "NAME";
    }
    Row& form(FormPlace place, const char* label, const char* settingsKey) {
        spec.form = place;
        spec.label = label;
        spec.settingsKey = settingsKey;
        return *this;
    }
    Row& help(const char* text) {
        spec.help = text;
        return *this;
    }
    Row& range(double low, double high, bool lowInclusive = true) {
        spec.low = low;
        spec.high = high;
        spec.lowInclusive = lowInclusive;
        return *this;
    }
    Row& special(double value, const char* means) {
        spec.specialValue = value;
        spec.specialMeans = means;
        return *this;
    }
    Row& unit(const char* text) {
        spec.unit = text;
        return *this;
    }
    Row& metavar(const char* text) {
        spec.metavar = text;
        return *this;
    }
    Row& decimals(int digits, double step) {
        spec.decimals = digits;
        spec.step = step;
        return *this;
    }
    Row& logScale() {
        spec.logScale = true;
        return *this;
    }
    Row& choices(std::vector<const char*> names) {
        spec.choices = std::move(names);
        return *this;
    }
    Row& notReported() {
        spec.reported = false;
        return *this;
    }
    Row& notRecorded() {
        spec.recorded = false;
        spec.reported = false;
        return *this;
    }
    Row& access(OptionValue (*get)(const TrainConfig&), bool (*set)(TrainConfig&, const OptionValue&)) {
        spec.get = get;
        spec.set = set;
        return *this;
    }
};

// How a row reads and writes its TrainConfig field, by the field's kind.
struct NumberField {
    template <typename Field> static OptionValue get(const Field& field) {
        OptionValue value;
        value.number = static_cast<double>(field);
        return value;
    }
    template <typename Field> static void set(Field& field, const OptionValue& value) {
        field = static_cast<Field>(value.number);
    }
};
struct SwitchField {
    static OptionValue get(bool field) {
        OptionValue value;
        value.on = field;
        return value;
    }
    static void set(bool& field, const OptionValue& value) { field = value.on; }
};
struct TextField {
    static OptionValue get(const std::string& field) {
        OptionValue value;
        value.text = field;
        return value;
    }
    static void set(std::string& field, const OptionValue& value) { field = value.text; }
};
struct ListField {
    static OptionValue get(const std::vector<std::string>& field) {
        OptionValue value;
        value.items = field;
        return value;
    }
    static void set(std::vector<std::string>& field, const OptionValue& value) { field = value.items; }
};

} // namespace litetune::option_row

// How a row reads and writes its TrainConfig field (inside namespace litetune), by the field's kind.
#define LITETUNE_FIELD(kind, member)                                                                                   \
    [](const TrainConfig& c) { return kind::get(c.member); }, [](TrainConfig& c, const OptionValue& v) {               \
        kind::set(c.member, v);                                                                                        \
        return true;                                                                                                   \
    }
#define LITETUNE_NUMBER(member) LITETUNE_FIELD(option_row::NumberField, member)
#define LITETUNE_SWITCH(member) LITETUNE_FIELD(option_row::SwitchField, member)
#define LITETUNE_TEXT(member) LITETUNE_FIELD(option_row::TextField, member)
#define LITETUNE_LIST(member) LITETUNE_FIELD(option_row::ListField, member)
#define LITETUNE_CHOICE(member, nameOf, parse)                                                                         \
    [](const TrainConfig& c) { return option_row::TextField::get(nameOf(c.member)); },                                 \
        [](TrainConfig& c, const OptionValue& v) { return parse(v.text, c.member); }
