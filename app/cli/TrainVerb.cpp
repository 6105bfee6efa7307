// `litetune-cli train --model DIR --data PATH --method full|lora|head|bitfit [--out DIR] [knobs]`
// fine-tunes and writes a run folder; `train --resume RUN_DIR` continues a cancelled or crashed
// run from its newest intact checkpoint with the settings recorded in its run.json; a dataset
// whose content changed since is refused unless --allow-changed-data. Progress goes to
// stderr; stdout gets the final metrics table and the run folder. SIGINT, SIGTERM and SIGHUP stop
// after the current step with a checkpoint (StopSignals.h; exit status 130, 143, 129).
// `--nproc-per-node N` starts N data-parallel workers (WorkerLauncher.h); a process started by
// torchrun or srun (RANK, WORLD_SIZE, ... set) is one of them.
#include "Arguments.h"
#include "StopSignals.h"
#include "TrainOptions.h"
#include "Verbs.h"
#include "WorkerLauncher.h"

#include "api/Distributed.h"
#include "api/Error.h"
#include "api/Workbench.h"

#include <cstring>
#include <iostream>
#include <set>

namespace litetune::cli {

namespace {

// With --resume only where the run computes may change: name the first other option.
void rejectKnobsWithResume(int argc, char** argv, int first) {
    for (int i = first; i < argc; ++i) {
        const std::string word = argv[i];
        if (word.rfind("--", 0) != 0)
            continue;
        const std::string name =
            word.substr(2, word.find('=') == std::string::npos ? std::string::npos : word.find('=') - 2);
        if (name != "resume" && name != "device" && name != "precision" && name != "threads" &&
            name != "allow-changed-data" && name != "nproc-per-node")
            throwBadInput("--resume continues a run with the settings in its run.json; drop --" + name +
                          " (only --device, --precision, --threads, --nproc-per-node and --allow-changed-data may "
                          "be given)");
    }
}

} // namespace

int runTrain(int argc, char** argv, int first) {
    RunControl control;
    catchStopSignals(); // before anything else: a signal during start-up cancels too
    Arguments args(argc, argv, first, optionSwitches());
    TrainConfig config;
    if (const auto resume = args.value("resume")) {
        rejectKnobsWithResume(argc, argv, first);
        config.resumeDir = *resume;
        readOption(args, *findOption("allow-changed-data"), config);
    } else {
        readDataOptions(args, config);
        readTrainingOptions(args, config);
        readOption(args, *findOption("method"), config, true);
        readOption(args, *findOption("task"), config);
        if (config.method == Method::Evaluate)
            throwBadInput("option --method expects full, lora, head or bitfit, got '" + *args.value("method") +
                          "' (litetune-cli eval evaluates)");
        readOption(args, *findOption("out"), config);
    }
    readRuntimeOptions(args, config);
    readOption(args, *findOption("nproc-per-node"), config);
    args.rejectUnused();
    if (!args.positional().empty())
        throwBadInput("train takes no positional arguments, got '" + args.positional().front() + "'");
    if (config.nprocPerNode > 1) // every option was checked above, once, before any worker starts
        return launchLocalWorkers(config.nprocPerNode, argc, argv, first);

    // A worker of a data-parallel run (torchrun's variables) trains its share; worker 0 reports.
    const WorkerPlace place = workerPlaceFromEnvironment();
    StderrProgress stderrProgress;
    TrainingObserver silent;
    TrainingObserver& progress = place.rank == 0 ? static_cast<TrainingObserver&>(stderrProgress) : silent;
    attachStopSignals(control);
    const RunResult result = runMethod(config, progress, control, place);
    if (place.rank != 0)
        return result.cancelled ? cancelledExitStatus() : 0;
    std::cout << metricsText(result) << "run folder: " << result.runDir << "\n";
    if (result.cancelled) {
        std::cerr << "cancelled; continue with: litetune-cli train --resume " << shellQuoted(result.runDir)
                  << (result.worldSize > 1 ? " --nproc-per-node " + std::to_string(result.worldSize) : "") << "\n";
        return cancelledExitStatus();
    }
    return 0;
}

} // namespace litetune::cli
