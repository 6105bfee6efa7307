// Every option of a run, declared once: its CLI flag, run.json key, QSettings key, type, default
// (TrainConfig's), range, unit and help text, and how to read and write it in a TrainConfig. The CLI
// parses and documents its options from this table, run.json is written and read through it, the
// GUI builds its form, tooltips and remembered settings from it, and validate() checks its ranges,
// so the CLI and the GUI refuse the same values in the same words. Adding an option takes a field
// in TrainConfig, a row in config/OptionTable.cpp and the code that uses it (docs/architecture.md).
#pragma once

#include "api/TrainConfig.h"

#include <optional>
#include <string>
#include <vector>

namespace litetune {

enum class OptionType { Integer, Real, Switch, Text, Choice, List };

// Which runs use an option, and so which verbs read it and under which heading --help lists it.
enum class OptionScope {
    Inputs,     // --model, --adapter, --data
    Evaluation, // what every run that reads data uses: columns, splits, limits, length, seed
    Training,   // the optimisation knobs of train and compare
    Lora,       // LoRA's knobs (LoRA runs and comparisons)
    Runtime,    // device, precision, threads
    Run,        // method, run folder, resume, name: each verb reads them in its own way
};

// Where the GUI's hyper-parameter form shows an option: its main groups (by scope), the advanced
// group, or not at all (another screen chooses it, or it is the CLI's alone).
enum class FormPlace { Main, Advanced, Elsewhere };

// One option's value, whatever its type.
struct OptionValue {
    double number = 0.0;            // Integer (exact up to 2^53) and Real
    bool on = false;                // Switch
    std::string text;               // Text and Choice
    std::vector<std::string> items; // List
};

struct OptionSpec {
    const char* flag = "";        // the CLI option without "--", and the table's key: "lr"
    const char* jsonKey = "";     // run.json's config key: "lr"
    const char* settingsKey = ""; // the GUI's QSettings key in group "knobs"; "": not remembered
    OptionType type = OptionType::Real;
    OptionScope scope = OptionScope::Training;
    FormPlace form = FormPlace::Elsewhere;
    const char* label = "";        // the form's label, '&' before its shortcut letter
    const char* help = "";         // one or two sentences for --help and the tooltip
    const char* unit = "";         // "steps", "tokens", ...; "" for none
    const char* metavar = "X";     // --help's placeholder: N, X, NAME, ...
    double specialValue = 0.0;     // a number that means something else, e.g. 0 = "all" ...
    const char* specialMeans = ""; // ... and what ("" for none)
    double low = 0.0;              // numbers: the range (low, high] or [low, high]
    double high = 0.0;
    bool lowInclusive = true;
    int decimals = 0;                 // the form's digits for a Real ...
    double step = 1.0;                // ... and its arrows' step
    bool logScale = false;            // the form steps it by factors (a learning rate)
    std::vector<const char*> choices; // Choice: the accepted names
    bool recorded = true;             // written to run.json
    bool reported = true;             // a row of the config table (reports, the results' diff)
    OptionValue (*get)(const TrainConfig&) = nullptr;
    // False when a Choice's name is unknown; numbers are set as given (validate() judges them).
    bool (*set)(TrainConfig&, const OptionValue&) = nullptr;
};

// The table, in the order the config table and --help list the options.
const std::vector<OptionSpec>& optionTable();

// The option with this flag, or nullptr.
const OptionSpec* findOption(const std::string& flag);

// The options of one scope, in table order.
std::vector<const OptionSpec*> optionsIn(OptionScope scope);

// A number option's range as messages and --help write it: "[1, 1000000]" or "(0, 10]".
std::string optionRange(const OptionSpec& option);

// A value as the CLI and --help write it: integers in full, reals as %g, switches true/false,
// lists comma-separated.
std::string optionText(const OptionSpec& option, const OptionValue& value);

// A Choice's names as a sentence: "auto, fp32, bf16 or fp16".
std::string optionChoices(const OptionSpec& option);

// Parses a command-line word for `option` into `out`; on failure, why ("expects an integer, got
// 'x'"), to follow "option --FLAG ". A Switch takes "true"/"false"/"1"/"0".
std::optional<std::string> parseOptionText(const OptionSpec& option, const std::string& text, OptionValue& out);

struct OptionViolation {
    std::string flag;        // the CLI option
    std::string jsonKey;     // the run.json key
    std::string expectation; // "expects a value in [0, 10], got nan"
};

// Whether `value` is allowed for `option`; if not, why. NaN and infinity are outside every range.
std::optional<OptionViolation> checkOption(const OptionSpec& option, const OptionValue& value);

// Every range `config` breaks, in table order: the one place ranges are checked.
std::vector<OptionViolation> validate(const TrainConfig& config);

// The first of them, or nothing.
std::optional<OptionViolation> firstViolation(const TrainConfig& config);

// The `litetune-cli train` words (after the verb) that reproduce `config` for another worker of a
// data-parallel run (config/TrainArguments.cpp): every option the train verb reads, reals written
// exactly, empty texts and the worker-local --out, --name and --nproc-per-node left out; for a
// resume config only --resume DIR, --allow-changed-data and the runtime options.
std::vector<std::string> trainArguments(const TrainConfig& config);

} // namespace litetune
