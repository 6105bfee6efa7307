// Two runs of the same method can be told apart wherever a run is named: the run list and the
// Results table's headers show "Full fine-tune · <local start time>" for each (a user's name wins),
// and the folder is in the header's tooltip.
#include "IsolatedTestMain.h"
#include "results/ResultsTableModel.h"
#include "results/RunSelectionModel.h"
#include "runs/RunCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

QString makeRun(const QString& root, const QString& folder, const QString& startedAt) {
    const QString dir = QDir(root).filePath(folder);
    QDir().mkpath(dir);
    const QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("litetune-run")},
                               {QStringLiteral("format_version"), 1},
                               {QStringLiteral("name"), QStringLiteral("Full fine-tune")},
                               {QStringLiteral("method"), QStringLiteral("full")},
                               {QStringLiteral("status"), QStringLiteral("completed")},
                               {QStringLiteral("started_at"), startedAt},
                               {QStringLiteral("seed"), 42}};
    QFile file(dir + QStringLiteral("/run.json"));
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(QJsonDocument(manifest).toJson());
    return dir;
}

} // namespace

class RunIdentityTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void twoRunsOfOneMethodDiffer();

private:
    QTemporaryDir m_root;
};

void RunIdentityTest::initTestCase() {
    qputenv("TZ", "UTC"); // the label shows the local minute the run started
    QVERIFY(m_root.isValid());
}

void RunIdentityTest::twoRunsOfOneMethodDiffer() {
    const QString morning = makeRun(m_root.path(), QStringLiteral("a"), QStringLiteral("2026-12-05T09:15:00Z"));
    const QString evening = makeRun(m_root.path(), QStringLiteral("b"), QStringLiteral("2026-12-05T18:40:00Z"));
    QVERIFY(!morning.isEmpty() && !evening.isEmpty());
    RunCatalog catalog;
    catalog.setRunsRoot(m_root.path());
    QCOMPARE(catalog.runs().size(), size_t(2));

    QStringList listed;
    RunSelectionModel selection(&catalog);
    for (int row = 0; row < selection.rowCount(); ++row) {
        listed << selection.index(row).data(Qt::DisplayRole).toString();
    }
    listed.sort();
    QCOMPARE(listed, QStringList({QStringLiteral("Full fine-tune · 2026-12-05 09:15"),
                                  QStringLiteral("Full fine-tune · 2026-12-05 18:40")}));

    ResultsTableModel table;
    table.setRuns(catalog.runs());
    QStringList headers;
    QStringList tips;
    for (int column = 0; column < table.columnCount(); ++column) {
        headers << table.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        tips << table.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
    }
    QCOMPARE(headers.size(), 2);
    QVERIFY2(headers.at(0) != headers.at(1), qPrintable(headers.join(QStringLiteral(" | "))));
    QVERIFY(headers.contains(QStringLiteral("Full fine-tune · 2026-12-05 09:15")));
    tips.sort();
    QCOMPARE(tips, QStringList({QDir::toNativeSeparators(morning), QDir::toNativeSeparators(evening)}));

    QCOMPARE(catalog.rename(morning, QStringLiteral("First try")), QString());
    QVERIFY(RunCatalog::displayName(*catalog.find(morning)) == QStringLiteral("First try"));
}

LITETUNE_ISOLATED_TEST_MAIN(RunIdentityTest)
#include "RunIdentityTest.moc"
