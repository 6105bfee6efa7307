// The verbs of litetune-cli (docs: ../shared/docs/cli.md). Each takes the argument list after
// the verb and returns the process exit status; errors are thrown as litetune::Error.
#pragma once

namespace litetune::cli {

using VerbFunction = int (*)(int argc, char** argv, int first);

struct Verb {
    const char* name;
    const char* summary;
    VerbFunction run;
};

int runVersion(int argc, char** argv, int first);

} // namespace litetune::cli
