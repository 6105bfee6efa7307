// ConfigValidator: a run that cannot start is named before it starts (no dataset, r ≤ 0,
// empty LoRA targets, bad numbers); a sound configuration passes.
#include "configure/ConfigValidator.h"

#include <QtTest>

class TestConfigValidator : public QObject {
    Q_OBJECT

private slots:
    void reportsProblems_data();
    void reportsProblems();
};

void TestConfigValidator::reportsProblems_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("hasDataset");
    QTest::addColumn<bool>("compare");
    QTest::addColumn<QString>("expected"); // a word of the problem; empty: no problem
    QTest::addRow("sound") << QString() << true << false << QString();
    QTest::addRow("sound comparison") << QString() << true << true << QString();
    QTest::addRow("no dataset") << QString() << false << false << "dataset";
    QTest::addRow("lora rank zero") << "r0" << true << false << "rank";
    QTest::addRow("rank zero matters in a comparison") << "r0full" << true << true << "rank";
    QTest::addRow("rank zero ignored for full") << "r0full" << true << false << QString();
    QTest::addRow("no lora targets") << "notargets" << true << false << "target";
    QTest::addRow("zero learning rate") << "lr0" << true << false << "learning rate";
    QTest::addRow("zero batch") << "batch0" << true << false << "batch";
    QTest::addRow("max length too long") << "len2000" << true << false << "max length";
    QTest::addRow("missing model folder") << "nomodel" << true << false << "config.json";
}

void TestConfigValidator::reportsProblems() {
    QFETCH(QString, change);
    QFETCH(bool, hasDataset);
    QFETCH(bool, compare);
    QFETCH(QString, expected);
    litetune::TrainConfig config;
    config.method = litetune::Method::Lora;
    if (change.startsWith(QLatin1String("r0"))) {
        config.lora.r = 0;
        if (change == QLatin1String("r0full")) {
            config.method = litetune::Method::Full;
        }
    } else if (change == QLatin1String("notargets")) {
        config.lora.targets.clear();
    } else if (change == QLatin1String("lr0")) {
        config.learningRate = 0.0;
    } else if (change == QLatin1String("batch0")) {
        config.batchSize = 0;
    } else if (change == QLatin1String("len2000")) {
        config.maxLength = 2000;
    } else if (change == QLatin1String("nomodel")) {
        config.modelPath = "/nonexistent/litetune-model";
    }
    const QStringList problems = ConfigValidator::problems(
        config, hasDataset, compare ? ConfigValidator::Action::Compare : ConfigValidator::Action::Train);
    if (expected.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    } else {
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(expected, Qt::CaseInsensitive), qPrintable(problems.first()));
    }
}

QTEST_GUILESS_MAIN(TestConfigValidator)
#include "TestConfigValidator.moc"
