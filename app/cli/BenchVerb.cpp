// `litetune-cli bench SUBVERB ...`: the benchmark verbs of the man page (packaging/litetune-cli.1), one table of
// sub-verbs. Each prints one JSON line of figures; the work lives in the sub-verb's own file.
#include "Verbs.h"

#include "api/Error.h"

#include <cstring>
#include <string>

namespace litetune::cli {

namespace {

const Verb kBenchVerbs[] = {
    {"tokenize", "encode a corpus line by line on one thread; prints bytes and tokens per second", runBenchTokenize},
    {"train", "optimizer steps on random B x T token ids; prints samples/s, step time, memory, MFU", runBenchTrain},
    {"eval", "forward passes on random B x T token ids; prints samples/s, step time, memory, MFU", runBenchEval},
};

std::string benchVerbNames() {
    std::string names;
    for (const Verb& verb : kBenchVerbs)
        names += (names.empty() ? "" : ", ") + std::string(verb.name);
    return names;
}

} // namespace

int runBench(int argc, char** argv, int first) {
    if (first >= argc)
        throwBadInput("bench needs a sub-verb: one of " + benchVerbNames());
    for (const Verb& verb : kBenchVerbs)
        if (std::strcmp(argv[first], verb.name) == 0)
            return verb.run(argc, argv, first + 1);
    throwBadInput("unknown bench sub-verb '" + std::string(argv[first]) + "' (expected one of " + benchVerbNames() +
                  ")");
}

} // namespace litetune::cli
