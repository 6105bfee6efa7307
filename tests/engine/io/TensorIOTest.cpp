// loadSafetensors / saveSafetensors with LibTorch tensors: the reference model, every dtype both
// ways, byte-identical saving, BOOL validation, and checkExpectedTensors' report.
#include "SafetensorsBytes.h"
#include "TestPaths.h"

#include "io/SafetensorsFile.h"
#include "io/TensorIO.h"
#include "util/Error.h"

#include <gtest/gtest.h>

namespace litetune {
namespace {

namespace fs = std::filesystem;

TEST(TensorIO, LoadsTheReferenceModel) {
    LITETUNE_SHARED_FILE(file, "reference/tiny-gpt2/model/model.safetensors");
    const TensorMap tensors = loadSafetensors(file);
    ASSERT_EQ(tensors.size(), 29u);
    const torch::Tensor& wte = tensors.at("transformer.wte.weight");
    EXPECT_EQ(wte.sizes(), torch::IntArrayRef({1000, 64}));
    EXPECT_EQ(wte.scalar_type(), torch::kFloat32);
    EXPECT_TRUE(wte.is_contiguous());
    EXPECT_EQ(tensors.at("score.weight").sizes(), torch::IntArrayRef({5, 64}));
    EXPECT_EQ(tensors.at("transformer.h.1.attn.c_attn.weight").sizes(), torch::IntArrayRef({64, 192}));
    // The bytes are the file's: compare one tensor with the raw view.
    const SafetensorsFile raw = SafetensorsFile::open(file);
    const SafetensorsTensorView* view = raw.find("transformer.ln_f.bias");
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(std::memcmp(tensors.at("transformer.ln_f.bias").data_ptr(), view->data, view->byteSize), 0);
    EXPECT_TRUE(torch::isfinite(wte).all().item<bool>());
    EXPECT_GT(wte.abs().sum().item<float>(), 0.f);
}

TEST(TensorIO, SavingTheLoadedReferenceModelIsByteIdentical) {
    LITETUNE_SHARED_FILE(file, "reference/tiny-gpt2/model/model.safetensors");
    const fs::path out = test::freshTempDir("tensorio-identical") / "model.safetensors";
    saveSafetensors(out, loadSafetensors(file));
    EXPECT_TRUE(test::readBytes(out) == test::readBytes(file));
}

TEST(TensorIO, RoundTripsEveryDtype) {
    torch::manual_seed(7);
    TensorMap tensors;
    tensors["f64"] = torch::randn({3, 2}, torch::kFloat64);
    tensors["f32"] = torch::randn({4, 5});
    tensors["f16"] = torch::randn({7}).to(torch::kFloat16);
    tensors["bf16"] = torch::randn({2, 3}).to(torch::kBFloat16);
    tensors["i64"] = torch::randint(-1000000, 1000000, {5}, torch::kInt64);
    tensors["i32"] = torch::randint(-1000, 1000, {2, 2}, torch::kInt32);
    tensors["i16"] = torch::randint(-1000, 1000, {3}, torch::kInt16);
    tensors["i8"] = torch::randint(-100, 100, {3}, torch::kInt8);
    tensors["u8"] = torch::randint(0, 255, {9}, torch::kUInt8);
    tensors["bool"] = torch::randint(0, 2, {2, 3}).to(torch::kBool);
    tensors["c64"] = torch::randn({2}, torch::kComplexFloat);
    tensors["scalar"] = torch::tensor(3.5f);
    tensors["empty"] = torch::zeros({0, 4});
    tensors["strided"] = torch::arange(12, torch::kFloat32).reshape({3, 4}).t(); // non-contiguous view

    const fs::path out = test::freshTempDir("tensorio-dtypes") / "all.safetensors";
    saveSafetensors(out, tensors, {{"format", "pt"}, {"note", "dtypes"}});
    const TensorMap back = loadSafetensors(out);
    ASSERT_EQ(back.size(), tensors.size());
    for (const auto& [name, tensor] : tensors) {
        SCOPED_TRACE(name);
        const torch::Tensor& loaded = back.at(name);
        EXPECT_EQ(loaded.scalar_type(), tensor.scalar_type());
        EXPECT_EQ(loaded.sizes(), tensor.sizes());
        EXPECT_TRUE(torch::equal(loaded, tensor));
    }
    const SafetensorsFile raw = SafetensorsFile::open(out);
    EXPECT_EQ(raw.metadata().at("note"), "dtypes");
    EXPECT_EQ(raw.find("bf16")->dtype, SafetensorsDtype::BF16);
    EXPECT_EQ(raw.find("bool")->dtype, SafetensorsDtype::BOOL);
}

TEST(TensorIO, RefusesBoolBytesOtherThanZeroAndOne) {
    const fs::path file = test::freshTempDir("tensorio-bool") / "bad.safetensors";
    test::writeBytes(file, test::safetensorsBytes(R"({"flags":{"dtype":"BOOL","shape":[2],"data_offsets":[0,2]}})",
                                                  std::string("\x01\x02", 2)));
    try {
        loadSafetensors(file);
        ADD_FAILURE() << "accepted";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::BadInput);
        EXPECT_NE(std::string(error.what()).find("\"flags\" is BOOL but byte 1 holds 2"), std::string::npos)
            << error.what();
    }
}

TEST(TensorIO, SaveRefusesUndefinedTensorsAndLeavesNoFile) {
    const fs::path dir = test::freshTempDir("tensorio-undefined");
    TensorMap tensors{{"a", torch::ones({2})}, {"b", torch::Tensor()}};
    EXPECT_THROW(saveSafetensors(dir / "x.safetensors", tensors), Error);
    EXPECT_TRUE(fs::is_empty(dir));
}

TEST(CheckExpectedTensors, NamesMissingUnexpectedAndMisshapedTensors) {
    const TensorMap tensors{{"transformer.wte.weight", torch::zeros({10, 4})},
                            {"transformer.extra", torch::zeros({1})},
                            {"score.weight", torch::zeros({3, 4})}};
    std::map<std::string, std::vector<std::int64_t>> expected{
        {"transformer.wte.weight", {10, 4}}, {"transformer.wpe.weight", {8, 4}}, {"score.weight", {5, 4}}};
    try {
        checkExpectedTensors(tensors, expected, "/models/tiny");
        ADD_FAILURE() << "accepted";
    } catch (const Error& error) {
        const std::string message = error.what();
        EXPECT_EQ(error.kind(), ErrorKind::BadInput);
        EXPECT_EQ(message.rfind("/models/tiny", 0), 0u) << message;
        EXPECT_NE(message.find("missing transformer.wpe.weight"), std::string::npos) << message;
        EXPECT_NE(message.find("unexpected transformer.extra"), std::string::npos) << message;
        EXPECT_NE(message.find("score.weight has shape [3, 4] where [5, 4] is expected"), std::string::npos) << message;
    }
    expected.erase("transformer.wpe.weight");
    expected["score.weight"] = {3, 4};
    expected["transformer.extra"] = {1};
    EXPECT_NO_THROW(checkExpectedTensors(tensors, expected, "x"));
}

TEST(CheckExpectedTensors, ShortensLongLists) {
    std::map<std::string, std::vector<std::int64_t>> expected;
    for (int i = 0; i < 12; ++i)
        expected["t" + std::to_string(i)] = {1};
    try {
        checkExpectedTensors({}, expected, "m");
        ADD_FAILURE() << "accepted";
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find("and 7 more"), std::string::npos) << error.what();
    }
}

} // namespace
} // namespace litetune
