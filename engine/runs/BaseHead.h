// BaseHead: the classification head a base evaluation drew, kept in its run folder as
// score_head.safetensors (one float32 tensor, score.weight, (num_labels, n_embd)). A base run trains
// nothing and saves no model/; without this file the Playground had to draw the head again from the
// run's seed, so its answers held only as long as LibTorch's random generator drew the same numbers.
// Runs written before this file existed have none and are still rebuilt from their seed
// (Classifier::forRun).
#pragma once

#include "model/Gpt2.h"

#include <filesystem>

namespace litetune {

inline constexpr const char* kBaseHeadFile = "score_head.safetensors";

// Writes the model's score.weight to runDir/kBaseHeadFile (atomically, float32 on the CPU).
void saveBaseHead(Gpt2ForSequenceClassification& model, const std::filesystem::path& runDir);

// Copies runDir/kBaseHeadFile into the model's score.weight; false, leaving the model alone, when
// the run has no such file. BadInput naming the file when it holds anything but a score.weight of
// the model's shape.
bool loadBaseHead(Gpt2ForSequenceClassification& model, const std::filesystem::path& runDir);

} // namespace litetune
