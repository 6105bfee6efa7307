#include "download/HubCacheLayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <filesystem>
#include <system_error>

HubCacheLayout::HubCacheLayout(const QString& cacheRoot, const QString& repoId)
    : m_repoDir(QDir::cleanPath(cacheRoot + QLatin1Char('/') + repoFolderName(repoId))) {}

QString HubCacheLayout::repoFolderName(const QString& repoId) {
    return QStringLiteral("models--") + QString(repoId).replace(QLatin1Char('/'), QStringLiteral("--"));
}

QString HubCacheLayout::normalizeEtag(const QString& etag) {
    QString name = etag.trimmed();
    if (name.startsWith(QLatin1String("W/"))) {
        name.remove(0, 2);
    }
    name.remove(QLatin1Char('"'));
    return name;
}

bool HubCacheLayout::isCommitHash(const QString& revision) {
    static const QRegularExpression hex40(QStringLiteral("^[0-9a-f]{40}$"));
    return hex40.match(revision).hasMatch();
}

QString HubCacheLayout::blobPath(const QString& etag) const {
    return m_repoDir + QStringLiteral("/blobs/") + etag;
}

QString HubCacheLayout::incompletePath(const QString& etag) const {
    return blobPath(etag) + QStringLiteral(".incomplete");
}

QString HubCacheLayout::snapshotDir(const QString& commit) const {
    return m_repoDir + QStringLiteral("/snapshots/") + commit;
}

QString HubCacheLayout::refPath(const QString& revision) const {
    return m_repoDir + QStringLiteral("/refs/") + revision;
}

QString HubCacheLayout::resolveRevision(const QString& revision) const {
    if (isCommitHash(revision) && QFileInfo(snapshotDir(revision)).isDir()) {
        return revision;
    }
    QFile ref(refPath(revision));
    if (!ref.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QString commit = QString::fromUtf8(ref.readAll()).trimmed();
    return isCommitHash(commit) ? commit : QString();
}

bool HubCacheLayout::writeRef(const QString& revision, const QString& commit, QString* errorMessage) const {
    const QString path = refPath(revision);
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Written whole or not at all: a torn ref would send Python tools to a snapshot that is not there.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(commit.toUtf8()) != commit.size() || !file.commit()) {
        *errorMessage = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool HubCacheLayout::linkSnapshotFile(const QString& commit, const QString& file, const QString& etag,
                                      QString* errorMessage) const {
    const QString linkPath = snapshotDir(commit) + QLatin1Char('/') + file;
    const QString linkDir = QFileInfo(linkPath).absolutePath();
    QDir().mkpath(linkDir);
    // For "onnx/model.onnx" the link climbs one folder more than for "config.json".
    const QString target = QDir(linkDir).relativeFilePath(blobPath(etag));

    std::error_code error;
    const std::filesystem::path link(QFile::encodeName(linkPath).toStdString());
    // Only a link is replaced: a plain file there is the blob's copy made without symlinks (same
    // commit, same content), or something LiteTune did not write; either way it stays.
    const auto existing = std::filesystem::symlink_status(link, error);
    if (std::filesystem::is_symlink(existing)) {
        std::filesystem::remove(link, error);
    } else if (std::filesystem::exists(existing)) {
        return true;
    }
    std::filesystem::create_symlink(QFile::encodeName(target).toStdString(), link, error);
    if (!error) {
        return true;
    }
    // No symlinks (FAT, Windows without developer mode): huggingface_hub copies the blob instead.
    if (QFile::copy(blobPath(etag), linkPath)) {
        return true;
    }
    *errorMessage = tr("Could not link %1 to its blob: %2")
                        .arg(QDir::toNativeSeparators(linkPath), QString::fromStdString(error.message()));
    return false;
}

void HubCacheLayout::markMissing(const QString& commit, const QString& file) const {
    const QString path = m_repoDir + QStringLiteral("/.no_exist/") + commit + QLatin1Char('/') + file;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile marker(path);
    marker.open(QIODevice::WriteOnly);
}
