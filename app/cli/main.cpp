// litetune-cli: the headless twin of every GUI action. Argument dispatch only; the work is in
// the engine. Exit status: 0 success, 2 bad input, 1 any other failure (the man page (packaging/litetune-cli.1)).
#include "NearMiss.h"
#include "StopSignals.h"
#include "VerbHelp.h"
#include "Verbs.h"

#include "api/Error.h"
#include "api/Tokenizer.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>
#include <string>

namespace {

using litetune::cli::Verb;

const Verb kVerbs[] = {
    {"--version", "print the LiteTune and LibTorch versions and the devices seen", litetune::cli::runVersion},
    {"tokenize", "encode JSON Lines {\"text\"} from stdin to {\"ids\"} lines", litetune::cli::runTokenize},
    {"bench", "run a benchmark sub-verb (tokenize, ...); prints one JSON line", litetune::cli::runBench},
    {"logits", "classification logits (and loss) for a JSON batch of token ids", litetune::cli::runLogits},
    {"init", "write a randomly initialised GPT-2 model folder", litetune::cli::runInit},
    {"eval", "evaluate a model on a dataset; prints the metrics table", litetune::cli::runEval},
    {"train", "fine-tune (full, lora, head, bitfit) and write a run folder", litetune::cli::runTrain},
    {"compare", "base evaluation, full fine-tune and LoRA in a row; prints the table", litetune::cli::runCompare},
    {"sweep", "a grid or random search over options, run as a queue; prints the ranked table", litetune::cli::runSweep},
    {"predict", "top labels with probabilities for each text", litetune::cli::runPredict},
    {"export", "write a run's model (or PEFT adapter, or LoRA merged) to a folder", litetune::cli::runExport},
    {"report", "the report bundle of run folders trained separately", litetune::cli::runReport},
    {"estimate", "forecast a run's peak memory and time per epoch; prints JSON", litetune::cli::runEstimate},
    {"diff", "what changed between two runs: F1 deltas, samples fixed and broken", litetune::cli::runDiff},
};

void printUsage(std::ostream& out) {
    out << "usage: litetune-cli VERB [options]\n\nverbs:\n";
    for (const Verb& verb : kVerbs)
        out << "  " << verb.name << std::string(12 - std::min<size_t>(11, std::strlen(verb.name)), ' ') << verb.summary
            << "\n";
    out << "\n`litetune-cli VERB --help` lists the options of a verb; `man litetune-cli` has the whole contract.\n";
}

// The message as one line of UTF-8: the man page (packaging/litetune-cli.1) promises one sentence on one line, but
// messages may quote the user's bytes (a CSV header, a label, a JSON token), which can hold line breaks, other control
// characters and invalid UTF-8 (replaced by U+FFFD, as Python's errors="replace" does).
std::string oneLine(const std::string& message) {
    static const char* const kHex = "0123456789abcdef";
    std::string out;
    for (const char c : litetune::repairUtf8(message)) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if ((byte < 0x20 && c != '\t') || byte == 0x7f)
            out += std::string("\\x") + kHex[byte >> 4] + kHex[byte & 15];
        else
            out += c;
    }
    return out;
}

} // namespace

int main(int argc, char** argv) {
    litetune::cli::ignoreFileSizeSignal();
    if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
        printUsage(argc < 2 ? std::cerr : std::cout);
        return argc < 2 ? 2 : 0;
    }
    for (const Verb& verb : kVerbs) {
        if (std::strcmp(argv[1], verb.name) != 0)
            continue;
        if (litetune::cli::wantsHelp(argc, argv, 2) && litetune::cli::printVerbHelp(verb.name, std::cout))
            return 0;
        try {
            const int status = verb.run(argc, argv, 2);
            // Output that never arrived is a failure (e.g. `> /dev/full`), not a success.
            std::cout.flush();
            if (!std::cout || std::fflush(stdout) != 0 || std::ferror(stdout)) {
                std::cerr << "litetune-cli: cannot write to standard output: " << std::strerror(errno) << "\n";
                return 1;
            }
            return status;
        } catch (const litetune::Error& error) {
            std::cerr << "litetune-cli: " << oneLine(error.what()) << "\n";
            if (error.kind() == litetune::ErrorKind::Cancelled)
                return litetune::cli::cancelledExitStatus();
            return error.kind() == litetune::ErrorKind::BadInput ? 2 : 1;
        } catch (const std::exception& error) {
            std::cerr << "litetune-cli: " << oneLine(error.what()) << "\n";
            return 1;
        }
    }
    std::vector<std::string> verbs;
    for (const Verb& verb : kVerbs)
        verbs.emplace_back(verb.name);
    const std::string nearMiss = litetune::cli::didYouMean(argv[1], verbs);
    std::cerr << "litetune-cli: unknown verb '" << argv[1] << "'" << (nearMiss.empty() ? " (try --help)" : nearMiss)
              << "\n";
    return 2;
}
