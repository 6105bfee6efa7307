// The Dataset place on a fresh start (no settings, no runs, no dataset): the first-run guidance with
// "Try the Demo" and "Open Dataset…", the demo button opening the demo data with the demo model; and
// token counts that follow the model chosen in Configure, with a line naming its tokenizer. The
// Hugging Face cache of the test's home holds a tiny "openai-community/gpt2" whose tokenizer merges
// a space with the letter after it, so it counts fewer tokens than the demo model's byte-level one
// and a fresh start picks it.
#include "IsolatedTestMain.h"
#include "NamedChild.h"
#include "api/Tokenizer.h"
#include "configure/ConfigurePage.h"
#include "configure/HfCacheScanner.h"
#include "dataset/DatasetPage.h"
#include "dataset/LengthHistogram.h"
#include "main/MainWindow.h"

#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTextBrowser>
#include <QtTest>

namespace {

constexpr int kTimeoutMs = 120000;

using uitest::child;

void writeFile(const QString& path, const QByteArray& content) {
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

// The byte-level vocabulary plus "Ġa" … "Ġz" (a space and a letter, GPT-2's most common merges).
void writeTinyGpt2(const QString& folder) {
    litetune::Tokenizer::byteLevel().saveTo(folder.toStdString());
    QFile vocabFile(folder + QStringLiteral("/vocab.json"));
    QVERIFY(vocabFile.open(QIODevice::ReadOnly));
    QJsonObject vocab = QJsonDocument::fromJson(vocabFile.readAll()).object();
    vocabFile.close();
    QCOMPARE(vocab.size(), 257);
    QByteArray merges = "#version: 0.2\n";
    const QString space = QString(QChar(0x0120)); // the space byte in GPT-2's byte alphabet
    for (char letter = 'a'; letter <= 'z'; ++letter) {
        vocab.insert(space + QLatin1Char(letter), vocab.size());
        merges += (space + QLatin1Char(' ') + QLatin1Char(letter) + QLatin1Char('\n')).toUtf8();
    }
    writeFile(folder + QStringLiteral("/vocab.json"), QJsonDocument(vocab).toJson(QJsonDocument::Compact));
    writeFile(folder + QStringLiteral("/merges.txt"), merges);
    writeFile(folder + QStringLiteral("/config.json"), R"({"model_type": "gpt2"})");
}

// The count the sample pane shows for the selected example ("17 tokens"), or -1 while it shows none.
int shownTokens(MainWindow& window) {
    const QString text = child<QTextBrowser>(&window, "sampleView")->toPlainText();
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("(\\d+) tokens?\\b")).match(text);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class DatasetGuidanceTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstStartOffersTheDemo();
    void tokenCountsFollowTheModel();

private:
    QString m_gpt2; // the snapshot folder of the tiny GPT-2
};

void DatasetGuidanceTest::initTestCase() {
    QLocale::setDefault(QLocale::c());
    for (const char* name : {"HF_HOME", "HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE"}) {
        qunsetenv(name);
    }
    const QString repo = HfCacheScanner::cacheRoot() + QStringLiteral("/models--openai-community--gpt2");
    const QString revision(40, QLatin1Char('c'));
    m_gpt2 = repo + QStringLiteral("/snapshots/") + revision;
    writeTinyGpt2(m_gpt2);
    writeFile(repo + QStringLiteral("/refs/main"), revision.toLatin1());
    QCOMPARE(HfCacheScanner::scan().size(), 1);
}

void DatasetGuidanceTest::init() {
    QSettings().clear(); // every test a first start
}

void DatasetGuidanceTest::firstStartOffersTheDemo() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentPlace(), MainWindow::Place::Dataset);
    auto* demo = child<QPushButton>(&window, "emptyDemoButton");
    auto* open = child<QPushButton>(&window, "emptyOpenButton");
    QVERIFY(demo && open);
    QVERIFY(demo->isVisible() && open->isVisible());
    QCOMPARE(demo->text(), QStringLiteral("Try the Demo"));
    QCOMPARE(open->text(), QStringLiteral("Open Dataset…"));
    QVERIFY(child<QLabel>(&window, "welcomeTitle")->text().contains(QLatin1String("Welcome")));
    QVERIFY(child<QLabel>(&window, "welcomeText")->text().contains(QLatin1String("about a minute")));
    QVERIFY(!child<QLabel>(&window, "welcomeRunsHint")->isVisible()); // no runs yet

    QTest::mouseClick(demo, Qt::LeftButton);
    auto* table = child<QTableView>(&window, "datasetTable");
    QTRY_VERIFY_WITH_TIMEOUT(table->isVisible() && table->model()->rowCount() > 0, kTimeoutMs);
    QCOMPARE(window.datasetPage()->options().path, std::string("demo"));
    QCOMPARE(window.configurePage()->modelPath(), QString::fromLatin1(litetune::kDemoModelName));
    QVERIFY(!demo->isVisible());
}

void DatasetGuidanceTest::tokenCountsFollowTheModel() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // No model chosen yet: GPT-2 from the cache, not the demo model.
    QCOMPARE(window.configurePage()->modelPath(), QDir::cleanPath(m_gpt2));
    auto* tokenizer = child<QLabel>(&window, "tokenizerLabel");
    QTRY_VERIFY_WITH_TIMEOUT(tokenizer->text().contains(QLatin1String("Tokens counted with openai-community/gpt2")),
                             kTimeoutMs);

    window.openDataset(QStringLiteral("demo")); // the data alone: the model stays
    auto* histogram = child<LengthHistogram>(&window, "lengthHistogram");
    QTRY_VERIFY_WITH_TIMEOUT(shownTokens(window) > 0 && !histogram->summary().isEmpty(), kTimeoutMs);
    const int gpt2Tokens = shownTokens(window);
    const QString gpt2Lengths = histogram->summary();

    auto* models = child<QComboBox>(&window, "modelCombo");
    models->setCurrentIndex(models->findData(QString::fromLatin1(litetune::kDemoModelName)));
    QTRY_VERIFY_WITH_TIMEOUT(tokenizer->text().contains(QLatin1String("demo model's byte-level tokenizer")),
                             kTimeoutMs);
    QVERIFY(!tokenizer->text().contains(QLatin1String("gpt2")));
    QTRY_VERIFY_WITH_TIMEOUT(shownTokens(window) > gpt2Tokens, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!histogram->summary().isEmpty() && histogram->summary() != gpt2Lengths, kTimeoutMs);

    // And back: the counts are GPT-2's again.
    models->setCurrentIndex(models->findData(QDir::cleanPath(m_gpt2)));
    QTRY_VERIFY_WITH_TIMEOUT(tokenizer->text().contains(QLatin1String("openai-community/gpt2")), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(shownTokens(window), gpt2Tokens, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(histogram->summary(), gpt2Lengths, kTimeoutMs);
}

LITETUNE_ISOLATED_TEST_MAIN(DatasetGuidanceTest)
#include "DatasetGuidanceTest.moc"
