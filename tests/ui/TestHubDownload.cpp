// Tests of the Hugging Face Hub downloader (ui/download/) against HubTestServer on loopback:
// cache layout, progress, resume, checksums, offline mode, and the dialog's happy path.
#include "HubTestServer.h"

#include "download/DownloadDialog.h"
#include "download/HubCacheLayout.h"
#include "download/HubDownloader.h"
#include "download/HubEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

namespace {
constexpr int timeoutMs = 20000;
const QString repo = QStringLiteral("test-org/tiny-gpt2");

// Deterministic bytes that no two offsets share by accident, so a misplaced resume shows.
QByteArray patternBytes(int size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = seed;
    for (int i = 0; i < size; ++i) {
        state = state * 1664525u + 1013904223u;
        bytes[i] = char(state >> 24);
    }
    return bytes;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool hasProgress(const QSignalSpy& spy, const QString& file, qint64 received)
{
    for (const QList<QVariant>& arguments : spy) {
        if (arguments.at(0).toString() == file && arguments.at(1).toLongLong() == received) {
            return true;
        }
    }
    return false;
}

QString readLink(const QString& path)
{
    std::error_code error;
    const std::filesystem::path target = std::filesystem::read_symlink(QFile::encodeName(path).toStdString(), error);
    return error ? QString() : QString::fromStdString(target.string());
}
} // namespace

class TestHubDownload : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void environmentCacheRoot_data();
    void environmentCacheRoot();
    void environmentOfflineValues_data();
    void environmentOfflineValues();
    void environmentTokenFile();

    void downloadLaysOutCacheExactly();
    void progressEndsAtTotal();
    void resumesAfterDroppedConnection();
    void resumesPartialBlob_data();
    void resumesPartialBlob();
    void refusesChecksumMismatch_data();
    void refusesChecksumMismatch();
    void refusesRepositoryWithoutSafetensors();
    void reportsUnknownRepository();
    void followsRenamedRepository();
    void skipsCachedBlobs();
    void cancelKeepsPartialForResume();
    void unreachableHubFallsBackToCache();
    void offlineResolvesCachedSnapshot_data();
    void offlineResolvesCachedSnapshot();
    void offlineFailsWhenNotCached();
    void dialogDownloadsAndReturnsSnapshot();

private:
    bool runDownload(HubDownloader& downloader, const QString& repoId, QString* result);
    QString repoDir() const { return m_cache->path() + QStringLiteral("/models--test-org--tiny-gpt2"); }

    HubTestServer* m_server = nullptr;
    QTemporaryDir* m_cache = nullptr;
    QByteArray m_model;
    QByteArray m_vocab;
    QByteArray m_config;
};

void TestHubDownload::init()
{
    m_cache = new QTemporaryDir;
    QVERIFY(m_cache->isValid());
    m_server = new HubTestServer;
    QVERIFY(m_server->listen());

    m_config = R"({"model_type": "gpt2", "n_layer": 2})";
    m_model = patternBytes(300 * 1024 + 17, 1);
    m_vocab = patternBytes(40 * 1024, 2);
    m_server->addFile(repo, QStringLiteral("config.json"), m_config, false);
    m_server->addFile(repo, QStringLiteral("model.safetensors"), m_model, true);
    m_server->addFile(repo, QStringLiteral("vocab.json"), m_vocab, false);
    m_server->addFile(repo, QStringLiteral("merges.txt"), "#version: 0.2\nt h\n", false);
    m_server->addFile(repo, QStringLiteral("generation_config.json"), "{}", false);
    // No tokenizer.json: it is optional.

    // Nothing from the developer's own environment may leak in.
    qputenv("HF_ENDPOINT", m_server->endpoint().toUtf8());
    qputenv("HF_HUB_CACHE", m_cache->path().toUtf8());
    qputenv("HF_HOME", (m_cache->path() + QStringLiteral("/home")).toUtf8());
    qputenv("HF_TOKEN_PATH", (m_cache->path() + QStringLiteral("/no-token")).toUtf8());
    for (const char* name : {"HUGGINGFACE_HUB_CACHE", "HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_TOKEN"}) {
        qunsetenv(name);
    }
}

void TestHubDownload::cleanup()
{
    delete m_server;
    m_server = nullptr;
    delete m_cache;
    m_cache = nullptr;
}

bool TestHubDownload::runDownload(HubDownloader& downloader, const QString& repoId, QString* result)
{
    QSignalSpy finished(&downloader, &HubDownloader::finished);
    QSignalSpy failed(&downloader, &HubDownloader::failed);
    downloader.download(repoId);
    if (!QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, timeoutMs)) {
        *result = QStringLiteral("timed out");
        return false;
    }
    // Exactly one outcome, and nothing after it.
    QTest::qWait(20);
    if (finished.count() + failed.count() != 1) {
        *result = QStringLiteral("%1 finished and %2 failed signals").arg(finished.count()).arg(failed.count());
        return false;
    }
    *result = finished.isEmpty() ? failed.at(0).at(0).toString() : finished.at(0).at(0).toString();
    return !finished.isEmpty();
}

void TestHubDownload::environmentCacheRoot_data()
{
    QTest::addColumn<QStringList>("variables"); // NAME=value pairs
    QTest::addColumn<QString>("expected");
    QTest::addRow("HF_HUB_CACHE wins") << QStringList{"HF_HUB_CACHE=/a", "HUGGINGFACE_HUB_CACHE=/b", "HF_HOME=/c"}
                                       << "/a";
    QTest::addRow("legacy HUGGINGFACE_HUB_CACHE") << QStringList{"HUGGINGFACE_HUB_CACHE=/b", "HF_HOME=/c"} << "/b";
    QTest::addRow("HF_HOME/hub") << QStringList{"HF_HOME=/c/", "XDG_CACHE_HOME=/x"} << "/c/hub";
    QTest::addRow("XDG_CACHE_HOME") << QStringList{"XDG_CACHE_HOME=/x"} << "/x/huggingface/hub";
}

void TestHubDownload::environmentCacheRoot()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, expected);
    for (const char* name : {"HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "HF_HOME", "XDG_CACHE_HOME"}) {
        qunsetenv(name);
    }
    for (const QString& variable : variables) {
        const QByteArray name = variable.section(QLatin1Char('='), 0, 0).toLatin1();
        qputenv(name.constData(), variable.section(QLatin1Char('='), 1).toUtf8());
    }
    QCOMPARE(HubEnvironment::cacheRoot(), expected);
    qunsetenv("XDG_CACHE_HOME");
}

void TestHubDownload::environmentOfflineValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("offline");
    for (const char* value : {"1", "ON", "yes", "True", " true "}) {
        QTest::addRow("%s", value) << QString::fromLatin1(value) << true;
    }
    for (const char* value : {"", "0", "off", "no", "false", "2"}) {
        QTest::addRow("'%s'", value) << QString::fromLatin1(value) << false;
    }
}

void TestHubDownload::environmentOfflineValues()
{
    QFETCH(QString, value);
    QFETCH(bool, offline);
    qputenv("HF_HUB_OFFLINE", value.toUtf8());
    QCOMPARE(HubEnvironment::isOffline(), offline);
    qunsetenv("HF_HUB_OFFLINE");
    qputenv("TRANSFORMERS_OFFLINE", value.toUtf8());
    QCOMPARE(HubEnvironment::isOffline(), offline);
}

void TestHubDownload::environmentTokenFile()
{
    QCOMPARE(HubEnvironment::token(), QString());
    const QString tokenPath = m_cache->path() + QStringLiteral("/home/token");
    QDir().mkpath(QFileInfo(tokenPath).absolutePath());
    QFile file(tokenPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hf_fromfile\n");
    file.close();
    qunsetenv("HF_TOKEN_PATH"); // falls back to $HF_HOME/token
    QCOMPARE(HubEnvironment::token(), QStringLiteral("hf_fromfile"));
    qputenv("HF_TOKEN", "hf_fromenv");
    QCOMPARE(HubEnvironment::token(), QStringLiteral("hf_fromenv"));
}

void TestHubDownload::downloadLaysOutCacheExactly()
{
    qputenv("HF_TOKEN", "hf_secret");
    HubDownloader downloader;
    QSignalSpy skipped(&downloader, &HubDownloader::fileSkipped);
    QString result;
    QVERIFY2(runDownload(downloader, repo, &result), qPrintable(result));

    const QString commit = m_server->commit();
    QCOMPARE(result, repoDir() + QStringLiteral("/snapshots/") + commit);
    QCOMPARE(readAll(repoDir() + QStringLiteral("/refs/main")), commit.toLatin1());
    QCOMPARE(skipped.count(), 1);
    QCOMPARE(skipped.at(0).at(0).toString(), QStringLiteral("tokenizer.json"));
    QVERIFY(QFileInfo::exists(repoDir() + QStringLiteral("/.no_exist/") + commit + QStringLiteral("/tokenizer.json")));

    // Blobs are named by etag: SHA-256 for the LFS file, git blob SHA-1 for the others; nothing else.
    const QString modelEtag = HubTestServer::sha256Hex(m_model);
    const QString configEtag = HubTestServer::gitSha1Hex(m_config);
    const QString vocabEtag = HubTestServer::gitSha1Hex(m_vocab);
    QStringList blobs = QDir(repoDir() + QStringLiteral("/blobs")).entryList(QDir::Files);
    QCOMPARE(blobs.size(), 5);
    QVERIFY(blobs.contains(modelEtag));
    QVERIFY(blobs.contains(configEtag));
    QCOMPARE(readAll(repoDir() + QStringLiteral("/blobs/") + modelEtag), m_model);

    // Snapshot entries are relative symlinks into blobs/, and read back the content.
    QCOMPARE(QDir(result).entryList(QDir::Files | QDir::System, QDir::Name),
             (QStringList{"config.json", "generation_config.json", "merges.txt", "model.safetensors", "vocab.json"}));
    QCOMPARE(readLink(result + QStringLiteral("/model.safetensors")), QStringLiteral("../../blobs/") + modelEtag);
    QCOMPARE(readLink(result + QStringLiteral("/config.json")), QStringLiteral("../../blobs/") + configEtag);
    QCOMPARE(readLink(result + QStringLiteral("/vocab.json")), QStringLiteral("../../blobs/") + vocabEtag);
    QCOMPARE(readAll(result + QStringLiteral("/model.safetensors")), m_model);
    QCOMPARE(readAll(result + QStringLiteral("/config.json")), m_config);

    // The token reaches the Hub, never the CDN on another origin.
    const QList<HubTestServer::Request> requests = m_server->requests();
    QVERIFY(!requests.isEmpty());
    for (const HubTestServer::Request& request : requests) {
        QCOMPARE(request.authorization, request.cdn ? QByteArray() : QByteArray("Bearer hf_secret"));
    }
    // Files after the first are asked for at the commit, and every file's bytes too: not at the
    // branch, which could move between the metadata and the content.
    QVERIFY(!m_server->requestsFor(QStringLiteral("/resolve/") + commit + QStringLiteral("/model.safetensors"), false)
                 .isEmpty());
    for (const HubTestServer::Request& request : requests) {
        if (request.method == "GET" && !request.cdn) {
            QVERIFY2(request.path.contains(QStringLiteral("/resolve/") + commit + QLatin1Char('/')),
                     qPrintable(request.path));
        }
    }
}

void TestHubDownload::progressEndsAtTotal()
{
    HubDownloader downloader;
    QSignalSpy progressed(&downloader, &HubDownloader::progressed);
    QSignalSpy overall(&downloader, &HubDownloader::overallProgressed);
    QString result;
    QVERIFY2(runDownload(downloader, repo, &result), qPrintable(result));

    qint64 previous = -1;
    QList<QVariant> lastModel;
    for (const QList<QVariant>& arguments : std::as_const(progressed)) {
        if (arguments.at(0).toString() == QLatin1String("model.safetensors")) {
            QVERIFY(arguments.at(1).toLongLong() >= previous); // never goes back
            previous = arguments.at(1).toLongLong();
            QCOMPARE(arguments.at(2).toLongLong(), qint64(m_model.size()));
            lastModel = arguments;
        }
    }
    QVERIFY(!lastModel.isEmpty());
    QCOMPARE(lastModel.at(1).toLongLong(), qint64(m_model.size()));

    QVERIFY(!overall.isEmpty());
    const qint64 total = m_config.size() + m_model.size() + m_vocab.size() + 18 + 2; // merges.txt, generation_config.json
    QCOMPARE(overall.last().at(0).toLongLong(), total);
    QCOMPARE(overall.last().at(1).toLongLong(), total);
}

void TestHubDownload::resumesAfterDroppedConnection()
{
    const qint64 dropAt = 100000;
    m_server->dropAfter(QStringLiteral("model.safetensors"), dropAt);
    HubDownloader downloader;
    QString result;
    QVERIFY2(runDownload(downloader, repo, &result), qPrintable(result));

    const QList<HubTestServer::Request> cdn = m_server->requestsFor(QStringLiteral("/model.safetensors"), true);
    QCOMPARE(cdn.size(), 2);
    QCOMPARE(cdn.at(0).range, QByteArray());
    QCOMPARE(cdn.at(1).range, "bytes=" + QByteArray::number(dropAt) + '-');
    QCOMPARE(readAll(result + QStringLiteral("/model.safetensors")), m_model);
    QVERIFY(!QFileInfo::exists(repoDir() + QStringLiteral("/blobs/") + HubTestServer::sha256Hex(m_model) +
                               QStringLiteral(".incomplete")));
}

void TestHubDownload::resumesPartialBlob_data()
{
    QTest::addColumn<bool>("rangeSupported");
    QTest::addRow("server continues with 206") << true;
    QTest::addRow("server ignores Range, restart from zero") << false;
}

void TestHubDownload::resumesPartialBlob()
{
    QFETCH(bool, rangeSupported);
    m_server->setRangeSupported(rangeSupported);
    // What a cancelled or crashed earlier session leaves behind.
    const int partialSize = 123457;
    const QString etag = HubTestServer::sha256Hex(m_model);
    QDir().mkpath(repoDir() + QStringLiteral("/blobs"));
    QFile partial(repoDir() + QStringLiteral("/blobs/") + etag + QStringLiteral(".incomplete"));
    QVERIFY(partial.open(QIODevice::WriteOnly));
    partial.write(m_model.left(partialSize));
    partial.close();

    HubDownloader downloader;
    QString result;
    QVERIFY2(runDownload(downloader, repo, &result), qPrintable(result));
    const QList<HubTestServer::Request> cdn = m_server->requestsFor(QStringLiteral("/model.safetensors"), true);
    QCOMPARE(cdn.size(), 1);
    QCOMPARE(cdn.at(0).range, "bytes=" + QByteArray::number(partialSize) + '-');
    QCOMPARE(readAll(repoDir() + QStringLiteral("/blobs/") + etag), m_model);
    QVERIFY(!QFileInfo::exists(partial.fileName()));
}

void TestHubDownload::refusesChecksumMismatch_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("algorithm");
    QTest::addRow("LFS file, SHA-256") << "model.safetensors" << "SHA-256";
    QTest::addRow("git file, blob SHA-1") << "vocab.json" << "SHA-1";
}

void TestHubDownload::refusesChecksumMismatch()
{
    QFETCH(QString, file);
    QFETCH(QString, algorithm);
    m_server->serveWrongContent(file);
    HubDownloader downloader;
    QString message;
    QVERIFY(!runDownload(downloader, repo, &message));

    const bool lfs = file == QLatin1String("model.safetensors");
    const QByteArray& content = lfs ? m_model : m_vocab;
    const QString expected = lfs ? HubTestServer::sha256Hex(content) : HubTestServer::gitSha1Hex(content);
    QVERIFY2(message.contains(file), qPrintable(message));
    QVERIFY2(message.contains(algorithm), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.contains(QRegularExpression(QStringLiteral("\\b[0-9a-f]{%1}\\b").arg(lfs ? 64 : 40))),
             qPrintable(message));

    // Neither the bad blob nor its partial stays, and no snapshot or ref points anywhere.
    QVERIFY(!QFileInfo::exists(repoDir() + QStringLiteral("/blobs/") + expected));
    QVERIFY(!QFileInfo::exists(repoDir() + QStringLiteral("/blobs/") + expected + QStringLiteral(".incomplete")));
    QVERIFY(QDir(repoDir() + QStringLiteral("/snapshots")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    QVERIFY(!QFileInfo::exists(repoDir() + QStringLiteral("/refs/main")));
}

void TestHubDownload::refusesRepositoryWithoutSafetensors()
{
    const QString pickleRepo = QStringLiteral("test-org/pickle-only");
    m_server->addFile(pickleRepo, QStringLiteral("config.json"), m_config, false);
    m_server->addFile(pickleRepo, QStringLiteral("pytorch_model.bin"), m_model, true);
    HubDownloader downloader;
    QString message;
    QVERIFY(!runDownload(downloader, pickleRepo, &message));
    QVERIFY2(message.contains(QLatin1String("model.safetensors")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("pytorch_model.bin")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("not supported")), qPrintable(message));
    QVERIFY(m_server->requestsFor(QStringLiteral("pytorch_model.bin"), true).isEmpty());
    QVERIFY(!QFileInfo::exists(m_cache->path() + QStringLiteral("/models--test-org--pickle-only/snapshots")));
}

void TestHubDownload::reportsUnknownRepository()
{
    HubDownloader downloader;
    QString message;
    QVERIFY(!runDownload(downloader, QStringLiteral("test-org/nothing-here"), &message));
    QVERIFY2(message.contains(QLatin1String("test-org/nothing-here")) && message.contains(QLatin1String("not found")),
             qPrintable(message));

    QVERIFY(!runDownload(downloader, QStringLiteral("../etc"), &message));
    QVERIFY2(message.contains(QLatin1String("not a Hugging Face repository id")), qPrintable(message));
}

void TestHubDownload::followsRenamedRepository()
{
    m_server->addAlias(QStringLiteral("tiny-gpt2"), repo);
    HubDownloader downloader;
    QString result;
    QVERIFY2(runDownload(downloader, QStringLiteral("tiny-gpt2"), &result), qPrintable(result));
    // Cached under the name asked for, as huggingface_hub does.
    QCOMPARE(result, m_cache->path() + QStringLiteral("/models--tiny-gpt2/snapshots/") + m_server->commit());
    QCOMPARE(readAll(result + QStringLiteral("/model.safetensors")), m_model);
}

void TestHubDownload::skipsCachedBlobs()
{
    HubDownloader downloader;
    QString result;
    QVERIFY2(runDownload(downloader, repo, &result), qPrintable(result));
    m_server->clearRequests();
    QVERIFY2(runDownload(downloader, repo, &result), qPrintable(result));
    // Only metadata is asked for again: no content request reaches the CDN, no GET the Hub.
    for (const HubTestServer::Request& request : m_server->requests()) {
        QCOMPARE(request.method, QByteArray("HEAD"));
    }
}

void TestHubDownload::cancelKeepsPartialForResume()
{
    const qint64 stallAt = 65536;
    m_server->stallAfter(QStringLiteral("model.safetensors"), stallAt);
    HubDownloader downloader;
    QSignalSpy progressed(&downloader, &HubDownloader::progressed);
    QSignalSpy finished(&downloader, &HubDownloader::finished);
    QSignalSpy failed(&downloader, &HubDownloader::failed);
    downloader.download(repo);
    // The stalled state is reported although no more bytes come: progress is never left stale.
    QTRY_VERIFY_WITH_TIMEOUT(hasProgress(progressed, QStringLiteral("model.safetensors"), stallAt), timeoutMs);
    QVERIFY(downloader.isRunning());

    downloader.cancel();
    QVERIFY(!downloader.isRunning());
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("cancelled")), qPrintable(failed.at(0).at(0).toString()));
    const int progressCount = progressed.count();
    QTest::qWait(300);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(progressed.count(), progressCount); // nothing after the end

    const QString partial = repoDir() + QStringLiteral("/blobs/") + HubTestServer::sha256Hex(m_model) +
                            QStringLiteral(".incomplete");
    QCOMPARE(QFileInfo(partial).size(), stallAt);
    QVERIFY(!QFileInfo::exists(repoDir() + QStringLiteral("/snapshots")));

    QString result;
    QVERIFY2(runDownload(downloader, repo, &result), qPrintable(result));
    const QList<HubTestServer::Request> cdn = m_server->requestsFor(QStringLiteral("/model.safetensors"), true);
    QCOMPARE(cdn.size(), 2);
    QCOMPARE(cdn.at(1).range, "bytes=" + QByteArray::number(stallAt) + '-');
    QCOMPARE(readAll(result + QStringLiteral("/model.safetensors")), m_model);
}

void TestHubDownload::unreachableHubFallsBackToCache()
{
    HubDownloader downloader;
    QString online;
    QVERIFY2(runDownload(downloader, repo, &online), qPrintable(online));

    // A port nobody listens on: connections are refused at once.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    qputenv("HF_ENDPOINT", QByteArray("http://127.0.0.1:") + QByteArray::number(port));
    QString offline;
    QVERIFY2(runDownload(downloader, repo, &offline), qPrintable(offline));
    QCOMPARE(offline, online);

    QString message;
    QVERIFY(!runDownload(downloader, QStringLiteral("test-org/never-downloaded"), &message));
    QVERIFY2(message.contains(QLatin1String("Could not reach")), qPrintable(message));
}

void TestHubDownload::offlineResolvesCachedSnapshot_data()
{
    QTest::addColumn<QByteArray>("variable");
    QTest::addColumn<QByteArray>("value");
    QTest::addRow("HF_HUB_OFFLINE=1") << QByteArray("HF_HUB_OFFLINE") << QByteArray("1");
    QTest::addRow("HF_HUB_OFFLINE=yes") << QByteArray("HF_HUB_OFFLINE") << QByteArray("yes");
    QTest::addRow("TRANSFORMERS_OFFLINE=ON") << QByteArray("TRANSFORMERS_OFFLINE") << QByteArray("ON");
}

void TestHubDownload::offlineResolvesCachedSnapshot()
{
    QFETCH(QByteArray, variable);
    QFETCH(QByteArray, value);
    HubDownloader downloader;
    QString online;
    QVERIFY2(runDownload(downloader, repo, &online), qPrintable(online));
    m_server->clearRequests();

    qputenv(variable.constData(), value);
    QString offline;
    QVERIFY2(runDownload(downloader, repo, &offline), qPrintable(offline));
    QCOMPARE(offline, online);
    QVERIFY(m_server->requests().isEmpty());
}

void TestHubDownload::offlineFailsWhenNotCached()
{
    qputenv("HF_HUB_OFFLINE", "1");
    HubDownloader downloader;
    QString message;
    QVERIFY(!runDownload(downloader, repo, &message));
    QVERIFY2(message.contains(QLatin1String("HF_HUB_OFFLINE")) && message.contains(repo), qPrintable(message));
    QVERIFY(m_server->requests().isEmpty());
}

void TestHubDownload::dialogDownloadsAndReturnsSnapshot()
{
    DownloadDialog dialog;
    dialog.show();
    auto* repoEdit = dialog.findChild<QLineEdit*>(QStringLiteral("repoEdit"));
    auto* downloadButton = dialog.findChild<QPushButton*>(QStringLiteral("downloadButton"));
    QVERIFY(repoEdit && downloadButton);
    QCOMPARE(repoEdit->placeholderText(), QStringLiteral("openai-community/gpt2"));
    QVERIFY(!downloadButton->isEnabled());
    QTest::keyClicks(repoEdit, repo);
    QVERIFY(downloadButton->isEnabled());
    QTest::mouseClick(downloadButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), timeoutMs);
    QCOMPARE(dialog.snapshotPath(), repoDir() + QStringLiteral("/snapshots/") + m_server->commit());
    auto* overall = dialog.findChild<QProgressBar*>(QStringLiteral("overallProgress"));
    QVERIFY(overall);
    QCOMPARE(overall->value(), overall->maximum());
}

QTEST_MAIN(TestHubDownload)
#include "TestHubDownload.moc"
