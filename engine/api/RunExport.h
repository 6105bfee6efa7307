// Exporting what a run trained, for other tools (transformers, PEFT, another LiteTune): the
// `export` verb and the GUI's "Export model…" action. What is written:
//   - full, head-only and BitFit runs: the run's model as a Hugging Face model folder;
//   - LoRA runs: the PEFT adapter folder, or with `merged` the base model with the adapter merged
//     into its weights, a plain Hugging Face folder that needs no PEFT to load.
// The target follows the folder rules of every LiteTune writer: new or empty, or (with
// `overwrite`) a folder of the same kind LiteTune wrote earlier, whose files alone are replaced.
// No LibTorch in this header.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace litetune {

struct ModelExportRequest {
    std::string runDir;
    std::string out;
    bool merged = false;
    bool overwrite = false;
};

// What is at the target, so a caller can ask before writing (the GUI's dialog).
struct ExportTarget {
    enum class State { Free, Replaceable, Refused } state = State::Free;
    std::string kind;              // "model" or "adapter": what the export writes
    std::string message;           // Refused: why, naming the folder and what it holds
    std::vector<std::string> kept; // Replaceable: a user's files there, which stay
};

// BadInput when the run has nothing to export (a base evaluation, a cancelled run).
ExportTarget inspectExportTarget(const ModelExportRequest& request);

// Writes the export; returns its total size in bytes. BadInput for a refused target.
std::int64_t exportRunModel(const ModelExportRequest& request);

} // namespace litetune
