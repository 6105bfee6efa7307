// Number formatting and strict parsing for the run files.
#include "train/CsvNumbers.h"

#include "util/Error.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace litetune {

std::string formatNumber(double value) {
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    char text[64];
    std::snprintf(text, sizeof text, "%.10g", value);
    return text;
}

double parseNumber(const std::string& text, const std::string& where) {
    if (text == "nan")
        return std::nan("");
    if (text == "inf" || text == "-inf")
        return text[0] == '-' ? -INFINITY : INFINITY;
    char* end = nullptr;
    errno = 0;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || errno == ERANGE || !std::isfinite(value))
        throwBadInput(where + ": expected a number, found \"" + text.substr(0, 40) + "\"");
    return value;
}

std::int64_t parseInteger(const std::string& text, const std::string& where) {
    char* end = nullptr;
    errno = 0;
    const long long value = std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || errno == ERANGE)
        throwBadInput(where + ": expected an integer, found \"" + text.substr(0, 40) + "\"");
    return value;
}

std::vector<std::string> splitCsvLine(const std::string& line) {
    std::vector<std::string> fields(1);
    for (const char c : line) {
        if (c == ',')
            fields.emplace_back();
        else if (c != '\r')
            fields.back() += c;
    }
    return fields;
}

} // namespace litetune
