// ClassifierCache: the models the Playground asked lately, kept loaded on the engine thread, so a
// second question to a run does not read its weights from disk again. Bounded: at most kCapacity
// runs, the least recently asked dropped first (a GPT-2 small is about 0.5 GB in float32). Keyed
// by run folder and the time its run.json last changed, so a resumed run, whose status and
// weights change together, loads afresh. Lives on the engine thread; not thread-safe.
#pragma once

#include "api/Classifier.h"
#include "api/Results.h"

#include <QString>
#include <QStringList>

#include <list>

class ClassifierCache {
public:
    static constexpr int kCapacity = 3;

    // The run's classifier; loads it on a miss and sets `*loaded`. Throws what loading throws.
    // Runs it dropped to make room are appended to `dropped`.
    litetune::Classifier get(const litetune::RunResult& run, bool* loaded, QStringList* dropped);
    // Drops every run not in `runDirs` (deleted runs); returns the runs dropped.
    QStringList retain(const QStringList& runDirs);
    bool contains(const QString& runDir) const;
    int size() const { return static_cast<int>(m_entries.size()); }

private:
    struct Entry {
        QString runDir;
        qint64 stamp = 0;
        litetune::Classifier classifier;
    };

    static qint64 stampOf(const QString& runDir);

    std::list<Entry> m_entries; // most recently asked first
};
