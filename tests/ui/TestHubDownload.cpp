// Tests of the Hugging Face Hub downloader (ui/download/) against HubTestServer on loopback:
// environment, cache layout, progress, resume, checksums, offline mode, and the dialog.
#include "HubTestServer.h"

#include "download/DownloadDialog.h"
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

namespace {
constexpr int timeoutMs = 20000;
const QString repo = QStringLiteral("test-org/tiny-gpt2");
const QString modelFile = QStringLiteral("model.safetensors");
} // namespace

class TestHubDownload : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void environment_data();
    void environment();
    void environmentToken();

    void downloadLaysOutCacheAndReportsProgress();
    void resumes_data();
    void resumes();
    void cancelKeepsPartial();
    void refusesChecksumMismatch_data();
    void refusesChecksumMismatch();
    void failsClearly_data();
    void failsClearly();
    void failsClearlyOnAnUnwritableCache();
    void followsRenamedRepository();
    void revisitsCacheAndOfflineMode();
    void unreachableHubFallsBackToCache();
    void dialogDownloadsAndReturnsSnapshot();

private:
    // Runs one download to its end; true with the snapshot path, or false with the message.
    bool runDownload(HubDownloader& downloader, const QString& repoId, QString* result);
    QString repoPath(const QString& relative = {}) const {
        return m_cache->path() + QStringLiteral("/models--test-org--tiny-gpt2") + relative;
    }
    QString blobPath(const QString& etag) const { return repoPath(QStringLiteral("/blobs/") + etag); }

    HubTestServer* m_server = nullptr;
    QTemporaryDir* m_cache = nullptr;
    const QByteArray m_config = R"({"model_type": "gpt2", "n_layer": 2})";
    const QByteArray m_model = HubTestServer::patternBytes(300 * 1024 + 17, 1);
    const QByteArray m_vocab = HubTestServer::patternBytes(40 * 1024, 2);
    const QByteArray m_merges = "#version: 0.2\nt h\n";
};

void TestHubDownload::init() {
    m_cache = new QTemporaryDir;
    m_server = new HubTestServer;
    QVERIFY(m_cache->isValid() && m_server->listen());
    m_server->addFile(repo, QStringLiteral("config.json"), m_config, false);
    m_server->addFile(repo, modelFile, m_model, true);
    m_server->addFile(repo, QStringLiteral("vocab.json"), m_vocab, false);
    m_server->addFile(repo, QStringLiteral("merges.txt"), m_merges, false);
    m_server->addFile(repo, QStringLiteral("generation_config.json"), "{}", false);
    // No tokenizer.json: it is optional. A model with a pickle checkpoint only:
    m_server->addFile(QStringLiteral("test-org/pickle-only"), QStringLiteral("config.json"), m_config, false);
    m_server->addFile(QStringLiteral("test-org/pickle-only"), QStringLiteral("pytorch_model.bin"), m_model, true);
    m_server->useAsHub(m_cache->path());
}

void TestHubDownload::cleanup() {
    delete m_server;
    m_server = nullptr;
    delete m_cache;
    m_cache = nullptr;
}

bool TestHubDownload::runDownload(HubDownloader& downloader, const QString& repoId, QString* result) {
    QSignalSpy finished(&downloader, &HubDownloader::finished);
    QSignalSpy failed(&downloader, &HubDownloader::failed);
    downloader.download(repoId);
    if (!QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, timeoutMs)) {
        *result = QStringLiteral("timed out");
        return false;
    }
    QTest::qWait(20); // exactly one outcome, and nothing after it
    if (finished.count() + failed.count() != 1) {
        *result = QStringLiteral("%1 finished and %2 failed signals").arg(finished.count()).arg(failed.count());
        return false;
    }
    *result = finished.isEmpty() ? failed.at(0).at(0).toString() : finished.at(0).at(0).toString();
    return !finished.isEmpty();
}

void TestHubDownload::environment_data() {
    QTest::addColumn<QStringList>("variables"); // NAME=value
    QTest::addColumn<QString>("cacheRoot");
    QTest::addColumn<bool>("offline");
    QTest::addRow("HF_HUB_CACHE first") << QStringList{"HF_HUB_CACHE=/a", "HUGGINGFACE_HUB_CACHE=/b", "HF_HOME=/c"}
                                        << "/a" << false;
    QTest::addRow("legacy HUGGINGFACE_HUB_CACHE")
        << QStringList{"HUGGINGFACE_HUB_CACHE=/b", "HF_HOME=/c"} << "/b" << false;
    QTest::addRow("HF_HOME/hub") << QStringList{"HF_HOME=/c/", "XDG_CACHE_HOME=/x"} << "/c/hub" << false;
    QTest::addRow("XDG_CACHE_HOME") << QStringList{"XDG_CACHE_HOME=/x"} << "/x/huggingface/hub" << false;
    const QStringList truthy{"1", "ON", "yes", "True", " true "};
    for (const QString& value : truthy + QStringList{"", "0", "off", "no", "false", "2"}) {
        QTest::addRow("HF_HUB_OFFLINE='%s'", qPrintable(value))
            << QStringList{"HF_HUB_CACHE=/a", "HF_HUB_OFFLINE=" + value} << "/a" << truthy.contains(value);
    }
    QTest::addRow("TRANSFORMERS_OFFLINE=on")
        << QStringList{"HF_HOME=/c", "TRANSFORMERS_OFFLINE=on"} << "/c/hub" << true;
}

void TestHubDownload::environment() {
    QFETCH(QStringList, variables);
    QFETCH(QString, cacheRoot);
    QFETCH(bool, offline);
    for (const char* name : {"HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "HF_HOME", "XDG_CACHE_HOME"}) {
        qunsetenv(name); // init() cleared the offline switches
    }
    for (const QString& variable : variables) {
        const QByteArray name = variable.section(QLatin1Char('='), 0, 0).toLatin1();
        qputenv(name.constData(), variable.section(QLatin1Char('='), 1).toUtf8());
    }
    QCOMPARE(HubEnvironment::cacheRoot(), cacheRoot);
    QCOMPARE(HubEnvironment::isOffline(), offline);
}

void TestHubDownload::environmentToken() {
    QCOMPARE(HubEnvironment::token(), QString());
    QDir().mkpath(m_cache->path() + QStringLiteral("/home"));
    QFile file(m_cache->path() + QStringLiteral("/home/token"));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("hf_fromfile\n") > 0);
    file.close();
    qunsetenv("HF_TOKEN_PATH"); // then $HF_HOME/token
    QCOMPARE(HubEnvironment::token(), QStringLiteral("hf_fromfile"));
    qputenv("HF_TOKEN", "hf_fromenv");
    QCOMPARE(HubEnvironment::token(), QStringLiteral("hf_fromenv"));
}

void TestHubDownload::downloadLaysOutCacheAndReportsProgress() {
    qputenv("HF_TOKEN", "hf_secret");
    HubDownloader downloader;
    QSignalSpy skipped(&downloader, &HubDownloader::fileSkipped);
    QSignalSpy progressed(&downloader, &HubDownloader::progressed);
    QSignalSpy overall(&downloader, &HubDownloader::overallProgressed);
    QString result;
    QVERIFY2(runDownload(downloader, repo, &result), qPrintable(result));

    // Progress never goes back and ends at the total, per file and overall.
    qint64 previous = -1;
    for (const QList<QVariant>& arguments : std::as_const(progressed)) {
        if (arguments.at(0).toString() == modelFile) {
            QVERIFY(arguments.at(1).toLongLong() >= previous);
            previous = arguments.at(1).toLongLong();
            QCOMPARE(arguments.at(2).toLongLong(), qint64(m_model.size()));
        }
    }
    QCOMPARE(previous, qint64(m_model.size()));
    const qint64 total = m_config.size() + m_model.size() + m_vocab.size() + m_merges.size() + 2;
    QVERIFY(!overall.isEmpty());
    QCOMPARE(overall.last(), (QList<QVariant>{total, total}));

    const QString commit = m_server->commit();
    QCOMPARE(result, repoPath(QStringLiteral("/snapshots/") + commit));
    QCOMPARE(HubTestServer::readFile(repoPath(QStringLiteral("/refs/main"))), commit.toLatin1());
    QCOMPARE(skipped.count(), 1);
    QCOMPARE(skipped.at(0).at(0).toString(), QStringLiteral("tokenizer.json"));
    QVERIFY(QFileInfo::exists(repoPath(QStringLiteral("/.no_exist/") + commit + QStringLiteral("/tokenizer.json"))));

    // Blobs are named by etag (SHA-256 for LFS files, git blob SHA-1 for the others), nothing else is there,
    // and the snapshot holds relative symlinks to them.
    const QStringList etags{HubTestServer::gitSha1Hex(m_config), HubTestServer::sha256Hex(m_model),
                            HubTestServer::gitSha1Hex(m_vocab), HubTestServer::gitSha1Hex(m_merges),
                            HubTestServer::gitSha1Hex("{}")};
    const QStringList files{"config.json", modelFile, "vocab.json", "merges.txt", "generation_config.json"};
    const QByteArrayList contents{m_config, m_model, m_vocab, m_merges, "{}"};
    QStringList blobs = QDir(repoPath(QStringLiteral("/blobs"))).entryList(QDir::Files);
    QCOMPARE(QSet<QString>(blobs.begin(), blobs.end()), QSet<QString>(etags.begin(), etags.end()));
    QCOMPARE(QDir(result).entryList(QDir::Files).size(), files.size());
    for (int i = 0; i < files.size(); ++i) {
        QCOMPARE(HubTestServer::readLink(result + QLatin1Char('/') + files.at(i)),
                 QStringLiteral("../../blobs/") + etags.at(i));
        QCOMPARE(HubTestServer::readFile(result + QLatin1Char('/') + files.at(i)), contents.at(i));
    }

    // The token reaches the Hub, never the CDN on another origin. Files after the first are asked
    // for at the commit, and all bytes too: a branch may move between metadata and content.
    QVERIFY(
        !m_server->requestsFor(QStringLiteral("/resolve/") + commit + QLatin1Char('/') + modelFile, false).isEmpty());
    for (const HubTestServer::Request& request : m_server->requests()) {
        QCOMPARE(request.authorization, request.cdn ? QByteArray() : QByteArray("Bearer hf_secret"));
        if (request.method == "GET" && !request.cdn) {
            QVERIFY2(request.path.contains(QStringLiteral("/resolve/") + commit + QLatin1Char('/')),
                     qPrintable(request.path));
        }
    }
}

void TestHubDownload::resumes_data() {
    QTest::addColumn<qint64>("dropAt");         // the server drops the first transfer after this many bytes
    QTest::addColumn<int>("partialSize");       // an earlier session left this many bytes in .incomplete
    QTest::addColumn<bool>("rangeSupported");   // the server honours Range
    QTest::addColumn<QByteArrayList>("ranges"); // the Range headers the CDN sees, in order
    QTest::addRow("connection dropped, resumed at once")
        << qint64(100000) << 0 << true << QByteArrayList{"", "bytes=100000-"};
    QTest::addRow("partial blob, server continues with 206")
        << qint64(-1) << 123457 << true << QByteArrayList{"bytes=123457-"};
    QTest::addRow("partial blob, server ignores Range")
        << qint64(-1) << 123457 << false << QByteArrayList{"bytes=123457-"};
}

void TestHubDownload::resumes() {
    QFETCH(qint64, dropAt);
    QFETCH(int, partialSize);
    QFETCH(bool, rangeSupported);
    QFETCH(QByteArrayList, ranges);
    m_server->setRangeSupported(rangeSupported);
    if (dropAt > 0) {
        m_server->dropAfter(modelFile, dropAt);
    }
    const QString etag = HubTestServer::sha256Hex(m_model);
    QFile partial(blobPath(etag + QStringLiteral(".incomplete")));
    if (partialSize > 0) {
        QDir().mkpath(repoPath(QStringLiteral("/blobs")));
        QVERIFY(partial.open(QIODevice::WriteOnly) && partial.write(m_model.left(partialSize)) == partialSize);
        partial.close();
    }

    HubDownloader downloader;
    QString result;
    QVERIFY2(runDownload(downloader, repo, &result), qPrintable(result));
    QByteArrayList seen;
    for (const HubTestServer::Request& request : m_server->requestsFor(modelFile, true)) {
        seen.append(request.range);
    }
    QCOMPARE(seen, ranges);
    QCOMPARE(HubTestServer::readFile(blobPath(etag)), m_model);
    QVERIFY(!partial.exists());
}

void TestHubDownload::cancelKeepsPartial() {
    const qint64 stallAt = 65536;
    m_server->stallAfter(modelFile, stallAt);
    HubDownloader downloader;
    QSignalSpy progressed(&downloader, &HubDownloader::progressed);
    QSignalSpy finished(&downloader, &HubDownloader::finished);
    QSignalSpy failed(&downloader, &HubDownloader::failed);
    downloader.download(repo);
    // The stalled state is reported although no more bytes come: progress is never left stale.
    const QList<QVariant> stalled{modelFile, stallAt, qint64(m_model.size())};
    QTRY_VERIFY_WITH_TIMEOUT(progressed.contains(stalled), timeoutMs);

    downloader.cancel();
    QVERIFY(!downloader.isRunning());
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("cancelled")),
             qPrintable(failed.at(0).at(0).toString()));
    const int progressCount = progressed.count();
    QTest::qWait(300);
    QCOMPARE(finished.count() + failed.count(), 1);
    QCOMPARE(progressed.count(), progressCount); // nothing after the end
    QCOMPARE(QFileInfo(blobPath(HubTestServer::sha256Hex(m_model) + QStringLiteral(".incomplete"))).size(), stallAt);
    QVERIFY(!QFileInfo::exists(repoPath(QStringLiteral("/snapshots"))));
}

void TestHubDownload::refusesChecksumMismatch_data() {
    QTest::addColumn<QString>("file");
    QTest::addRow("LFS file, SHA-256") << modelFile;
    QTest::addRow("git file, blob SHA-1") << "vocab.json";
}

void TestHubDownload::refusesChecksumMismatch() {
    QFETCH(QString, file);
    m_server->serveWrongContent(file);
    HubDownloader downloader;
    QString message;
    QVERIFY(!runDownload(downloader, repo, &message));

    // The message names the file, the algorithm, the expected and the actual hash.
    const bool lfs = file == modelFile;
    const QString expected = lfs ? HubTestServer::sha256Hex(m_model) : HubTestServer::gitSha1Hex(m_vocab);
    const QRegularExpression anyHash(QStringLiteral("\\b[0-9a-f]{%1}\\b").arg(expected.size()));
    QVERIFY2(message.contains(file) && message.contains(lfs ? QLatin1String("SHA-256") : QLatin1String("SHA-1")),
             qPrintable(message));
    QVERIFY2(message.contains(expected) && QString(message).remove(expected).contains(anyHash), qPrintable(message));

    // Neither the bad blob nor its partial stays, and no snapshot or ref points anywhere.
    QVERIFY(!QFileInfo::exists(blobPath(expected)) && !QFileInfo::exists(blobPath(expected + ".incomplete")));
    QVERIFY(QDir(repoPath(QStringLiteral("/snapshots"))).isEmpty());
    QVERIFY(!QFileInfo::exists(repoPath(QStringLiteral("/refs/main"))));
}

void TestHubDownload::failsClearly_data() {
    QTest::addColumn<QString>("repoId");
    QTest::addColumn<QStringList>("phrases");
    QTest::addRow("pickle checkpoint only")
        << "test-org/pickle-only" << QStringList{"model.safetensors", "pytorch_model.bin", "not supported"};
    QTest::addRow("unknown repository") << "test-org/nothing-here" << QStringList{"test-org/nothing-here", "not found"};
    QTest::addRow("not a repository id") << "../etc" << QStringList{"not a Hugging Face repository id"};
}

void TestHubDownload::failsClearly() {
    QFETCH(QString, repoId);
    QFETCH(QStringList, phrases);
    HubDownloader downloader;
    QString message;
    QVERIFY(!runDownload(downloader, repoId, &message));
    for (const QString& phrase : phrases) {
        QVERIFY2(message.contains(phrase), qPrintable(message));
    }
    QVERIFY(m_server->requestsFor(QStringLiteral("pytorch_model.bin"), true).isEmpty());
    QVERIFY(!QFileInfo::exists(m_cache->path() + QStringLiteral("/models--test-org--pickle-only/snapshots")));
}

// A cache that cannot be written (here: a plain file where the blobs folder belongs, which fails
// for root too, unlike a chmod) ends the download with one message naming the place, and leaves
// what was there untouched.
void TestHubDownload::failsClearlyOnAnUnwritableCache() {
    QVERIFY(QDir().mkpath(repoPath()));
    QFile blocker(repoPath(QStringLiteral("/blobs")));
    QVERIFY(blocker.open(QIODevice::WriteOnly) && blocker.write("a user's file") > 0);
    blocker.close();
    HubDownloader downloader;
    QString message;
    QVERIFY(!runDownload(downloader, repo, &message));
    QVERIFY2(message.contains(QStringLiteral("blobs")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    QCOMPARE(HubTestServer::readFile(repoPath(QStringLiteral("/blobs"))), QByteArray("a user's file"));
    QVERIFY(!QFileInfo::exists(
        repoPath(QStringLiteral("/snapshots/") + m_server->commit() + QLatin1Char('/') + modelFile)));
}

void TestHubDownload::followsRenamedRepository() {
    m_server->addAlias(QStringLiteral("tiny-gpt2"), repo);
    HubDownloader downloader;
    QString result;
    QVERIFY2(runDownload(downloader, QStringLiteral("tiny-gpt2"), &result), qPrintable(result));
    // Cached under the name asked for, as huggingface_hub does.
    QCOMPARE(result, m_cache->path() + QStringLiteral("/models--tiny-gpt2/snapshots/") + m_server->commit());
    QCOMPARE(HubTestServer::readFile(result + QLatin1Char('/') + modelFile), m_model);
}

void TestHubDownload::revisitsCacheAndOfflineMode() {
    HubDownloader downloader;
    QString message;
    qputenv("HF_HUB_OFFLINE", "1");
    QVERIFY(!runDownload(downloader, repo, &message)); // offline and not cached yet
    QVERIFY2(message.contains(QLatin1String("HF_HUB_OFFLINE")) && message.contains(repo), qPrintable(message));
    QVERIFY(m_server->requests().isEmpty());

    qunsetenv("HF_HUB_OFFLINE");
    QString online;
    QVERIFY2(runDownload(downloader, repo, &online), qPrintable(online));
    m_server->clearRequests();
    QString again;
    QVERIFY2(runDownload(downloader, repo, &again), qPrintable(again));
    QCOMPARE(again, online);
    QVERIFY(!m_server->requests().isEmpty());
    for (const HubTestServer::Request& request : m_server->requests()) {
        QCOMPARE(request.method, QByteArray("HEAD")); // cached blobs are not fetched again
    }

    m_server->clearRequests();
    qputenv("HF_HUB_OFFLINE", "1");
    QString offline;
    QVERIFY2(runDownload(downloader, repo, &offline), qPrintable(offline));
    QCOMPARE(offline, online);
    QVERIFY(m_server->requests().isEmpty());
}

void TestHubDownload::unreachableHubFallsBackToCache() {
    HubDownloader downloader;
    QString online;
    QVERIFY2(runDownload(downloader, repo, &online), qPrintable(online));

    QTcpServer closed; // a port nobody listens on: connections are refused at once
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    qputenv("HF_ENDPOINT", QByteArray("http://127.0.0.1:") + QByteArray::number(port));
    QString offline;
    QVERIFY2(runDownload(downloader, repo, &offline), qPrintable(offline));
    QCOMPARE(offline, online);
    QVERIFY(!runDownload(downloader, QStringLiteral("test-org/never-downloaded"), &offline));
    QVERIFY2(offline.contains(QLatin1String("Could not reach")), qPrintable(offline));
}

void TestHubDownload::dialogDownloadsAndReturnsSnapshot() {
    DownloadDialog dialog;
    dialog.show();
    auto* repoEdit = dialog.findChild<QLineEdit*>(QStringLiteral("repoEdit"));
    auto* downloadButton = dialog.findChild<QPushButton*>(QStringLiteral("downloadButton"));
    auto* overall = dialog.findChild<QProgressBar*>(QStringLiteral("overallProgress"));
    QVERIFY(repoEdit && downloadButton && overall);
    QCOMPARE(repoEdit->placeholderText(), QStringLiteral("openai-community/gpt2"));
    QVERIFY(!downloadButton->isEnabled());
    QTest::keyClicks(repoEdit, QStringLiteral("https://huggingface.co/") + repo); // a pasted address works
    QCOMPARE(dialog.repoId(), repo);
    QTest::mouseClick(downloadButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), timeoutMs);
    QCOMPARE(dialog.snapshotPath(), repoPath(QStringLiteral("/snapshots/") + m_server->commit()));
    QCOMPARE(overall->value(), overall->maximum());
}

QTEST_MAIN(TestHubDownload)
#include "TestHubDownload.moc"
