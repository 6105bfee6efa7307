// The Hugging Face cache as the GUI lists and fills it: where it is, resolved as huggingface_hub
// resolves it (docs/formats.md §4.3), and which GPT-2 models it holds. The one place those rules
// live is engine/io/HfCache.cpp; the GUI's model list and its downloader read them from here.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace litetune {

// HF_HOME, else $XDG_CACHE_HOME/huggingface, else ~/.cache/huggingface (where the token lives).
std::string huggingFaceHome();

// HF_HUB_CACHE, else HUGGINGFACE_HUB_CACHE, else huggingFaceHome()/hub.
std::string huggingFaceCacheRoot();

struct CachedGpt2Model {
    std::string repoId;      // "openai-community/gpt2"
    std::string revision;    // the commit: the snapshot folder's name
    std::string snapshotDir; // the folder with config.json and the weights
};

// One entry per repository of the cache at `root` (empty: huggingFaceCacheRoot()) that holds a
// GPT-2 snapshot: the snapshot refs/main points at, else one a branch or tag points at, else the
// first by commit. Sorted by repository id; reads files only.
std::vector<CachedGpt2Model> cachedGpt2Models(const std::string& root = "");

} // namespace litetune
