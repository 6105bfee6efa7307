// SafetensorsFile and SafetensorsWriter on well-formed input: the reference tiny GPT-2, a
// byte-identical rewrite of it, the writer's ordering, and the edge cases the format allows.
#include "SafetensorsBytes.h"
#include "TestPaths.h"

#include "api/ModelConfig.h"
#include "io/SafetensorsFile.h"
#include "io/SafetensorsWriter.h"
#include "util/Error.h"

#include <gtest/gtest.h>

#include <cstring>

namespace litetune {
namespace {

using test::readBytes;
using test::safetensorsBytes;

SafetensorsFile parseString(const std::string& bytes, const std::string& name = "test.safetensors") {
    return parseSafetensorsBuffer(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size(), name);
}

TEST(SafetensorsFile, ReadsReferenceModelConsistentWithItsConfig) {
    LITETUNE_SHARED_FILE(file, "reference/tiny-gpt2/model/model.safetensors");
    LITETUNE_SHARED_FILE(configFile, "reference/tiny-gpt2/model/config.json");
    const ModelConfig config = readModelConfig(configFile);
    const SafetensorsFile contents = SafetensorsFile::open(file);

    EXPECT_EQ(contents.metadata(), (std::map<std::string, std::string>{{"format", "pt"}}));
    const std::int64_t c = config.nEmbd;
    std::map<std::string, std::vector<std::int64_t>> expected{
        {"transformer.wte.weight", {config.vocabSize, c}},
        {"transformer.wpe.weight", {config.nPositions, c}},
        {"transformer.ln_f.weight", {c}},
        {"transformer.ln_f.bias", {c}},
        {"score.weight", {config.numLabels(), c}},
    };
    for (std::int64_t i = 0; i < config.nLayer; ++i) {
        const std::string p = "transformer.h." + std::to_string(i) + ".";
        expected[p + "ln_1.weight"] = {c};
        expected[p + "ln_1.bias"] = {c};
        expected[p + "ln_2.weight"] = {c};
        expected[p + "ln_2.bias"] = {c};
        expected[p + "attn.c_attn.weight"] = {c, 3 * c};
        expected[p + "attn.c_attn.bias"] = {3 * c};
        expected[p + "attn.c_proj.weight"] = {c, c};
        expected[p + "attn.c_proj.bias"] = {c};
        expected[p + "mlp.c_fc.weight"] = {c, config.innerSize()};
        expected[p + "mlp.c_fc.bias"] = {config.innerSize()};
        expected[p + "mlp.c_proj.weight"] = {config.innerSize(), c};
        expected[p + "mlp.c_proj.bias"] = {c};
    }
    ASSERT_EQ(contents.tensors().size(), expected.size());
    std::size_t totalBytes = 0;
    for (const SafetensorsTensorView& view : contents.tensors()) {
        SCOPED_TRACE(view.name);
        ASSERT_TRUE(expected.count(view.name));
        EXPECT_EQ(view.shape, expected[view.name]);
        EXPECT_EQ(view.dtype, SafetensorsDtype::F32);
        EXPECT_EQ(view.byteSize, static_cast<std::size_t>(view.numel()) * 4);
        totalBytes += view.byteSize;
    }
    EXPECT_EQ(8 + contents.headerLength() + totalBytes, std::filesystem::file_size(file));
    ASSERT_NE(contents.find("score.weight"), nullptr);
    EXPECT_EQ(contents.find("lm_head.weight"), nullptr);
}

TEST(SafetensorsFile, RewritingTheReferenceModelIsByteIdentical) {
    LITETUNE_SHARED_FILE(file, "reference/tiny-gpt2/model/model.safetensors");
    const SafetensorsFile contents = SafetensorsFile::open(file);
    SafetensorsWriter writer(contents.metadata());
    for (const SafetensorsTensorView& view : contents.tensors())
        writer.add(view.name, view.dtype, view.shape, view.data, view.byteSize);
    const std::string original = readBytes(file);
    EXPECT_TRUE(writer.serialize() == original);

    const auto out = test::freshTempDir("st-rewrite") / "model.safetensors";
    writer.write(out);
    EXPECT_TRUE(readBytes(out) == original);
}

TEST(SafetensorsWriter, OrdersByAlignmentThenNameAndPadsTheHeader) {
    const std::uint8_t flag = 1;
    const std::int64_t big = 7;
    const float values[3] = {1.f, 2.f, 3.f};
    const std::uint16_t half = 0x3c00;
    SafetensorsWriter writer;
    writer.add("z_flag", SafetensorsDtype::BOOL, {1}, &flag, 1);
    writer.add("b_floats", SafetensorsDtype::F32, {3}, values, sizeof(values));
    writer.add("a_floats", SafetensorsDtype::F32, {}, values, 4);
    writer.add("m_half", SafetensorsDtype::F16, {1}, &half, 2);
    writer.add("y_long", SafetensorsDtype::I64, {1}, &big, 8);
    const std::string bytes = writer.serialize();

    const std::string header = writer.header();
    EXPECT_EQ(header.size() % 8, 0u);
    EXPECT_EQ(header.substr(8, 32), R"({"__metadata__":{"format":"pt"},)");
    // I64 (8-byte) first, then F32 by name, F16, BOOL: each tensor starts aligned to its size.
    EXPECT_NE(header.find(R"("y_long":{"dtype":"I64","shape":[1],"data_offsets":[0,8]})"), std::string::npos);
    EXPECT_NE(header.find(R"("a_floats":{"dtype":"F32","shape":[],"data_offsets":[8,12]})"), std::string::npos);
    EXPECT_NE(header.find(R"("b_floats":{"dtype":"F32","shape":[3],"data_offsets":[12,24]})"), std::string::npos);
    EXPECT_NE(header.find(R"("m_half":{"dtype":"F16","shape":[1],"data_offsets":[24,26]})"), std::string::npos);
    EXPECT_NE(header.find(R"("z_flag":{"dtype":"BOOL","shape":[1],"data_offsets":[26,27]}})"), std::string::npos);
    EXPECT_LT(header.find("y_long"), header.find("a_floats"));

    const SafetensorsFile parsed = parseString(bytes);
    ASSERT_EQ(parsed.tensors().size(), 5u);
    const SafetensorsTensorView* floats = parsed.find("b_floats");
    ASSERT_NE(floats, nullptr);
    float back[3];
    std::memcpy(back, floats->data, sizeof(back));
    EXPECT_EQ(back[2], 3.f);
    EXPECT_EQ(parsed.find("a_floats")->numel(), 1);
}

TEST(SafetensorsWriter, MatchesTheReferenceSerialisationOfOneTensor) {
    // tensor.rs test_serialization: {"attn.0": F32 [1,2,3]} with no metadata is 8+64+24 bytes.
    const float values[6] = {0, 1, 2, 3, 4, 5};
    SafetensorsWriter writer(std::map<std::string, std::string>{});
    writer.add("attn.0", SafetensorsDtype::F32, {1, 2, 3}, values, sizeof(values));
    const std::string bytes = writer.serialize();
    ASSERT_EQ(bytes.size(), 8u + 64u + 24u);
    EXPECT_EQ(bytes[0], 64);
    EXPECT_EQ(bytes.substr(8, 64), R"({"attn.0":{"dtype":"F32","shape":[1,2,3],"data_offsets":[0,24]}})");

    SafetensorsWriter empty(std::map<std::string, std::string>{});
    EXPECT_EQ(empty.serialize(), test::withLength(8, "{}      "));
}

TEST(SafetensorsWriter, RefusesInconsistentTensors) {
    const float value = 1.f;
    SafetensorsWriter writer;
    EXPECT_THROW(writer.add("x", SafetensorsDtype::F32, {2}, &value, 4), Error);
    EXPECT_THROW(writer.add("__metadata__", SafetensorsDtype::F32, {1}, &value, 4), Error);
    EXPECT_THROW(writer.add("x", SafetensorsDtype::F32, {-1}, &value, 4), Error);
    writer.add("x", SafetensorsDtype::F32, {1}, &value, 4);
    EXPECT_THROW(writer.add("x", SafetensorsDtype::F32, {1}, &value, 4), Error);
}

TEST(SafetensorsFile, AcceptsEmptyFilesScalarsZeroSizedTensorsAndUnalignedData) {
    EXPECT_TRUE(parseString(safetensorsBytes("{}", "")).tensors().empty());
    const std::string header = R"({"empty":{"dtype":"F32","shape":[0,5],"data_offsets":[0,0]},)"
                               R"("also_empty":{"dtype":"I64","shape":[3,0],"data_offsets":[0,0]},)"
                               R"("byte":{"dtype":"U8","shape":[],"data_offsets":[0,1]},)"
                               R"("odd":{"dtype":"F32","shape":[1],"data_offsets":[1,5]}})";
    const std::string bytes = safetensorsBytes(header, std::string("\x07\x00\x00\x80\x3f", 5)); // outlives the views
    const SafetensorsFile parsed = parseString(bytes);
    ASSERT_EQ(parsed.tensors().size(), 4u);
    EXPECT_EQ(parsed.find("empty")->numel(), 0);
    EXPECT_EQ(parsed.find("byte")->shape.size(), 0u);
    float odd = 0;
    std::memcpy(&odd, parsed.find("odd")->data, 4);
    EXPECT_EQ(odd, 1.f);
    EXPECT_TRUE(parsed.metadata().empty());
}

TEST(SafetensorsFile, AcceptsUnpaddedHeadersAndMetadataWithEscapes) {
    const std::string header =
        R"({"__metadata__":{"format":"pt","note":"a\"b\u00e9"},"t":{"dtype":"F16","shape":[1],"data_offsets":[0,2]}})";
    const std::string bytes = safetensorsBytes(header, "ab", /*pad=*/false);
    const SafetensorsFile parsed = parseString(bytes);
    EXPECT_EQ(parsed.metadata().at("note"), "a\"b\xc3\xa9");
}

TEST(SafetensorsFile, SurvivesEveryOneByteCorruptionOfTheReferenceHeader) {
    // A deterministic miniature fuzz: each header byte replaced by a handful of troublesome values.
    // Every variant must either parse or throw litetune::Error — never crash or throw anything else.
    LITETUNE_SHARED_FILE(file, "reference/tiny-gpt2/model/model.safetensors");
    const std::string original = readBytes(file);
    const std::size_t headerEnd = 8 + 2696;
    ASSERT_GT(original.size(), headerEnd);
    std::size_t rejected = 0;
    for (std::size_t pos = 0; pos < headerEnd; ++pos) {
        for (const char replacement : {'\0', '"', '9', '-', '{', ']', '\xff'}) {
            std::string bytes = original;
            if (bytes[pos] == replacement)
                continue;
            bytes[pos] = replacement;
            try {
                parseString(bytes);
            } catch (const Error& error) {
                ++rejected;
                EXPECT_EQ(error.kind(), ErrorKind::BadInput) << error.what();
            }
        }
    }
    EXPECT_GT(rejected, headerEnd); // most corruptions are caught
}

} // namespace
} // namespace litetune
