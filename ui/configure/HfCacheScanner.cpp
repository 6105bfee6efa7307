#include "configure/HfCacheScanner.h"

#include "api/ModelCache.h"
#include "bridge/EngineTypes.h"

#include <QDir>

QString HfCacheScanner::cacheRoot() {
    return QDir::cleanPath(toQString(litetune::huggingFaceCacheRoot()));
}

QVector<HfCacheScanner::CachedModel> HfCacheScanner::scan(const QString& root) {
    QVector<CachedModel> models;
    for (const litetune::CachedGpt2Model& model : litetune::cachedGpt2Models(toStdString(root))) {
        models.append({toQString(model.repoId), QDir::cleanPath(toQString(model.snapshotDir))});
    }
    return models;
}
