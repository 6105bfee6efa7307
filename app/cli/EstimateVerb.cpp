// `litetune-cli estimate --model M --data D [train options] [--no-probe] [--probe-steps N]`: the memory and time
// forecast of a run (api/Forecast.h) before it starts, as one JSON object on stdout. It reads the same options as
// `train`, loads the dataset to learn the padded length and the steps per epoch, and (unless --no-probe) times a
// few optimizer steps at that shape. Exit status 0 whether or not the run would fit: "fits" says it.
#include "Arguments.h"
#include "TrainOptions.h"
#include "Verbs.h"

#include "api/Error.h"
#include "api/Forecast.h"
#include "api/RuntimeInfo.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace litetune::cli {

int runEstimate(int argc, char** argv, int first) {
    std::set<std::string> switches = optionSwitches();
    switches.insert("no-probe");
    Arguments args(argc, argv, first, switches);
    TrainConfig config;
    readDataOptions(args, config);
    readTrainingOptions(args, config);
    readOption(args, *findOption("method"), config);
    readOption(args, *findOption("task"), config);
    readRuntimeOptions(args, config);
    const bool probe = !args.has("no-probe");
    const std::int64_t probeSteps = args.integerOr("probe-steps", 3);
    args.rejectUnused();
    if (!args.positional().empty())
        throwBadInput("estimate takes no positional arguments, got '" + args.positional().front() + "'");
    if (config.method == Method::Evaluate)
        throwBadInput("option --method expects full, lora, head or bitfit for estimate (a run that trains)");
    if (probeSteps < 1 || probeSteps > 1000)
        throwBadInput("option --probe-steps expects an integer in [1, 1000], got " + std::to_string(probeSteps));
    if (const auto problems = validate(config); !problems.empty())
        throwBadInput("option --" + problems.front().flag + " " + problems.front().expectation);
    configureThreads(config.threads, false);

    const ForecastInputs shape = measureDatasetShape(config);
    const ResourceForecast memory = forecastResources(config, shape);
    nlohmann::json out{
        {"model", config.modelPath},
        {"method", methodName(config.method)},
        {"task", taskName(config.task)},
        {"device", memory.device},
        {"batch_size", config.batchSize},
        {"max_length", config.maxLength},
        {"padded_length", memory.paddedLength},
        {"padded_length_source", memory.lengthSource},
        {"mean_length", shape.meanLength},
        {"train_examples", shape.trainExamples},
        {"total_params", memory.totalParameters},
        {"trainable_params", memory.trainableParameters},
        {"memory",
         {{"weights_bytes", memory.weightsBytes},
          {"gradients_bytes", memory.gradientsBytes},
          {"optimizer_bytes", memory.optimizerBytes},
          {"activations_bytes", memory.activationsBytes},
          {"runtime_bytes", memory.runtimeBytes},
          {"peak_bytes", memory.peakBytes},
          {"available_bytes", memory.availableBytes}}},
        {"fits", memory.fits},
        {"reason", memory.reason},
        {"assumptions", memory.assumptions},
    };
    if (probe) {
        const TimeForecast time = probeTime(config, shape, static_cast<int>(probeSteps), {});
        out["time"] = {{"seconds_per_step", time.secondsPerStep},
                       {"batches_per_epoch", time.batchesPerEpoch},
                       {"steps_per_epoch", time.stepsPerEpoch},
                       {"seconds_per_epoch", time.secondsPerEpoch},
                       {"probe_steps", time.probeSteps},
                       {"probe_peak_bytes", time.measuredPeakBytes},
                       {"note", time.note}};
    } else {
        out["time"] = nullptr;
    }
    std::cout << out.dump(2) << "\n";
    return 0;
}

} // namespace litetune::cli
