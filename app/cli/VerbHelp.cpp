// `litetune-cli VERB --help`: each verb's options in one screen, the defaults as TrainConfig holds
// them. The contract itself is docs in the man page (packaging/litetune-cli.1); this is the
// reminder a user wants at the terminal without leaving it.
#include "VerbHelp.h"

#include <cstring>

namespace litetune::cli {

namespace {

const char* const kDataOptions = R"(
dataset:
  --data PATH               CSV/TSV, JSON Lines, a split folder, a TweetEval folder, an archive of
                            any of these, or "demo" (quotes -> topic emoji, from fortunes)
  --text-column NAME        default: tweet, text or sentence
  --label-column NAME       default: emoji, label or labels
  --validation-fraction X   split a single file stratified (default 0.1)
  --test-fraction X         (default 0)
  --skip-bad-rows           skip and count bad rows instead of stopping
  --clean-text              drop invisible characters (U+FE0F, ...) and collapse white space
  --limit-train N, --limit-eval N   use the first N examples only
)";

const char* const kKnobs = R"(
training knobs (defaults follow the Hugging Face Trainer):
  --epochs X (3)  --max-steps N  --lr X (5e-5)  --weight-decay X (0)  --warmup-ratio X (0)
  --batch-size N (8)  --eval-batch-size N (8)  --grad-accum N (1)  --max-grad-norm X (1.0)
  --max-length N (128)  --seed N (42)  --eval-every N (0: at the end)
  --train-sampling-strategy group_by_length|random|sequential (group_by_length)
  --early-stopping N (patience in evaluations; 0 off)  --early-stopping-metric NAME (eval_loss)
  --class-weighted-loss  --checkpoint-every N  --name TEXT
  --resume RUN_DIR [--allow-changed-data]  (train: continue a run; the data must be unchanged)
  --adapter DIR (start from a PEFT adapter)
LoRA (PEFT semantics):
  --lora-r N (8)  --lora-alpha X (16)  --lora-dropout X (0.1)  --lora-targets c_attn,...
  --lora-rslora  --lora-lr X (default: --lr)
)";

const char* const kRuntime = R"(
runtime:
  --device auto|cpu|cuda[:N]   --precision auto|fp32|bf16|fp16   --threads N (0: automatic)
)";

// logits computes in float32 on the device it is given (CPU by default), predict on the CPU.
const char* const kLogitsRuntime = R"(
runtime:
  --device cpu|cuda[:N] (cpu)   --threads N (0: automatic)
)";

const char* const kThreadsOnly = R"(
runtime:
  --threads N (0: automatic)
)";

struct Help {
    const char* verb;
    const char* usage;
    const char* text;
    bool data, knobs;
    const char* runtime; // nullptr: the verb takes no runtime options
};

const Help kHelp[] = {
    {"tokenize", "tokenize --model DIR [--special-as-text | --recognize-special]",
     "Reads JSON Lines {\"text\": ...} from stdin, writes {\"ids\": [...]} lines in the same order.\n"
     "DIR holds vocab.json + merges.txt (a model folder or a tokenizer folder).\n",
     false, false, nullptr},
    {"logits", "logits --model DIR [--adapter DIR] --input FILE",
     "FILE holds {\"input_ids\": [[...]], \"attention_mask\": [[...]]} and optionally \"labels\";\n"
     "prints {\"logits\": [[...]]} and \"loss\" when labels are given.\n",
     false, false, kLogitsRuntime},
    {"init",
     "init --out DIR [--overwrite] [--tokenizer DIR] [--layers N --heads N --embd N --positions N --labels N --seed N]",
     "Writes a randomly initialised GPT-2 model folder in Hugging Face layout (a byte-level\n"
     "vocabulary when no tokenizer folder is given). DIR must be new or empty; --overwrite\n"
     "replaces a model folder LiteTune wrote there before (only its files; others stay).\n",
     false, false, nullptr},
    {"eval", "eval --model DIR [--adapter DIR] --data PATH [--split NAME] [--out DIR [--overwrite]]",
     "Evaluates and prints the metrics table; --out writes metrics.json and predictions.csv\n"
     "into a new or empty folder (--overwrite: replace the files of an earlier eval there).\n"
     "Labels are matched to the model's id2label by name.\n",
     true, false, kRuntime},
    {"train", "train --model DIR --data PATH --method full|lora|head|bitfit [--out DIR] [knobs]",
     "Fine-tunes and writes a run folder (run.json, history.csv, metrics.json, predictions.csv,\n"
     "model/ or adapter/, checkpoints/). Ctrl-C cancels cleanly; --resume continues exactly.\n",
     true, true, kRuntime},
    {"compare", "compare --model DIR --data PATH [--out DIR] [--report FILE.zip|.tar.gz] [knobs]",
     "Base evaluation, full fine-tune and LoRA in a row on the same data; prints the\n"
     "side-by-side table; --report writes the report bundle.\n",
     true, true, kRuntime},
    {"export", "export --run RUN_DIR --out DIR [--merged] [--overwrite]",
     "Writes what a run trained to DIR: the model as a Hugging Face folder (full, head, bitfit),\n"
     "or the PEFT adapter folder (lora); --merged writes a LoRA run as a plain model folder with\n"
     "the adapter merged into the base weights. DIR must be new or empty; --overwrite replaces a\n"
     "folder of the same kind LiteTune wrote there before (only its files; others stay).\n",
     false, false, kThreadsOnly},
    {"predict", "predict --model DIR [--adapter DIR] [--top N] TEXT...",
     "Prints the top labels with probabilities for each text.\n", false, false, kThreadsOnly},
    {"bench", "bench tokenize|train|eval ...",
     "bench tokenize --model DIR --corpus FILE [--reps N]\n"
     "bench train --model DIR --method full|lora --batch-size B --seq-len T --steps N\n"
     "bench eval  --model DIR --batch-size B --seq-len T --steps N\n"
     "Each prints one JSON line (samples_per_s, tokens_per_s, step_ms_median, peak_memory_bytes, mfu).\n",
     false, false, kRuntime},
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
        if (help.data)
            out << kDataOptions;
        if (help.knobs)
            out << kKnobs;
        if (help.runtime)
            out << help.runtime;
        out << "\nSee `man litetune-cli` for the whole contract.\n";
        return true;
    }
    return false;
}

} // namespace litetune::cli
