// HfCacheScanner: the GPT-2 models already in the Hugging Face cache, so the user can pick one
// without typing a path. The cache's location and the snapshot chosen per repository are the
// engine's rules (api/ModelCache.h), which resolve them as huggingface_hub does; this adapter only
// hands them to the Configure place as Qt values. Reads files only; never downloads.
#pragma once

#include <QString>
#include <QVector>

class HfCacheScanner {
public:
    struct CachedModel {
        QString repoId;       // "openai-community/gpt2"
        QString snapshotPath; // the folder with config.json and the weights
    };

    // The cache folder this process uses.
    static QString cacheRoot();
    // The models of the cache at `root`; empty: cacheRoot().
    static QVector<CachedModel> scan(const QString& root = QString());
};
