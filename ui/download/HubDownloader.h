// HubDownloader: downloads a GPT-2 model folder from the Hugging Face Hub into the shared Hub
// cache and reports the snapshot folder, which the engine opens like any local model folder.
// Three steps: ask the Hub about every file (HEAD: commit, etag, size; fails fast when the model
// has no model.safetensors), fetch the blobs not yet cached (resumable, verified), then link
// snapshots/<commit>/ and write refs/<revision>. Links come last, so a failed or corrupt download
// never leaves a half snapshot that Python tools would trust. Files after the first are asked for
// at the commit the first one reported, so a branch moving mid-download cannot mix two commits.
// With HF_HUB_OFFLINE set it makes no request and resolves the cached snapshot instead; an
// unreachable Hub falls back to the cache the same way. Every download() ends in exactly one
// finished() or failed(). Reference: huggingface_hub file_download.py, _snapshot_download.py.
#pragma once

#include "download/HubCacheLayout.h"
#include "download/HubFileInfo.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

class HubBlobTransfer;
class HubMetadataFetcher;
class QNetworkAccessManager;
class QTimer;

class HubDownloader : public QObject {
    Q_OBJECT

public:
    explicit HubDownloader(QObject* parent = nullptr);
    ~HubDownloader() override;

    // What a GPT-2 classifier needs, in download order.
    static QStringList defaultFiles();
    // Files of defaultFiles() that may be absent from a repository.
    static QStringList defaultOptionalFiles();
    // "openai-community/gpt2" or "gpt2"; no URLs, no "..".
    static bool isValidRepoId(const QString& repoId);

    // Empty (the default): the cache the environment names (HubEnvironment::cacheRoot()).
    void setCacheRoot(const QString& cacheRoot) { m_cacheRoot = cacheRoot; }
    QString cacheRoot() const;
    void setOptionalFiles(const QStringList& files) { m_optionalFiles = files; }

    bool isRunning() const { return m_running; }

public slots:
    void download(const QString& repoId, const QString& revision = QStringLiteral("main"),
                  const QStringList& files = defaultFiles());
    // Stops at once; partial blobs stay and resume next time. Ends in failed().
    void cancel();

signals:
    // At most about ten times a second, the latest state always following within that interval,
    // and always once when a file starts and when it completes.
    void progressed(const QString& file, qint64 bytesReceived, qint64 bytesTotal);
    void overallProgressed(qint64 bytesReceived, qint64 bytesTotal);
    // An optional file the repository does not have.
    void fileSkipped(const QString& file);
    void finished(const QString& snapshotPath);
    void failed(const QString& message);

private:
    void fetchNextMetadata();
    void onMetadataFetched(const HubFileInfo& info);
    void onMetadataFailed(const QString& message, bool unreachable);
    void transferNext();
    void onTransferProgressed(qint64 bytesReceived, qint64 bytesTotal);
    void onTransferFinished();
    void linkSnapshot();
    bool finishFromCache(QString* errorMessage);
    void emitProgress(bool force);
    void succeed(const QString& snapshotPath);
    void fail(const QString& message);

    QNetworkAccessManager* m_network;
    HubMetadataFetcher* m_fetcher;
    HubBlobTransfer* m_transfer;
    QString m_cacheRoot;
    QStringList m_optionalFiles;

    // The download in progress.
    bool m_running = false;
    int m_generation = 0; // bumped when a download ends, so its queued calls know they are stale
    QString m_repoId;
    QString m_revision;
    QString m_commit; // from the first file's metadata
    QStringList m_requested;
    std::optional<HubCacheLayout> m_layout;
    QList<HubFileInfo> m_files;
    QList<qint64> m_received;
    int m_current = 0;
    QTimer* m_progressTimer; // running: a progress signal went out less than an interval ago
    bool m_progressPending = false;
};
