// Dataset: labelled texts from any source the man page (packaging/litetune-cli.1) names (CSV/TSV, JSON Lines, split
// folders, TweetEval task folders, archives of these, the built-in demo), as plain values the trainer and the dataset
// browser share. Needs no LibTorch.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace litetune {

class Tokenizer;

struct Example {
    std::string text;
    int label = -1;        // index into Dataset::labels; -1 when the source has no label
    std::int64_t line = 0; // 1-based line (record) in its source file, for messages
};

struct Split {
    std::string name; // "train", "validation", "test"
    std::vector<Example> examples;
};

struct LabelInfo {
    std::string name;  // as in the data ("red_heart", "❤", "3", ...)
    std::string glyph; // display glyph ("❤️"), or empty when none is known
};

struct BadRow {
    std::string file;
    std::int64_t line = 0;
    std::string reason; // "ragged row: 3 fields, header has 2", "empty text", "invalid UTF-8", ...
};

struct DatasetOptions {
    std::string path = "demo";   // file, folder, archive, or "demo"
    std::string textColumn;      // empty: auto-detect (tweet, text, sentence)
    std::string labelColumn;     // empty: auto-detect (emoji, label, labels)
    bool splitSingleFile = true; // train/compare: split one file stratified; eval: keep it whole
    double validationFraction = 0.1;
    double testFraction = 0.0;
    std::uint64_t seed = 42;
    bool skipBadRows = false;
    // Drop invisible characters and collapse white space in every text (data/TextCleaner.h); a
    // text that only held such characters becomes empty: a bad row (skipped with skipBadRows).
    bool cleanText = false;
};

struct Dataset {
    std::string source; // what was opened, for display
    std::string textColumn, labelColumn;
    std::vector<LabelInfo> labels;   // stable order (see DatasetReader for the rule)
    std::vector<Split> splits;       // in order train, validation, test (those present)
    std::vector<BadRow> skippedRows; // filled when skipBadRows

    const Split* split(const std::string& name) const;
    std::vector<std::int64_t> labelCounts(const std::string& splitName) const;
};

// Opens a dataset; bad input → Error(BadInput) naming file and line (the first few bad rows).
Dataset loadDataset(const DatasetOptions& options);

// How far a load has come: bytes of the data files parsed of all their bytes (a compressed file
// counts its compressed size until it is read), and records parsed so far.
struct LoadProgress {
    std::uint64_t bytesRead = 0;
    std::uint64_t totalBytes = 0; // 0 while not known (the demo, TweetEval folders)
    std::int64_t rows = 0;
};

// What watches a long load, both optional. `progressed` is called on the loading thread once the
// total is known, then at most every progressIntervalSeconds, after each file, and at the end. A
// set `cancel` stops the load within a few thousand rows with Error(Cancelled): no dataset, and no
// message to show (the caller asked for it).
struct LoadControl {
    std::function<void(const LoadProgress&)> progressed;
    const std::atomic<bool>* cancel = nullptr;
    double progressIntervalSeconds = 0.1;
};
Dataset loadDataset(const DatasetOptions& options, const LoadControl& control);

// Raw text for causal-LM training (data/TextCorpus.h): a .txt file (one document per line), a
// folder of .txt files (one document each), or kDemoCorpusName. Split into train and held-out
// validation documents by options' validationFraction and seed; kept whole as "test" when
// options.splitSingleFile is false. No labels.
inline constexpr const char* kDemoCorpusName = "demo-text";
Dataset loadTextCorpus(const DatasetOptions& options);
// The same, watched like loadDataset (rows are lines).
Dataset loadTextCorpus(const DatasetOptions& options, const LoadControl& control);

// A fingerprint of what the dataset holds (label names, each split's texts and labels), 32 hex
// digits: the same data read from another file format gives the same fingerprint. Resume compares
// it with the one run.json recorded.
std::string datasetFingerprint(const Dataset& dataset);

// The column names of the dataset's main file (train, else the only file) for a column-mapping
// dialog; empty for the demo and TweetEval folders, whose columns are fixed. Throws like loadDataset.
std::vector<std::string> datasetColumns(const DatasetOptions& options);

// The share (0..1) of the split's examples whose text DatasetOptions::cleanText would change
// (invisible characters, extra white space); 0 for an empty split. A training split far above its
// validation split hints at leftovers a model can learn instead of the text (docs/data.md).
double cleaningShare(const Split& split);

// Token-length statistics of one split at a max length.
struct LengthStats {
    std::vector<std::int64_t> lengths; // per example, untruncated
    std::int64_t maxLength = 0;
    double truncatedFraction = 0.0; // share of examples longer than maxLength
    double meanLength = 0.0;
    std::int64_t longest = 0;
};
LengthStats tokenLengthStats(const Split& split, const Tokenizer& tokenizer, std::int64_t maxLength);

} // namespace litetune
