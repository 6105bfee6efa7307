// One-pass AdamW for float32 CPU tensors. Per element, in LibTorch AdamW's order:
//   p *= 1 - lr·wd;  m = β1·m + (1-β1)·g;  v = β2·v + (1-β2)·g²;
//   p -= lr/bc1 · m / (sqrt(v)/sqrt(bc2) + eps),  bc_i = 1 - β_i^t.
// Reference: torch/csrc/api/src/optim/adamw.cpp (LibTorch 1.13-2.x), docs/formats.md §6.3.
#include "train/FusedAdamW.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <sstream>
#include <type_traits>

namespace litetune {

namespace {

// The optimizer's state map is keyed by the parameter's TensorImpl: as a string in LibTorch 1.x,
// as the pointer itself in 2.x. The string is the pointer streamed, as 1.x's c10::guts::to_string
// made it; that helper is gone in 2.2+, and a non-dependent name is checked even in a discarded
// `if constexpr` branch, so it may not be named here.
template <typename Map> typename Map::key_type stateKey(const torch::Tensor& p) {
    if constexpr (std::is_same_v<typename Map::key_type, std::string>) {
        std::ostringstream key;
        key << p.unsafeGetTensorImpl();
        return key.str();
    } else {
        return p.unsafeGetTensorImpl();
    }
}

bool fusable(const torch::Tensor& p, const torch::optim::AdamWOptions& options) {
    const torch::Tensor& g = p.grad();
    return !options.amsgrad() && p.device().is_cpu() && p.scalar_type() == torch::kFloat32 && p.is_contiguous() &&
           g.defined() && g.scalar_type() == torch::kFloat32 && g.is_contiguous() && !g.is_sparse() &&
           g.sizes() == p.sizes();
}

// Without weight decay, an element whose gradient and both moments are zero keeps all three and
// its value exactly (m = v = 0, p -= lr·0/eps): the update is a no-op. A full fine-tune meets such
// elements by the million: the rows of wte for tokens the batches have not yet used, about 80% of
// a GPT-2's parameters early in a run. Blocks of them are skipped after a read of g, m and v,
// instead of the four reads and three writes of the update. The test compares bits, not floats,
// so a -0.0 moment (which the update would turn into +0.0) is updated, and results stay
// bit-identical.
constexpr std::int64_t kSkipBlock = 256;

bool allZero(const float* __restrict g, const float* __restrict m, const float* __restrict v, std::int64_t n) {
    std::uint32_t bits = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        std::uint32_t gi, mi, vi;
        std::memcpy(&gi, g + i, sizeof gi);
        std::memcpy(&mi, m + i, sizeof mi);
        std::memcpy(&vi, v + i, sizeof vi);
        bits |= (gi & 0x7fffffffu) | mi | vi; // a gradient of -0.0 leaves m at +0.0 too
    }
    return bits == 0;
}

// The four arrays never overlap (restrict), and this file is built with -fno-math-errno
// (engine/train/CMakeLists.txt), so the compiler vectorizes the loop: square roots and divisions are
// exact in SIMD too, so the result is bit-identical to the scalar loop.
void fusedUpdate(float* __restrict p, const float* __restrict g, float* __restrict m, float* __restrict v,
                 std::int64_t n, float decay, float beta1, float beta2, float stepSize, float sqrtBc2, float eps) {
    const float oneMinusBeta1 = 1.f - beta1;
    const float oneMinusBeta2 = 1.f - beta2;
    const bool skipZeros = decay == 1.f;
    at::parallel_for(0, n, 16384, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t block = begin; block < end; block += kSkipBlock) {
            const std::int64_t stop = std::min(block + kSkipBlock, end);
            if (skipZeros && allZero(g + block, m + block, v + block, stop - block))
                continue;
            for (std::int64_t i = block; i < stop; ++i) {
                const float grad = g[i];
                const float mi = m[i] * beta1 + grad * oneMinusBeta1;
                const float vi = v[i] * beta2 + grad * grad * oneMinusBeta2;
                m[i] = mi;
                v[i] = vi;
                p[i] = p[i] * decay - stepSize * mi / (std::sqrt(vi) / sqrtBc2 + eps);
            }
        }
    });
}

} // namespace

torch::Tensor FusedAdamW::step(LossClosure closure) {
    bool allFusable = true;
    for (auto& group : param_groups()) {
        for (auto& p : group.params()) {
            if (!p.grad().defined())
                continue;
            allFusable = allFusable && fusable(p, static_cast<const torch::optim::AdamWOptions&>(group.options()));
            const auto it = state_.find(stateKey<std::decay_t<decltype(state_)>>(p));
            if (it != state_.end()) { // moments restored from a checkpoint must fit the fast path too
                const auto& state = static_cast<const torch::optim::AdamWParamState&>(*it->second);
                for (const torch::Tensor* moment : {&state.exp_avg(), &state.exp_avg_sq()})
                    allFusable = allFusable && moment->defined() && moment->device().is_cpu() &&
                                 moment->scalar_type() == torch::kFloat32 && moment->is_contiguous() &&
                                 moment->sizes() == p.sizes();
            }
        }
    }
    if (!allFusable)
        return torch::optim::AdamW::step(std::move(closure));

    torch::NoGradGuard noGrad;
    torch::Tensor loss;
    if (closure) {
        at::AutoGradMode enable(true);
        loss = closure();
    }
    for (auto& group : param_groups()) {
        const auto& options = static_cast<const torch::optim::AdamWOptions&>(group.options());
        const double beta1 = std::get<0>(options.betas());
        const double beta2 = std::get<1>(options.betas());
        for (auto& p : group.params()) {
            if (!p.grad().defined())
                continue;
            auto key = stateKey<std::decay_t<decltype(state_)>>(p);
            auto it = state_.find(key);
            if (it == state_.end()) {
                auto fresh = std::make_unique<torch::optim::AdamWParamState>();
                fresh->step(0);
                fresh->exp_avg(torch::zeros_like(p, torch::MemoryFormat::Preserve));
                fresh->exp_avg_sq(torch::zeros_like(p, torch::MemoryFormat::Preserve));
                it = state_.insert_or_assign(key, std::move(fresh)).first;
            }
            auto& state = static_cast<torch::optim::AdamWParamState&>(*it->second);
            state.step(state.step() + 1);
            const double bc1 = 1.0 - std::pow(beta1, static_cast<double>(state.step()));
            const double bc2 = 1.0 - std::pow(beta2, static_cast<double>(state.step()));
            fusedUpdate(p.data_ptr<float>(), p.grad().data_ptr<float>(), state.exp_avg().data_ptr<float>(),
                        state.exp_avg_sq().data_ptr<float>(), p.numel(),
                        static_cast<float>(1.0 - options.lr() * options.weight_decay()), static_cast<float>(beta1),
                        static_cast<float>(beta2), static_cast<float>(options.lr() / bc1),
                        static_cast<float>(std::sqrt(bc2)), static_cast<float>(options.eps()));
        }
    }
    return loss;
}

void FusedAdamW::clearGradients() {
    for (auto& group : param_groups())
        for (auto& p : group.params())
            if (p.grad().defined())
                p.mutable_grad() = torch::Tensor();
}

} // namespace litetune
