// HubTestServer: a loopback HTTP/1.1 server that answers like the Hugging Face Hub, for the
// downloader's tests. The Hub port serves /<repo>/resolve/<revision>/<file> with X-Repo-Commit,
// ETag, X-Linked-Etag and X-Linked-Size; LFS files answer 302 to a second port, the "CDN", so
// the redirect crosses origins as it does on huggingface.co. Both honour Range (206). Faults on
// request: drop the connection or stall after K body bytes, serve altered bytes, ignore Range. Every
// request is logged. One response per connection (Connection: close) keeps the parser small.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QTcpServer;
class QTcpSocket;

class HubTestServer : public QObject {
    Q_OBJECT

public:
    struct Request {
        bool cdn = false; // arrived on the CDN port
        QByteArray method;
        QString path;
        QByteArray range;
        QByteArray authorization;
    };

    explicit HubTestServer(QObject* parent = nullptr);

    bool listen();
    QString endpoint() const; // http://127.0.0.1:<hub port>
    QString commit() const { return m_commit; }

    // Points this process's Hub environment (HF_ENDPOINT, HF_HUB_CACHE, HF_HOME, HF_TOKEN_PATH) at
    // this server and cacheRoot, and clears the rest: nothing of the developer's own may leak in.
    void useAsHub(const QString& cacheRoot) const;
    void addFile(const QString& repoId, const QString& path, const QByteArray& content, bool lfs);
    // Requests for alias answer 307 to repoId without Hub headers, as a renamed repository does.
    void addAlias(const QString& alias, const QString& repoId);
    // The next `times` content requests of the file send K body bytes, then close.
    void dropAfter(const QString& path, qint64 bytes, int times = 1);
    // The next content request of the file sends K body bytes, then nothing more, connection open.
    void stallAfter(const QString& path, qint64 bytes) { m_stalls.insert(path, bytes); }
    void serveWrongContent(const QString& path) { m_wrongContent.insert(path, true); }
    void setRangeSupported(bool supported) { m_rangeSupported = supported; }

    QList<Request> requests() const { return m_requests; }
    QList<Request> requestsFor(const QString& pathSuffix, bool cdn) const;
    void clearRequests() { m_requests.clear(); }

    static QString sha256Hex(const QByteArray& content);
    static QString gitSha1Hex(const QByteArray& content);
    // Helpers for the tests that use the server.
    // Deterministic bytes that repeat nowhere nearby, so a resume at the wrong offset shows.
    static QByteArray patternBytes(int size, quint32 seed);
    static QByteArray readFile(const QString& path);
    // A symlink's target as stored (relative stays relative); empty if the path is no symlink.
    static QString readLink(const QString& path);

private:
    struct File {
        QByteArray content;
        bool lfs = false;
    };

    void accept(QTcpServer* server, bool cdn);
    void onReadyRead(QTcpSocket* socket, bool cdn);
    void answerHub(QTcpSocket* socket, const Request& request);
    void answerCdn(QTcpSocket* socket, const Request& request);
    // 200 or 206 with the content of a file, applying the faults set for it.
    void sendContent(QTcpSocket* socket, const Request& request, const QString& path, const File& file,
                     const QByteArray& extraHeaders);
    static void send(QTcpSocket* socket, int status, const QByteArray& reason, const QByteArray& headers,
                     const QByteArray& body = {});

    QTcpServer* m_hub;
    QTcpServer* m_cdn;
    QString m_commit;
    QHash<QString, QHash<QString, File>> m_repos; // repo id → path → file
    QHash<QString, QString> m_aliases;
    QHash<QString, QPair<qint64, int>> m_drops; // path → (bytes, times left)
    QHash<QString, qint64> m_stalls;
    QHash<QString, bool> m_wrongContent;
    bool m_rangeSupported = true;
    QList<Request> m_requests;
};
