// `litetune-cli report --runs RUN_DIR... --out FILE`: the report bundle (the one compare --report
// and the GUI's export write: HTML, PDF, Markdown, metrics, predictions, adapters) of run folders
// trained separately, e.g. a base evaluation, a full fine-tune and two LoRA runs on one dataset.
// The runs must share their data (path, columns, split settings): the report's label counts and
// glyphs come from it, and per-class columns only line up on the same evaluation split.
#include "Arguments.h"
#include "ReportBundle.h"
#include "Verbs.h"

#include "api/Dataset.h"
#include "api/Error.h"
#include "api/Report.h"
#include "api/RuntimeInfo.h"
#include "api/Workbench.h"

#include <filesystem>
#include <iostream>

namespace litetune::cli {

namespace {

std::string dataOf(const TrainConfig& c) {
    return c.dataPath + " (text column '" + c.textColumn + "', label column '" + c.labelColumn +
           "', validation fraction " + std::to_string(c.validationFraction) + ", seed " + std::to_string(c.seed) + ")";
}

} // namespace

int runReport(int argc, char** argv, int first) {
    Arguments args(argc, argv, first);
    const std::string out = args.require("out");
    std::vector<std::string> dirs;
    if (const auto firstRun = args.value("runs"))
        dirs.push_back(*firstRun);
    for (const std::string& dir : args.positional())
        dirs.push_back(dir);
    args.rejectUnused();
    if (dirs.empty())
        throwBadInput("report needs run folders: litetune-cli report --runs RUN_DIR... --out FILE.zip");
    ReportBuilder::checkBundleName(out);
    std::error_code ec;
    if (std::filesystem::exists(std::filesystem::symlink_status(out, ec)))
        throwBadInput("report bundle " + out + " already exists; choose a new --out name");

    std::vector<RunResult> runs;
    for (const std::string& dir : dirs) {
        runs.push_back(loadRun(dir));
        const TrainConfig& c = runs.back().config;
        if (c.task == Task::CausalLm)
            throwBadInput(dir + " is a causal-LM run; a report sets classifiers side by side");
        if (dataOf(c) != dataOf(runs.front().config))
            throwBadInput(dir + " was trained on " + dataOf(c) + ", but " + dirs.front() + " on " +
                          dataOf(runs.front().config) + "; a report compares runs on the same data");
    }
    ReportInput input = reportInputFor(runs, loadDataset(datasetOptionsFor(runs.front().config, true)));
    input.runtime = runtimeInfo();
    writeCliReportBundle(input, out);
    std::cout << "report: " << out << " (" << runs.size() << (runs.size() == 1 ? " run)" : " runs)") << "\n";
    return 0;
}

} // namespace litetune::cli
