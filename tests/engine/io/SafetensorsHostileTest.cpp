// SafetensorsFile on hostile input: every rule of docs/formats.md §3 violated once, each giving one
// BadInput sentence that names the file and the tensor or field at fault. Plus the corpus of
// hostile files in tests/data/bad/safetensors/ (tools/io/make_bad_safetensors.py).
#include "SafetensorsBytes.h"
#include "TestPaths.h"

#include "io/SafetensorsFile.h"
#include "util/Error.h"

#include <gtest/gtest.h>

namespace litetune {
namespace {

using test::safetensorsBytes;
using test::withLength;

struct HostileCase {
    const char* what;
    std::string bytes;
    std::vector<std::string> fragments; // each must appear in the message
};

std::string entry(const std::string& name, const std::string& dtype, const std::string& shape, std::uint64_t begin,
                  std::uint64_t end) {
    return "\"" + name + "\":{\"dtype\":\"" + dtype + "\",\"shape\":" + shape + ",\"data_offsets\":[" +
           std::to_string(begin) + "," + std::to_string(end) + "]}";
}

std::vector<HostileCase> hostileCases() {
    const std::string eight(8, 'x');
    const std::string sixteen(16, 'x');
    return {
        {"empty file", "", {"0 bytes long", "too short"}},
        {"truncated length", std::string("\x10\x00\x00", 3), {"3 bytes long"}},
        {"header length past the end", withLength(1000, "{}"), {"header length 1000", "past the end of the file"}},
        {"header length 2^63", withLength(1ull << 63, "{}"), {"9223372036854775808", "exceeds the limit"}},
        {"header length 2^64-1", withLength(~0ull, "{}"), {"18446744073709551615", "exceeds the limit"}},
        {"header just over the cap", withLength(100'000'001, "{}"), {"100000001", "exceeds the limit"}},
        {"empty header", withLength(0, ""), {"header is empty"}},
        {"header of spaces", withLength(8, "        "), {"header is empty"}},
        {"header not JSON", safetensorsBytes("{not json}", ""), {"not valid JSON"}},
        {"header a JSON list", safetensorsBytes("[1,2]", ""), {"does not start with '{'"}},
        {"header a JSON string", safetensorsBytes("\"abc\"", ""), {"does not start with '{'"}},
        {"leading whitespace", safetensorsBytes(" {}", ""), {"does not start with '{'"}},
        {"newline padding", safetensorsBytes("{}\n", ""), {"end with '}'"}},
        {"NUL padding", withLength(8, std::string("{}\0\0\0\0\0\0", 8)), {"end with '}'"}},
        {"trailing garbage after the object", safetensorsBytes("{} {}", ""), {"not valid JSON"}},
        {"unbalanced JSON", safetensorsBytes("{\"a\":{\"dtype\":\"F32\"}", ""), {"\"a\"", "lacks the field \"shape\""}},
        {"truncated JSON", safetensorsBytes("{\"a\":{\"dtype\":\"F3", ""), {"end with '}'"}},
        {"unclosed JSON", safetensorsBytes("{\"a\":{}", ""), {"\"a\"", "lacks"}},
        {"unclosed root", safetensorsBytes("{\"__metadata__\":{}", ""), {"not valid JSON"}},
        {"invalid UTF-8 in a name", safetensorsBytes("{\"\xff\xfe\":{}}", ""), {"not valid JSON"}},
        {"overlapping offsets",
         safetensorsBytes("{" + entry("a", "F32", "[2]", 0, 8) + "," + entry("b", "F32", "[2]", 4, 12) + "}",
                          sixteen.substr(0, 12)),
         {"\"b\"", "overlaps", "\"a\""}},
        {"two tensors on the same bytes",
         safetensorsBytes("{" + entry("a", "F32", "[2]", 0, 8) + "," + entry("b", "F32", "[2]", 0, 8) + "}", eight),
         {"overlaps"}},
        {"gap between tensors",
         safetensorsBytes("{" + entry("a", "F32", "[1]", 0, 4) + "," + entry("b", "F32", "[1]", 8, 12) + "}",
                          sixteen.substr(0, 12)),
         {"bytes 4 to 8", "gap before tensor \"b\""}},
        {"first tensor not at 0",
         safetensorsBytes("{" + entry("a", "F32", "[1]", 4, 8) + "}", eight),
         {"bytes 0 to 4", "\"a\""}},
        {"offsets past the end",
         safetensorsBytes("{" + entry("a", "F32", "[4]", 0, 16) + "}", eight),
         {"\"a\"", "[0, 16]", "past the end of the data section (8 bytes)"}},
        {"trailing bytes after the last tensor",
         safetensorsBytes("{" + entry("a", "F32", "[1]", 0, 4) + "}", eight),
         {"8 bytes", "cover only 4"}},
        {"end before begin",
         safetensorsBytes("{" + entry("a", "U8", "[0]", 4, 0) + "}", eight),
         {"\"a\"", "end before they begin"}},
        {"shape times dtype differs from the byte length",
         safetensorsBytes("{" + entry("w", "F32", "[3]", 0, 8) + "}", eight),
         {"\"w\"", "[3] of F32", "needs 12 bytes", "span 8"}},
        {"shape overflowing 64 bits",
         safetensorsBytes("{" + entry("w", "F64", "[4294967296,4294967296]", 0, 8) + "}", eight),
         {"\"w\"", "overflows"}},
        {"negative dimension",
         safetensorsBytes("{" + entry("w", "F32", "[-2]", 0, 8) + "}", eight),
         {"\"w\"", "negative dimension -2"}},
        {"fractional dimension",
         safetensorsBytes("{" + entry("w", "F32", "[2.0]", 0, 8) + "}", eight),
         {"shape of tensor \"w\"", "fractional"}},
        {"dimension above 2^63",
         safetensorsBytes("{" + entry("w", "F32", "[0,9223372036854775808]", 0, 0) + "}", ""),
         {"\"w\"", "larger than 2^63-1"}},
        {"offset too large for a number",
         safetensorsBytes(R"({"w":{"dtype":"U8","shape":[1],"data_offsets":[0,1e400]}})", "x"),
         {"not valid JSON", "1e400"}},
        {"offset beyond 64 bits",
         safetensorsBytes(R"({"w":{"dtype":"U8","shape":[1],"data_offsets":[0,18446744073709551616]}})", "x"),
         {"data_offsets of tensor \"w\"", "fractional"}},
        {"deeply nested metadata",
         safetensorsBytes("{\"__metadata__\":{\"k\":" + std::string(100000, '[') + "}}", ""),
         {"\"k\" must be a string", "an array"}},
        {"unknown dtype",
         safetensorsBytes("{" + entry("w", "F31", "[2]", 0, 8) + "}", eight),
         {"\"w\"", "unknown dtype \"F31\""}},
        {"sub-byte dtype",
         safetensorsBytes("{" + entry("w", "F4", "[2]", 0, 1) + "}", "x"),
         {"\"w\"", "sub-byte dtype \"F4\""}},
        {"dtype not a string",
         safetensorsBytes(R"({"w":{"dtype":4,"shape":[1],"data_offsets":[0,4]}})", "xxxx"),
         {"dtype of tensor \"w\" must be a string"}},
        {"duplicate tensor names",
         safetensorsBytes("{" + entry("w", "F32", "[1]", 0, 4) + "," + entry("w", "F32", "[1]", 4, 8) + "}", eight),
         {"\"w\"", "appears twice"}},
        {"duplicate metadata",
         safetensorsBytes(R"({"__metadata__":{"a":"1"},"__metadata__":{"a":"2"}})", ""),
         {"\"__metadata__\"", "appears twice"}},
        {"duplicate metadata key",
         safetensorsBytes(R"({"__metadata__":{"a":"1","a":"2"}})", ""),
         {"__metadata__", "\"a\" twice"}},
        {"duplicate field",
         safetensorsBytes(R"({"w":{"dtype":"F32","dtype":"F16","shape":[1],"data_offsets":[0,4]}})", "xxxx"),
         {"\"w\"", "field \"dtype\" twice"}},
        {"metadata with a number",
         safetensorsBytes(R"({"__metadata__":{"format":"pt","step":3}})", ""),
         {"__metadata__ value of \"step\" must be a string", "found a number"}},
        {"metadata with an object",
         safetensorsBytes(R"({"__metadata__":{"nested":{"a":"b"}}})", ""),
         {"\"nested\" must be a string", "an object"}},
        {"metadata a string", safetensorsBytes(R"({"__metadata__":"pt"})", ""), {"__metadata__ must be an object"}},
        {"tensor entry a list", safetensorsBytes(R"({"w":[1,2]})", ""), {"tensor \"w\" must be an object"}},
        {"missing field",
         safetensorsBytes(R"({"w":{"dtype":"F32","shape":[1]}})", ""),
         {"\"w\"", "lacks", "data_offsets"}},
        {"unknown field",
         safetensorsBytes(R"({"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4],"offsets":[0,4]}})", "xxxx"),
         {"\"w\"", "unknown field \"offsets\""}},
        {"three offsets",
         safetensorsBytes(R"({"w":{"dtype":"U8","shape":[1],"data_offsets":[0,1,2]}})", "x"),
         {"\"w\"", "more than two"}},
        {"one offset",
         safetensorsBytes(R"({"w":{"dtype":"U8","shape":[1],"data_offsets":[0]}})", "x"),
         {"\"w\"", "has 1 numbers"}},
        {"negative offset",
         safetensorsBytes(R"({"w":{"dtype":"U8","shape":[1],"data_offsets":[-1,0]}})", "x"),
         {"data_offsets of tensor \"w\"", "non-negative"}},
        {"shape not a list",
         safetensorsBytes(R"({"w":{"dtype":"U8","shape":1,"data_offsets":[0,1]}})", "x"),
         {"shape of tensor \"w\" must be a list"}},
        {"nested shape",
         safetensorsBytes(R"({"w":{"dtype":"U8","shape":[[1]],"data_offsets":[0,1]}})", "x"),
         {"shape of tensor \"w\"", "an array"}},
    };
}

TEST(SafetensorsHostile, EveryViolationGivesOneNamedBadInput) {
    for (const HostileCase& hostile : hostileCases()) {
        SCOPED_TRACE(hostile.what);
        try {
            parseSafetensorsBuffer(reinterpret_cast<const std::uint8_t*>(hostile.bytes.data()), hostile.bytes.size(),
                                   "bad.safetensors");
            ADD_FAILURE() << "accepted";
        } catch (const Error& error) {
            const std::string message = error.what();
            EXPECT_EQ(error.kind(), ErrorKind::BadInput);
            EXPECT_EQ(message.rfind("bad.safetensors: ", 0), 0u) << message;
            EXPECT_EQ(message.find('\n'), std::string::npos) << message;
            for (const std::string& fragment : hostile.fragments)
                EXPECT_NE(message.find(fragment), std::string::npos) << "'" << fragment << "' not in: " << message;
        }
    }
}

TEST(SafetensorsHostile, TruncatedReferenceFileIsRefused) {
    LITETUNE_SHARED_FILE(file, "reference/tiny-gpt2/model/model.safetensors");
    const std::string original = test::readBytes(file);
    for (const std::size_t keep : {std::size_t(4), std::size_t(100), original.size() - 1}) {
        const auto cut = test::freshTempDir("st-truncated") / "model.safetensors";
        test::writeBytes(cut, original.substr(0, keep));
        try {
            SafetensorsFile::open(cut);
            ADD_FAILURE() << "accepted a file cut to " << keep << " bytes";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::BadInput);
            EXPECT_NE(std::string(error.what()).find(cut.string()), std::string::npos) << error.what();
        }
    }
}

TEST(SafetensorsHostile, MissingFileAndFolderAreBadInput) {
    const auto dir = test::freshTempDir("st-missing");
    for (const auto& path : {dir / "absent.safetensors", dir}) {
        try {
            SafetensorsFile::open(path);
            ADD_FAILURE() << "opened " << path;
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::BadInput);
            EXPECT_NE(std::string(error.what()).find(path.string()), std::string::npos) << error.what();
        }
    }
}

TEST(SafetensorsHostile, CorpusFilesAreAllRefused) {
    const auto corpus = test::testDataDir() / "bad" / "safetensors";
    ASSERT_TRUE(std::filesystem::is_directory(corpus)) << corpus;
    std::size_t count = 0;
    for (const auto& item : std::filesystem::directory_iterator(corpus)) {
        if (item.path().extension() != ".safetensors")
            continue;
        ++count;
        SCOPED_TRACE(item.path().filename().string());
        try {
            SafetensorsFile::open(item.path());
            ADD_FAILURE() << "accepted";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::BadInput);
            EXPECT_NE(std::string(error.what()).find(item.path().filename().string()), std::string::npos);
        }
    }
    EXPECT_GE(count, 10u);
}

} // namespace
} // namespace litetune
