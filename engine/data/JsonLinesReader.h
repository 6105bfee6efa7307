// JsonLinesReader: JSON Lines (one object per line) into a RawTable whose columns are the keys
// in order of first appearance. A string value is a field as is; an integer becomes its decimal
// text (integer labels); any other type, a missing key, invalid JSON or a line that is not an
// object is a bad record with its line. Deliberately flat: nested values are not columns.
// Reference: jsonlines.org; RFC 8259.
#pragma once

#include "data/RawTable.h"

#include <string>
#include <string_view>

namespace litetune {

class LoadMeter;

class JsonLinesReader {
public:
    // `meter`, when given, hears of every line and may stop the parse (LoadMeter.h).
    static RawTable parse(std::string_view text, const std::string& file, const ReadLimits& limits,
                          LoadMeter* meter = nullptr);

    // Whether text looks like JSON Lines (its first non-blank character is '{').
    static bool looksLikeJsonLines(std::string_view text);
};

} // namespace litetune
