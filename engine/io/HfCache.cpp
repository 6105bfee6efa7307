// Offline view of the Hugging Face Hub cache (see HfCache.h).
// Reference: huggingface/huggingface_hub constants.py (HF_HOME, HF_HUB_CACHE defaults),
// file_download.py (refs/<revision> holds the commit; snapshots/<commit>/<file>); docs/formats.md §4.2–4.3.
#include "io/HfCache.h"

#include "api/ModelCache.h"

#include "util/Error.h"
#include "util/HomeDirectory.h"
#include "util/JsonFile.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <map>
#include <system_error>

namespace litetune {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxConfigBytes = 8 * 1024 * 1024;

std::string environment(const char* name) {
    const char* value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

fs::path homeDir() {
    const fs::path home = homeDirectory();
    return home.empty() ? fs::path("/") : home;
}

// huggingface_hub applies os.path.expanduser to these variables.
fs::path expandUser(const std::string& path) {
    if (path == "~")
        return homeDir();
    if (path.rfind("~/", 0) == 0)
        return homeDir() / path.substr(2);
    return path;
}

bool isCommitHash(const std::string& text) {
    return text.size() == 40 && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

// Hub repo names: letters, digits, '-', '_', '.', no "--" or "..", not starting or ending with '-' or '.'.
bool isValidRepoPart(const std::string& part) {
    if (part.empty() || part.size() > 96 || part.find("--") != std::string::npos ||
        part.find("..") != std::string::npos)
        return false;
    if (part.front() == '-' || part.front() == '.' || part.back() == '-' || part.back() == '.')
        return false;
    return std::all_of(part.begin(), part.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
    });
}

bool isValidRepoId(const std::string& repoId) {
    const auto slash = repoId.find('/');
    if (slash == std::string::npos)
        return isValidRepoPart(repoId);
    return isValidRepoPart(repoId.substr(0, slash)) && isValidRepoPart(repoId.substr(slash + 1));
}

// Branch and tag names as refs/ stores them (may contain '/', as in refs/pr/1); nothing that climbs out.
bool isValidRevision(const std::string& revision) {
    if (revision.empty() || revision.size() > 256 || revision.front() == '/' || revision.back() == '/')
        return false;
    for (const auto& part : fs::path(revision))
        if (part == ".." || part == ".")
            return false;
    return std::all_of(revision.begin(), revision.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == '/';
    });
}

// Canonical ids of the GPT-2 checkpoints the Hub moved from their legacy unprefixed names.
std::vector<std::string> candidateRepoIds(const std::string& repoId) {
    static const std::map<std::string, std::string> kLegacy{{"gpt2", "openai-community/gpt2"},
                                                            {"gpt2-medium", "openai-community/gpt2-medium"},
                                                            {"gpt2-large", "openai-community/gpt2-large"},
                                                            {"gpt2-xl", "openai-community/gpt2-xl"},
                                                            {"distilgpt2", "distilbert/distilgpt2"}};
    std::vector<std::string> ids{repoId};
    if (const auto it = kLegacy.find(repoId); it != kLegacy.end())
        ids.push_back(it->second);
    return ids;
}

// The commit a refs/ file holds, or empty when the file is missing or holds something else.
std::string readRef(const fs::path& refFile) {
    std::error_code ec;
    if (!fs::is_regular_file(refFile, ec) || fs::file_size(refFile, ec) > 256)
        return {};
    std::ifstream in(refFile);
    std::string commit;
    std::getline(in, commit);
    while (!commit.empty() && std::isspace(static_cast<unsigned char>(commit.back())))
        commit.pop_back();
    return isCommitHash(commit) ? commit : std::string();
}

std::uintmax_t folderSize(const fs::path& dir) {
    std::uintmax_t total = 0;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
        std::error_code sizeError;
        if (fs::is_regular_file(it->path(), sizeError)) // follows the snapshot's links into blobs/
            if (const auto size = fs::file_size(it->path(), sizeError); !sizeError)
                total += size;
    }
    return total;
}

bool isGpt2Config(const fs::path& configJson) {
    try {
        const nlohmann::json config = readJsonFile(configJson, kMaxConfigBytes);
        const auto type = config.is_object() ? config.find("model_type") : config.end();
        return type != config.end() && *type == "gpt2";
    } catch (const Error&) {
        return false; // unreadable or not JSON: not a model this list can offer
    }
}

} // namespace

HfCache::HfCache(fs::path root)
    : m_root(std::move(root)) {}

HfCache::HfCache()
    : m_root(defaultRoot()) {}

fs::path HfCache::home() {
    if (const std::string hfHome = environment("HF_HOME"); !hfHome.empty())
        return expandUser(hfHome);
    if (const std::string xdg = environment("XDG_CACHE_HOME"); !xdg.empty())
        return expandUser(xdg) / "huggingface";
    return homeDir() / ".cache" / "huggingface";
}

fs::path HfCache::defaultRoot() {
    for (const char* name : {"HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE"})
        if (const std::string value = environment(name); !value.empty())
            return expandUser(value);
    return home() / "hub";
}

std::string HfCache::repoFolderName(const std::string& repoId) {
    std::string name = "models--" + repoId;
    if (const auto slash = name.find('/'); slash != std::string::npos)
        name.replace(slash, 1, "--");
    return name;
}

std::optional<fs::path> HfCache::findSnapshot(const std::string& spec, std::vector<std::string>* tried) const {
    std::vector<std::string> ignored;
    std::vector<std::string>& log = tried ? *tried : ignored;
    const auto at = spec.find('@');
    const std::string repoId = spec.substr(0, at);
    const bool revisionGiven = at != std::string::npos;
    const std::string revision = revisionGiven ? spec.substr(at + 1) : "main";
    if (!isValidRepoId(repoId)) {
        log.push_back("'" + repoId + "' is not a Hub repo id (ORG/NAME)");
        return std::nullopt;
    }
    if (!isValidRevision(revision)) {
        log.push_back("'" + revision + "' is not a branch, tag or commit name");
        return std::nullopt;
    }
    for (const std::string& candidate : candidateRepoIds(repoId))
        if (auto snapshot = findInRepo(candidate, revision, revisionGiven, log))
            return snapshot;
    return std::nullopt;
}

std::optional<fs::path> HfCache::findInRepo(const std::string& repoId, const std::string& revision, bool revisionGiven,
                                            std::vector<std::string>& tried) const {
    std::error_code ec;
    const fs::path repoDir = m_root / repoFolderName(repoId);
    if (!fs::is_directory(repoDir, ec)) {
        tried.push_back(repoDir.string() + " (not in the cache)");
        return std::nullopt;
    }
    const fs::path snapshots = repoDir / "snapshots";
    std::string commit = isCommitHash(revision) ? revision : readRef(repoDir / "refs" / revision);
    if (commit.empty() && !revisionGiven) {
        // No refs/main (e.g. a cache copied without refs/): a single snapshot is unambiguous.
        std::vector<std::string> names;
        for (fs::directory_iterator it(snapshots, ec), end; !ec && it != end; it.increment(ec))
            if (isCommitHash(it->path().filename().string()) && it->is_directory(ec))
                names.push_back(it->path().filename().string());
        if (names.size() == 1)
            commit = names.front();
    }
    if (commit.empty()) {
        tried.push_back((repoDir / "refs" / revision).string() + " (no such ref holding a commit)");
        return std::nullopt;
    }
    const fs::path snapshot = snapshots / commit;
    if (!fs::is_directory(snapshot, ec)) {
        tried.push_back(snapshot.string() + " (no such snapshot)");
        return std::nullopt;
    }
    return snapshot;
}

std::vector<CachedModel> HfCache::listGpt2Models() const {
    std::vector<CachedModel> models;
    std::error_code ec;
    for (fs::directory_iterator repos(m_root, ec), end; !ec && repos != end; repos.increment(ec)) {
        const std::string folder = repos->path().filename().string();
        if (folder.rfind("models--", 0) != 0 || !repos->is_directory(ec))
            continue;
        std::string repoId = folder.substr(8);
        if (const auto separator = repoId.find("--"); separator != std::string::npos)
            repoId.replace(separator, 2, "/");

        std::map<std::string, std::vector<std::string>> refsByCommit;
        const fs::path refsDir = repos->path() / "refs";
        std::error_code refsError;
        for (fs::recursive_directory_iterator it(refsDir, refsError), stop; !refsError && it != stop;
             it.increment(refsError))
            if (const std::string commit = readRef(it->path()); !commit.empty())
                refsByCommit[commit].push_back(it->path().lexically_relative(refsDir).generic_string());

        std::error_code snapError;
        for (fs::directory_iterator it(repos->path() / "snapshots", snapError), stop; !snapError && it != stop;
             it.increment(snapError)) {
            const fs::path snapshot = it->path();
            if (!isGpt2Config(snapshot / "config.json"))
                continue;
            CachedModel model;
            model.repoId = repoId;
            model.revision = snapshot.filename().string();
            model.refs = refsByCommit[model.revision];
            std::sort(model.refs.begin(), model.refs.end());
            model.snapshotDir = snapshot;
            model.sizeBytes = folderSize(snapshot);
            std::error_code existsError;
            model.hasSafetensors = fs::exists(snapshot / "model.safetensors", existsError) ||
                                   fs::exists(snapshot / "model.safetensors.index.json", existsError);
            models.push_back(std::move(model));
        }
    }
    std::sort(models.begin(), models.end(), [](const CachedModel& a, const CachedModel& b) {
        return a.repoId != b.repoId ? a.repoId < b.repoId : a.revision < b.revision;
    });
    return models;
}

fs::path resolveModelPath(const std::string& spec) {
    if (spec == "demo")
        return spec;
    if (spec.empty())
        throwBadInput("the model is empty: give a model folder, a Hugging Face repo id such as gpt2, or demo.");
    std::error_code ec;
    const fs::path asPath(spec);
    if (fs::is_directory(asPath, ec))
        return asPath;
    if (fs::exists(asPath, ec))
        throwBadInput("the model " + spec + " is a file; expected a model folder holding config.json and weights.");
    const HfCache cache;
    std::vector<std::string> tried{asPath.string() + " (no such folder)"};
    if (auto snapshot = cache.findSnapshot(spec, &tried))
        return *snapshot;
    std::string list;
    for (std::size_t i = 0; i < tried.size(); ++i)
        list += (i ? "; " : "") + tried[i];
    // Say how to get it: a newcomer meets this first when asking for gpt2 (docs/download.md).
    throwBadInput("cannot find the model '" + spec + "' as a folder or in the Hugging Face cache " +
                  cache.root().string() + " (tried " + list +
                  "). Fetch it into that cache with the GUI's Configure > Download..., or with `hf download REPO "
                  "config.json model.safetensors vocab.json merges.txt` (REPO: e.g. openai-community/gpt2; "
                  "safetensors only).");
}

std::string huggingFaceHome() {
    return HfCache::home().lexically_normal().string();
}

std::string huggingFaceCacheRoot() {
    return HfCache::defaultRoot().lexically_normal().string();
}

std::vector<CachedGpt2Model> cachedGpt2Models(const std::string& root) {
    const HfCache cache(root.empty() ? HfCache::defaultRoot() : fs::path(root));
    // listGpt2Models sorts by repository, then commit: the first of a repository is the fallback.
    const auto rank = [](const CachedModel& model) {
        if (std::find(model.refs.begin(), model.refs.end(), "main") != model.refs.end())
            return 2;
        return model.refs.empty() ? 0 : 1;
    };
    std::vector<CachedGpt2Model> picked;
    const std::vector<CachedModel> all = cache.listGpt2Models();
    for (std::size_t first = 0; first < all.size();) {
        std::size_t end = first;
        std::size_t best = first;
        for (; end < all.size() && all[end].repoId == all[first].repoId; ++end)
            if (rank(all[end]) > rank(all[best]))
                best = end;
        picked.push_back({all[best].repoId, all[best].revision, all[best].snapshotDir.string()});
        first = end;
    }
    return picked;
}

} // namespace litetune
