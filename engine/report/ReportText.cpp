// Report text rules (see ReportText.h). to_chars is locale-independent by definition (C++17
// [utility.to.chars]), which is the whole reason it is used here instead of snprintf/iostreams.
#include "report/ReportText.h"

#include "api/Report.h"

#include <array>
#include <charconv>
#include <cmath>

namespace litetune {

namespace {

std::string nonFinite(double value) {
    if (std::isnan(value))
        return "nan";
    return value > 0 ? "inf" : "-inf";
}

std::string wholeSeconds(double seconds) {
    return std::to_string(static_cast<std::int64_t>(std::llround(seconds)));
}

// Under a minute: whole seconds from 10 s on, one decimal below (a tiny demo run takes 0.8 s).
std::string secondsOnly(double seconds) {
    return (seconds < 9.95 ? ReportText::fixed(seconds, 1) : wholeSeconds(seconds)) + " sec";
}

std::string hoursAndMinutes(double seconds) {
    const std::int64_t minutes = std::llround(seconds / 60.0);
    return std::to_string(minutes / 60) + " hr " + std::to_string(minutes % 60) + " min";
}

} // namespace

std::string ReportText::escapeXml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string ReportText::escapeMarkdownCell(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '|' || c == '\\' || c == '<' || c == '>' || c == '&')
            out += '\\';
        out += (c == '\n' || c == '\r') ? ' ' : c;
    }
    return out;
}

std::string ReportText::escapeCsv(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string ReportText::fixed(double value, int decimals) {
    if (!std::isfinite(value))
        return nonFinite(value);
    std::array<char, 64> buffer{};
    // Above 1e40 fixed notation no longer fits the buffer; nothing in a report is that large.
    if (std::fabs(value) >= 1e40)
        return exact(value);
    const auto result =
        std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed, decimals);
    std::string out(buffer.data(), result.ptr);
    if (out.find_first_not_of("-0.") == std::string::npos && out[0] == '-')
        out.erase(0, 1); // "-0.00" reads as a sign error in a table
    return out;
}

std::string ReportText::exact(double value) {
    if (!std::isfinite(value))
        return nonFinite(value);
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

std::string ReportText::percent(double fraction, int decimals) {
    return fixed(fraction * 100.0, decimals) + "%";
}

std::string ReportText::hoursMinutes(double seconds) {
    if (!std::isfinite(seconds))
        return nonFinite(seconds);
    return std::llround(seconds) >= 3600 ? hoursAndMinutes(seconds) : minutesSeconds(seconds);
}

std::string ReportText::minutesSeconds(double seconds) {
    if (!std::isfinite(seconds))
        return nonFinite(seconds);
    if (seconds < 59.5)
        return secondsOnly(seconds);
    const std::int64_t total = std::llround(seconds);
    if (total >= 3600)
        return hoursAndMinutes(seconds);
    return std::to_string(total / 60) + " min " + std::to_string(total % 60) + " sec";
}

std::string ReportText::epoch(double value) {
    if (!std::isfinite(value))
        return nonFinite(value);
    std::string text = fixed(value, 2);
    while (text.size() > 1 && text.back() == '0' && text[text.size() - 2] != '.')
        text.pop_back();
    return text;
}

std::string ReportText::thousands(std::int64_t value) {
    const std::string digits = std::to_string(value < 0 ? -value : value);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return value < 0 ? "-" + out : out;
}

ScaledBytes scaleBytes(std::int64_t bytes) {
    static const char* const kUnits[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    ScaledBytes out;
    out.value = static_cast<double>(bytes);
    int unit = 0;
    while (std::fabs(out.value) >= 1024.0 && unit < 4) {
        out.value /= 1024.0;
        ++unit;
    }
    out.unit = kUnits[unit];
    if (unit > 0)
        out.decimals = std::fabs(out.value) >= 100.0 ? 0 : (std::fabs(out.value) >= 10.0 ? 1 : 2);
    return out;
}

std::string ReportText::bytes(std::int64_t value) {
    const ScaledBytes scaled = scaleBytes(value);
    if (std::string(scaled.unit) == "B")
        return std::to_string(value) + " B";
    return fixed(scaled.value, scaled.decimals) + " " + scaled.unit;
}

std::string ReportText::shorten(std::string_view text, std::size_t maxChars) {
    if (maxChars == 0)
        return {};
    std::size_t count = 0;
    std::size_t lastFits = 0; // byte offset where the (maxChars)-th code point starts
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
            continue; // continuation byte
        if (count + 1 == maxChars)
            lastFits = i;
        if (++count > maxChars)
            return std::string(text.substr(0, lastFits)) + "\xE2\x80\xA6"; // the ellipsis takes the last place
    }
    return std::string(text);
}

} // namespace litetune
