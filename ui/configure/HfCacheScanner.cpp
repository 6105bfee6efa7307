#include "configure/HfCacheScanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString env(const char* name) {
    return qEnvironmentVariable(name);
}

// The snapshot refs/main names, else the newest one that holds a GPT-2 config.json.
QString pickSnapshot(const QDir& repo) {
    QFile ref(repo.filePath(QStringLiteral("refs/main")));
    if (ref.open(QIODevice::ReadOnly)) {
        const QString revision = QString::fromLatin1(ref.readAll()).trimmed();
        const QString folder = repo.filePath(QStringLiteral("snapshots/") + revision);
        if (!revision.isEmpty() && HfCacheScanner::isGpt2Folder(folder)) {
            return folder;
        }
    }
    const QDir snapshots(repo.filePath(QStringLiteral("snapshots")));
    const auto entries = snapshots.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time);
    for (const auto& entry : entries) {
        if (HfCacheScanner::isGpt2Folder(entry.filePath())) {
            return entry.filePath();
        }
    }
    return {};
}

} // namespace

QStringList HfCacheScanner::cacheRoots() {
    QStringList roots;
    auto add = [&roots](const QString& path) {
        if (!path.isEmpty() && !roots.contains(QDir::cleanPath(path))) {
            roots.append(QDir::cleanPath(path));
        }
    };
    add(env("HF_HUB_CACHE"));
    add(env("HUGGINGFACE_HUB_CACHE"));
    if (!env("HF_HOME").isEmpty()) {
        add(env("HF_HOME") + QStringLiteral("/hub"));
    }
    if (!env("XDG_CACHE_HOME").isEmpty()) {
        add(env("XDG_CACHE_HOME") + QStringLiteral("/huggingface/hub"));
    }
    add(QDir::homePath() + QStringLiteral("/.cache/huggingface/hub"));
    return roots;
}

QVector<HfCacheScanner::CachedModel> HfCacheScanner::scan() {
    return scan(cacheRoots());
}

QVector<HfCacheScanner::CachedModel> HfCacheScanner::scan(const QStringList& roots) {
    QVector<CachedModel> models;
    for (const auto& root : roots) {
        const QDir cache(root);
        const auto repos =
            cache.entryList({QStringLiteral("models--*")}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const auto& name : repos) {
            const QString snapshot = pickSnapshot(QDir(cache.filePath(name)));
            if (snapshot.isEmpty()) {
                continue;
            }
            // "models--openai-community--gpt2" → "openai-community/gpt2"
            const QString repoId =
                name.mid(int(qstrlen("models--"))).replace(QStringLiteral("--"), QStringLiteral("/"));
            const bool known = std::any_of(models.cbegin(), models.cend(),
                                           [&repoId](const CachedModel& model) { return model.repoId == repoId; });
            if (!known) {
                models.append({repoId, snapshot});
            }
        }
    }
    return models;
}

bool HfCacheScanner::isGpt2Folder(const QString& folder) {
    QFile config(QDir(folder).filePath(QStringLiteral("config.json")));
    if (!config.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QJsonObject object = QJsonDocument::fromJson(config.readAll()).object();
    return object.value(QStringLiteral("model_type")).toString() == QLatin1String("gpt2");
}
