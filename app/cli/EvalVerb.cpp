// `litetune-cli eval --model DIR [--adapter DIR] --data PATH [--split NAME] [--out DIR]`: evaluates a
// model (or a trained run's model/ folder, or a base model plus adapter) on a dataset. A single
// file is evaluated whole; --split picks one split of a folder (default: test if present, else
// validation). The dataset's label names are mapped onto the model's id2label by name; an unknown
// label is an error naming it. Prints the metrics table; --out writes metrics.json and
// predictions.csv into a new or empty folder (--overwrite: into one an earlier eval wrote).
#include "Arguments.h"
#include "StopSignals.h"
#include "TrainOptions.h"
#include "Verbs.h"

#include "api/Error.h"
#include "api/RuntimeInfo.h"
#include "api/Workbench.h"

#include <iostream>

namespace litetune::cli {

int runEval(int argc, char** argv, int first) {
    RunControl control;
    catchStopSignals(); // before anything else: a signal during start-up cancels too
    std::set<std::string> switches = optionSwitches();
    switches.insert("overwrite");
    Arguments args(argc, argv, first, switches);
    TrainConfig config;
    config.method = Method::Evaluate;
    rejectSplitOptions(args, "eval");
    readDataOptions(args, config);
    readRuntimeOptions(args, config);
    readOption(args, *findOption("split"), config);
    readOption(args, *findOption("task"), config);
    if (args.value("batch-size")) { // for eval, the batch size is the evaluation batch size
        if (args.value("eval-batch-size"))
            throwBadInput("give --batch-size or --eval-batch-size, not both");
        readOption(args, *findOption("batch-size"), config);
        config.evalBatchSize = config.batchSize;
    }
    const std::string out = args.valueOr("out", "");
    const ExistingFolder existing = args.has("overwrite") ? ExistingFolder::ReplaceOwnFiles : ExistingFolder::Refuse;
    args.rejectUnused();
    if (!args.positional().empty())
        throwBadInput("eval takes no positional arguments, got '" + args.positional().front() + "'");
    if (config.threads > 0)
        configureThreads(config.threads, false);

    StderrProgress progress;
    attachStopSignals(control);
    RunResult result;
    result.config = config;
    result.name = "Eval";
    result.eval = evaluateModel(config, out, progress, control, existing);
    std::cout << "split: " << result.eval.split << " (" << result.eval.samples << " examples)\n" << metricsText(result);
    if (!out.empty())
        std::cout << "metrics: " << out << "/metrics.json\n";
    return 0;
}

} // namespace litetune::cli
