// ModelFingerprint: which base model an adapter was trained on, so that loading it onto another
// base of the same shape is noticed. Cheap enough to take at every adapter save and load: it hashes
// config.json, the safetensors header and size, and 16 slices of 4 KiB spread over the weights, not
// every byte (a different base differs in sampled weights with near certainty; a deliberate forgery
// is not what it guards against). Torch-free (litetune_core).
#pragma once

#include <string>

namespace litetune {

// The fingerprint of the model `modelSpec` names (a folder, a cache id, or "demo"), or an empty
// string when it cannot be read (the caller then records or checks nothing).
std::string modelFingerprint(const std::string& modelSpec);

} // namespace litetune
