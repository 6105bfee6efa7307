// What the Hub downloader does when something goes wrong: bytes that fail their checksum,
// repositories it cannot or must not fetch, a cache it cannot write, offline mode and a Hub it
// cannot reach (the cache serves what it holds). The fixture: HubDownloadTest.h.
#include "HubDownloadTest.h"

#include "download/HubDownloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

using hubtest::modelFile;
using hubtest::repo;

void HubDownloadTest::refusesChecksumMismatch_data() {
    QTest::addColumn<QString>("file");
    QTest::addRow("LFS file, SHA-256") << modelFile;
    QTest::addRow("git file, blob SHA-1") << "vocab.json";
}

void HubDownloadTest::refusesChecksumMismatch() {
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

void HubDownloadTest::failsClearly_data() {
    QTest::addColumn<QString>("repoId");
    QTest::addColumn<QStringList>("phrases");
    QTest::addRow("pickle checkpoint only")
        << "test-org/pickle-only" << QStringList{"model.safetensors", "pytorch_model.bin", "not supported"};
    QTest::addRow("unknown repository") << "test-org/nothing-here" << QStringList{"test-org/nothing-here", "not found"};
    QTest::addRow("not a repository id") << "../etc" << QStringList{"not a Hugging Face repository id"};
}

void HubDownloadTest::failsClearly() {
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
void HubDownloadTest::failsClearlyOnAnUnwritableCache() {
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

void HubDownloadTest::revisitsCacheAndOfflineMode() {
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

void HubDownloadTest::unreachableHubFallsBackToCache() {
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
