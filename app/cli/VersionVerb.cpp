#include "Arguments.h"
#include "Verbs.h"

#include "api/RuntimeInfo.h"

#include <iostream>

namespace litetune::cli {

int runVersion(int argc, char** argv, int first) {
    Arguments args(argc, argv, first);
    const int threads = static_cast<int>(args.integerOr("threads", 0));
    args.rejectUnused();
    configureThreads(threads, false);
    std::cout << describe(runtimeInfo());
    return 0;
}

} // namespace litetune::cli
