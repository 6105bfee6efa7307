// DemoWeights: see the header.
#include "io/DemoWeights.h"

#include "data/ContentHash.h"

#include <string_view>

extern const unsigned char litetune_demo_model_weights[];
extern const std::size_t litetune_demo_model_weights_size;

namespace litetune {

EmbeddedBytes demoModelWeights() {
    return {litetune_demo_model_weights, litetune_demo_model_weights_size};
}

std::string demoModelFingerprint() {
    static const std::string fingerprint = [] {
        ContentHash hash;
        hash.add(std::string_view(reinterpret_cast<const char*>(litetune_demo_model_weights),
                                  litetune_demo_model_weights_size));
        return "builtin-demo-" + hash.hex().substr(0, 16);
    }();
    return fingerprint;
}

} // namespace litetune
