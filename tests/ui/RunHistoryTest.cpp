// RunHistory: curves read back from history.csv through the engine, training and evaluation rows
// apart, so earlier runs can be overlaid on the live plot; a damaged file gives no curves and a
// message naming the file and line instead of an exception.
#include "runs/RunHistory.h"

#include <QtTest>

class RunHistoryTest : public QObject {
    Q_OBJECT

private slots:
    void parsesTrainerHistory();
    void reportsDamagedFiles();

private:
    // A run folder holding CSV_TEXT as its history.csv.
    QString runWithHistory(const QByteArray& csvText);
    QTemporaryDir m_root;
    int m_runs = 0;
};

QString RunHistoryTest::runWithHistory(const QByteArray& csvText) {
    const QString dir = m_root.filePath(QString::number(++m_runs));
    QDir().mkpath(dir);
    QFile file(QDir(dir).filePath(QStringLiteral("history.csv")));
    if (!file.open(QIODevice::WriteOnly) || file.write(csvText) != csvText.size()) {
        qFatal("cannot write %s", qPrintable(file.fileName()));
    }
    return dir;
}

void RunHistoryTest::parsesTrainerHistory() {
    const QString run = runWithHistory(
        "step,epoch,loss,learning_rate,grad_norm,eval_loss,eval_accuracy,eval_f1,eval_precision,eval_recall,"
        "eval_f1_macro\n"
        "1,0.1,2.5,5e-05,1.2,,,,,,\n"
        "2,0.2,2.25,4.5e-05,1.1,,,,,,\n"
        "2,0.2,,,,2.0,0.25,0.2,0.2,0.25,0.1\n"
        "3,0.3,2.0,4e-05,1.0,1.75,0.5,0.4,0.4,0.5,0.3\n");
    QString error;
    const RunHistory history = RunHistory::read(run, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(history.trainSteps, (QVector<double>{1, 2, 3}));
    QCOMPARE(history.trainLoss, (QVector<double>{2.5, 2.25, 2.0}));
    QCOMPARE(history.learningRate, (QVector<double>{5e-05, 4.5e-05, 4e-05}));
    QCOMPARE(history.evalSteps, (QVector<double>{2, 3}));
    QCOMPARE(history.evalLoss, (QVector<double>{2.0, 1.75}));
    QCOMPARE(history.evalAccuracy, (QVector<double>{0.25, 0.5}));
}

void RunHistoryTest::reportsDamagedFiles() {
    QString error;
    QVERIFY(RunHistory::read(QStringLiteral("/nonexistent/run"), &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("/nonexistent/run/history.csv")), qPrintable(error));

    // Not the header the trainer writes (the GUI once guessed at such columns; now it says so).
    error.clear();
    QVERIFY(RunHistory::read(runWithHistory("loss,step\n3.0,10\n"), &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("history.csv: line 1")), qPrintable(error));

    error.clear();
    const QString damaged = runWithHistory(
        "step,epoch,loss,learning_rate,grad_norm,eval_loss,eval_accuracy,eval_f1,eval_precision,eval_recall,"
        "eval_f1_macro\n"
        "1,0.1,2.5,5e-05,1.2,,,,,,\n"
        "2,0.2,bad,4.5e-05,1.1,,,,,,\n");
    QVERIFY(RunHistory::read(damaged, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("history.csv line 3")), qPrintable(error));

    // A header alone is a run that stopped before its first step: no curves, but nothing wrong.
    error.clear();
    QVERIFY(RunHistory::read(runWithHistory("step,epoch,loss,learning_rate,grad_norm,eval_loss,eval_accuracy,"
                                            "eval_f1,eval_precision,eval_recall,eval_f1_macro\n"),
                             &error)
                .isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QTEST_GUILESS_MAIN(RunHistoryTest)
#include "RunHistoryTest.moc"
