// `litetune-cli compare --model DIR --data PATH [--out DIR] [knobs]`: base evaluation, full
// fine-tune and LoRA in a row on the same data and settings, each its own run folder inside one
// comparison folder; prints the reference table in Markdown (columns Base / Full fine-tune / LoRA).
// One --lr serves both fine-tunes unless --lora-lr gives LoRA its own. `--report FILE` (the
// bundle) is not implemented yet and is refused rather than silently ignored.
#include "Arguments.h"
#include "TrainOptions.h"
#include "Verbs.h"

#include "api/Workbench.h"
#include "report/MetricTable.h"
#include "util/Error.h"

#include <filesystem>
#include <iostream>

namespace litetune::cli {

int runCompare(int argc, char** argv, int first) {
    Arguments args(argc, argv, first, trainSwitches());
    TrainConfig config;
    readDataOptions(args, config);
    readTrainingOptions(args, config);
    readRuntimeOptions(args, config);
    config.outDir = args.valueOr("out", "");
    if (args.has("report"))
        throwBadInput("--report is not available yet in this build; the comparison's run folders hold "
                      "metrics.json, history.csv and predictions.csv");
    if (args.has("method"))
        throwBadInput("compare always runs base, full and lora; drop --method (or use train)");
    args.rejectUnused();
    if (!args.positional().empty())
        throwBadInput("compare takes no positional arguments, got '" + args.positional().front() + "'");

    StderrProgress progress;
    RunControl control;
    cancelOnInterrupt(control);
    const std::vector<RunResult> runs = runComparison(config, progress, control);
    std::cout << MetricTable(runs).markdown();
    if (!runs.empty())
        std::cout << "\ncomparison folder: " << std::filesystem::path(runs.front().runDir).parent_path().string()
                  << "\n";
    return !runs.empty() && runs.back().cancelled ? 130 : 0;
}

} // namespace litetune::cli
