// Exporting a run's trained model (api/RunExport.h). The model is loaded the way Classifier::forRun
// loads it for predictions, and written by the same folder writers the run itself used.
#include "api/RunExport.h"

#include "api/Workbench.h"
#include "io/HfCache.h"
#include "lora/PeftAdapter.h"
#include "model/Gpt2Loader.h"
#include "model/ModelExport.h"
#include "runs/RunInputs.h"
#include "util/Error.h"
#include "util/FolderManifest.h"
#include "util/StagedDirectory.h"

#include <system_error>

namespace litetune {

namespace fs = std::filesystem;

namespace {

struct ExportPlan {
    RunResult run;
    fs::path source; // the run's model/ or adapter/
    const char* kind = kModelFolderKind;
};

ExportPlan planExport(const ModelExportRequest& request) {
    if (request.out.empty())
        throwBadInput("export needs an output folder (--out DIR)");
    ExportPlan plan;
    plan.run = loadRun(request.runDir);
    const fs::path runDir(request.runDir);
    switch (plan.run.config.method) {
    case Method::Evaluate:
        throwBadInput("run " + request.runDir +
                      " is a base evaluation: it trained nothing, so there is no model to export (export the base "
                      "model folder itself)");
    case Method::Lora:
        plan.source = runDir / "adapter";
        plan.kind = request.merged ? kModelFolderKind : kAdapterFolderKind;
        break;
    default:
        plan.source = runDir / "model";
        break;
    }
    std::error_code ec;
    if (!fs::is_directory(plan.source, ec))
        throwBadInput("run " + request.runDir + " has no " + plan.source.filename().string() + " folder" +
                      (plan.run.cancelled ? ": it was cancelled before it saved one" : ": it saved no model"));
    if (fs::weakly_canonical(fs::absolute(request.out), ec) == fs::weakly_canonical(fs::absolute(plan.source), ec))
        throwBadInput("cannot export " + plan.source.string() + " onto itself; choose another --out");
    return plan;
}

ExistingFolder existingFor(const ModelExportRequest& request) {
    return request.overwrite ? ExistingFolder::ReplaceOwnFiles : ExistingFolder::Refuse;
}

std::int64_t folderBytes(const fs::path& dir) {
    std::int64_t total = 0;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec))
            total += static_cast<std::int64_t>(it->file_size(ec));
    return total;
}

} // namespace

ExportTarget inspectExportTarget(const ModelExportRequest& request) {
    const ExportPlan plan = planExport(request);
    ExportTarget target;
    target.kind = plan.kind;
    const FolderTargetState state = inspectFolderTarget(request.out, plan.kind);
    if (state.kind == FolderTargetState::Kind::OwnedSameKind) {
        target.state = ExportTarget::State::Replaceable;
        target.kept = state.foreign;
        return target;
    }
    try {
        checkFolderTarget(request.out, plan.kind, ExistingFolder::Refuse);
    } catch (const Error& error) {
        target.state = ExportTarget::State::Refused;
        target.message = error.what();
    }
    return target;
}

std::int64_t exportRunModel(const ModelExportRequest& request) {
    const ExportPlan plan = planExport(request);
    checkFolderTarget(request.out, plan.kind, existingFor(request)); // before loading any weights
    if (plan.run.config.method != Method::Lora) {
        const std::string source = plan.source.string();
        LoadedModel loaded = loadGpt2(source);
        const auto tokenizer = loadModelTokenizer(source);
        saveModelFolder(loaded.model, request.out, tokenizer.get(), existingFor(request));
        return folderBytes(request.out);
    }
    ModelLoadOptions options;
    options.labels = readAdapterLabels(plan.source);
    options.replaceHead = true; // the adapter brings its own head, as in RunInputs' load()
    const std::string base = plan.run.config.modelPath;
    LoadedModel loaded = loadGpt2(base == "demo" ? base : resolveModelPath(base).string(), options);
    const AdapterLoadResult adapter = loadAdapter(loaded.model, plan.source);
    if (request.merged) {
        const auto tokenizer = loadModelTokenizer(base);
        saveModelFolder(loaded.model, request.out, tokenizer.get(), existingFor(request)); // merges the LoRA branches
    } else {
        saveAdapter(loaded.model, adapter.config, request.out, existingFor(request));
    }
    return folderBytes(request.out);
}

} // namespace litetune
