#include "download/HubMetadataFetcher.h"

#include "download/HubCacheLayout.h"
#include "download/HubEnvironment.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {
// A chain longer than this is a loop; huggingface_hub gives up sooner still.
constexpr int maxRedirects = 10;

QString headerValue(QNetworkReply* reply, const char* name) {
    return QString::fromUtf8(reply->rawHeader(name)).trimmed();
}

// The Hub's own URL of a file with the branch or tag replaced by the commit it resolved to, so the
// bytes fetched later are those the metadata describes even if the branch moves meanwhile.
QUrl pinnedToCommit(const QUrl& url, const QString& revision, const QString& commit) {
    QByteArray encoded = url.toEncoded();
    const QByteArray from = "/resolve/" + QUrl::toPercentEncoding(revision) + '/';
    const qsizetype at = encoded.indexOf(from);
    if (at < 0) {
        return url;
    }
    encoded.replace(at, from.size(), "/resolve/" + commit.toLatin1() + '/');
    return QUrl::fromEncoded(encoded);
}
} // namespace

HubMetadataFetcher::HubMetadataFetcher(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network) {}

QUrl HubMetadataFetcher::resolveUrl(const QString& repoId, const QString& revision, const QString& file) {
    const QByteArray encoded = HubEnvironment::endpoint().toUtf8() + '/' + QUrl::toPercentEncoding(repoId, "/") +
                               "/resolve/" + QUrl::toPercentEncoding(revision) + '/' +
                               QUrl::toPercentEncoding(file, "/");
    return QUrl::fromEncoded(encoded);
}

void HubMetadataFetcher::fetch(const QString& repoId, const QString& revision, const HubFileInfo& file) {
    abort();
    m_repoId = repoId;
    m_revision = revision;
    m_file = file;
    m_redirects = 0;
    send(resolveUrl(repoId, revision, file.name));
}

void HubMetadataFetcher::abort() {
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr; // onFinished ignores replies that are no longer current
        reply->abort();
        reply->deleteLater();
    }
}

void HubMetadataFetcher::send(const QUrl& url) {
    m_reply = m_network->head(HubEnvironment::request(url));
    QNetworkReply* reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void HubMetadataFetcher::onFinished(QNetworkReply* reply) {
    reply->deleteLater();
    if (reply != m_reply) {
        return;
    }
    m_reply = nullptr;

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        emit failed(tr("Could not reach %1: %2").arg(reply->url().host(), reply->errorString()), true);
        return;
    }
    const int status = statusAttribute.toInt();
    const QString commit = headerValue(reply, "X-Repo-Commit");
    const bool isRedirect = status >= 300 && status < 400;

    if (isRedirect && commit.isEmpty()) {
        // The Hub has not answered for the file yet (e.g. a renamed repository): follow.
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (target.isEmpty() || ++m_redirects > maxRedirects) {
            emit failed(tr("The Hub redirected %1 too often or to nowhere.").arg(m_file.name), false);
            return;
        }
        send(reply->url().resolved(target));
        return;
    }
    if (status == 404 && headerValue(reply, "X-Error-Code") != QLatin1String("RepoNotFound") &&
        headerValue(reply, "X-Error-Code") != QLatin1String("RevisionNotFound")) {
        HubFileInfo info = m_file;
        info.missing = true;
        info.commit = commit;
        emit fetched(info);
        return;
    }
    if (status >= 400 || (!isRedirect && status != 200)) {
        emit failed(describeHttpFailure(reply, m_repoId, m_revision, m_file.name), false);
        return;
    }

    HubFileInfo info = m_file;
    info.commit = commit;
    QString etag = headerValue(reply, "X-Linked-Etag");
    if (etag.isEmpty()) {
        etag = headerValue(reply, "ETag");
    }
    info.etag = HubCacheLayout::normalizeEtag(etag);
    bool sizeKnown = false;
    const QString linkedSize = headerValue(reply, "X-Linked-Size");
    info.size = linkedSize.toLongLong(&sizeKnown);
    if (!sizeKnown) {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        info.size = length.isValid() ? length.toLongLong() : -1;
    }
    info.downloadUrl =
        isRedirect ? reply->url().resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl())
                   : pinnedToCommit(reply->url(), m_revision, commit);

    if (info.commit.isEmpty() || info.etag.isEmpty() || info.etag.contains(QLatin1Char('/'))) {
        // Without them the file cannot be placed in the cache; a proxy stripping headers is the usual cause.
        emit failed(tr("The server at %1 did not send the Hub's X-Repo-Commit and ETag headers for %2; "
                       "is HF_ENDPOINT a Hugging Face Hub (or a mirror of one)?")
                        .arg(reply->url().host(), m_file.name),
                    false);
        return;
    }
    emit fetched(info);
}

QString HubMetadataFetcher::describeHttpFailure(QNetworkReply* reply, const QString& repoId, const QString& revision,
                                                const QString& file) {
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray code = reply->rawHeader("X-Error-Code");
    if (code == "RepoNotFound") {
        return tr("The repository %1 was not found on %2. Check its name; if it is private, set HF_TOKEN "
                  "(or log in with `huggingface-cli login`).")
            .arg(repoId, reply->url().host());
    }
    if (code == "RevisionNotFound") {
        return tr("The repository %1 has no branch, tag or commit \"%2\".").arg(repoId, revision);
    }
    if (code == "GatedRepo") {
        return tr("%1 is a gated repository: accept its conditions on its Hub page, then set HF_TOKEN to a "
                  "token of that account.")
            .arg(repoId);
    }
    if (status == 401 || status == 403) {
        return tr("The Hub refused access to %1 of %2 (HTTP %3). The repository may be private or gated: "
                  "set HF_TOKEN to a token that may read it.")
            .arg(file, repoId)
            .arg(status);
    }
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    return tr("The Hub answered HTTP %1 %2 for %3 of %4.").arg(status).arg(reason, file, repoId);
}
