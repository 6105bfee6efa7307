// RunHistory: curves read back from history.csv by column name, training and evaluation rows
// apart, so earlier runs can be overlaid on the live plot.
#include "runs/RunHistory.h"

#include <QtTest>

class TestRunHistory : public QObject {
    Q_OBJECT

private slots:
    void parsesTrainerHistory();
    void toleratesMissingColumns();
};

void TestRunHistory::parsesTrainerHistory() {
    const QString csv = QStringLiteral(
        "step,epoch,loss,learning_rate,grad_norm,eval_loss,eval_accuracy,eval_f1,eval_precision,eval_recall,"
        "eval_f1_macro\n"
        "1,0.1,2.5,5e-05,1.2,,,,,,\n"
        "2,0.2,2.25,4.5e-05,1.1,,,,,,\n"
        "2,0.2,,,,2.0,0.25,0.2,0.2,0.25,0.1\n"
        "3,0.3,2.0,4e-05,1.0,1.75,0.5,0.4,0.4,0.5,0.3\n");
    const RunHistory history = RunHistory::parse(csv);
    QCOMPARE(history.trainSteps, (QVector<double>{1, 2, 3}));
    QCOMPARE(history.trainLoss, (QVector<double>{2.5, 2.25, 2.0}));
    QCOMPARE(history.learningRate, (QVector<double>{5e-05, 4.5e-05, 4e-05}));
    QCOMPARE(history.evalSteps, (QVector<double>{2, 3}));
    QCOMPARE(history.evalLoss, (QVector<double>{2.0, 1.75}));
    QCOMPARE(history.evalAccuracy, (QVector<double>{0.25, 0.5}));
}

void TestRunHistory::toleratesMissingColumns() {
    QVERIFY(RunHistory::parse(QString()).isEmpty());
    QVERIFY(RunHistory::parse(QStringLiteral("epoch,loss\n1,2\n")).isEmpty()); // no step column
    const RunHistory history = RunHistory::parse(QStringLiteral("loss,step\n3.0,10\nbad,11\n"));
    QCOMPARE(history.trainSteps, (QVector<double>{10}));
    QVERIFY(history.evalSteps.isEmpty());
    QVERIFY(RunHistory::read(QStringLiteral("/nonexistent/run")).isEmpty());
}

QTEST_GUILESS_MAIN(TestRunHistory)
#include "TestRunHistory.moc"
