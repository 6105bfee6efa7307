// `litetune-cli logits --model DIR [--adapter DIR] --input FILE [--device auto|cpu|cuda[:N]] [--threads N]`:
// sequence-classification logits (float32) for the batch in FILE, and the loss when it carries
// labels (the man page (packaging/litetune-cli.1)). FILE: {"input_ids": [[...]], "attention_mask": [[...]], "labels":
// [...]}, the last two optional. An attention_mask takes the explicit key-padding path (exact Hugging Face parity for
// any mask); pooling follows Hugging Face (last token that is not the pad id). Needs only config.json + weights; every
// field of FILE is checked with its position named in errors.
#include "Arguments.h"
#include "Verbs.h"

#include "api/Logits.h"
#include "api/RuntimeInfo.h"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>

namespace litetune::cli {

namespace {

std::string number(double value) {
    if (!std::isfinite(value))
        return "null"; // JSON has no NaN or infinity (man page, JSON OUTPUT)
    char text[32];
    std::snprintf(text, sizeof text, "%.9g", value); // enough digits to round-trip a float32
    return text;
}

} // namespace

int runLogits(int argc, char** argv, int first) {
    Arguments args(argc, argv, first);
    LogitsRequest request;
    request.modelPath = args.require("model");
    request.adapterPath = args.valueOr("adapter", "");
    request.inputPath = args.require("input");
    request.device = args.valueOr("device", "cpu");
    const int threads = static_cast<int>(args.integerOr("threads", 0));
    args.rejectUnused();
    configureThreads(threads, false);

    const LogitsResult logits =
        computeLogits(request, [](const std::string& message) { std::cerr << "litetune-cli: " << message << "\n"; });
    std::string out = "{\"logits\": [";
    for (std::int64_t r = 0; r < logits.rows; ++r) {
        out += r ? ", [" : "[";
        for (std::int64_t c = 0; c < logits.columns; ++c)
            out += (c ? ", " : "") + number(logits.logits[static_cast<std::size_t>(r * logits.columns + c)]);
        out += "]";
    }
    out += "]";
    if (logits.loss)
        out += ", \"loss\": " + number(*logits.loss);
    std::cout << out << "}\n";
    return 0;
}

} // namespace litetune::cli
