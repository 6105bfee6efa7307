#include "download/HubBlobTransfer.h"

#include "download/HubEnvironment.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

namespace {
constexpr int maxRedirects = 10;
// Retries after a lost connection, each resuming from the bytes already on disk.
constexpr int maxRetries = 5;
// Restarts from byte zero when a server cannot continue the partial file (416, bad Content-Range).
constexpr int maxRestarts = 2;

// "bytes 100-999/1000" → 100; -1 when the header is absent or malformed.
qint64 contentRangeStart(QNetworkReply* reply) {
    static const QRegularExpression pattern(QStringLiteral("^bytes\\s+(\\d+)-\\d+/(\\d+|\\*)$"));
    const QRegularExpressionMatch match =
        pattern.match(QString::fromLatin1(reply->rawHeader("Content-Range")).trimmed());
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}
} // namespace

HubBlobTransfer::HubBlobTransfer(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network) {}

void HubBlobTransfer::start(const HubFileInfo& file, const QString& blobPath) {
    abort();
    m_file = file;
    m_blobPath = blobPath;
    m_total = file.size;
    m_redirects = 0;
    m_retries = 0;
    m_restarts = 0;
    QDir().mkpath(QFileInfo(blobPath).absolutePath());
    if (openPartial(false)) {
        send(m_file.downloadUrl);
    }
}

void HubBlobTransfer::abort() {
    ++m_generation;
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->abort();
        reply->deleteLater();
    }
    m_partial.close();
}

bool HubBlobTransfer::openPartial(bool restart) {
    m_partial.close();
    m_partial.setFileName(m_blobPath + QStringLiteral(".incomplete"));
    if (restart) {
        m_partial.remove();
    }
    if (!m_partial.open(QIODevice::WriteOnly | QIODevice::Append)) {
        fail(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(m_partial.fileName()), m_partial.errorString()));
        return false;
    }
    m_offset = m_partial.size();
    if (m_file.size >= 0 && m_offset > m_file.size) {
        // Longer than the file can be: not a prefix of it.
        m_partial.resize(0);
        m_offset = 0;
    }
    m_sha256.reset();
    if (m_offset > 0 && m_file.hasSha256Etag()) {
        // The hash must cover the bytes of the earlier attempt too.
        QFile earlier(m_partial.fileName());
        if (!earlier.open(QIODevice::ReadOnly) || !m_sha256.addData(&earlier)) {
            m_partial.resize(0);
            m_offset = 0;
            m_sha256.reset();
        }
    }
    return true;
}

void HubBlobTransfer::restartFromZero() {
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->abort();
        reply->deleteLater();
    }
    if (++m_restarts > maxRestarts) {
        fail(tr("Could not resume %1: the server does not continue partial downloads.").arg(m_file.name));
        return;
    }
    m_redirects = 0;
    if (openPartial(true)) {
        send(m_file.downloadUrl);
    }
}

void HubBlobTransfer::send(const QUrl& url) {
    m_requestStart = m_offset;
    m_responseAccepted = false;
    QNetworkRequest request = HubEnvironment::request(url);
    if (m_offset > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_offset) + '-');
    }
    m_reply = m_network->get(request);
    QNetworkReply* reply = m_reply;
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void HubBlobTransfer::onReadyRead(QNetworkReply* reply) {
    if (reply != m_reply) {
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206) {
        reply->readAll(); // the body of a redirect or an error page is not the file
        return;
    }
    if (!m_responseAccepted) {
        m_responseAccepted = true;
        if (status == 200 && m_requestStart > 0) {
            // The server ignored the Range header and sends the whole file.
            m_partial.resize(0);
            m_sha256.reset();
            m_offset = 0;
        } else if (status == 206 && contentRangeStart(reply) != m_requestStart) {
            restartFromZero();
            return;
        }
        if (m_total < 0) {
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            m_total = length.isValid() ? m_offset + length.toLongLong() : -1;
        }
    }
    const QByteArray data = reply->readAll();
    if (data.isEmpty()) {
        return;
    }
    if (m_partial.write(data) != data.size()) {
        fail(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(m_partial.fileName()), m_partial.errorString()));
        return;
    }
    if (m_file.hasSha256Etag()) {
        m_sha256.addData(data);
    }
    m_offset += data.size();
    emit progressed(m_offset, m_total);
}

void HubBlobTransfer::onFinished(QNetworkReply* reply) {
    reply->deleteLater();
    if (reply != m_reply) {
        return;
    }
    onReadyRead(reply); // whatever arrived after the last readyRead
    if (reply != m_reply) {
        return; // onReadyRead failed or restarted
    }
    m_reply = nullptr;

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.toInt();
    if (status >= 300 && status < 400) {
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (target.isEmpty() || ++m_redirects > maxRedirects) {
            fail(tr("Downloading %1 failed: too many redirects.").arg(m_file.name));
            return;
        }
        send(reply->url().resolved(target));
        return;
    }
    if (status == 416) {
        restartFromZero();
        return;
    }
    if (status >= 500) {
        retryOrFail(tr("the server answered HTTP %1").arg(status));
        return;
    }
    if (status >= 400 || (statusAttribute.isValid() && status != 200 && status != 206)) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        fail(tr("Downloading %1 failed: the server answered HTTP %2 %3.").arg(m_file.name).arg(status).arg(reason));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        retryOrFail(reply->errorString());
        return;
    }
    if (m_total >= 0 && m_offset < m_total) {
        retryOrFail(tr("the connection ended after %1 of %2 bytes").arg(m_offset).arg(m_total));
        return;
    }
    complete();
}

void HubBlobTransfer::retryOrFail(const QString& reason) {
    if (++m_retries > maxRetries) {
        fail(tr("Downloading %1 failed after %2 attempts: %3. Start the download again to resume it.")
                 .arg(m_file.name)
                 .arg(maxRetries + 1)
                 .arg(reason));
        return;
    }
    // A short, growing pause: a server that just dropped us is often busy.
    const int generation = m_generation;
    QTimer::singleShot(200 * (m_retries - 1), this, [this, generation] {
        if (generation == m_generation) {
            m_redirects = 0;
            send(m_file.downloadUrl);
        }
    });
}

void HubBlobTransfer::complete() {
    m_partial.close();
    QString actual;
    QString algorithm;
    if (m_file.hasSha256Etag()) {
        algorithm = QStringLiteral("SHA-256");
        actual = QString::fromLatin1(m_sha256.result().toHex());
    } else if (m_file.hasGitSha1Etag()) {
        algorithm = QStringLiteral("git SHA-1");
        QString error;
        actual = gitBlobSha1(m_partial.fileName(), &error);
        if (actual.isEmpty()) {
            fail(error);
            return;
        }
    }
    if (!algorithm.isEmpty() && actual != m_file.etag) {
        m_partial.remove();
        fail(tr("The download of %1 is corrupt: its %2 is %3, but the Hub says %4. The partial file was "
                "deleted; try again. If this repeats, a proxy or the mirror at HF_ENDPOINT alters the file.")
                 .arg(m_file.name, algorithm, actual, m_file.etag));
        return;
    }
    if (QFileInfo::exists(m_blobPath)) {
        m_partial.remove(); // another program finished the same blob first
    } else if (!m_partial.rename(m_blobPath)) {
        fail(tr("Could not rename %1 to %2: %3")
                 .arg(QDir::toNativeSeparators(m_partial.fileName()), QDir::toNativeSeparators(m_blobPath),
                      m_partial.errorString()));
        return;
    }
    emit progressed(m_offset, m_offset);
    emit finished();
}

void HubBlobTransfer::fail(const QString& message) {
    abort();
    emit failed(message);
}

QString HubBlobTransfer::gitBlobSha1(const QString& path, QString* errorMessage) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(QByteArray("blob ") + QByteArray::number(file.size()) + '\0');
    sha1.addData(&file);
    return QString::fromLatin1(sha1.result().toHex());
}
