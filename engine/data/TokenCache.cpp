// TokenCache: on-disk token ids keyed by content (see TokenCache.h). File layout, little-endian:
//   "LTTOKC01" | key (32 hex) | u64 examples | u64 maxLength |
//   per example: u32 untruncated length, u32 stored count, stored count × i32 ids |
//   checksum (32 hex, ContentHash of everything before it)
#include "data/TokenCache.h"

#include "api/Tokenizer.h"
#include "data/ContentHash.h"
#include "util/AtomicFile.h"
#include "util/Error.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace litetune {

namespace fs = std::filesystem;

namespace {

constexpr char kMagic[] = "LTTOKC01";
constexpr std::size_t kMagicSize = 8;
constexpr std::size_t kHexSize = 32;

void putU32(std::string& out, std::uint32_t value) {
    for (int i = 0; i < 4; ++i)
        out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

void putU64(std::string& out, std::uint64_t value) {
    for (int i = 0; i < 8; ++i)
        out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

// Bounds-checked little-endian reads over a buffer.
class Cursor {
public:
    explicit Cursor(std::string_view data)
        : m_data(data) {}
    bool take(std::size_t n, std::string_view& out) {
        if (m_data.size() - m_pos < n)
            return false;
        out = m_data.substr(m_pos, n);
        m_pos += n;
        return true;
    }
    bool u32(std::uint32_t& value) {
        std::string_view bytes;
        if (!take(4, bytes))
            return false;
        value = 0;
        for (int i = 3; i >= 0; --i)
            value = (value << 8) | static_cast<unsigned char>(bytes[static_cast<std::size_t>(i)]);
        return true;
    }
    bool u64(std::uint64_t& value) {
        std::uint32_t low = 0, high = 0;
        if (!u32(low) || !u32(high))
            return false;
        value = (static_cast<std::uint64_t>(high) << 32) | low;
        return true;
    }
    std::size_t position() const { return m_pos; }
    std::size_t remaining() const { return m_data.size() - m_pos; }

private:
    std::string_view m_data;
    std::size_t m_pos = 0;
};

std::string keyFor(const Split& split, const std::string& tokenizerIdentity, std::int64_t maxLength) {
    ContentHash hash;
    hash.add(std::string_view(kMagic, kMagicSize));
    hash.add(tokenizerIdentity);
    hash.add(static_cast<std::uint64_t>(maxLength));
    hash.add(static_cast<std::uint64_t>(split.examples.size()));
    for (const Example& example : split.examples)
        hash.add(example.text);
    return hash.hex();
}

std::string checksumOf(std::string_view body) {
    ContentHash hash;
    hash.add(body);
    return hash.hex();
}

} // namespace

TokenCache::TokenCache(fs::path dir)
    : m_dir(std::move(dir)) {}

fs::path TokenCache::fileFor(const Split& split, const std::string& tokenizerIdentity, std::int64_t maxLength) const {
    return m_dir / ("tokens-" + keyFor(split, tokenizerIdentity, maxLength) + ".bin");
}

std::string TokenCache::identityOf(const Tokenizer& tokenizer) {
    ContentHash hash;
    hash.add(static_cast<std::uint64_t>(tokenizer.vocabSize()));
    hash.add(static_cast<std::uint64_t>(tokenizer.endOfTextId()));
    for (std::int32_t id = 0; id < tokenizer.vocabSize(); ++id)
        hash.add(tokenizer.tokenText(id));
    for (const std::int32_t id :
         tokenizer.encode("The quick brown fox jumps over the lazy dog's 12,345 emojis \u2764\uFE0F!"))
        hash.add(static_cast<std::uint64_t>(id));
    return hash.hex();
}

TokenizedSplit TokenCache::tokenize(const Split& split, const Tokenizer& tokenizer,
                                    const std::string& tokenizerIdentity, std::int64_t maxLength) const {
    if (maxLength < 1)
        throwBadInput("max length must be at least 1, found " + std::to_string(maxLength));
    const std::string key = keyFor(split, tokenizerIdentity, maxLength);
    const fs::path file = m_dir.empty() ? fs::path() : m_dir / ("tokens-" + key + ".bin");
    TokenizedSplit result;
    if (!file.empty() && load(file, key, split, maxLength, tokenizer.vocabSize(), result))
        return result;
    result = TokenizedSplit{};
    result.ids.reserve(split.examples.size());
    result.lengths.reserve(split.examples.size());
    for (const Example& example : split.examples) {
        std::vector<std::int32_t> ids = tokenizer.encode(example.text);
        result.lengths.push_back(static_cast<std::int64_t>(ids.size()));
        if (static_cast<std::int64_t>(ids.size()) > maxLength)
            ids.resize(static_cast<std::size_t>(maxLength));
        result.ids.push_back(std::move(ids));
    }
    if (!file.empty()) {
        try {
            store(file, key, result, maxLength);
        } catch (const std::exception&) {
            // A cache is an optimisation: an unwritable folder only costs the next run some time.
        }
    }
    return result;
}

bool TokenCache::load(const fs::path& file, const std::string& key, const Split& split, std::int64_t maxLength,
                      std::int32_t vocabSize, TokenizedSplit& out) const {
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    // Largest possible valid file: header, per example 8 bytes plus maxLength ids, checksum.
    const auto examples = static_cast<std::uint64_t>(split.examples.size());
    const std::uint64_t bound =
        kMagicSize + kHexSize + 16 + examples * (8 + 4 * static_cast<std::uint64_t>(maxLength)) + kHexSize;
    if (ec || size > bound)
        return false;
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string data = buffer.str();
    if (data.size() < kMagicSize + 2 * kHexSize + 16)
        return false;
    const std::string_view body(data.data(), data.size() - kHexSize);
    if (checksumOf(body) != std::string_view(data).substr(body.size()))
        return false;
    Cursor cursor(body);
    std::string_view magic, storedKey;
    std::uint64_t count = 0, storedMax = 0;
    if (!cursor.take(kMagicSize, magic) || magic != std::string_view(kMagic, kMagicSize) ||
        !cursor.take(kHexSize, storedKey) || storedKey != key || !cursor.u64(count) || count != examples ||
        !cursor.u64(storedMax) || storedMax != static_cast<std::uint64_t>(maxLength))
        return false;
    TokenizedSplit result;
    result.ids.resize(count);
    result.lengths.resize(count);
    for (std::uint64_t i = 0; i < count; ++i) {
        std::uint32_t length = 0, stored = 0;
        if (!cursor.u32(length) || !cursor.u32(stored) ||
            stored != std::min<std::uint64_t>(length, static_cast<std::uint64_t>(maxLength)) ||
            cursor.remaining() < 4ull * stored)
            return false;
        result.lengths[i] = length;
        result.ids[i].resize(stored);
        for (std::uint32_t k = 0; k < stored; ++k) {
            std::uint32_t id = 0;
            cursor.u32(id);
            if (id >= static_cast<std::uint32_t>(vocabSize))
                return false;
            result.ids[i][k] = static_cast<std::int32_t>(id);
        }
    }
    if (cursor.remaining() != 0)
        return false;
    result.fromCache = true;
    out = std::move(result);
    return true;
}

void TokenCache::store(const fs::path& file, const std::string& key, const TokenizedSplit& data,
                       std::int64_t maxLength) const {
    std::string out(kMagic, kMagicSize);
    out += key;
    putU64(out, data.ids.size());
    putU64(out, static_cast<std::uint64_t>(maxLength));
    for (std::size_t i = 0; i < data.ids.size(); ++i) {
        putU32(out, static_cast<std::uint32_t>(data.lengths[i]));
        putU32(out, static_cast<std::uint32_t>(data.ids[i].size()));
        for (const std::int32_t id : data.ids[i])
            putU32(out, static_cast<std::uint32_t>(id));
    }
    out += checksumOf(out);
    fs::create_directories(m_dir);
    writeFileAtomically(file, out);
}

} // namespace litetune
