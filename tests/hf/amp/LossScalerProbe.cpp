// litetune-loss-scaler-probe STEPS OVERFLOW_STEPS: drives LiteTune's fp16 LossScaler through STEPS
// optimizer steps, reporting non-finite gradients at the comma-separated OVERFLOW_STEPS (0-based),
// and prints per step "stepped scale" (stepped: 1 when the optimizer may step). test_loss_scaler.py
// runs PyTorch's GradScaler through the same script and compares the two sequences.
#include "train/LossScaler.h"

#include <cstdio>
#include <cstdlib>
#include <set>
#include <sstream>
#include <string>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: litetune-loss-scaler-probe STEPS OVERFLOW_STEPS\n");
        return 2;
    }
    const long steps = std::strtol(argv[1], nullptr, 10);
    std::set<long> overflows;
    std::stringstream list(argv[2]);
    for (std::string item; std::getline(list, item, ',');)
        if (!item.empty())
            overflows.insert(std::strtol(item.c_str(), nullptr, 10));

    litetune::LossScaler scaler(/*enabled=*/true, /*scale=*/0.0, /*stepsSinceChange=*/0);
    for (long step = 0; step < steps; ++step) {
        const bool stepped = scaler.update(/*gradientsFinite=*/overflows.count(step) == 0);
        std::printf("%d %.17g\n", stepped ? 1 : 0, scaler.scale());
    }
    return 0;
}
