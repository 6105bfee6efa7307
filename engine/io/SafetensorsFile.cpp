// Validation of the safetensors byte layout (see SafetensorsFile.h).
// Reference: docs/formats.md §3.2; huggingface/safetensors safetensors/src/tensor.rs.
#include "io/SafetensorsFile.h"

#include "io/MappedFile.h"
#include "io/SafetensorsHeaderParser.h"
#include "util/Error.h"
#include "util/JsonFile.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace litetune {

static_assert(sizeof(void*) == 8, "safetensors offsets are 64-bit; a 64-bit address space is assumed");
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "safetensors data is little-endian; a big-endian host would need byte swapping"
#endif

namespace {

std::string shapeText(const std::vector<std::int64_t>& shape) {
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

std::string offsetsText(const SafetensorsHeaderEntry& entry) {
    return "[" + std::to_string(entry.begin) + ", " + std::to_string(entry.end) + "]";
}

class Validator {
public:
    Validator(const std::uint8_t* bytes, std::size_t size, const std::string& name)
        : m_bytes(bytes)
        , m_size(size)
        , m_name(name) {}

    [[noreturn]] void fail(const std::string& message) const { throwBadInput(m_name + ": " + message + "."); }

    std::uint64_t headerLength() const {
        if (m_size < 8)
            fail("the file is " + std::to_string(m_size) +
                 " bytes long, too short for the 8-byte header length of a safetensors file");
        std::uint64_t n = 0;
        for (int i = 7; i >= 0; --i)
            n = (n << 8) | m_bytes[i];
        if (n > SafetensorsFile::kMaxHeaderLength)
            fail("the header length " + std::to_string(n) + " exceeds the limit of " +
                 std::to_string(SafetensorsFile::kMaxHeaderLength) + " bytes (not a safetensors file, or corrupt)");
        if (n > m_size - 8)
            fail("the header length " + std::to_string(n) + " runs past the end of the file (" +
                 std::to_string(m_size) + " bytes; truncated?)");
        return n;
    }

    // The header's JSON text with the space padding removed.
    std::string_view headerJson(std::uint64_t n) const {
        std::string_view header(reinterpret_cast<const char*>(m_bytes + 8), static_cast<std::size_t>(n));
        while (!header.empty() && header.back() == ' ')
            header.remove_suffix(1);
        if (header.empty())
            fail("the header is empty, expected a JSON object");
        if (header.front() != '{')
            fail("the header does not start with '{' (found byte " +
                 std::to_string(static_cast<unsigned char>(header.front())) + "), so it is not a JSON object");
        if (header.back() != '}')
            fail("the header must end with '}' followed only by space padding (found byte " +
                 std::to_string(static_cast<unsigned char>(header.back())) + ")");
        return header;
    }

    void checkEntry(const SafetensorsHeaderEntry& entry, std::uint64_t dataSize) const {
        const std::string tensor = "tensor " + jsonQuoted(entry.name);
        if (entry.end < entry.begin)
            fail(tensor + " has data_offsets " + offsetsText(entry) + " that end before they begin");
        if (entry.end > dataSize)
            fail(tensor + " has data_offsets " + offsetsText(entry) + " past the end of the data section (" +
                 std::to_string(dataSize) + " bytes)");
        constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();
        std::uint64_t count = 1;
        bool overflow = false;
        for (const std::int64_t dim : entry.shape) {
            const auto d = static_cast<std::uint64_t>(dim);
            if (d != 0 && count > kMax / d)
                overflow = true;
            count *= d;
        }
        const std::uint64_t elementSize = safetensorsDtypeSize(entry.dtype);
        const bool zero = std::find(entry.shape.begin(), entry.shape.end(), 0) != entry.shape.end();
        if (!zero && (overflow || count > kMax / elementSize))
            fail(tensor + " has the shape " + shapeText(entry.shape) + " whose byte size overflows 64 bits");
        const std::uint64_t bytes = zero ? 0 : count * elementSize;
        if (bytes != entry.end - entry.begin)
            fail(tensor + " has the shape " + shapeText(entry.shape) + " of " + safetensorsDtypeName(entry.dtype) +
                 ", which needs " + std::to_string(bytes) + " bytes, but its data_offsets " + offsetsText(entry) +
                 " span " + std::to_string(entry.end - entry.begin));
    }

    // Sorted by offsets, the tensors must tile [0, dataSize) exactly: no gap, no overlap, no tail.
    void checkCoverage(std::vector<const SafetensorsHeaderEntry*> entries, std::uint64_t dataSize) const {
        std::sort(entries.begin(), entries.end(), [](const auto* a, const auto* b) {
            return a->begin != b->begin ? a->begin < b->begin : a->end < b->end;
        });
        std::uint64_t cursor = 0;
        const SafetensorsHeaderEntry* previous = nullptr;
        for (const SafetensorsHeaderEntry* entry : entries) {
            if (entry->begin < cursor)
                fail("tensor " + jsonQuoted(entry->name) + " (data_offsets " + offsetsText(*entry) +
                     ") overlaps tensor " + jsonQuoted(previous->name) + " (data_offsets " + offsetsText(*previous) +
                     ")");
            if (entry->begin > cursor)
                fail("bytes " + std::to_string(cursor) + " to " + std::to_string(entry->begin) +
                     " of the data section belong to no tensor (a gap before tensor " + jsonQuoted(entry->name) + ")");
            cursor = entry->end;
            previous = entry;
        }
        if (cursor != dataSize)
            fail("the data section has " + std::to_string(dataSize) + " bytes but the tensors cover only " +
                 std::to_string(cursor) + " (trailing bytes after the last tensor)");
    }

private:
    const std::uint8_t* m_bytes;
    std::size_t m_size;
    const std::string& m_name;
};

} // namespace

std::int64_t SafetensorsTensorView::numel() const {
    std::int64_t count = 1;
    for (const std::int64_t dim : shape)
        count *= dim;
    return count;
}

SafetensorsFile SafetensorsFile::open(const std::filesystem::path& file) {
    auto mapping = std::make_shared<const MappedFile>(file);
    SafetensorsFile result = parse(mapping->data(), mapping->size(), file.string());
    result.m_mapping = std::move(mapping);
    return result;
}

SafetensorsFile SafetensorsFile::parse(const std::uint8_t* bytes, std::size_t size, const std::string& name) {
    static const std::uint8_t kEmpty[1] = {0};
    if (!bytes)
        bytes = kEmpty; // a zero-length mapping has no address; size 0 fails below anyway
    Validator validator(bytes, size, name);
    const std::uint64_t n = validator.headerLength();
    SafetensorsHeader header = SafetensorsHeaderParser(name).parse(validator.headerJson(n));

    const std::uint64_t dataSize = size - 8 - n;
    std::vector<const SafetensorsHeaderEntry*> entries;
    entries.reserve(header.entries.size());
    for (const SafetensorsHeaderEntry& entry : header.entries) {
        validator.checkEntry(entry, dataSize);
        entries.push_back(&entry);
    }
    validator.checkCoverage(std::move(entries), dataSize);

    SafetensorsFile result;
    result.m_name = name;
    result.m_headerLength = n;
    result.m_metadata = std::move(header.metadata);
    const std::uint8_t* data = bytes + 8 + n;
    result.m_tensors.reserve(header.entries.size());
    for (SafetensorsHeaderEntry& entry : header.entries)
        result.m_tensors.push_back({std::move(entry.name), entry.dtype, std::move(entry.shape), data + entry.begin,
                                    static_cast<std::size_t>(entry.end - entry.begin)});
    std::sort(result.m_tensors.begin(), result.m_tensors.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    return result;
}

const SafetensorsTensorView* SafetensorsFile::find(std::string_view tensorName) const {
    const auto it = std::lower_bound(m_tensors.begin(), m_tensors.end(), tensorName,
                                     [](const SafetensorsTensorView& t, std::string_view key) { return t.name < key; });
    return it != m_tensors.end() && it->name == tensorName ? &*it : nullptr;
}

SafetensorsFile parseSafetensorsBuffer(const std::uint8_t* bytes, std::size_t size, const std::string& name) {
    return SafetensorsFile::parse(bytes, size, name);
}

} // namespace litetune
