// Option parsing for train/compare/eval, from the engine's option table (api/OptionTable.h), and
// the stderr progress printer.
#include "TrainOptions.h"

#include "api/Error.h"
#include "api/OptionTable.h"
#include "api/Report.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <sstream>

namespace litetune::cli {

namespace {

void readScope(Arguments& args, OptionScope scope, TrainConfig& c) {
    for (const OptionSpec* option : optionsIn(scope))
        readOption(args, *option, c);
}

std::string fixed(double value, int digits) {
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", digits, value);
    return text;
}

} // namespace

std::set<std::string> optionSwitches() {
    std::set<std::string> switches;
    for (const OptionSpec& option : optionTable())
        if (option.type == OptionType::Switch)
            switches.insert(option.flag);
    return switches;
}

bool readOption(Arguments& args, const OptionSpec& option, TrainConfig& c, bool required) {
    const std::string flag = option.flag;
    OptionValue value = option.get(c);
    if (option.type == OptionType::Switch) {
        if (!args.has(flag))
            return false;
        value.on = true;
    } else {
        const std::optional<std::string> text = required ? args.require(flag) : args.value(flag);
        if (!text)
            return false;
        if (const auto why = parseOptionText(option, *text, value))
            throwBadInput("option --" + flag + " " + *why);
    }
    // The range before the field: an int field would cut 3e9 to garbage before validate() saw it.
    if (const auto violation = checkOption(option, value))
        throwBadInput("option --" + flag + " " + violation->expectation);
    option.set(c, value);
    return true;
}

void readDataOptions(Arguments& args, TrainConfig& c) {
    readOption(args, *findOption("model"), c, true);
    if (c.modelPath == kDemoModelName && c.method != Method::Evaluate)
        applyDemoSettings(c); // before the options below, which override it
    readOption(args, *findOption("adapter"), c);
    readOption(args, *findOption("data"), c, true);
    readScope(args, OptionScope::Evaluation, c);
}

bool splitsData(const OptionSpec& option) {
    return std::strcmp(option.flag, "validation-fraction") == 0 || std::strcmp(option.flag, "test-fraction") == 0;
}

void rejectSplitOptions(Arguments& args, const char* verb) {
    for (const OptionSpec* option : optionsIn(OptionScope::Evaluation))
        if (splitsData(*option) && args.value(option->flag))
            throwBadInput(std::string(verb) + " evaluates a single file whole and a folder by its own splits; --" +
                          option->flag + " splits data for train and compare");
}

void readRuntimeOptions(Arguments& args, TrainConfig& c) {
    readScope(args, OptionScope::Runtime, c);
}

void readTrainingOptions(Arguments& args, TrainConfig& c) {
    readScope(args, OptionScope::Training, c);
    readScope(args, OptionScope::Lora, c);
}

std::string metricsText(const RunResult& result) {
    std::string out;
    for (const MetricTextRow& row : metricTableText({result})) {
        std::string line = row.label;
        line.resize(std::max<std::size_t>(line.size() + 2, 20), ' ');
        out += line + row.cells.front() + "\n";
    }
    if (const std::string kept = keptModelText(result); !kept.empty()) { // which weights were saved, and why
        std::string line = "Kept";
        line.resize(20, ' ');
        out += line + kept + "\n";
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
    if (r.perplexity > 0.0) {
        std::cerr << "eval at step " << r.step << ": loss " << fixed(r.loss, 4) << "  perplexity "
                  << fixed(r.perplexity, 2) << "\n";
        return;
    }
    std::cerr << "eval at step " << r.step << ": loss " << fixed(r.loss, 4) << "  accuracy "
              << fixed(r.accuracy * 100, 2) << "%  f1 " << fixed(r.f1Weighted * 100, 2) << "%  macro-f1 "
              << fixed(r.f1Macro * 100, 2) << "%\n";
}

void StderrProgress::logged(const std::string& line) {
    std::cerr << line << "\n";
}

} // namespace litetune::cli
