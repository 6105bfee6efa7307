// `litetune-cli export --run RUN_DIR --out DIR [--merged] [--overwrite]`: what a run trained, as a
// folder other tools load (api/RunExport.h says what is written and the folder rules).
#include "Arguments.h"
#include "Verbs.h"

#include "api/RunExport.h"
#include "api/RuntimeInfo.h"

#include <iostream>

namespace litetune::cli {

int runExport(int argc, char** argv, int first) {
    Arguments args(argc, argv, first, {"merged", "overwrite"});
    ModelExportRequest request;
    request.runDir = args.require("run");
    request.out = args.require("out");
    request.merged = args.has("merged");
    request.overwrite = args.has("overwrite");
    const int threads = static_cast<int>(args.integerOr("threads", 0));
    args.rejectUnused();
    configureThreads(threads, false);
    const ExportTarget target = inspectExportTarget(request);
    const std::int64_t bytes = exportRunModel(request);
    std::cout << "wrote " << request.out << ": " << (target.kind == "adapter" ? "PEFT adapter" : "model folder")
              << (request.merged ? " (LoRA merged)" : "") << ", " << bytes << " bytes\n";
    if (!target.kept.empty())
        std::cout << "kept " << target.kept.size() << " file(s) there that LiteTune did not write\n";
    return 0;
}

} // namespace litetune::cli
