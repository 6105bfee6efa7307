// Looking options up, writing and parsing their values, and checking their ranges
// (api/OptionTable.h).
#include "api/OptionTable.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <locale>
#include <sstream>

namespace litetune {

namespace {

// Integral values as integers ("1000000", not "1e+06"), the rest as %g.
std::string number(double value) {
    char text[32];
    if (std::isfinite(value) && value == std::floor(value) &&
        std::fabs(value) <= 9007199254740992.0) // 2^53: every integer up to it is exact
        std::snprintf(text, sizeof text, "%.0f", value);
    else
        std::snprintf(text, sizeof text, "%g", value);
    return text;
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos)
        return "";
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

OptionViolation violation(const OptionSpec& option, std::string expectation) {
    return OptionViolation{option.flag, option.jsonKey, std::move(expectation)};
}

} // namespace

const OptionSpec* findOption(const std::string& flag) {
    for (const OptionSpec& option : optionTable())
        if (flag == option.flag)
            return &option;
    return nullptr;
}

std::vector<const OptionSpec*> optionsIn(OptionScope scope) {
    std::vector<const OptionSpec*> found;
    for (const OptionSpec& option : optionTable())
        if (option.scope == scope)
            found.push_back(&option);
    return found;
}

std::string optionChoices(const OptionSpec& option) {
    std::string list;
    for (std::size_t i = 0; i < option.choices.size(); ++i)
        list += (i == 0 ? "" : i + 1 == option.choices.size() ? " or " : ", ") + std::string(option.choices[i]);
    return list;
}

std::string optionRange(const OptionSpec& option) {
    return (option.lowInclusive ? "[" : "(") + number(option.low) + ", " + number(option.high) + "]";
}

std::string optionText(const OptionSpec& option, const OptionValue& value) {
    switch (option.type) {
    case OptionType::Integer:
    case OptionType::Real:
        return number(value.number);
    case OptionType::Switch:
        return value.on ? "true" : "false";
    case OptionType::Text:
    case OptionType::Choice:
        return value.text;
    case OptionType::List: {
        std::string joined;
        for (const std::string& item : value.items)
            joined += (joined.empty() ? "" : ",") + item;
        return joined;
    }
    }
    return "";
}

std::optional<std::string> parseOptionText(const OptionSpec& option, const std::string& text, OptionValue& out) {
    switch (option.type) {
    case OptionType::Integer: {
        char* end = nullptr;
        errno = 0;
        const long long parsed = std::strtoll(text.c_str(), &end, 10);
        if (text.empty() || *end != '\0' || errno == ERANGE)
            return "expects an integer, got '" + text + "'";
        out.number = static_cast<double>(parsed);
        return std::nullopt;
    }
    case OptionType::Real: {
        // The classic locale, not strtod's: a Qt program (the GUI) runs under the user's, where a
        // German one would stop "0.05" at the '.'. Flags, run.json and settings hold C numbers.
        std::istringstream in(text);
        in.imbue(std::locale::classic());
        double parsed = 0.0;
        in >> parsed;
        if (text.empty() || in.fail() || in.peek() != std::char_traits<char>::eof() || !std::isfinite(parsed))
            return "expects a finite number, got '" + text + "'";
        out.number = parsed;
        return std::nullopt;
    }
    case OptionType::Switch:
        if (text == "true" || text == "1")
            out.on = true;
        else if (text == "false" || text == "0")
            out.on = false;
        else
            return "expects true or false, got '" + text + "'";
        return std::nullopt;
    case OptionType::Text:
        out.text = text;
        return std::nullopt;
    case OptionType::Choice: {
        // Tried on a scratch config: the field's own parser knows the aliases ("eval" for "base").
        OptionValue tried = out;
        tried.text = text;
        TrainConfig scratch;
        if (!option.set(scratch, tried))
            return "expects " + optionChoices(option) + ", got '" + text + "'";
        out.text = text;
        return std::nullopt;
    }
    case OptionType::List: {
        out.items.clear();
        std::stringstream in(text);
        std::string item;
        while (std::getline(in, item, ','))
            if (!trimmed(item).empty())
                out.items.push_back(trimmed(item));
        if (out.items.empty())
            return "expects a comma-separated list, got '" + text + "'";
        return std::nullopt;
    }
    }
    return std::nullopt;
}

std::optional<OptionViolation> checkOption(const OptionSpec& option, const OptionValue& value) {
    if (option.type != OptionType::Integer && option.type != OptionType::Real)
        return std::nullopt;
    const double v = value.number;
    const bool special = option.specialMeans[0] != '\0' && v == option.specialValue;
    const bool inRange =
        std::isfinite(v) && v <= option.high && (option.lowInclusive ? v >= option.low : v > option.low);
    if (!special && !inRange) {
        std::string expectation = "expects ";
        if (option.specialMeans[0] != '\0' && option.specialValue < option.low)
            expectation += number(option.specialValue) + " (" + option.specialMeans + ") or ";
        return violation(option, expectation + "a value in " + optionRange(option) + ", got " + number(v));
    }
    if (option.type == OptionType::Integer && v != std::floor(v))
        return violation(option, "expects an integer, got " + number(v));
    return std::nullopt;
}

std::vector<OptionViolation> validate(const TrainConfig& config) {
    std::vector<OptionViolation> found;
    for (const OptionSpec& option : optionTable())
        if (auto broken = checkOption(option, option.get(config)))
            found.push_back(std::move(*broken));
    return found;
}

std::optional<OptionViolation> firstViolation(const TrainConfig& config) {
    std::vector<OptionViolation> found = validate(config);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

} // namespace litetune
