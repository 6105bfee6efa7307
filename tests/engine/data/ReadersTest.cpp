// CsvReader and JsonLinesReader in isolation: RFC 4180 corners, delimiter choice, JSON value
// types, and random bytes, which must give a table or a litetune::Error — never a crash or hang.
#include "data/CsvReader.h"
#include "data/JsonLinesReader.h"
#include "data/SplitMix64.h"
#include "util/Error.h"

#include <gtest/gtest.h>

using namespace litetune;

namespace {

RawTable csv(std::string_view text, char delimiter = ',') {
    return CsvReader::parse(text, delimiter, "t.csv", ReadLimits{});
}

} // namespace

TEST(CsvReader, FieldsQuotesAndLineEnds) {
    const RawTable table = csv("a,b\r\n\"x,1\",\"y\"\"z\"\r\n,\n\"p\rq\",r\rs\n last ,\"\"");
    EXPECT_EQ(table.columns, (std::vector<std::string>{"a", "b"}));
    ASSERT_EQ(table.records.size(), 4u);
    EXPECT_EQ(table.records[0].fields, (std::vector<std::string>{"x,1", "y\"z"}));
    EXPECT_EQ(table.records[1].fields, (std::vector<std::string>{"", ""}));         // a trailing delimiter
    EXPECT_EQ(table.records[2].fields, (std::vector<std::string>{"p\rq", "r\rs"})); // a lone CR is text
    EXPECT_EQ(table.records[3].fields, (std::vector<std::string>{" last ", ""}));
    EXPECT_EQ(table.records[3].line, 5);
    for (const RawRecord& record : table.records)
        EXPECT_TRUE(record.problem.empty()) << record.problem;
}

TEST(CsvReader, ChoosesTheDelimiter) {
    EXPECT_EQ(CsvReader::delimiterFor("x.csv", "a\tb\tc"), ',');
    EXPECT_EQ(CsvReader::delimiterFor("x.TSV", "a,b"), '\t');
    EXPECT_EQ(CsvReader::delimiterFor("x.txt", "a\tb,c\td"), '\t');
    EXPECT_EQ(CsvReader::delimiterFor("x.txt", "\xEF\xBB\xBFtext;label"), ';');
    EXPECT_EQ(CsvReader::delimiterFor("x.txt", "\"a,b,c\"|label"), '|'); // commas inside quotes do not count
    EXPECT_EQ(CsvReader::delimiterFor("x", "single"), ',');
}

TEST(CsvReader, HeaderProblemsStopReading) {
    EXPECT_THROW(csv("\"a\"b,c\nx,y\n"), Error);
    EXPECT_THROW(csv("\n\r\n"), Error); // blank lines only: no header
}

TEST(JsonLinesReader, ValueTypes) {
    const RawTable table = JsonLinesReader::parse(
        "{\"text\": \"a\", \"label\": 3}\n{\"label\": -2, \"text\": \"b\", \"new\": true}\r\n{\"text\": null}\n",
        "t.jsonl", ReadLimits{});
    EXPECT_EQ(table.columns, (std::vector<std::string>{"text", "label", "new"}));
    ASSERT_EQ(table.records.size(), 3u);
    EXPECT_EQ(table.records[0].fields, (std::vector<std::string>{"a", "3", ""}));
    EXPECT_EQ(table.records[0].fieldProblems[2], "missing");
    EXPECT_EQ(table.records[1].fields[1], "-2");
    EXPECT_EQ(table.records[1].fieldProblems[2], "a boolean, expected a string or an integer");
    EXPECT_EQ(table.records[2].fieldProblems[0], "null, expected a string or an integer");
    EXPECT_EQ(table.records[2].fieldProblems[1], "missing");
    const RawTable deep =
        JsonLinesReader::parse("{\"a\": " + std::string(100000, '[') + "}\n", "deep.jsonl", ReadLimits{});
    EXPECT_EQ(deep.records.at(0).problem, "JSON nested deeper than 64 levels");
}

TEST(Readers, RandomBytesGiveATableOrAnError) {
    // Inputs mostly made of the characters parsers branch on.
    const std::string alphabet = "\",\t\n\r{}[]:\\ab \xEF\xBB\xBF\xFF";
    SplitMix64 random(2024);
    ReadLimits limits;
    limits.maxFieldBytes = 64;
    for (int round = 0; round < 3000; ++round) {
        std::string input(random.below(200), ' ');
        for (char& c : input)
            c = alphabet[random.below(alphabet.size())];
        for (const char delimiter : {',', '\t'}) {
            try {
                const RawTable table = CsvReader::parse(input, delimiter, "fuzz.csv", limits);
                for (const RawRecord& record : table.records)
                    for (const std::string& field : record.fields)
                        ASSERT_LE(field.size(), limits.maxFieldBytes);
            } catch (const Error&) {
            }
        }
        try {
            JsonLinesReader::parse(input, "fuzz.jsonl", limits);
        } catch (const Error&) {
        }
    }
}
