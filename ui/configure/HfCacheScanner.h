// HfCacheScanner: finds GPT-2 models already in the Hugging Face cache
// (<cache>/models--ORG--NAME/snapshots/REV/config.json with model_type "gpt2"), so the user
// can pick one without typing a path. Reads files only; never downloads.
// Cache location as huggingface_hub resolves it: $HF_HUB_CACHE, else $HF_HOME/hub, else
// $XDG_CACHE_HOME/huggingface/hub, else ~/.cache/huggingface/hub (docs/formats.md §4.3).
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

class HfCacheScanner {
public:
    struct CachedModel {
        QString repoId;       // "openai-community/gpt2"
        QString snapshotPath; // the folder with config.json and the weights
    };

    // The cache folders to look in, most specific first, without duplicates.
    static QStringList cacheRoots();
    static QVector<CachedModel> scan();
    static QVector<CachedModel> scan(const QStringList& roots);
    // Whether FOLDER's config.json says model_type "gpt2".
    static bool isGpt2Folder(const QString& folder);
};
