// HfCacheScanner: finds GPT-2 snapshots in a Hugging Face cache laid out as huggingface_hub
// writes it, prefers the revision refs/main names, skips other model types, and resolves the
// cache folder from HF_HUB_CACHE / HF_HOME.
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

class TestHfCacheScanner : public QObject {
    Q_OBJECT

private slots:
    void findsGpt2Snapshots();
    void resolvesCacheRoots();
};

void TestHfCacheScanner::findsGpt2Snapshots() {
    QTemporaryDir cache;
    const QString gpt2 = cache.filePath(QStringLiteral("models--openai-community--gpt2"));
    writeFile(gpt2 + QStringLiteral("/snapshots/aaa/config.json"), R"({"model_type": "gpt2"})");
    writeFile(gpt2 + QStringLiteral("/snapshots/bbb/config.json"), R"({"model_type": "gpt2"})");
    writeFile(gpt2 + QStringLiteral("/refs/main"), "bbb\n");
    writeFile(cache.filePath(QStringLiteral("models--google--bert/snapshots/c/config.json")),
              R"({"model_type": "bert"})");
    writeFile(cache.filePath(QStringLiteral("models--x--empty/snapshots/d/README.md")), "no config");
    writeFile(cache.filePath(QStringLiteral("datasets--x--y/snapshots/e/config.json")), R"({"model_type": "gpt2"})");

    const auto models = HfCacheScanner::scan({cache.path()});
    QCOMPARE(models.size(), 1);
    QCOMPARE(models.first().repoId, QStringLiteral("openai-community/gpt2"));
    QCOMPARE(models.first().snapshotPath, gpt2 + QStringLiteral("/snapshots/bbb"));
    QVERIFY(HfCacheScanner::scan({cache.filePath(QStringLiteral("missing"))}).isEmpty());
}

void TestHfCacheScanner::resolvesCacheRoots() {
    qputenv("HF_HUB_CACHE", "/tmp/litetune-hub-cache");
    qputenv("HF_HOME", "/tmp/litetune-hf-home");
    const QStringList roots = HfCacheScanner::cacheRoots();
    QCOMPARE(roots.value(0), QStringLiteral("/tmp/litetune-hub-cache"));
    QVERIFY(roots.contains(QStringLiteral("/tmp/litetune-hf-home/hub")));
    QVERIFY(roots.contains(QDir::homePath() + QStringLiteral("/.cache/huggingface/hub")));
    qunsetenv("HF_HUB_CACHE");
    qunsetenv("HF_HOME");
}

QTEST_GUILESS_MAIN(TestHfCacheScanner)
#include "TestHfCacheScanner.moc"
