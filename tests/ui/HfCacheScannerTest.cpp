// HfCacheScanner: finds GPT-2 snapshots in a Hugging Face cache laid out as huggingface_hub
// writes it (one per repository, the one refs/main names), skips other model types and other
// repository kinds, and resolves the cache folder from HF_HUB_CACHE / HF_HOME through the engine.
#include "configure/HfCacheScanner.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

namespace {

void writeFile(const QString& path, const QByteArray& content) {
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class HfCacheScannerTest : public QObject {
    Q_OBJECT

private slots:
    void findsGpt2Snapshots();
    void resolvesCacheRoots();
};

void HfCacheScannerTest::findsGpt2Snapshots() {
    QTemporaryDir cache;
    const QString older(40, QLatin1Char('a'));
    const QString main(40, QLatin1Char('b'));
    const QString gpt2 = cache.filePath(QStringLiteral("models--openai-community--gpt2"));
    writeFile(gpt2 + QStringLiteral("/snapshots/") + older + QStringLiteral("/config.json"),
              R"({"model_type": "gpt2"})");
    writeFile(gpt2 + QStringLiteral("/snapshots/") + main + QStringLiteral("/config.json"),
              R"({"model_type": "gpt2"})");
    writeFile(gpt2 + QStringLiteral("/refs/main"), main.toLatin1() + "\n");
    writeFile(cache.filePath(QStringLiteral("models--google--bert/snapshots/c/config.json")),
              R"({"model_type": "bert"})");
    writeFile(cache.filePath(QStringLiteral("models--x--empty/snapshots/d/README.md")), "no config");
    writeFile(cache.filePath(QStringLiteral("datasets--x--y/snapshots/e/config.json")), R"({"model_type": "gpt2"})");
    // No ref: the first snapshot by commit.
    writeFile(cache.filePath(QStringLiteral("models--me--tiny/snapshots/") + older + QStringLiteral("/config.json")),
              R"({"model_type": "gpt2"})");

    const auto models = HfCacheScanner::scan(cache.path());
    QCOMPARE(models.size(), 2);
    QCOMPARE(models.first().repoId, QStringLiteral("me/tiny"));
    QCOMPARE(models.last().repoId, QStringLiteral("openai-community/gpt2"));
    QCOMPARE(models.last().snapshotPath, QDir::cleanPath(gpt2 + QStringLiteral("/snapshots/") + main));
    QVERIFY(HfCacheScanner::scan(cache.filePath(QStringLiteral("missing"))).isEmpty());
}

// One folder, chosen as huggingface_hub chooses it: HF_HUB_CACHE wins over HF_HOME.
void HfCacheScannerTest::resolvesCacheRoots() {
    qputenv("HF_HUB_CACHE", "/tmp/litetune-hub-cache");
    qputenv("HF_HOME", "/tmp/litetune-hf-home");
    QCOMPARE(HfCacheScanner::cacheRoot(), QStringLiteral("/tmp/litetune-hub-cache"));
    qunsetenv("HF_HUB_CACHE");
    QCOMPARE(HfCacheScanner::cacheRoot(), QStringLiteral("/tmp/litetune-hf-home/hub"));
    qunsetenv("HF_HOME");
}

QTEST_GUILESS_MAIN(HfCacheScannerTest)
#include "HfCacheScannerTest.moc"
