#include "download/HubDownloader.h"

#include "download/HubBlobTransfer.h"
#include "download/HubEnvironment.h"
#include "download/HubMetadataFetcher.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTimer>

namespace {
// Progress signals at most this often: enough for a smooth bar, few enough for a busy GUI thread.
constexpr int progressIntervalMs = 100;
const QString modelFile = QStringLiteral("model.safetensors");
} // namespace

HubDownloader::HubDownloader(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_fetcher(new HubMetadataFetcher(m_network, this))
    , m_transfer(new HubBlobTransfer(m_network, this))
    , m_optionalFiles(defaultOptionalFiles())
    , m_progressTimer(new QTimer(this)) {
    m_progressTimer->setSingleShot(true);
    m_progressTimer->setInterval(progressIntervalMs);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_progressPending && m_running) {
            emitProgress(true);
        }
    });
    connect(m_fetcher, &HubMetadataFetcher::fetched, this, &HubDownloader::onMetadataFetched);
    connect(m_fetcher, &HubMetadataFetcher::failed, this, &HubDownloader::onMetadataFailed);
    connect(m_transfer, &HubBlobTransfer::progressed, this, &HubDownloader::onTransferProgressed);
    connect(m_transfer, &HubBlobTransfer::finished, this, &HubDownloader::onTransferFinished);
    connect(m_transfer, &HubBlobTransfer::failed, this, &HubDownloader::fail);
}

HubDownloader::~HubDownloader() {
    // Close the .incomplete file cleanly so the next session can resume it.
    m_fetcher->abort();
    m_transfer->abort();
}

QStringList HubDownloader::defaultFiles() {
    return {QStringLiteral("config.json"),    modelFile,
            QStringLiteral("vocab.json"),     QStringLiteral("merges.txt"),
            QStringLiteral("tokenizer.json"), QStringLiteral("generation_config.json")};
}

QStringList HubDownloader::defaultOptionalFiles() {
    return {QStringLiteral("tokenizer.json"), QStringLiteral("generation_config.json")};
}

bool HubDownloader::isValidRepoId(const QString& repoId) {
    // huggingface_hub's validate_repo_id: one optional namespace, word characters, '-' and '.'.
    static const QRegularExpression pattern(QStringLiteral("^([\\w.-]+/)?[\\w.-]{1,96}$"));
    return pattern.match(repoId).hasMatch() && !repoId.contains(QLatin1String("--")) &&
           !repoId.contains(QLatin1String("..")) && !repoId.startsWith(QLatin1Char('.'));
}

QString HubDownloader::cacheRoot() const {
    return m_cacheRoot.isEmpty() ? HubEnvironment::cacheRoot() : m_cacheRoot;
}

void HubDownloader::download(const QString& repoId, const QString& revision, const QStringList& files) {
    if (m_running) {
        cancel();
    }
    m_running = true;
    m_repoId = repoId.trimmed();
    m_revision = revision.trimmed().isEmpty() ? QStringLiteral("main") : revision.trimmed();
    m_commit.clear();
    m_layout.emplace(cacheRoot(), m_repoId);
    m_files.clear();
    m_received.clear();
    for (const QString& name : files) {
        HubFileInfo info;
        info.name = name;
        info.optional = m_optionalFiles.contains(name);
        m_files.append(info);
        m_received.append(0);
    }
    m_current = 0;
    m_progressTimer->stop();
    m_progressPending = false;

    // Results are delivered from the event loop, never from inside download(): a caller connects
    // its slots after calling download() as often as before.
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation) {
            return;
        }
        if (!isValidRepoId(m_repoId)) {
            fail(tr("\"%1\" is not a Hugging Face repository id; expected a name like openai-community/gpt2.")
                     .arg(m_repoId));
            return;
        }
        // The revision becomes a path under refs/: it must not climb out of the cache.
        if (m_revision.split(QLatin1Char('/')).contains(QStringLiteral("..")) ||
            m_revision.startsWith(QLatin1Char('/')) || m_revision.contains(QLatin1Char('\\'))) {
            fail(tr("\"%1\" is not a valid revision; expected a branch, a tag or a commit hash.").arg(m_revision));
            return;
        }
        if (HubEnvironment::isOffline()) {
            QString error;
            if (!finishFromCache(&error)) {
                fail(tr("Offline mode is on (HF_HUB_OFFLINE), so nothing is downloaded, and %1").arg(error));
            }
            return;
        }
        fetchNextMetadata();
    });
}

void HubDownloader::cancel() {
    if (m_running) {
        fail(tr("The download was cancelled. Start it again to resume where it stopped."));
    }
}

void HubDownloader::fetchNextMetadata() {
    if (m_current < m_files.size()) {
        m_fetcher->fetch(m_repoId, m_commit.isEmpty() ? m_revision : m_commit, m_files.at(m_current));
        return;
    }
    // All files known: count what the cache already holds, then fetch the rest.
    for (int i = 0; i < m_files.size(); ++i) {
        const HubFileInfo& info = m_files.at(i);
        if (info.missing) {
            continue;
        }
        const QFileInfo blob(m_layout->blobPath(info.etag));
        const QFileInfo partial(m_layout->incompletePath(info.etag));
        m_received[i] = blob.exists() ? blob.size() : partial.exists() ? partial.size() : 0;
        if (blob.exists()) {
            emit progressed(info.name, blob.size(), blob.size());
        }
    }
    m_current = 0;
    transferNext();
}

void HubDownloader::onMetadataFetched(const HubFileInfo& info) {
    if (!m_running) {
        return;
    }
    if (m_commit.isEmpty()) {
        m_commit = info.commit;
    }
    if (info.missing) {
        if (info.name == modelFile) {
            fail(tr("%1 has no model.safetensors. LiteTune reads safetensors checkpoints only: pickle files "
                    "(pytorch_model.bin) are not supported, because loading them can run arbitrary code. Choose "
                    "a repository with model.safetensors, or convert this one (e.g. with the Hub's "
                    "\"Convert to Safetensors\" Space).")
                     .arg(m_repoId));
            return;
        }
        if (!info.optional) {
            fail(tr("%1 has no %2 at revision %3, which LiteTune needs to load a GPT-2 model.")
                     .arg(m_repoId, info.name, m_revision));
            return;
        }
        emit fileSkipped(info.name);
    }
    m_files[m_current] = info;
    ++m_current;
    fetchNextMetadata();
}

void HubDownloader::onMetadataFailed(const QString& message, bool unreachable) {
    if (!m_running) {
        return;
    }
    // As huggingface_hub does: no connection, but the snapshot is cached, so use it.
    QString cacheError;
    if (unreachable && finishFromCache(&cacheError)) {
        return;
    }
    fail(message);
}

void HubDownloader::transferNext() {
    while (m_current < m_files.size()) {
        const HubFileInfo& info = m_files.at(m_current);
        if (!info.missing && !QFileInfo::exists(m_layout->blobPath(info.etag))) {
            emitProgress(true);
            m_transfer->start(info, m_layout->blobPath(info.etag));
            return;
        }
        ++m_current;
    }
    linkSnapshot();
}

void HubDownloader::onTransferProgressed(qint64 bytesReceived, qint64 bytesTotal) {
    if (!m_running || m_current >= m_files.size()) {
        return;
    }
    m_received[m_current] = bytesReceived;
    if (m_files.at(m_current).size < 0) {
        m_files[m_current].size = bytesTotal;
    }
    emitProgress(bytesTotal >= 0 && bytesReceived >= bytesTotal);
}

void HubDownloader::onTransferFinished() {
    if (!m_running) {
        return;
    }
    ++m_current;
    transferNext();
}

void HubDownloader::linkSnapshot() {
    emitProgress(true);
    QString error;
    for (const HubFileInfo& info : std::as_const(m_files)) {
        if (info.missing) {
            if (!m_commit.isEmpty()) {
                m_layout->markMissing(m_commit, info.name);
            }
        } else if (!m_layout->linkSnapshotFile(m_commit, info.name, info.etag, &error)) {
            fail(error);
            return;
        }
    }
    // A commit names itself; only branches and tags get a ref.
    if (m_revision != m_commit && !m_layout->writeRef(m_revision, m_commit, &error)) {
        fail(error);
        return;
    }
    succeed(m_layout->snapshotDir(m_commit));
}

bool HubDownloader::finishFromCache(QString* errorMessage) {
    const QString commit = m_layout->resolveRevision(m_revision);
    if (commit.isEmpty()) {
        *errorMessage = tr("%1 (revision %2) is not in the cache %3.")
                            .arg(m_repoId, m_revision, QDir::toNativeSeparators(cacheRoot()));
        return false;
    }
    const QString snapshot = m_layout->snapshotDir(commit);
    for (const HubFileInfo& info : std::as_const(m_files)) {
        // exists() follows the link, so a link to a deleted blob counts as missing.
        if (!info.optional && !QFileInfo::exists(snapshot + QLatin1Char('/') + info.name)) {
            *errorMessage = tr("the cached snapshot %1 lacks %2.").arg(QDir::toNativeSeparators(snapshot), info.name);
            return false;
        }
    }
    qint64 total = 0;
    for (const HubFileInfo& info : std::as_const(m_files)) {
        const QFileInfo file(snapshot + QLatin1Char('/') + info.name);
        if (file.exists()) {
            emit progressed(info.name, file.size(), file.size());
            total += file.size();
        } else {
            emit fileSkipped(info.name);
        }
    }
    emit overallProgressed(total, total);
    succeed(snapshot);
    return true;
}

void HubDownloader::emitProgress(bool force) {
    if (!force && m_progressTimer->isActive()) {
        m_progressPending = true; // sent when the interval ends
        return;
    }
    m_progressPending = false;
    m_progressTimer->start();
    qint64 received = 0;
    qint64 total = 0;
    for (int i = 0; i < m_files.size(); ++i) {
        received += m_received.at(i);
        total += std::max<qint64>(m_files.at(i).size, 0);
    }
    if (m_current < m_files.size() && !m_files.at(m_current).missing) {
        const HubFileInfo& info = m_files.at(m_current);
        emit progressed(info.name, m_received.at(m_current), info.size);
    }
    emit overallProgressed(received, total);
}

void HubDownloader::succeed(const QString& snapshotPath) {
    m_running = false;
    m_progressTimer->stop();
    ++m_generation;
    emit finished(QDir::cleanPath(snapshotPath));
}

void HubDownloader::fail(const QString& message) {
    if (!m_running) {
        return;
    }
    m_running = false;
    m_progressTimer->stop();
    ++m_generation;
    m_fetcher->abort();
    m_transfer->abort();
    emit failed(message);
}
