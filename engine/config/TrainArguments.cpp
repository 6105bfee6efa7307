// trainArguments (api/OptionTable.h): a config as the train verb's words, read back by
// app/cli/TrainVerb.cpp through the same table. The GUI starts a data-parallel run's other workers
// with them (ui/bridge/WorkerProcesses.h), so every worker must arrive at the same numbers: reals
// are written with the fewest digits that parse back to the same double, not optionText's %g.
#include "api/OptionTable.h"

#include <cstring>
#include <locale>
#include <sstream>

namespace litetune {

namespace {

std::string exactReal(double value) {
    for (int digits = 15; digits <= 17; ++digits) {
        std::ostringstream out;
        out.imbue(std::locale::classic());
        out.precision(digits);
        out << value;
        std::istringstream in(out.str());
        in.imbue(std::locale::classic());
        double back = 0.0;
        in >> back;
        if (back == value || digits == 17)
            return out.str();
    }
    return {};
}

bool workerLocal(const OptionSpec& option) {
    // The run folder and its name are rank 0's; the worker count is the launcher's.
    for (const char* flag : {"out", "name", "nproc-per-node", "resume", "allow-changed-data"})
        if (std::strcmp(option.flag, flag) == 0)
            return true;
    return false;
}

bool readByTrain(const OptionSpec& option) {
    switch (option.scope) {
    case OptionScope::Inputs:
    case OptionScope::Evaluation:
    case OptionScope::Training:
    case OptionScope::Lora:
    case OptionScope::Runtime:
        return true;
    case OptionScope::Run:
        return std::strcmp(option.flag, "method") == 0 || std::strcmp(option.flag, "task") == 0;
    }
    return false;
}

void append(std::vector<std::string>& words, const OptionSpec& option, const TrainConfig& config) {
    const OptionValue value = option.get(config);
    const std::string flag = std::string("--") + option.flag;
    switch (option.type) {
    case OptionType::Switch: // the CLI's switches take no value: present means on
        if (value.on)
            words.push_back(flag);
        return;
    case OptionType::Real:
        words.push_back(flag);
        words.push_back(exactReal(value.number));
        return;
    case OptionType::Text:
        if (value.text.empty())
            return;
        break;
    case OptionType::List:
        if (value.items.empty())
            return;
        break;
    case OptionType::Integer:
    case OptionType::Choice:
        break;
    }
    words.push_back(flag);
    words.push_back(optionText(option, value));
}

} // namespace

std::vector<std::string> trainArguments(const TrainConfig& config) {
    std::vector<std::string> words;
    if (!config.resumeDir.empty()) { // the train verb refuses any knob beside --resume but these
        words = {"--resume", config.resumeDir};
        append(words, *findOption("allow-changed-data"), config);
        for (const OptionSpec* option : optionsIn(OptionScope::Runtime))
            append(words, *option, config);
        return words;
    }
    for (const OptionSpec& option : optionTable())
        if (readByTrain(option) && !workerLocal(option))
            append(words, option, config);
    return words;
}

} // namespace litetune
