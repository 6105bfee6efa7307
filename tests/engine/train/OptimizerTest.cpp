// The optimizer pieces: the Trainer's decay groups, the one-pass AdamW against LibTorch's own
// AdamW over several steps (with weight decay, two groups, a parameter without gradient), its
// state surviving torch's optimizer archive, and gradient clipping as clip_grad_norm_ computes it.
#include "train/Optimization.h"

#include <torch/serialize.h>

#include <gtest/gtest.h>

using namespace litetune;

namespace {

struct Tiny : torch::nn::Module {
    Tiny() {
        fc = register_module("fc", torch::nn::Linear(6, 5));
        ln_1 = register_module("ln_1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({5})));
        frozen = register_parameter("frozen", torch::ones({3}), /*requires_grad=*/false);
    }
    torch::Tensor forward(const torch::Tensor& x) { return ln_1(fc(x)).pow(2).sum(); }
    torch::nn::Linear fc{nullptr};
    torch::nn::LayerNorm ln_1{nullptr};
    torch::Tensor frozen;
};

void fillGradients(Tiny& model, int step) {
    torch::manual_seed(100 + step);
    model.forward(torch::randn({4, 6})).backward();
}

} // namespace

TEST(Optimizer, DecayGroupsLeaveOutBiasesAndLayerNorms) {
    Tiny model;
    EXPECT_TRUE(decaysWeight(model, "fc.weight"));
    EXPECT_FALSE(decaysWeight(model, "fc.bias"));
    EXPECT_FALSE(decaysWeight(model, "ln_1.weight"));
    EXPECT_FALSE(decaysWeight(model, "ln_1.bias"));
    const auto named = namedTrainableParameters(model);
    ASSERT_EQ(named.size(), 4u); // "frozen" does not train
    auto optimizer = makeAdamW(model, {1e-3, 0.1});
    ASSERT_EQ(optimizer->param_groups().size(), 2u);
    EXPECT_EQ(optimizer->param_groups()[0].params().size(), 1u); // fc.weight
    EXPECT_DOUBLE_EQ(static_cast<torch::optim::AdamWOptions&>(optimizer->param_groups()[1].options()).weight_decay(),
                     0.0);
}

TEST(Optimizer, FusedAdamWMatchesLibTorchAdamW) {
    torch::manual_seed(1);
    Tiny fused, reference;
    {
        torch::NoGradGuard noGrad;
        for (auto& p : fused.parameters())
            p.uniform_(-1, 1);
        auto target = reference.parameters();
        const auto source = fused.parameters();
        for (std::size_t i = 0; i < source.size(); ++i)
            target[i].copy_(source[i]);
    }
    auto fast = makeAdamW(fused, {1e-2, 0.05});
    // The same two groups over the reference model's parameters.
    std::vector<torch::Tensor> decay{reference.fc->weight},
        noDecay{reference.fc->bias, reference.ln_1->weight, reference.ln_1->bias};
    const auto options = [](double wd) {
        return torch::optim::AdamWOptions(1e-2).betas(std::make_tuple(0.9, 0.999)).eps(1e-8).weight_decay(wd);
    };
    torch::optim::AdamW slow(
        {torch::optim::OptimizerParamGroup(decay, std::make_unique<torch::optim::AdamWOptions>(options(0.05))),
         torch::optim::OptimizerParamGroup(noDecay, std::make_unique<torch::optim::AdamWOptions>(options(0.0)))},
        options(0.05));
    for (int step = 0; step < 5; ++step) {
        fillGradients(fused, step);
        fillGradients(reference, step);
        fast->step();
        slow.step();
        fast->clearGradients();
        slow.zero_grad();
    }
    const auto a = fused.named_parameters(), b = reference.named_parameters();
    for (const auto& item : a)
        EXPECT_LT((item.value() - b[item.key()]).abs().max().item<double>(), 1e-6) << item.key();
    EXPECT_FALSE(fused.fc->weight.grad().defined()); // set to none, not zero-filled
}

// Without weight decay the one-pass AdamW skips blocks whose gradient and moments are all zero.
// Rows a batch never used must stay bit-identical, and rows used once must keep moving on their
// momentum when later gradients are zero, exactly as LibTorch's AdamW moves them.
TEST(Optimizer, FusedAdamWSkipsOnlyNoOpBlocks) {
    struct Table : torch::nn::Module {
        Table() { emb = register_module("emb", torch::nn::Embedding(100, 300)); } // rows straddle blocks
        torch::nn::Embedding emb{nullptr};
    };
    torch::manual_seed(2);
    Table fused, reference;
    {
        torch::NoGradGuard noGrad;
        reference.emb->weight.copy_(fused.emb->weight);
    }
    const torch::Tensor initial = fused.emb->weight.detach().clone();
    auto fast = makeAdamW(fused, {1e-2, 0.0});
    torch::optim::AdamW slow(reference.parameters(), torch::optim::AdamWOptions(1e-2).weight_decay(0.0));
    const std::vector<std::vector<std::int64_t>> batches{{1, 2, 3}, {50}, {50, 99}, {7}};
    torch::Tensor rowOneAfterFirstStep;
    for (const auto& ids : batches) {
        const torch::Tensor index = torch::tensor(ids);
        fused.emb(index).pow(2).sum().backward();
        reference.emb(index).pow(2).sum().backward();
        fast->step();
        slow.step();
        fast->clearGradients();
        slow.zero_grad();
        if (!rowOneAfterFirstStep.defined())
            rowOneAfterFirstStep = fused.emb->weight[1].detach().clone();
    }
    EXPECT_LT((fused.emb->weight - reference.emb->weight).abs().max().item<double>(), 1e-6);
    for (std::int64_t row : {0, 4, 49, 51, 98}) // never in a batch
        EXPECT_TRUE(torch::equal(fused.emb->weight[row], initial[row])) << "row " << row;
    for (std::int64_t row : {1, 2, 3, 50, 99, 7})
        EXPECT_FALSE(torch::equal(fused.emb->weight[row], initial[row])) << "row " << row;
    // Row 1 had a gradient in the first step only; the three after it moved it on its momentum.
    EXPECT_FALSE(torch::equal(fused.emb->weight[1], rowOneAfterFirstStep));
}

TEST(Optimizer, FusedStateSurvivesTheArchive) {
    Tiny model;
    auto optimizer = makeAdamW(model, {1e-2, 0.0});
    fillGradients(model, 0);
    optimizer->step();
    optimizer->clearGradients();
    torch::serialize::OutputArchive out;
    optimizer->save(out);
    std::ostringstream bytes;
    out.save_to(bytes);

    Tiny copy;
    {
        torch::NoGradGuard noGrad;
        const auto source = model.parameters();
        auto target = copy.parameters();
        for (std::size_t i = 0; i < source.size(); ++i)
            target[i].copy_(source[i]);
    }
    auto restored = makeAdamW(copy, {1e-2, 0.0});
    torch::serialize::InputArchive in;
    std::istringstream input(bytes.str());
    in.load_from(input);
    restored->load(in);
    fillGradients(model, 1);
    fillGradients(copy, 1);
    optimizer->step();
    restored->step();
    EXPECT_TRUE(torch::equal(model.fc->weight, copy.fc->weight)) << "the second step needs the restored moments";
}

TEST(Optimizer, ClippingMatchesClipGradNorm) {
    Tiny a, b;
    {
        torch::NoGradGuard noGrad;
        const auto source = a.parameters();
        auto target = b.parameters();
        for (std::size_t i = 0; i < source.size(); ++i)
            target[i].copy_(source[i]);
    }
    fillGradients(a, 3);
    fillGradients(b, 3);
    std::vector<torch::Tensor> pa, pb;
    for (const auto& p : namedTrainableParameters(a))
        pa.push_back(p.tensor);
    for (const auto& p : namedTrainableParameters(b))
        pb.push_back(p.tensor);
    const double ours = clipGradients(pa, 0.5);
    const double theirs = torch::nn::utils::clip_grad_norm_(pb, 0.5);
    EXPECT_NEAR(ours, theirs, 1e-5 * theirs);
    EXPECT_GT(ours, 0.5); // so clipping really happened
    for (std::size_t i = 0; i < pa.size(); ++i)
        EXPECT_LT((pa[i].grad() - pb[i].grad()).abs().max().item<double>(), 1e-6);
    EXPECT_EQ(clipGradients({}, 1.0), 0.0);
}
