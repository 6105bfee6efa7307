// ConfigValidator: a run that cannot start is named before it starts (no dataset, r ≤ 0,
// empty LoRA targets, bad numbers); a sound configuration passes. Every range of the engine's rule
// table is refused by the GUI and by litetune-cli in the same words.
#include "configure/ConfigValidator.h"
#include "api/OptionTable.h"

#include <QProcess>
#include <QtTest>

class ConfigValidatorTest : public QObject {
    Q_OBJECT

private slots:
    void reportsProblems_data();
    void reportsProblems();
    void refusesEveryRangeLikeTheCli();
};

void ConfigValidatorTest::reportsProblems_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("hasDataset");
    QTest::addColumn<bool>("compare");
    QTest::addColumn<QString>("expected"); // a word of the problem; empty: no problem
    QTest::addRow("sound") << QString() << true << false << QString();
    QTest::addRow("sound comparison") << QString() << true << true << QString();
    QTest::addRow("no dataset") << QString() << false << false << "dataset";
    QTest::addRow("lora rank zero") << "r0" << true << false << "--lora-r";
    QTest::addRow("rank zero matters in a comparison") << "r0full" << true << true << "--lora-r";
    QTest::addRow("rank zero refused for full too, as the CLI does") << "r0full" << true << false << "--lora-r";
    QTest::addRow("no lora targets") << "notargets" << true << false << "target";
    QTest::addRow("zero learning rate, as the Trainer allows") << "lr0" << true << false << QString();
    QTest::addRow("learning rate over 10") << "lr20" << true << false << "--lr";
    QTest::addRow("zero batch") << "batch0" << true << false << "--batch-size";
    QTest::addRow("max length zero") << "len0" << true << false << "--max-length";
    QTest::addRow("missing model folder") << "nomodel" << true << false << "config.json";
}

void ConfigValidatorTest::reportsProblems() {
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
    } else if (change == QLatin1String("lr20")) {
        config.learningRate = 20.0;
    } else if (change == QLatin1String("batch0")) {
        config.batchSize = 0;
    } else if (change == QLatin1String("len0")) {
        config.maxLength = 0;
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

// For each numeric option of the engine's table: a value past its upper bound and one below its
// lower bound, in the GUI (ConfigValidator) and on the command line (litetune-cli train, which
// refuses options before it reads the model or the data): both refuse it in the same words.
void ConfigValidatorTest::refusesEveryRangeLikeTheCli() {
    const QString cli = qEnvironmentVariable("LITETUNE_CLI");
    QVERIFY2(QFileInfo(cli).isExecutable(), "LITETUNE_CLI must name litetune-cli");
    int checked = 0;
    for (const litetune::OptionSpec& option : litetune::optionTable()) {
        const bool integer = option.type == litetune::OptionType::Integer;
        if (!integer && option.type != litetune::OptionType::Real) {
            continue;
        }
        const double below = option.lowInclusive ? option.low - 1 : option.low;
        for (const double bad : {option.high * 2 + 1, below}) {
            litetune::OptionValue value;
            value.number = bad;
            litetune::TrainConfig config;
            option.set(config, value);
            if (option.get(config).number != bad) {
                continue; // the field cannot hold it (seed -1 in an unsigned field): no GUI can ask for it
            }
            const QStringList problems = ConfigValidator::problems(config, true, ConfigValidator::Action::Compare);
            QCOMPARE(problems.size(), 1);
            const QString gui = problems.first();

            const QString flag = QLatin1String(option.flag);
            const QString text = integer ? QString::number(static_cast<qint64>(bad)) : QString::number(bad, 'g', 17);
            QProcess process;
            process.start(cli,
                          {QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("/nonexistent/model"),
                           QStringLiteral("--data"), QStringLiteral("/nonexistent/data.csv"),
                           QStringLiteral("--method"), QStringLiteral("lora"), QStringLiteral("--") + flag, text});
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(process.exitCode(), 2);
            const QString stderrText = QString::fromUtf8(process.readAllStandardError()).trimmed();
            const QString prefix = QStringLiteral("option --%1 ").arg(flag);
            const qsizetype at = stderrText.indexOf(prefix);
            QVERIFY2(at >= 0, qPrintable(flag + QLatin1String(": ") + stderrText));
            const QString expectation = stderrText.mid(at + prefix.size());
            QVERIFY2(expectation.startsWith(QLatin1String("expects ")) && expectation.contains(QLatin1String(" in ")),
                     qPrintable(stderrText));
            QCOMPARE(gui, QStringLiteral("Option --%1 %2.").arg(flag, expectation));
            ++checked;
        }
    }
    QVERIFY(checked >= 43); // 22 numeric options, two ends each, but for an unsigned seed's -1
}

QTEST_GUILESS_MAIN(ConfigValidatorTest)
#include "ConfigValidatorTest.moc"
