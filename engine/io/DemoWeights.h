// DemoWeights: the built-in demo GPT-2's pretrained weights (resources/demo-model/model.safetensors,
// made by tools/pretrain-demo-model: LiteTune's own causal-LM training on Debian's fortunes in 11
// languages), compiled into the program by cmake/EmbedFile.cmake. Torch-free; Gpt2Loader reads them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace litetune {

struct EmbeddedBytes {
    const std::uint8_t* data;
    std::size_t size;
};

EmbeddedBytes demoModelWeights();

// A short content hash of those bytes: what an adapter trained on the demo model records as its
// base (io/ModelFingerprint), so one trained on another build's demo weights is told apart.
std::string demoModelFingerprint();

} // namespace litetune
