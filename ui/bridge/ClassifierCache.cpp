#include "bridge/ClassifierCache.h"

#include "bridge/EngineTypes.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

litetune::Classifier ClassifierCache::get(const litetune::RunResult& run, bool* loaded, QStringList* dropped) {
    const QString runDir = toQString(run.runDir);
    const qint64 stamp = stampOf(runDir);
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->runDir != runDir) {
            continue;
        }
        if (it->stamp == stamp) {
            m_entries.splice(m_entries.begin(), m_entries, it);
            *loaded = false;
            return m_entries.front().classifier;
        }
        m_entries.erase(it); // the run changed on disk since it was loaded
        break;
    }
    // Room first, so no more than kCapacity models are ever held, not even while one loads.
    while (static_cast<int>(m_entries.size()) >= kCapacity) {
        dropped->append(m_entries.back().runDir);
        m_entries.pop_back();
    }
    litetune::Classifier classifier = litetune::Classifier::forRun(run);
    m_entries.push_front({runDir, stamp, classifier});
    *loaded = true;
    return classifier;
}

QStringList ClassifierCache::retain(const QStringList& runDirs) {
    QStringList dropped;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (runDirs.contains(it->runDir)) {
            ++it;
        } else {
            dropped.append(it->runDir);
            it = m_entries.erase(it);
        }
    }
    return dropped;
}

bool ClassifierCache::contains(const QString& runDir) const {
    for (const Entry& entry : m_entries) {
        if (entry.runDir == runDir) {
            return true;
        }
    }
    return false;
}

qint64 ClassifierCache::stampOf(const QString& runDir) {
    const QFileInfo manifest(QDir(runDir).filePath(QStringLiteral("run.json")));
    return manifest.exists() ? manifest.lastModified().toMSecsSinceEpoch() : -1;
}
