// TokenBytes: the raw bytes of every token id, packed in one buffer. Ids may have gaps (a
// vocabulary need not be dense); a gap has no bytes. Deliberately read-only after building.
// Reference: docs/formats.md §5.4 (vocab.json maps token -> id).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace litetune {

class TokenBytes {
public:
    TokenBytes() = default;
    // `byId[id]` holds the bytes of token `id`; an empty string marks an unused id.
    explicit TokenBytes(const std::vector<std::string>& byId);

    std::int32_t idCount() const { return static_cast<std::int32_t>(m_begin.size()) - 1; }
    bool has(std::int32_t id) const { return id >= 0 && id < idCount() && length(id) > 0; }
    std::uint32_t length(std::int32_t id) const { return m_begin[id + 1] - m_begin[id]; }
    std::string_view bytes(std::int32_t id) const { return std::string_view(m_arena).substr(m_begin[id], length(id)); }

private:
    std::string m_arena;
    std::vector<std::uint32_t> m_begin{0}; // token id's bytes are m_arena[m_begin[id], m_begin[id + 1])
};

} // namespace litetune
