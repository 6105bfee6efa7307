// CsvReader: RFC 4180 delimited text (CSV, TSV) into a RawTable — quoted fields, doubled quotes,
// newlines inside quotes, CRLF or LF, a UTF-8 byte-order mark, blank lines skipped; the first
// record is the header. A ragged record or text after a closing quote is a bad record (with its
// line) and reading goes on; a field past the size cap (e.g. a quote never closed) stops reading
// with an error, so hostile input costs at most one pass. Deliberately lenient on one point, as
// Python's csv module is: a quote inside an unquoted field is kept as text.
// Reference: RFC 4180 §2; Python csv (Dialect.doublequote, strict=False).
#pragma once

#include "data/RawTable.h"

#include <string>
#include <string_view>

namespace litetune {

class LoadMeter;

class CsvReader {
public:
    // `meter`, when given, hears of every record and may stop the parse (LoadMeter.h).
    static RawTable parse(std::string_view text, char delimiter, const std::string& file, const ReadLimits& limits,
                          LoadMeter* meter = nullptr);

    // ',' for .csv, '\t' for .tsv/.tab; otherwise the most frequent of , TAB ; | in the first
    // line (',' when none occurs).
    static char delimiterFor(const std::string& fileName, std::string_view text);
};

} // namespace litetune
