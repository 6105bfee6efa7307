// Fuzzes the CSV/TSV and JSON Lines readers: any bytes give a RawTable or a litetune::Error.
// The first byte picks the reader, so one corpus exercises both.
#include "data/CsvReader.h"
#include "data/JsonLinesReader.h"
#include "util/Error.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    litetune::ReadLimits limits;
    limits.maxFieldBytes = 4096; // small caps reach the limit paths quickly
    limits.maxFileBytes = 1 << 20;
    try {
        switch (data[0] % 3) {
        case 0:
            litetune::CsvReader::parse(text, ',', "fuzz.csv", limits);
            break;
        case 1:
            litetune::CsvReader::parse(text, litetune::CsvReader::delimiterFor("fuzz.txt", text), "fuzz.txt", limits);
            break;
        default:
            litetune::JsonLinesReader::parse(text, "fuzz.jsonl", limits);
            break;
        }
    } catch (const litetune::Error&) {
    }
    return 0;
}
