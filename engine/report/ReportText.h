// ReportText: the text rules every report part shares — escaping for HTML/XML, Markdown and CSV,
// and number formats that match the reference table in docs/architecture.md ("47.32%", "1.5625",
// "1 hr 33 min", "3 min 28 sec", "108.258", "1.0"). Every number goes through std::to_chars, so
// the output never depends on the C locale (a Qt application sets LC_NUMERIC from the user's
// environment, where printf would write "1,5625"). Deliberately no pluralisation or translation:
// the report mirrors the reference table word for word.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace litetune {

class ReportText {
public:
    // & < > " ' as entities; safe in element content and in double- or single-quoted attributes.
    static std::string escapeXml(std::string_view text);
    // Markdown text or a table cell: | \ < > & backslash-escaped (CommonMark), line breaks become spaces.
    static std::string escapeMarkdownCell(std::string_view text);
    // An RFC 4180 field: quoted when it holds a comma, quote or line break.
    static std::string escapeCsv(std::string_view text);

    // Fixed notation with `decimals` digits after the point; "nan"/"inf"/"-inf" for non-finite.
    static std::string fixed(double value, int decimals);
    // Shortest form that reads back as the same double (%.17g-like, locale-free); for CSV/JSON-ish text.
    static std::string exact(double value);
    // 0.4732 → "47.32%".
    static std::string percent(double fraction, int decimals = 2);
    // Training Duration: "1 hr 33 min" from an hour on, else "12 min 5 sec", else "42 sec"/"0.8 sec".
    static std::string hoursMinutes(double seconds);
    // Eval Runtime: "3 min 28 sec" from a minute on, else "42 sec"/"0.8 sec"; hours as "1 hr 2 min".
    static std::string minutesSeconds(double seconds);
    // Epoch as Python prints a float: 1 → "1.0", 0.5 → "0.5", 0.333333 → "0.33".
    static std::string epoch(double value);
    // 124439808 → "124,439,808".
    static std::string thousands(std::int64_t value);
    // Binary units with three significant digits: "812 KiB", "1.23 GiB"; "0 B" for zero.
    static std::string bytes(std::int64_t value);

    // At most `maxChars` code points of UTF-8 `text`, with "…" appended when cut (never mid-character).
    static std::string shorten(std::string_view text, std::size_t maxChars);
};

} // namespace litetune
