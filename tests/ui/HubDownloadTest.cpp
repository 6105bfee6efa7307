// Tests of the Hugging Face Hub downloader (ui/download/) against HubTestServer on loopback:
// environment, cache layout, progress, resume, cancel, renamed repositories, and the dialog. What
// goes wrong (checksums, bad ids, an unwritable cache, offline mode): HubDownloadFailuresTest.cpp.
#include "HubDownloadTest.h"

#include "download/DownloadDialog.h"
#include "download/HubDownloader.h"
#include "download/HubEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using hubtest::modelFile;
using hubtest::repo;
using hubtest::timeoutMs;

void HubDownloadTest::init() {
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

void HubDownloadTest::cleanup() {
    delete m_server;
    m_server = nullptr;
    delete m_cache;
    m_cache = nullptr;
}

bool HubDownloadTest::runDownload(HubDownloader& downloader, const QString& repoId, QString* result) {
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

void HubDownloadTest::environment_data() {
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

void HubDownloadTest::environment() {
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

void HubDownloadTest::environmentToken() {
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

void HubDownloadTest::downloadLaysOutCacheAndReportsProgress() {
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

void HubDownloadTest::resumes_data() {
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

void HubDownloadTest::resumes() {
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

void HubDownloadTest::cancelKeepsPartial() {
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

void HubDownloadTest::followsRenamedRepository() {
    m_server->addAlias(QStringLiteral("tiny-gpt2"), repo);
    HubDownloader downloader;
    QString result;
    QVERIFY2(runDownload(downloader, QStringLiteral("tiny-gpt2"), &result), qPrintable(result));
    // Cached under the name asked for, as huggingface_hub does.
    QCOMPARE(result, m_cache->path() + QStringLiteral("/models--tiny-gpt2/snapshots/") + m_server->commit());
    QCOMPARE(HubTestServer::readFile(result + QLatin1Char('/') + modelFile), m_model);
}

void HubDownloadTest::dialogDownloadsAndReturnsSnapshot() {
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

QTEST_MAIN(HubDownloadTest)
