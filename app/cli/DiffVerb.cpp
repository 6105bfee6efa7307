// `litetune-cli diff RUN_A RUN_B [--json] [--limit N]`: what changed from run A to run B on the
// same evaluated data (api/RunDiff.h): both runs' accuracy and macro F1, the per-class F1 deltas,
// and the samples B fixed and B broke with both predictions. --json prints the whole RunDiff.
#include "Arguments.h"
#include "Verbs.h"

#include "api/Error.h"
#include "api/RunDiff.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace litetune::cli {

namespace {

std::string fixed4(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", value);
    return buffer;
}

std::string signed4(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%+.4f", value);
    return buffer;
}

std::string className(const RunDiff& diff, int id) {
    return id >= 0 && id < static_cast<int>(diff.labels.size()) ? diff.labels[static_cast<std::size_t>(id)]
                                                                : std::to_string(id);
}

nlohmann::json samplesJson(const RunDiff& diff, const std::vector<DiffSample>& samples,
                           const std::vector<std::string>& texts) {
    nlohmann::json list = nlohmann::json::array();
    for (const DiffSample& s : samples) {
        nlohmann::json item{{"index", s.index},
                            {"label", s.label},
                            {"label_name", className(diff, s.label)},
                            {"predicted_a", s.predictedA},
                            {"predicted_b", s.predictedB},
                            {"probability_a", s.probabilityA},
                            {"probability_b", s.probabilityB}};
        if (s.index >= 0 && static_cast<std::size_t>(s.index) < texts.size())
            item["text"] = texts[static_cast<std::size_t>(s.index)];
        list.push_back(item);
    }
    return list;
}

nlohmann::json diffJson(const RunDiff& diff, const std::vector<std::string>& texts) {
    return {{"run_a", diff.runA},
            {"run_b", diff.runB},
            {"name_a", diff.nameA},
            {"name_b", diff.nameB},
            {"split", diff.split},
            {"samples", diff.samples},
            {"labels", diff.labels},
            {"confusion_delta", diff.confusionDelta},
            {"f1_a", diff.f1A},
            {"f1_b", diff.f1B},
            {"accuracy_a", diff.accuracyA},
            {"accuracy_b", diff.accuracyB},
            {"macro_f1_a", diff.macroF1A},
            {"macro_f1_b", diff.macroF1B},
            {"fixed", samplesJson(diff, diff.fixed, texts)},
            {"broken", samplesJson(diff, diff.broken, texts)}};
}

// Texts on one line, so each sample stays one line of output.
std::string flat(std::string text) {
    for (char& c : text)
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
    constexpr std::size_t kMax = 80;
    if (text.size() > kMax) {
        std::size_t cut = kMax;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut; // never split a UTF-8 sequence
        text = text.substr(0, cut) + "…";
    }
    return text;
}

void printSamples(const RunDiff& diff, const char* title, const std::vector<DiffSample>& samples, std::int64_t limit,
                  const std::vector<std::string>& texts) {
    std::cout << "\n" << title << ": " << samples.size() << "\n";
    std::int64_t shown = 0;
    for (const DiffSample& s : samples) {
        if (shown++ == limit)
            break;
        std::cout << "  #" << s.index << "  true " << className(diff, s.label) << "  A "
                  << className(diff, s.predictedA) << " (" << fixed4(s.probabilityA) << ")  B "
                  << className(diff, s.predictedB) << " (" << fixed4(s.probabilityB) << ")";
        if (s.index >= 0 && static_cast<std::size_t>(s.index) < texts.size())
            std::cout << "  " << flat(texts[static_cast<std::size_t>(s.index)]);
        std::cout << "\n";
    }
    if (static_cast<std::int64_t>(samples.size()) > limit)
        std::cout << "  … " << (static_cast<std::int64_t>(samples.size()) - limit) << " more (--limit, --json)\n";
}

} // namespace

int runDiff(int argc, char** argv, int first) {
    Arguments args(argc, argv, first, {"json"});
    const bool json = args.has("json");
    const std::int64_t limit = args.integerOr("limit", 10);
    args.rejectUnused();
    if (limit < 0)
        throwBadInput("--limit must be 0 or more, not " + std::to_string(limit));
    if (args.positional().size() != 2)
        throwBadInput("diff needs two run folders: litetune-cli diff RUN_A RUN_B [--json] [--limit N]");
    const RunDiff diff = diffRuns(args.positional()[0], args.positional()[1]);
    const std::vector<std::string> texts = diffSampleTexts(diff);
    if (json) {
        std::cout << diffJson(diff, texts).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return 0;
    }
    std::cout << "A: " << diff.nameA << " (" << diff.runA << ")\n"
              << "B: " << diff.nameB << " (" << diff.runB << ")\n"
              << diff.samples << " samples of the " << (diff.split.empty() ? "evaluated" : diff.split) << " split\n\n"
              << "             A        B        B - A\n"
              << "accuracy     " << fixed4(diff.accuracyA) << "   " << fixed4(diff.accuracyB) << "   "
              << signed4(diff.accuracyB - diff.accuracyA) << "\n"
              << "macro F1     " << fixed4(diff.macroF1A) << "   " << fixed4(diff.macroF1B) << "   "
              << signed4(diff.macroF1B - diff.macroF1A) << "\n\nF1 per class:\n";
    std::size_t width = 0;
    for (const std::string& name : diff.labels)
        width = std::max(width, name.size());
    for (std::size_t c = 0; c < diff.labels.size(); ++c)
        std::cout << "  " << diff.labels[c] << std::string(width - diff.labels[c].size(), ' ') << "  "
                  << fixed4(diff.f1A[c]) << " -> " << fixed4(diff.f1B[c]) << "  " << signed4(diff.f1B[c] - diff.f1A[c])
                  << "\n";
    printSamples(diff, "fixed by B (A wrong, B right)", diff.fixed, limit, texts);
    printSamples(diff, "broken by B (A right, B wrong)", diff.broken, limit, texts);
    return 0;
}

} // namespace litetune::cli
