// `litetune-cli compare --model DIR --data PATH [--out DIR] [knobs]`: base evaluation, full
// fine-tune and LoRA in a row on the same data and settings, each its own run folder inside one
// comparison folder; prints the reference table in Markdown (columns Base / Full fine-tune / LoRA).
// One --lr serves both fine-tunes unless --lora-lr gives LoRA its own. `--report FILE` writes the
// report bundle (.zip or .tar.gz: HTML, PDF, Markdown, metrics, predictions, adapters); its name is
// checked before any training starts.
#include "Arguments.h"
#include "ReportBundle.h"
#include "StopSignals.h"
#include "TrainOptions.h"
#include "Verbs.h"

#include "api/Dataset.h"
#include "api/Error.h"
#include "api/Report.h"
#include "api/RuntimeInfo.h"
#include "api/Workbench.h"

#include <filesystem>
#include <iostream>

namespace litetune::cli {

int runCompare(int argc, char** argv, int first) {
    RunControl control;
    catchStopSignals(); // before anything else: a signal during start-up cancels too
    Arguments args(argc, argv, first, optionSwitches());
    TrainConfig config;
    readDataOptions(args, config);
    readTrainingOptions(args, config);
    readRuntimeOptions(args, config);
    readOption(args, *findOption("out"), config);
    const std::string report = args.valueOr("report", "");
    if (!report.empty()) {
        ReportBuilder::checkBundleName(report);
        std::error_code ec;
        if (std::filesystem::exists(std::filesystem::symlink_status(report, ec)))
            throwBadInput("report bundle " + report + " already exists; choose a new --report name");
    }
    if (args.has("method"))
        throwBadInput("compare always runs base, full and lora; drop --method (or use train)");
    args.rejectUnused();
    if (!args.positional().empty())
        throwBadInput("compare takes no positional arguments, got '" + args.positional().front() + "'");

    StderrProgress progress;
    attachStopSignals(control);
    const std::vector<RunResult> runs = runComparison(config, progress, control);
    std::cout << metricTableMarkdown(runs);
    if (!report.empty() && !runs.empty() && !runs.back().cancelled) {
        // The dataset again, for its label glyphs and counts: cheap next to the three runs.
        ReportInput input = reportInputFor(runs, loadDataset(datasetOptionsFor(config, true)));
        input.runtime = runtimeInfo();
        writeCliReportBundle(input, report);
        std::cout << "\nreport: " << report << "\n";
    }
    if (!runs.empty())
        std::cout << "\ncomparison folder: " << std::filesystem::path(runs.front().runDir).parent_path().string()
                  << "\n";
    return !runs.empty() && runs.back().cancelled ? cancelledExitStatus() : 0;
}

} // namespace litetune::cli
