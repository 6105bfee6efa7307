// The verbs of litetune-cli (contract: the man page, packaging/litetune-cli.1). Each takes the argument list after
// the verb and returns the process exit status; errors are thrown as litetune::Error.
#pragma once

#include <string>

namespace litetune {
class Tokenizer;
}

namespace litetune::cli {

using VerbFunction = int (*)(int argc, char** argv, int first);

struct Verb {
    const char* name;
    const char* summary;
    VerbFunction run;
};

int runVersion(int argc, char** argv, int first);
int runTokenize(int argc, char** argv, int first);
int runBench(int argc, char** argv, int first);
int runLogits(int argc, char** argv, int first);
int runInit(int argc, char** argv, int first);
int runEval(int argc, char** argv, int first);
int runTrain(int argc, char** argv, int first);
int runCompare(int argc, char** argv, int first);
int runPredict(int argc, char** argv, int first);
int runExport(int argc, char** argv, int first);
int runReport(int argc, char** argv, int first);
int runEstimate(int argc, char** argv, int first);
int runSweep(int argc, char** argv, int first);
int runDiff(int argc, char** argv, int first);

// Sub-verbs of `bench` (BenchVerb.cpp's table).
int runBenchTokenize(int argc, char** argv, int first);
int runBenchTrain(int argc, char** argv, int first);
int runBenchEval(int argc, char** argv, int first);

// The tokenizer of `--model DIR`: the word "demo" is the built-in byte-level vocabulary.
Tokenizer tokenizerForModel(const std::string& model);

} // namespace litetune::cli
