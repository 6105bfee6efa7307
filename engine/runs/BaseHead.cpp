// BaseHead: see the header.
#include "runs/BaseHead.h"

#include "io/TensorIO.h"
#include "util/Error.h"

#include <system_error>

namespace litetune {

namespace fs = std::filesystem;

namespace {

constexpr const char* kHeadTensor = "score.weight"; // Hugging Face's name, as in model.safetensors

} // namespace

void saveBaseHead(Gpt2ForSequenceClassification& model, const fs::path& runDir) {
    torch::NoGradGuard noGrad;
    const torch::Tensor weight = model->score()->weight.detach().to(torch::kCPU, torch::kFloat32);
    saveSafetensors(runDir / kBaseHeadFile, {{kHeadTensor, weight}});
}

bool loadBaseHead(Gpt2ForSequenceClassification& model, const fs::path& runDir) {
    const fs::path file = runDir / kBaseHeadFile;
    std::error_code ec;
    if (!fs::is_regular_file(file, ec))
        return false;
    const TensorMap tensors = loadSafetensors(file);
    torch::Tensor& target = model->score()->weight;
    checkExpectedTensors(tensors, {{kHeadTensor, target.sizes().vec()}}, file.string());
    const torch::Tensor& value = tensors.at(kHeadTensor);
    if (!value.is_floating_point())
        throwBadInput(file.string() + ": tensor " + kHeadTensor + " has dtype " +
                      std::string(c10::toString(value.scalar_type())) + ", expected a floating-point type");
    torch::NoGradGuard noGrad;
    target.copy_(value);
    return true;
}

} // namespace litetune
