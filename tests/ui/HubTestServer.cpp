#include "HubTestServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <filesystem>

HubTestServer::HubTestServer(QObject* parent)
    : QObject(parent)
    , m_hub(new QTcpServer(this))
    , m_cdn(new QTcpServer(this))
    , m_commit(QStringLiteral("0123456789abcdef0123456789abcdef01234567")) {
    connect(m_hub, &QTcpServer::newConnection, this, [this] { accept(m_hub, false); });
    connect(m_cdn, &QTcpServer::newConnection, this, [this] { accept(m_cdn, true); });
}

bool HubTestServer::listen() {
    return m_hub->listen(QHostAddress::LocalHost) && m_cdn->listen(QHostAddress::LocalHost);
}

QString HubTestServer::endpoint() const {
    return QStringLiteral("http://127.0.0.1:%1").arg(m_hub->serverPort());
}

void HubTestServer::useAsHub(const QString& cacheRoot) const {
    qputenv("HF_ENDPOINT", endpoint().toUtf8());
    qputenv("HF_HUB_CACHE", cacheRoot.toUtf8());
    qputenv("HF_HOME", (cacheRoot + QStringLiteral("/home")).toUtf8());
    qputenv("HF_TOKEN_PATH", (cacheRoot + QStringLiteral("/no-token")).toUtf8());
    for (const char* name :
         {"HUGGINGFACE_HUB_CACHE", "XDG_CACHE_HOME", "HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_TOKEN"}) {
        qunsetenv(name);
    }
}

void HubTestServer::addFile(const QString& repoId, const QString& path, const QByteArray& content, bool lfs) {
    m_repos[repoId].insert(path, File{content, lfs});
}

void HubTestServer::addAlias(const QString& alias, const QString& repoId) {
    m_aliases.insert(alias, repoId);
}

void HubTestServer::dropAfter(const QString& path, qint64 bytes, int times) {
    m_drops.insert(path, qMakePair(bytes, times));
}

QList<HubTestServer::Request> HubTestServer::requestsFor(const QString& pathSuffix, bool cdn) const {
    QList<Request> matching;
    for (const Request& request : m_requests) {
        if (request.cdn == cdn && request.path.endsWith(pathSuffix)) {
            matching.append(request);
        }
    }
    return matching;
}

QString HubTestServer::sha256Hex(const QByteArray& content) {
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QString HubTestServer::gitSha1Hex(const QByteArray& content) {
    const QByteArray object = QByteArray("blob ") + QByteArray::number(content.size()) + '\0' + content;
    return QString::fromLatin1(QCryptographicHash::hash(object, QCryptographicHash::Sha1).toHex());
}

QByteArray HubTestServer::patternBytes(int size, quint32 seed) {
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = seed;
    for (int i = 0; i < size; ++i) {
        state = state * 1664525u + 1013904223u; // a linear congruential generator
        bytes[i] = char(state >> 24);
    }
    return bytes;
}

QByteArray HubTestServer::readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString HubTestServer::readLink(const QString& path) {
    std::error_code error;
    const std::filesystem::path target = std::filesystem::read_symlink(QFile::encodeName(path).toStdString(), error);
    return error ? QString() : QString::fromStdString(target.string());
}

void HubTestServer::accept(QTcpServer* server, bool cdn) {
    while (QTcpSocket* socket = server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, cdn] { onReadyRead(socket, cdn); });
    }
}

void HubTestServer::onReadyRead(QTcpSocket* socket, bool cdn) {
    // The request so far lives on the socket, so partial reads need no map of buffers.
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    socket->setProperty("buffer", QByteArray());
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);

    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    Request request;
    request.cdn = cdn;
    request.method = requestLine.value(0);
    request.path = QUrl::fromEncoded(requestLine.value(1)).path(QUrl::FullyDecoded);
    for (const QByteArray& line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "range") {
            request.range = value;
        } else if (name == "authorization") {
            request.authorization = value;
        }
    }
    m_requests.append(request);
    if (cdn) {
        answerCdn(socket, request);
    } else {
        answerHub(socket, request);
    }
}

void HubTestServer::answerHub(QTcpSocket* socket, const Request& request) {
    // /<org>/<name>/resolve/<revision>/<file…>, or /<name>/resolve/… for a repository without owner.
    static const QRegularExpression pattern(QStringLiteral("^/(.+?)/resolve/([^/]+)/(.+)$"));
    const QRegularExpressionMatch match = pattern.match(request.path);
    if (!match.hasMatch()) {
        send(socket, 404, "Not Found", {});
        return;
    }
    const QString repoId = match.captured(1);
    const QString revision = match.captured(2);
    const QString path = match.captured(3);

    if (m_aliases.contains(repoId)) {
        const QByteArray target =
            "/" + m_aliases.value(repoId).toUtf8() + "/resolve/" + revision.toUtf8() + "/" + path.toUtf8();
        send(socket, 307, "Temporary Redirect", "Location: " + target + "\r\n");
        return;
    }
    if (!m_repos.contains(repoId)) {
        send(socket, 404, "Not Found", "X-Error-Code: RepoNotFound\r\n");
        return;
    }
    if (revision != QLatin1String("main") && revision != m_commit) {
        send(socket, 404, "Not Found", "X-Error-Code: RevisionNotFound\r\n");
        return;
    }
    const QByteArray commitHeader = "X-Repo-Commit: " + m_commit.toLatin1() + "\r\n";
    const QHash<QString, File>& files = m_repos.value(repoId);
    if (!files.contains(path)) {
        send(socket, 404, "Not Found", commitHeader + "X-Error-Code: EntryNotFound\r\n");
        return;
    }
    const File& file = files[path];
    if (!file.lfs) {
        const QByteArray etag = "ETag: \"" + gitSha1Hex(file.content).toLatin1() + "\"\r\n";
        sendContent(socket, request, path, file, commitHeader + etag);
        return;
    }
    // An LFS file: the Hub answers with its metadata and sends the bytes from elsewhere. Its own
    // ETag is the pointer file's, which the client must not take for the content's.
    const QString sha256 = sha256Hex(file.content);
    const QByteArray cdnUrl =
        QStringLiteral("http://127.0.0.1:%1/cdn/%2/%3").arg(m_cdn->serverPort()).arg(sha256, path).toUtf8();
    const QByteArray headers = commitHeader + "ETag: \"" + gitSha1Hex("version lfs " + file.content).toLatin1() +
                               "\"\r\nX-Linked-Etag: \"" + sha256.toLatin1() +
                               "\"\r\nX-Linked-Size: " + QByteArray::number(file.content.size()) +
                               "\r\nLocation: " + cdnUrl + "\r\n";
    send(socket, 302, "Found", headers);
}

void HubTestServer::answerCdn(QTcpSocket* socket, const Request& request) {
    // /cdn/<sha256>/<file…>
    const QString sha256 = request.path.section(QLatin1Char('/'), 2, 2);
    const QString path = request.path.section(QLatin1Char('/'), 3);
    for (const QHash<QString, File>& files : std::as_const(m_repos)) {
        const auto found = files.constFind(path);
        if (found != files.constEnd() && found->lfs && sha256Hex(found->content) == sha256) {
            sendContent(socket, request, path, *found, "ETag: \"" + sha256.toLatin1() + "\"\r\n");
            return;
        }
    }
    send(socket, 403, "Forbidden", {});
}

void HubTestServer::sendContent(QTcpSocket* socket, const Request& request, const QString& path, const File& file,
                                const QByteArray& extraHeaders) {
    QByteArray content = file.content;
    if (m_wrongContent.value(path)) {
        for (qsizetype i = 0; i < content.size(); i += 97) {
            content[i] = char(content[i] ^ 0x5a);
        }
    }
    const QByteArray headers = extraHeaders + "Accept-Ranges: bytes\r\nContent-Type: application/octet-stream\r\n";
    if (request.method == "HEAD") {
        send(socket, 200, "OK", headers + "Content-Length: " + QByteArray::number(content.size()) + "\r\n");
        return;
    }

    int status = 200;
    QByteArray reason = "OK";
    QByteArray rangeHeader;
    qint64 start = 0;
    static const QRegularExpression rangePattern(QStringLiteral("^bytes=(\\d+)-$"));
    const QRegularExpressionMatch range = rangePattern.match(QString::fromLatin1(request.range));
    if (m_rangeSupported && range.hasMatch()) {
        start = range.captured(1).toLongLong();
        if (start >= content.size()) {
            send(socket, 416, "Range Not Satisfiable",
                 "Content-Range: bytes */" + QByteArray::number(content.size()) + "\r\n");
            return;
        }
        status = 206;
        reason = "Partial Content";
        rangeHeader = "Content-Range: bytes " + QByteArray::number(start) + '-' +
                      QByteArray::number(content.size() - 1) + '/' + QByteArray::number(content.size()) + "\r\n";
    }
    QByteArray body = content.mid(start);
    const QByteArray fullHeaders = headers + rangeHeader;

    // Announce the whole body, send part of it, then close (a connection lost mid-transfer) or
    // fall silent (a stalled one).
    const QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n" + fullHeaders +
                            "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    auto drop = m_drops.find(path);
    if (drop != m_drops.end() && drop->second > 0) {
        --drop->second;
        socket->write(head + body.left(drop->first));
        socket->disconnectFromHost();
        return;
    }
    if (m_stalls.contains(path)) {
        socket->write(head + body.left(m_stalls.take(path)));
        return;
    }
    send(socket, status, reason, fullHeaders, body);
}

void HubTestServer::send(QTcpSocket* socket, int status, const QByteArray& reason, const QByteArray& headers,
                         const QByteArray& body) {
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n" + headers;
    if (!headers.contains("Content-Length:")) {
        response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    response += "Connection: close\r\n\r\n" + body;
    socket->write(response);
    // Closes once the response is written, not before.
    socket->disconnectFromHost();
}
