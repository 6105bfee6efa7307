// HubMetadataFetcher: asks the Hub about one file with a HEAD request and reports a HubFileInfo.
// Redirects are followed by hand and only while the Hub has not yet answered for the file: a
// renamed repository (gpt2 → openai-community/gpt2) redirects without metadata and is followed;
// an LFS file's 302 carries the metadata itself and its Location becomes the download URL, so
// the CDN is never asked for headers it does not have. Mirrors file_download.py's
// get_hf_file_metadata.
#pragma once

#include "download/HubFileInfo.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

class HubMetadataFetcher : public QObject {
    Q_OBJECT

public:
    explicit HubMetadataFetcher(QNetworkAccessManager* network, QObject* parent = nullptr);

    // {endpoint}/{repo}/resolve/{revision}/{file}, the revision quoted whole ("refs/pr/1" → refs%2Fpr%2F1).
    static QUrl resolveUrl(const QString& repoId, const QString& revision, const QString& file);

    void fetch(const QString& repoId, const QString& revision, const HubFileInfo& file);
    void abort();

    // A person-readable reason for an HTTP failure, from the Hub's X-Error-Code when it sends one.
    static QString describeHttpFailure(QNetworkReply* reply, const QString& repoId, const QString& revision,
                                       const QString& file);

signals:
    void fetched(const HubFileInfo& info);
    // unreachable: no HTTP answer at all (offline, DNS, refused), so a cached snapshot may stand in.
    void failed(const QString& message, bool unreachable);

private:
    void send(const QUrl& url);
    void onFinished(QNetworkReply* reply);

    QNetworkAccessManager* m_network;
    QPointer<QNetworkReply> m_reply;
    QString m_repoId;
    QString m_revision;
    HubFileInfo m_file;
    int m_redirects = 0;
};
