// Tokenizer: GPT-2 byte-level BPE put together: "<|endoftext|>" split out (when recognised),
// PreTokenizer pieces, then per piece the first that answers of: one byte, PieceTable (a
// single vocabulary entry), PieceCache, BpeMerger. Deliberately no normalisation, no added
// prefix space, no BOS/EOS insertion, no truncation: callers do that.
// Reference: openai/gpt-2 src/encoder.py; tiktoken src/lib.rs (encode_ordinary); docs/formats.md §5.
#include "api/Tokenizer.h"

#include "tokenizer/BpeMerger.h"
#include "tokenizer/BpeVocabulary.h"
#include "tokenizer/ByteAlphabet.h"
#include "tokenizer/ByteHash.h"
#include "tokenizer/MergeTable.h"
#include "tokenizer/PieceCache.h"
#include "tokenizer/PieceTable.h"
#include "tokenizer/PreTokenizer.h"
#include "tokenizer/TokenBytes.h"
#include "tokenizer/TokenizerFiles.h"
#include "tokenizer/Utf8.h"
#include "util/AtomicFile.h"
#include "util/Error.h"

#include <limits>

namespace litetune {

namespace {

constexpr std::string_view kEndOfText = "<|endoftext|>";

MergeTable buildMergeTable(const BpeVocabulary& vocabulary, const TokenBytes& tokens) {
    // Merged ids are found by bytes; TokenizerFiles has checked that every concatenation exists.
    std::vector<std::int32_t> singles;
    for (std::int32_t id = 0; id < tokens.idCount(); ++id)
        if (tokens.has(id))
            singles.push_back(id);
    const PieceTable all(tokens, singles);
    MergeTable merges(vocabulary.merges.size());
    std::string joined;
    for (std::size_t rank = 0; rank < vocabulary.merges.size(); ++rank) {
        const auto [left, right] = vocabulary.merges[rank];
        joined.assign(tokens.bytes(left));
        joined.append(tokens.bytes(right));
        const std::int32_t merged = all.find(joined, hashBytes(joined.data(), joined.size()), tokens);
        if (merged < 0 || !merges.insert(left, right, static_cast<std::uint32_t>(rank), merged))
            throwBadInput("merge rule " + std::to_string(rank) + " is inconsistent with the vocabulary");
    }
    return merges;
}

} // namespace

struct Tokenizer::Impl {
    TokenBytes tokens;
    std::vector<std::pair<std::int32_t, std::int32_t>> mergePairs; // by rank, for saveTo
    std::array<std::int32_t, 256> byteIds{};
    MergeTable merges;
    BpeMerger merger;
    PieceTable singleTokenPieces;
    mutable PieceCache cache;
    std::int32_t endOfText = -1;

    explicit Impl(const BpeVocabulary& vocabulary)
        : tokens(vocabulary.tokens)
        , mergePairs(vocabulary.merges)
        , merges(buildMergeTable(vocabulary, tokens))
        , merger(merges, byteIds) {
        byteIds.fill(-1);
        for (std::int32_t id = 0; id < tokens.idCount(); ++id) {
            const std::string_view bytes = tokens.bytes(id);
            if (bytes.size() == 1)
                byteIds[static_cast<unsigned char>(bytes[0])] = id;
            if (bytes == kEndOfText)
                endOfText = id;
        }
        for (const std::int32_t id : byteIds)
            if (id < 0)
                throwBadInput("the vocabulary lacks a single-byte token; a byte-level BPE vocabulary needs all 256");
        // A piece spelling a vocabulary entry is that one token only if BPE reaches it: tiktoken
        // assumes so, but a vocabulary may hold unreachable entries ("<|endoftext|>" is one).
        std::vector<std::int32_t> reachable;
        std::vector<std::int32_t> scratch;
        for (std::int32_t id = 0; id < tokens.idCount(); ++id) {
            if (tokens.length(id) < 2)
                continue;
            scratch.clear();
            merger.encode(tokens.bytes(id), scratch);
            if (scratch.size() == 1 && scratch[0] == id)
                reachable.push_back(id);
        }
        singleTokenPieces = PieceTable(tokens, reachable);
    }

    void encodePiece(std::string_view piece, std::vector<std::int32_t>& out) const {
        if (piece.size() == 1) {
            out.push_back(byteIds[static_cast<unsigned char>(piece[0])]);
            return;
        }
        const std::uint64_t hash = hashBytes(piece.data(), piece.size());
        if (const std::int32_t id = singleTokenPieces.find(piece, hash, tokens); id >= 0) {
            out.push_back(id);
            return;
        }
        if (cache.lookup(piece, hash, out))
            return;
        const std::size_t before = out.size();
        merger.encode(piece, out);
        cache.insert(piece, hash, out.data() + before, out.size() - before);
    }

    // Appends the ids of `text` (no special tokens); `spans`, when given, receives their byte
    // ranges shifted by `offset`.
    void encodeOrdinary(std::string_view text, std::vector<std::int32_t>& out, std::vector<TokenSpan>* spans,
                        std::size_t offset) const {
        std::size_t begin = 0;
        while (begin < text.size()) {
            const std::size_t end = PreTokenizer::pieceEnd(text, begin);
            const std::size_t first = out.size();
            encodePiece(text.substr(begin, end - begin), out);
            if (spans) {
                auto position = static_cast<std::uint32_t>(offset + begin);
                for (std::size_t i = first; i < out.size(); ++i) {
                    const std::uint32_t length = tokens.length(out[i]);
                    spans->push_back(TokenSpan{out[i], position, position + length});
                    position += length;
                }
            }
            begin = end;
        }
    }

    void encode(std::string_view text, SpecialTokens special, std::vector<std::int32_t>& out,
                std::vector<TokenSpan>* spans) const {
        if (special == SpecialTokens::AsText || endOfText < 0) {
            encodeOrdinary(text, out, spans, 0);
            return;
        }
        std::size_t begin = 0;
        for (std::size_t found; (found = text.find(kEndOfText, begin)) != std::string_view::npos;) {
            encodeOrdinary(text.substr(begin, found - begin), out, spans, begin);
            out.push_back(endOfText);
            if (spans)
                spans->push_back(TokenSpan{endOfText, static_cast<std::uint32_t>(found),
                                           static_cast<std::uint32_t>(found + kEndOfText.size())});
            begin = found + kEndOfText.size();
        }
        encodeOrdinary(text.substr(begin), out, spans, begin);
    }

    void requireId(std::int32_t id) const {
        if (!tokens.has(id))
            throwBadInput("token id " + std::to_string(id) + " is not in the vocabulary (ids 0 to " +
                          std::to_string(tokens.idCount() - 1) + ")");
    }
};

Tokenizer::Tokenizer(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}

Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;
Tokenizer::~Tokenizer() = default;

Tokenizer Tokenizer::fromFiles(const std::filesystem::path& vocabJson, const std::filesystem::path& mergesTxt) {
    return Tokenizer(std::make_unique<Impl>(TokenizerFiles::read(vocabJson, mergesTxt)));
}

Tokenizer Tokenizer::fromFolder(const std::filesystem::path& dir) {
    std::error_code error;
    if (!std::filesystem::is_directory(dir, error))
        throwBadInput("tokenizer folder not found: " + dir.string());
    const bool huggingFace =
        std::filesystem::exists(dir / "vocab.json", error) || std::filesystem::exists(dir / "merges.txt", error);
    if (huggingFace)
        return fromFiles(dir / "vocab.json", dir / "merges.txt");
    if (std::filesystem::exists(dir / "encoder.json", error) || std::filesystem::exists(dir / "vocab.bpe", error))
        return fromFiles(dir / "encoder.json", dir / "vocab.bpe");
    throwBadInput("folder " + dir.string() +
                  " holds no GPT-2 tokenizer: expected vocab.json + merges.txt (or encoder.json + vocab.bpe)");
}

Tokenizer Tokenizer::byteLevel() {
    BpeVocabulary vocabulary;
    for (const std::uint8_t byte : ByteAlphabet::order())
        vocabulary.tokens.emplace_back(1, static_cast<char>(byte));
    vocabulary.tokens.emplace_back(kEndOfText);
    return Tokenizer(std::make_unique<Impl>(vocabulary));
}

std::vector<std::int32_t> Tokenizer::encode(std::string_view text, SpecialTokens special) const {
    // Encoding into a reused buffer and copying out gives the caller an exactly sized vector
    // with one allocation, whatever the text.
    thread_local std::vector<std::int32_t> scratch;
    scratch.clear();
    m_impl->encode(text, special, scratch, nullptr);
    std::vector<std::int32_t> ids(scratch.begin(), scratch.end());
    if (scratch.capacity() > (std::size_t(1) << 20))
        std::vector<std::int32_t>().swap(scratch);
    return ids;
}

std::vector<TokenSpan> Tokenizer::encodeWithOffsets(std::string_view text, SpecialTokens special) const {
    if (text.size() > std::numeric_limits<std::uint32_t>::max())
        throwBadInput("a text of " + std::to_string(text.size()) +
                      " bytes is too long for byte offsets (4 GiB at most)");
    std::vector<std::int32_t> ids;
    std::vector<TokenSpan> spans;
    m_impl->encode(text, special, ids, &spans);
    return spans;
}

std::string Tokenizer::decode(const std::vector<std::int32_t>& ids) const {
    std::string bytes;
    for (const std::int32_t id : ids) {
        m_impl->requireId(id);
        bytes.append(m_impl->tokens.bytes(id));
    }
    return Utf8::repair(bytes);
}

std::string Tokenizer::tokenText(std::int32_t id) const {
    m_impl->requireId(id);
    return Utf8::repair(m_impl->tokens.bytes(id));
}

std::int32_t Tokenizer::vocabSize() const {
    return m_impl->tokens.idCount();
}

std::int32_t Tokenizer::endOfTextId() const {
    return m_impl->endOfText;
}

void Tokenizer::saveTo(const std::filesystem::path& dir) const {
    BpeVocabulary vocabulary;
    vocabulary.tokens.reserve(static_cast<std::size_t>(m_impl->tokens.idCount()));
    for (std::int32_t id = 0; id < m_impl->tokens.idCount(); ++id)
        vocabulary.tokens.emplace_back(m_impl->tokens.bytes(id));
    vocabulary.merges = m_impl->mergePairs;
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error)
        throwFailure("cannot create the folder " + dir.string() + ": " + error.message());
    writeFileAtomically(dir / "vocab.json", TokenizerFiles::formatVocab(vocabulary));
    writeFileAtomically(dir / "merges.txt", TokenizerFiles::formatMerges(vocabulary));
}

} // namespace litetune
