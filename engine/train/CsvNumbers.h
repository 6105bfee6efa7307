// CsvNumbers: the few helpers the run files (history.csv, predictions.csv) share: number
// formatting, strict number parsing with messages naming the place, and splitting a plain
// comma-separated line (these files never quote). Not a general CSV reader: datasets use
// engine/data's RFC 4180 reader.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace litetune {

std::string formatNumber(double value); // %.10g; "nan"/"inf" spelled as Python prints them
double parseNumber(const std::string& text, const std::string& where);
std::int64_t parseInteger(const std::string& text, const std::string& where);
std::vector<std::string> splitCsvLine(const std::string& line);

} // namespace litetune
