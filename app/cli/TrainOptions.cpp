// Knob parsing for train/compare/eval and the stderr progress printer. Defaults are
// TrainConfig's (the Hugging Face Trainer's unless TrainConfig.h says why not).
#include "TrainOptions.h"

#include "api/Error.h"
#include "api/Report.h"
#include "api/TrainConfigRules.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <sstream>

namespace litetune::cli {

namespace {

// The ranges live in the engine's rule table (api/TrainConfigRules.h), shared with run.json and the
// GUI, and so do the messages: "option --NAME" and the rule's expectation.
void checkRules(const TrainConfig& c) {
    if (const auto violation = firstRuleViolation(c))
        throwBadInput("option --" + violation->option + " " + violation->expectation);
}

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> items;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ','))
        if (!item.empty())
            items.push_back(item);
    return items;
}

std::string fixed(double value, int digits) {
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", digits, value);
    return text;
}

} // namespace

std::int64_t ruledInteger(Arguments& args, const std::string& name, std::int64_t fallback) {
    const std::int64_t value = args.integerOr(name, fallback);
    const NumericRule* rule = findTrainConfigRule(name);
    if (rule == nullptr)
        throwFailure("internal error: no rule for --" + name);
    if (const auto violation = checkRule(*rule, static_cast<double>(value)))
        throwBadInput("option --" + name + " " + violation->expectation);
    return value;
}

std::set<std::string> trainSwitches() {
    return {"skip-bad-rows", "clean-text", "class-weighted-loss", "lora-rslora"};
}

void readDataOptions(Arguments& args, TrainConfig& c) {
    c.modelPath = args.require("model");
    c.adapterPath = args.valueOr("adapter", "");
    c.dataPath = args.require("data");
    c.textColumn = args.valueOr("text-column", "");
    c.labelColumn = args.valueOr("label-column", "");
    c.limitTrain = ruledInteger(args, "limit-train", c.limitTrain);
    c.limitEval = ruledInteger(args, "limit-eval", c.limitEval);
    c.maxLength = static_cast<int>(ruledInteger(args, "max-length", c.maxLength));
    c.evalBatchSize = static_cast<int>(ruledInteger(args, "eval-batch-size", c.evalBatchSize));
    c.seed = static_cast<std::uint64_t>(ruledInteger(args, "seed", static_cast<std::int64_t>(c.seed)));
    c.validationFraction = args.numberOr("validation-fraction", c.validationFraction);
    c.testFraction = args.numberOr("test-fraction", c.testFraction);
    c.skipBadRows = args.has("skip-bad-rows");
    c.cleanText = args.has("clean-text");
    checkRules(c);
}

void readRuntimeOptions(Arguments& args, TrainConfig& c) {
    c.device = args.valueOr("device", c.device);
    const std::string precision = args.valueOr("precision", precisionName(c.precision));
    if (!parsePrecision(precision, c.precision))
        throwBadInput("option --precision expects auto, fp32, bf16 or fp16, got '" + precision + "'");
    c.threads = static_cast<int>(ruledInteger(args, "threads", c.threads));
    checkRules(c);
}

void readTrainingOptions(Arguments& args, TrainConfig& c) {
    c.epochs = args.numberOr("epochs", c.epochs);
    c.maxSteps = args.integerOr("max-steps", c.maxSteps);
    c.learningRate = args.numberOr("lr", c.learningRate);
    c.weightDecay = args.numberOr("weight-decay", c.weightDecay);
    c.warmupRatio = args.numberOr("warmup-ratio", c.warmupRatio);
    c.batchSize = static_cast<int>(ruledInteger(args, "batch-size", c.batchSize));
    c.gradAccum = static_cast<int>(ruledInteger(args, "grad-accum", c.gradAccum));
    const std::string sampling = args.valueOr("train-sampling-strategy", samplingStrategyName(c.trainSamplingStrategy));
    if (!parseSamplingStrategy(sampling, c.trainSamplingStrategy))
        throwBadInput("option --train-sampling-strategy expects group_by_length, random or sequential, got '" +
                      sampling + "'");
    c.maxGradNorm = args.numberOr("max-grad-norm", c.maxGradNorm);
    c.evalEvery = ruledInteger(args, "eval-every", c.evalEvery);
    c.checkpointEvery = ruledInteger(args, "checkpoint-every", c.checkpointEvery);
    c.earlyStoppingPatience = static_cast<int>(ruledInteger(args, "early-stopping", c.earlyStoppingPatience));
    c.earlyStoppingMetric = args.valueOr("early-stopping-metric", c.earlyStoppingMetric);
    c.classWeightedLoss = args.has("class-weighted-loss");
    c.lora.r = static_cast<int>(ruledInteger(args, "lora-r", c.lora.r));
    c.lora.alpha = args.numberOr("lora-alpha", c.lora.alpha);
    c.lora.dropout = args.numberOr("lora-dropout", c.lora.dropout);
    if (const auto targets = args.value("lora-targets")) {
        c.lora.targets = splitList(*targets);
        if (c.lora.targets.empty())
            throwBadInput("option --lora-targets expects module names such as c_attn,c_proj");
    }
    c.lora.rslora = args.has("lora-rslora");
    c.lora.learningRate = args.numberOr("lora-lr", c.lora.learningRate);
    c.runName = args.valueOr("name", "");
    checkRules(c);
}

std::string metricsText(const RunResult& result) {
    std::string out;
    for (const MetricTextRow& row : metricTableText({result})) {
        std::string line = row.label;
        line.resize(std::max<std::size_t>(line.size() + 2, 20), ' ');
        out += line + row.cells.front() + "\n";
    }
    return out;
}

std::string shellQuoted(const std::string& text) {
    const bool plain = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || std::strchr("_./-+:@%,=", c) != nullptr;
    });
    if (plain)
        return text;
    std::string quoted = "'";
    for (const char c : text)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

void StderrProgress::started(const TrainConfig& config, const std::string& runDir) {
    std::cerr << "[" << methodName(config.method) << "] run folder: " << runDir << "\n";
}

void StderrProgress::progressed(const Progress& p) {
    if (p.phase == "load")
        return; // no "loading" line: a refused dataset's one-line error then stands alone (the man page
                // (packaging/litetune-cli.1))
    if (p.phase == "tokenize") {
        std::cerr << "tokenizing " << p.totalSteps << " texts\n";
        return;
    }
    const auto now = std::chrono::steady_clock::now();
    const bool last = p.step == p.totalSteps;
    if (p.phase == m_lastPhase && !last && now - m_lastLine < std::chrono::seconds(2))
        return; // a line every two seconds keeps logs readable; the GUI gets every report
    m_lastLine = now;
    m_lastPhase = p.phase;
    if (p.phase == "train")
        std::cerr << "step " << p.step << "/" << p.totalSteps << "  epoch " << fixed(p.epoch, 2) << "  loss "
                  << fixed(p.loss, 4) << "  lr " << p.learningRate << "  grad_norm " << fixed(p.gradNorm, 3) << "  "
                  << fixed(p.samplesPerSecond, 1) << " samples/s  eta " << fixed(p.etaSeconds, 0) << " s\n";
    else
        std::cerr << p.phase << " " << p.step << "/" << p.totalSteps << " batches  " << fixed(p.samplesPerSecond, 1)
                  << " samples/s\n";
}

void StderrProgress::evaluated(const EvalReport& r) {
    std::cerr << "eval at step " << r.step << ": loss " << fixed(r.loss, 4) << "  accuracy "
              << fixed(r.accuracy * 100, 2) << "%  f1 " << fixed(r.f1Weighted * 100, 2) << "%  macro-f1 "
              << fixed(r.f1Macro * 100, 2) << "%\n";
}

void StderrProgress::logged(const std::string& line) {
    std::cerr << line << "\n";
}

} // namespace litetune::cli
