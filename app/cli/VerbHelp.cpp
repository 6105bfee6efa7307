// `litetune-cli VERB --help`: each verb's options, listed from the engine's option table
// (api/OptionTable.h) with their defaults, units and help texts. The contract itself is docs in the man page
// (packaging/litetune-cli.1); this is the reminder a user wants at the terminal without leaving it.
#include "VerbHelp.h"
#include "TrainOptions.h"

#include "api/OptionTable.h"

#include <cstring>
#include <sstream>
#include <vector>

namespace litetune::cli {

namespace {

// logits computes in float32 on the device it is given (CPU by default), predict on the CPU.
const char* const kLogitsDevice = "  --device cpu|cuda[:N]     Where the model runs (default cpu).\n";

// What a verb's help lists after its text: sections of the option table, and the verb's own run
// options (its folder, method, split) from the table too.
// kWholeData: the verb keeps its data whole, so the options that split a file are left out.
enum Sections : unsigned { kNone = 0, kData = 1, kTraining = 2, kRuntime = 4, kThreads = 8, kWholeData = 16 };

struct Help {
    const char* verb;
    const char* usage;
    const char* text;
    unsigned sections;
    std::vector<const char*> runOptions;
    const char* device; // a verb's own --device line (with kThreads), or nullptr
};

constexpr std::size_t kFlagColumn = 28; // where the help text starts
constexpr std::size_t kWidth = 100;

// "  --lr X                    The peak step size of AdamW; ... Default 5e-05, range [0, 10].", wrapped.
std::string optionLine(const OptionSpec& option) {
    std::string head = std::string("  --") + option.flag;
    if (option.type != OptionType::Switch)
        head += std::string(" ") + option.metavar;
    std::string text = option.help;
    const TrainConfig defaults;
    const std::string value = optionText(option, option.get(defaults));
    // Inputs and run options are given per run: a default would only mislead ("--model demo").
    const bool hasDefault = option.type != OptionType::Switch && !value.empty() && option.scope != OptionScope::Run &&
                            option.scope != OptionScope::Inputs;
    std::string special;
    if (*option.specialMeans) {
        OptionValue specialValue;
        specialValue.number = option.specialValue;
        special = optionText(option, specialValue);
    }
    // "Default -1 (from the epochs), range [1, 1000000000000] steps."
    std::vector<std::string> facts;
    if (hasDefault)
        facts.push_back("Default " + value + (special == value ? std::string(" (") + option.specialMeans + ")" : ""));
    if (option.type == OptionType::Integer || option.type == OptionType::Real)
        facts.push_back("range " + optionRange(option) + (*option.unit ? std::string(" ") + option.unit : ""));
    if (!special.empty() && !(hasDefault && special == value))
        facts.push_back(special + ": " + option.specialMeans);
    for (std::size_t i = 0; i < facts.size(); ++i)
        text += (i == 0 ? " " : ", ") + facts[i] + (i + 1 == facts.size() ? "." : "");
    std::string out = head;
    std::string line = head.size() + 2 > kFlagColumn ? "\n" + std::string(kFlagColumn, ' ')
                                                     : std::string(kFlagColumn - head.size(), ' ');
    out += line;
    std::size_t column = kFlagColumn;
    std::istringstream words(text);
    std::string word;
    bool first = true;
    while (words >> word) {
        if (!first && column + 1 + word.size() > kWidth) {
            out += "\n" + std::string(kFlagColumn, ' ');
            column = kFlagColumn;
        } else if (!first) {
            out += ' ';
            ++column;
        }
        out += word;
        column += word.size();
        first = false;
    }
    return out + "\n";
}

void printScope(std::ostream& out, const char* heading, OptionScope scope, bool wholeData = false) {
    out << "\n" << heading << "\n";
    for (const OptionSpec* option : optionsIn(scope))
        if (!(wholeData && splitsData(*option)))
            out << optionLine(*option);
}

const Help kHelp[] = {
    {"tokenize",
     "tokenize --model DIR [--special-as-text | --recognize-special]",
     "Reads JSON Lines {\"text\": ...} from stdin, writes {\"ids\": [...]} lines in the same order.\n"
     "DIR holds vocab.json + merges.txt (a model folder or a tokenizer folder).\n",
     kNone,
     {},
     nullptr},
    {"logits",
     "logits --model DIR [--adapter DIR] --input FILE",
     "FILE holds {\"input_ids\": [[...]], \"attention_mask\": [[...]]} and optionally \"labels\";\n"
     "prints {\"logits\": [[...]]} and \"loss\" when labels are given.\n",
     kThreads,
     {},
     kLogitsDevice},
    {"init",
     "init --out DIR [--overwrite] [--tokenizer DIR] [--layers N --heads N --embd N --positions N --labels N --seed N]",
     "Writes a randomly initialised GPT-2 model folder in Hugging Face layout (a byte-level\n"
     "vocabulary when no tokenizer folder is given). DIR must be new or empty; --overwrite\n"
     "replaces a model folder LiteTune wrote there before (only its files; others stay).\n",
     kNone,
     {},
     nullptr},
    {"eval",
     "eval --model DIR [--adapter DIR] --data PATH [--split NAME] [--out DIR [--overwrite]]",
     "Evaluates and prints the metrics table; --out writes metrics.json and predictions.csv\n"
     "into a new or empty folder (--overwrite: replace the files of an earlier eval there).\n"
     "Labels are matched to the model's id2label by name; a model without id2label (GPT-2 as\n"
     "downloaded) is evaluated as it is, with a new, untrained head for the data's labels.\n",
     kData | kRuntime | kWholeData,
     {"split", "task"},
     nullptr},
    {"train",
     "train --model DIR --data PATH --method full|lora|head|bitfit [--out DIR] [knobs]",
     "Fine-tunes and writes a run folder (run.json, history.csv, metrics.json, predictions.csv,\n"
     "model/ or adapter/, checkpoints/). Ctrl-C cancels cleanly; --resume continues exactly.\n",
     kData | kTraining | kRuntime,
     {"method", "task", "out", "resume", "allow-changed-data", "nproc-per-node"},
     nullptr},
    {"compare",
     "compare --model DIR --data PATH [--out DIR] [--report FILE.zip|.tar.gz] [knobs]",
     "Base evaluation, full fine-tune and LoRA in a row on the same data; prints the\n"
     "side-by-side table; --report writes the report bundle.\n",
     kData | kTraining | kRuntime,
     {"out"},
     nullptr},
    {"sweep",
     "sweep --model DIR --data PATH --grid NAME=V1,V2,... [--grid ...] [--random N] [--metric NAME]\n"
     "       [--method M] [--out DIR] [knobs shared by every point]",
     "Runs one training per point of the grid (the product of the --grid values), or N distinct\n"
     "points of it drawn with --seed (--random N), one after another, each a run folder\n"
     "OUT/NN-SETTINGS; writes OUT/sweep.json and OUT/sweep.csv after each point and prints the\n"
     "points best first by --metric (default eval_f1_macro; losses lower is better). NAME is any\n"
     "training, LoRA or data option (lr, epochs, batch-size, lora-r or lora.r, method, ...); a\n"
     "real option may give LOW:HIGH, sampled log-uniformly with --random; list items join with\n"
     "'+' (lora-targets=c_attn,c_attn+c_proj). A failing point is recorded and the queue goes on;\n"
     "Ctrl-C stops the current run (resumable with train --resume) and the queue.\n",
     kData | kTraining | kRuntime,
     {"method", "task", "out"},
     nullptr},
    {"export",
     "export --run RUN_DIR --out DIR [--merged] [--overwrite]",
     "Writes what a run trained to DIR: the model as a Hugging Face folder (full, head, bitfit),\n"
     "or the PEFT adapter folder (lora); --merged writes a LoRA run as a plain model folder with\n"
     "the adapter merged into the base weights. DIR must be new or empty; --overwrite replaces a\n"
     "folder of the same kind LiteTune wrote there before (only its files; others stay).\n",
     kThreads,
     {},
     nullptr},
    {"report",
     "report --runs RUN_DIR... --out FILE.zip|.tar.gz",
     "Writes the report bundle (HTML, PDF, Markdown, metrics, predictions, adapters; the one compare\n"
     "--report and the GUI write) of run folders trained separately on the same data, one\n"
     "column per run in the order given. FILE must not exist.\n",
     kNone,
     {},
     nullptr},
    {"diff",
     "diff RUN_A RUN_B [--json] [--limit N]",
     "Compares two runs evaluated on the same data, sample by sample (their predictions.csv):\n"
     "accuracy and macro F1 of both, the F1 delta of each class, and the samples B fixed (A wrong,\n"
     "B right) and B broke (A right, B wrong) with both predictions and probabilities, the first N\n"
     "of each (default 10) with their texts when the data is still readable. --json prints the whole\n"
     "diff: the confusion difference matrix (B - A, [true][predicted]) and every fixed and broken\n"
     "sample. Runs on different data (fingerprint, split, size or labels) are refused.\n",
     kNone,
     {},
     nullptr},
    {"predict",
     "predict --model DIR [--adapter DIR] [--top N] [TEXT...]",
     "Prints the top labels with probabilities for each text; with no TEXT, one text per line\n"
     "of standard input.\n",
     kThreads,
     {},
     nullptr},
    {"estimate",
     "estimate --model DIR --data PATH [--method full|lora|head|bitfit] [--no-probe] [--probe-steps N] [knobs]",
     "Forecasts a run before it starts: peak memory (weights, gradients, optimizer state,\n"
     "activations, runtime) against the memory available, and seconds per epoch from a few\n"
     "measured steps (--probe-steps N, default 3; --no-probe skips them). Prints one JSON object.\n",
     kData | kTraining | kRuntime,
     {"method", "task"},
     nullptr},
    {"bench",
     "bench tokenize|train|eval ...",
     "bench tokenize --model DIR --corpus FILE [--reps N]\n"
     "bench train --model DIR --method full|lora --batch-size B --seq-len T --steps N\n"
     "bench eval  --model DIR --batch-size B --seq-len T --steps N\n"
     "Each prints one JSON line (samples_per_s, tokens_per_s, step_ms_median, peak_memory_bytes, mfu).\n",
     kRuntime,
     {},
     nullptr},
};

} // namespace

bool wantsHelp(int argc, char** argv, int first) {
    for (int i = first; i < argc; ++i)
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0)
            return true;
    return false;
}

bool printVerbHelp(const std::string& verb, std::ostream& out) {
    for (const Help& help : kHelp) {
        if (verb != help.verb)
            continue;
        out << "usage: litetune-cli " << help.usage << "\n\n" << help.text;
        if (!help.runOptions.empty()) {
            out << "\nthe run:\n";
            for (const char* flag : help.runOptions)
                out << optionLine(*findOption(flag));
        }
        if (help.sections & kData) {
            printScope(out, "inputs:", OptionScope::Inputs);
            printScope(out, "dataset and evaluation:", OptionScope::Evaluation, (help.sections & kWholeData) != 0);
        }
        if (help.sections & kTraining) {
            printScope(out, "training (defaults follow the Hugging Face Trainer):", OptionScope::Training);
            printScope(out, "LoRA (PEFT semantics):", OptionScope::Lora);
        }
        if (help.sections & kRuntime)
            printScope(out, "runtime:", OptionScope::Runtime);
        if (help.sections & kThreads)
            out << "\nruntime:\n" << (help.device ? help.device : "") << optionLine(*findOption("threads"));
        out << "\nSee `man litetune-cli` for the whole contract.\n";
        return true;
    }
    return false;
}

} // namespace litetune::cli
