// HubBlobTransfer: fetches one file's bytes into blobs/<etag>.incomplete, checks them against the
// etag and renames the file to blobs/<etag>. An .incomplete left by an earlier attempt (a dropped
// connection, a cancel, a crash) is continued with `Range: bytes=N-`; a server that answers 200
// instead of 206 gets a restart from zero. A connection lost mid-file is retried a few times,
// each retry resuming where the last stopped, as huggingface_hub's http_get does.
// Checks: an LFS etag (64 hex) is the SHA-256 of the content, hashed while it streams in; a git
// etag (40 hex) is the SHA-1 of "blob <size>\0" + content, hashed once the (small) file is
// complete. On a mismatch the partial blob is deleted, never renamed, never linked.
#pragma once

#include "download/HubFileInfo.h"

#include <QCryptographicHash>
#include <QFile>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

class HubBlobTransfer : public QObject {
    Q_OBJECT

public:
    explicit HubBlobTransfer(QNetworkAccessManager* network, QObject* parent = nullptr);

    // blobPath: where the verified file ends; blobPath + ".incomplete" is written meanwhile.
    void start(const HubFileInfo& file, const QString& blobPath);
    // Stops at once and keeps the .incomplete, so the next start() resumes it.
    void abort();

    // SHA-1 of "blob <size>\0" + content: the name git gives a file's content.
    static QString gitBlobSha1(const QString& path, QString* errorMessage);

signals:
    void progressed(qint64 bytesReceived, qint64 bytesTotal);
    void finished();
    void failed(const QString& message);

private:
    void send(const QUrl& url);
    void onReadyRead(QNetworkReply* reply);
    void onFinished(QNetworkReply* reply);
    bool openPartial(bool restart);
    void restartFromZero();
    void retryOrFail(const QString& reason);
    void complete();
    void fail(const QString& message);

    QNetworkAccessManager* m_network;
    QPointer<QNetworkReply> m_reply;
    HubFileInfo m_file;
    QString m_blobPath;
    QFile m_partial;
    QCryptographicHash m_sha256{QCryptographicHash::Sha256};
    qint64 m_offset = 0;       // bytes in the .incomplete: also the next Range start
    qint64 m_requestStart = 0; // the Range start of the request in flight
    qint64 m_total = -1;
    int m_generation = 0; // bumped by abort(), so a pending retry knows it is stale
    bool m_responseAccepted = false;
    int m_redirects = 0;
    int m_retries = 0;
    int m_restarts = 0;
};
