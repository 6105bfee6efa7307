// Classifier: a model loaded once and asked many times. The Playground keeps a few of these, so
// typing a text does not read the weights from disk for every question; predictTexts (the
// predict verb) loads one for a single call. Loading follows what a run used:
// - a model folder (or "demo") with an optional PEFT adapter answers in the checkpoint's labels;
// - a finished run answers with the model it saved: model/ (full, head, BitFit) or its base model
//   plus adapter/ (LoRA);
// - a base evaluation saved no model, so its model is rebuilt the way RunInputs built it for the
//   evaluation: the checkpoint's own head when its labels cover the run's, else the head the
//   evaluation drew, read from the run's score_head.safetensors; a base run written before that
//   file existed gets its head drawn again from the run's recorded seed, the same head as long as
//   LibTorch's generator draws the same numbers. Either way bit-identical to the evaluated model
//   as long as the base model folder is unchanged.
// Not thread-safe: one thread asks at a time (the GUI's engine thread). No LibTorch in this header.
#pragma once

#include "api/Results.h"

#include <memory>
#include <string>
#include <vector>

namespace litetune {

class Classifier {
public:
    static Classifier fromModel(const std::string& modelPath, const std::string& adapterPath = {});
    // BadInput naming what is missing when the run cannot be asked (no saved model, no evaluation).
    static Classifier forRun(const RunResult& run);

    // Top-k labels with probabilities for each text, most likely first.
    std::vector<std::vector<LabelScore>> predict(const std::vector<std::string>& texts, int topK) const;

    const std::vector<std::string>& labels() const;
    // What the caller should tell the user, e.g. an adapter loaded onto another base than its own.
    const std::vector<std::string>& warnings() const;
    // True for a base evaluation whose classification head was drawn, not trained: its answers
    // are what the evaluation measured, and no better than chance.
    bool hasUntrainedHead() const;

private:
    struct Impl;
    explicit Classifier(std::shared_ptr<Impl> impl);
    std::shared_ptr<Impl> m_impl;
};

} // namespace litetune
