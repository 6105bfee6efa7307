// The paths LibTorch 2.x opens, run on the CPU: scaled-dot-product attention (right padding, no
// mask) against the explicit masked path, bf16 autocast on the CPU, and device and precision
// selection, including what a user is told for --device cuda on a machine without a GPU. In the
// Debian flavour (LibTorch 1.13) both attention calls take the explicit path; the modern flavour
// runs the SDPA kernel, so the same assertions check it there.
#include "device/DevicePrecision.h"
#include "model/Gpt2.h"
#include "model/Gpt2Loader.h"
#include "util/Error.h"

#include <gtest/gtest.h>

#include <ATen/autocast_mode.h>
#include <torch/cuda.h>
#include <torch/torch.h>

using namespace litetune;

namespace {

ModelConfig attentionConfig(bool scaleByLayer) {
    ModelConfig config = demoConfig({"a", "b", "c"});
    config.residPdrop = config.embdPdrop = config.attnPdrop = 0.0;
    config.scaleAttnByInverseLayerIdx = scaleByLayer;
    return config;
}

// Right-padded rows of lengths 9, 4 and 1 (pad id 0 beyond each length).
struct PaddedBatch {
    torch::Tensor ids;
    torch::Tensor lengths;
    torch::Tensor mask;
};

PaddedBatch paddedBatch(std::int64_t vocab) {
    torch::manual_seed(3);
    PaddedBatch batch;
    batch.lengths = torch::tensor({9, 4, 1}, torch::kLong);
    batch.ids = torch::randint(1, vocab, {3, 9}, torch::kLong);
    batch.mask = (torch::arange(9).view({1, 9}) < batch.lengths.view({3, 1})).to(torch::kLong);
    batch.ids = batch.ids * batch.mask;
    return batch;
}

double maxAbsDiff(const torch::Tensor& a, const torch::Tensor& b) {
    return (a - b).abs().max().item<double>();
}

std::string messageOf(const std::function<void()>& call) {
    try {
        call();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadInput) << e.what();
        return e.what();
    }
    ADD_FAILURE() << "no error";
    return {};
}

} // namespace

class AttentionPathsTest : public ::testing::TestWithParam<bool> {};

// Logits and every parameter's gradient agree between the causal-only call (SDPA in 2.x) and the
// explicit path with an all-valid key mask over the same right-padded rows: padding on the right
// never reaches a pooled position under a causal mask, so no mask is needed.
TEST_P(AttentionPathsTest, CausalPathEqualsExplicitMaskedPath) {
    const ModelConfig config = attentionConfig(GetParam());
    Gpt2ForSequenceClassification model = createGpt2(config, 11).model;
    model->train(); // dropout is 0: train mode only makes SDPA take its training branch
    const PaddedBatch batch = paddedBatch(config.vocabSize);
    const torch::Tensor labels = torch::tensor({0, 2, 1}, torch::kLong);

    const auto run = [&](bool explicitPath) {
        model->zero_grad();
        const torch::Tensor logits =
            explicitPath ? model(batch.ids, batch.lengths, batch.mask) : model(batch.ids, batch.lengths);
        sequenceClassificationLoss(logits, labels).backward();
        std::vector<torch::Tensor> grads;
        for (const auto& p : model->parameters())
            grads.push_back(p.grad().clone());
        return std::make_pair(logits.detach(), grads);
    };
    const auto [causalLogits, causalGrads] = run(false);
    const auto [explicitLogits, explicitGrads] = run(true);

    // float32 kernels that sum in different orders: a few ulps of values of order 1.
    EXPECT_LT(maxAbsDiff(causalLogits, explicitLogits), 2e-6);
    ASSERT_EQ(causalGrads.size(), explicitGrads.size());
    for (std::size_t i = 0; i < causalGrads.size(); ++i) {
        const double scale = std::max(1.0, explicitGrads[i].abs().max().item<double>());
        EXPECT_LT(maxAbsDiff(causalGrads[i], explicitGrads[i]) / scale, 1e-5) << "parameter " << i;
    }
}

INSTANTIATE_TEST_SUITE_P(LayerScaling, AttentionPathsTest, ::testing::Values(false, true));

TEST(DevicePrecisionTest, SdpaIsUsedWhereLibTorchHasIt) {
    EXPECT_EQ(haveScaledDotProductAttention(),
              TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 1));
}

TEST(DevicePrecisionTest, CpuPrecisionChoices) {
    const DevicePrecision automatic = resolveDevicePrecision("auto", Precision::Auto);
    if (!torch::cuda::is_available()) {
        EXPECT_EQ(automatic.deviceName(), "cpu");
        EXPECT_EQ(automatic.precision, Precision::Fp32);
        EXPECT_FALSE(automatic.autocast());
    }
    const DevicePrecision bf16 = resolveDevicePrecision("cpu", Precision::Bf16);
    EXPECT_EQ(bf16.precision, Precision::Bf16);
    EXPECT_TRUE(bf16.autocast());
    EXPECT_FALSE(bf16.lossScaling());
    EXPECT_TRUE(bf16.note.empty());

    const DevicePrecision fp16 = resolveDevicePrecision("cpu", Precision::Fp16);
    EXPECT_EQ(fp16.precision, Precision::Fp32);
    EXPECT_FALSE(fp16.autocast());
    EXPECT_NE(fp16.note.find("CUDA only"), std::string::npos) << fp16.note;
}

TEST(DevicePrecisionTest, MalformedDevicesAreRefusedByName) {
    for (const std::string device : {"gpu", "cuda:", "cuda:x", "cuda:-1", "cudax", "cpu:0"}) {
        const std::string message = messageOf([&] { resolveDevicePrecision(device, Precision::Auto); });
        EXPECT_NE(message.find("\"" + device + "\" is not a device"), std::string::npos) << message;
    }
}

// What a user with a CPU-only machine (or CPU-only LibTorch) is told for --device cuda.
TEST(DevicePrecisionTest, CudaWithoutGpuIsOneClearError) {
    const std::string asked = torch::cuda::is_available()
                                  ? "cuda:" + std::to_string(static_cast<int>(torch::cuda::device_count()))
                                  : std::string("cuda");
    const std::string message = messageOf([&] { resolveDevicePrecision(asked, Precision::Auto); });
    EXPECT_NE(message.find("--device " + asked + " asks for CUDA device"), std::string::npos) << message;
    if (!torch::cuda::is_available())
        EXPECT_NE(message.find("has no CUDA"), std::string::npos) << message;
}

// bf16 autocast on the CPU casts matmuls to bfloat16 inside the scope, keeps float32 outside, and
// restores the state it found (nesting included).
TEST(DevicePrecisionTest, CpuBf16AutocastScope) {
    const torch::Tensor a = torch::randn({4, 4});
    const DevicePrecision bf16 = resolveDevicePrecision("cpu", Precision::Bf16);
    {
        AutocastScope scope(bf16);
        EXPECT_EQ(torch::matmul(a, a).scalar_type(), torch::kBFloat16);
        {
            AutocastScope inner(bf16);
            EXPECT_EQ(torch::mm(a, a).scalar_type(), torch::kBFloat16);
        }
        EXPECT_EQ(torch::matmul(a, a).scalar_type(), torch::kBFloat16);
    }
    EXPECT_EQ(torch::matmul(a, a).scalar_type(), torch::kFloat32);
    {
        AutocastScope off(resolveDevicePrecision("cpu", Precision::Fp32));
        EXPECT_EQ(torch::matmul(a, a).scalar_type(), torch::kFloat32);
    }
}

// A bf16 forward stays close to the float32 one (bf16 keeps 8 significant bits) and differs from
// it, which shows autocast took effect.
TEST(DevicePrecisionTest, CpuBf16ForwardIsCloseToFloat32) {
    const ModelConfig config = attentionConfig(false);
    Gpt2ForSequenceClassification model = createGpt2(config, 5).model;
    model->eval();
    const PaddedBatch batch = paddedBatch(config.vocabSize);
    torch::NoGradGuard noGrad;
    const torch::Tensor fp32 = model(batch.ids, batch.lengths);
    torch::Tensor bf16;
    {
        AutocastScope scope(resolveDevicePrecision("cpu", Precision::Bf16));
        bf16 = model(batch.ids, batch.lengths).to(torch::kFloat32);
    }
    const double scale = fp32.abs().max().item<double>();
    EXPECT_GT(maxAbsDiff(fp32, bf16), 0.0);
    EXPECT_LT(maxAbsDiff(fp32, bf16) / scale, 5e-2);
}
