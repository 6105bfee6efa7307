// TokenBytes: token bytes packed by id.
#include "tokenizer/TokenBytes.h"

#include "util/Error.h"

namespace litetune {

TokenBytes::TokenBytes(const std::vector<std::string>& byId) {
    std::size_t total = 0;
    for (const std::string& bytes : byId)
        total += bytes.size();
    if (total > 0xFFFFFFF0u)
        throwBadInput("the vocabulary's tokens hold " + std::to_string(total) + " bytes, more than 4 GiB");
    m_arena.reserve(total);
    m_begin.reserve(byId.size() + 1);
    for (const std::string& bytes : byId) {
        m_arena += bytes;
        m_begin.push_back(static_cast<std::uint32_t>(m_arena.size()));
    }
}

} // namespace litetune
