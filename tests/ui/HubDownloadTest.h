// The Hub downloader's test suite (ui/download/) against HubTestServer on loopback, its slots
// spread over HubDownloadTest.cpp (environment, cache layout, progress, resume, cancel, renamed
// repositories, the dialog) and HubDownloadFailuresTest.cpp (bad bytes, bad ids, an unwritable
// cache, offline mode, an unreachable Hub); the fixture's files and helpers live here.
#pragma once

#include "HubTestServer.h"

#include <QObject>
#include <QTemporaryDir>

namespace hubtest {
constexpr int timeoutMs = 20000;
inline const QString repo = QStringLiteral("test-org/tiny-gpt2");
inline const QString modelFile = QStringLiteral("model.safetensors");
} // namespace hubtest

class HubDownloader;

class HubDownloadTest : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void environment_data();
    void environment();
    void environmentToken();

    void downloadLaysOutCacheAndReportsProgress();
    void resumes_data();
    void resumes();
    void cancelKeepsPartial();
    void refusesChecksumMismatch_data();
    void refusesChecksumMismatch();
    void failsClearly_data();
    void failsClearly();
    void failsClearlyOnAnUnwritableCache();
    void followsRenamedRepository();
    void revisitsCacheAndOfflineMode();
    void unreachableHubFallsBackToCache();
    void dialogDownloadsAndReturnsSnapshot();

private:
    // Runs one download to its end; true with the snapshot path, or false with the message.
    bool runDownload(HubDownloader& downloader, const QString& repoId, QString* result);
    QString repoPath(const QString& relative = {}) const {
        return m_cache->path() + QStringLiteral("/models--test-org--tiny-gpt2") + relative;
    }
    QString blobPath(const QString& etag) const { return repoPath(QStringLiteral("/blobs/") + etag); }

    HubTestServer* m_server = nullptr;
    QTemporaryDir* m_cache = nullptr;
    const QByteArray m_config = R"({"model_type": "gpt2", "n_layer": 2})";
    const QByteArray m_model = HubTestServer::patternBytes(300 * 1024 + 17, 1);
    const QByteArray m_vocab = HubTestServer::patternBytes(40 * 1024, 2);
    const QByteArray m_merges = "#version: 0.2\nt h\n";
};
