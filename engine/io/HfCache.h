// HfCache: the Hugging Face Hub cache on disk — where it is (HF_HUB_CACHE and friends), which
// snapshot folder a model spec such as `gpt2`, `openai-community/gpt2` or `ORG/NAME@rev` names,
// and which GPT-2 models it holds. Torch-free (litetune_core), so the UI can list models.
// Deliberately offline: it never downloads, never writes to the cache and never takes its locks;
// a revision resolves through refs/ and snapshots/ only, as huggingface_hub does with HF_HUB_OFFLINE=1.
// Reference: huggingface/huggingface_hub src/huggingface_hub/constants.py, file_download.py
// (`try_to_load_from_cache`, REPO_ID_SEPARATOR); docs/formats.md §4.2–4.3.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace litetune {

struct CachedModel {
    std::string repoId;                // "openai-community/gpt2"
    std::string revision;              // the commit: the snapshot folder's name
    std::vector<std::string> refs;     // branches/tags pointing at it, e.g. {"main"}
    std::filesystem::path snapshotDir; // .../models--openai-community--gpt2/snapshots/<commit>
    std::uintmax_t sizeBytes = 0;      // the snapshot's files, links followed
    bool hasSafetensors = false;       // model.safetensors or model.safetensors.index.json present
};

class HfCache {
public:
    explicit HfCache(std::filesystem::path root);
    // The cache of this process's environment (defaultRoot()).
    HfCache();

    // HF_HOME, else $XDG_CACHE_HOME/huggingface, else ~/.cache/huggingface.
    static std::filesystem::path home();
    // HF_HUB_CACHE, else HUGGINGFACE_HUB_CACHE, else home()/hub.
    static std::filesystem::path defaultRoot();
    // "openai-community/gpt2" → "models--openai-community--gpt2".
    static std::string repoFolderName(const std::string& repoId);

    const std::filesystem::path& root() const { return m_root; }

    // The snapshot folder a spec names (`NAME`, `ORG/NAME`, either with `@branch`, `@tag` or
    // `@<40-hex commit>`; no revision means main), or nullopt. `tried`, when given, receives one
    // line per place looked at and why it did not fit. `gpt2` (and the other legacy GPT-2 names)
    // also tries its canonical `openai-community/...` id.
    std::optional<std::filesystem::path> findSnapshot(const std::string& spec,
                                                      std::vector<std::string>* tried = nullptr) const;

    // Every snapshot whose config.json says model_type "gpt2", sorted by repo id and revision.
    std::vector<CachedModel> listGpt2Models() const;

private:
    std::optional<std::filesystem::path> findInRepo(const std::string& repoId, const std::string& revision,
                                                    bool revisionGiven, std::vector<std::string>& tried) const;

    std::filesystem::path m_root;
};

// The model folder a user's --model argument names: "demo" as is (the model layer builds the
// demo model), an existing folder as is, else a snapshot in the Hugging Face cache; otherwise
// BadInput listing every place tried.
std::filesystem::path resolveModelPath(const std::string& spec);

} // namespace litetune
