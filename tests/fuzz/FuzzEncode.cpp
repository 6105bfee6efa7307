// Fuzzes encoding with the real GPT-2 vocabulary (from LITETUNE_SHARED, else ../shared; the
// byte-level vocabulary when absent): offsets must tile the input, and decoding must give ASCII
// input back exactly (other bytes may legitimately decode to U+FFFD).
#include "api/Tokenizer.h"

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace {

const litetune::Tokenizer& tokenizer() {
    static const litetune::Tokenizer instance = [] {
        const char* env = std::getenv("LITETUNE_SHARED");
        const std::filesystem::path dir =
            std::filesystem::path(env && *env ? env : "../shared") / "reference" / "gpt2-tokenizer";
        return std::filesystem::exists(dir / "vocab.json") ? litetune::Tokenizer::fromFolder(dir)
                                                           : litetune::Tokenizer::byteLevel();
    }();
    return instance;
}

bool isAscii(const std::string& text) {
    for (unsigned char c : text)
        if (c >= 0x80)
            return false;
    return true;
}

} // namespace

// Loading the 50,257-token vocabulary takes seconds under ASan: done here, before the per-input
// timeout starts counting (CI's first run timed out on the empty input otherwise).
extern "C" int LLVMFuzzerInitialize(int*, char***) {
    (void)tokenizer();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    for (auto special : {litetune::SpecialTokens::AsText, litetune::SpecialTokens::Recognize}) {
        const auto spans = tokenizer().encodeWithOffsets(text, special);
        std::uint32_t expected = 0;
        for (const auto& span : spans) {
            if (span.begin != expected || span.end <= span.begin || span.end > text.size())
                std::abort();
            expected = span.end;
        }
        if (expected != text.size())
            std::abort();
    }
    const auto ids = tokenizer().encode(text, litetune::SpecialTokens::AsText);
    const std::string decoded = tokenizer().decode(ids);
    if (isAscii(text) && decoded != text)
        std::abort();
    return 0;
}
