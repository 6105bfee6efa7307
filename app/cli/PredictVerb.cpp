// `litetune-cli predict --model DIR [--adapter DIR] [--top K] TEXT...`: the top K labels (default
// 3) with probabilities for each text; with no TEXT, one text per line of stdin.
#include "Arguments.h"
#include "Verbs.h"

#include "api/Classifier.h"
#include "api/Error.h"
#include "api/RuntimeInfo.h"
#include "api/Workbench.h"

#include <cstdio>
#include <iostream>

namespace litetune::cli {

int runPredict(int argc, char** argv, int first) {
    Arguments args(argc, argv, first);
    const std::string model = args.require("model");
    const std::string adapter = args.valueOr("adapter", "");
    const std::int64_t top = args.integerOr("top", 3);
    const int threads = static_cast<int>(args.integerOr("threads", 0));
    args.rejectUnused();
    if (top < 1 || top > 1000)
        throwBadInput("option --top expects a count from 1 to 1000, got " + std::to_string(top));
    configureThreads(threads, false);
    std::vector<std::string> texts = args.positional();
    if (texts.empty())
        for (std::string line; std::getline(std::cin, line);)
            texts.push_back(line);
    if (texts.empty())
        throwBadInput("predict needs texts: give them as arguments or one per line on stdin");

    const Classifier classifier = Classifier::fromModel(model, adapter);
    for (const std::string& warning : classifier.warnings())
        std::cerr << warning << "\n";
    const auto predictions = classifier.predict(texts, static_cast<int>(top));
    for (std::size_t i = 0; i < texts.size(); ++i) {
        std::cout << texts[i] << "\n";
        for (const LabelScore& score : predictions[i]) {
            char probability[32];
            std::snprintf(probability, sizeof probability, "%6.2f%%", score.probability * 100.0);
            std::cout << "  " << probability << "  " << score.name << (score.glyph.empty() ? "" : " " + score.glyph)
                      << "\n";
        }
    }
    return 0;
}

} // namespace litetune::cli
