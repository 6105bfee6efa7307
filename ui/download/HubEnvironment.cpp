#include "download/HubEnvironment.h"

#include "api/ModelCache.h"
#include "bridge/EngineTypes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

QString HubEnvironment::environment(const char* name) {
    return qEnvironmentVariable(name).trimmed();
}

QString HubEnvironment::endpoint() {
    QString value = environment("HF_ENDPOINT");
    if (value.isEmpty()) {
        value = QStringLiteral("https://huggingface.co");
    }
    while (value.endsWith(QLatin1Char('/'))) {
        value.chop(1);
    }
    return value;
}

QString HubEnvironment::home() {
    return QDir::cleanPath(toQString(litetune::huggingFaceHome()));
}

QString HubEnvironment::cacheRoot() {
    return QDir::cleanPath(toQString(litetune::huggingFaceCacheRoot()));
}

QString HubEnvironment::token() {
    const QString fromEnvironment = environment("HF_TOKEN");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    QString path = environment("HF_TOKEN_PATH");
    if (path.isEmpty()) {
        path = home() + QStringLiteral("/token");
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    // `huggingface-cli login` writes the token alone, sometimes with a trailing newline.
    return QString::fromUtf8(file.readLine(4096)).trimmed();
}

bool HubEnvironment::isTruthy(const QString& value) {
    const QString v = value.trimmed().toUpper();
    return v == QLatin1String("1") || v == QLatin1String("ON") || v == QLatin1String("YES") ||
           v == QLatin1String("TRUE");
}

bool HubEnvironment::isOffline() {
    return isTruthy(environment("HF_HUB_OFFLINE")) || isTruthy(environment("TRANSFORMERS_OFFLINE"));
}

int HubEnvironment::transferTimeoutMs() {
    bool ok = false;
    const double seconds = environment("HF_HUB_DOWNLOAD_TIMEOUT").toDouble(&ok);
    return ok && seconds > 0 ? int(seconds * 1000) : 10000;
}

QNetworkRequest HubEnvironment::request(const QUrl& url) {
    QNetworkRequest request(url);
    // Redirects are followed by hand: the Hub's own headers (commit, etag, size) sit on the first
    // response, and the CDN's answer after the 302 no longer carries them.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(transferTimeoutMs());
    // Blobs must be stored byte for byte; a transparently gunzipped body would fail its checksum.
    request.setRawHeader("Accept-Encoding", "identity");
    const QString version = QCoreApplication::applicationVersion();
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("LiteTune/%1").arg(version.isEmpty() ? QStringLiteral("dev") : version));

    const QUrl hub(endpoint());
    const QString bearer = token();
    if (!bearer.isEmpty() && url.scheme() == hub.scheme() && url.host() == hub.host() && url.port(-1) == hub.port(-1)) {
        request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    }
    return request;
}
