// reportInputFor (api/Report.h): what a report needs from the dataset the runs were made on. The
// glyphs come from the dataset because only it knows them for names that are not emoji names (the
// demo's topics, TweetEval's mapping); label counts are the training split's, else the whole set's.
#include "api/Dataset.h"
#include "api/Report.h"

namespace litetune {

ReportInput reportInputFor(const std::vector<RunResult>& runs, const Dataset& dataset) {
    ReportInput input;
    input.runs = runs;
    for (const LabelInfo& label : dataset.labels)
        if (!label.glyph.empty())
            input.labelGlyphs[label.name] = label.glyph;
    const Split* counted = dataset.split("train");
    if (!counted && !dataset.splits.empty())
        counted = &dataset.splits.front();
    if (counted) {
        const std::vector<std::int64_t> counts = dataset.labelCounts(counted->name);
        for (std::size_t i = 0; i < counts.size() && i < dataset.labels.size(); ++i)
            input.labelCounts[dataset.labels[i].name] = counts[i];
        input.labelCountsSource = counted->name == "train" ? "training split" : counted->name + " split";
    }
    return input;
}

} // namespace litetune
