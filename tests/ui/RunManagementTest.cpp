// Managing runs from the Results place's run list: a name given in place (F2) persists in the run
// folder, so a refresh and a new catalogue show it; Delete moves the run to the desktop trash (a
// temporary XDG_DATA_HOME here) and Undo brings the folder back with every file as it was; paths
// the catalogue does not list, and runs that are running, are refused; a cancelled run with a
// checkpoint is marked resumable and a finished one is not; the settings dialog and Open Run
// Folder show the current run.
#include "IsolatedTestMain.h"
#include "NamedChild.h"
#include "results/ConfigDiff.h"
#include "results/ResultsPage.h"
#include "results/RunConfigDialog.h"
#include "results/RunListPanel.h"
#include "results/RunSelectionModel.h"
#include "runs/RunCatalog.h"
#include "runs/RunRemoval.h"

#include <QAction>
#include <QDesktopServices>
#include <QDirIterator>
#include <QFrame>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMap>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace {

void writeFile(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A run folder as the engine leaves it (run.json, history, a checkpoint when asked) plus a file of
// the user's own, which must survive everything done to the run.
QString makeRun(const QString& root, const QString& folder, const QString& status, bool checkpoint) {
    const QString dir = QDir(root).filePath(folder);
    QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("litetune-run")},
                         {QStringLiteral("format_version"), 1},
                         {QStringLiteral("name"), QStringLiteral("Full fine-tune")},
                         {QStringLiteral("method"), QStringLiteral("full")},
                         {QStringLiteral("status"), status},
                         {QStringLiteral("seed"), 42}};
    writeFile(dir + QStringLiteral("/run.json"), QJsonDocument(manifest).toJson());
    writeFile(dir + QStringLiteral("/history.csv"), "step,epoch,loss,learning_rate,grad_norm\n1,0.5,2.5,5e-05,1.0\n");
    writeFile(dir + QStringLiteral("/notes.txt"), "my own notes\n");
    if (checkpoint) {
        writeFile(dir + QStringLiteral("/checkpoints/step-1/state.json"), "{}\n");
    }
    return dir;
}

// Every file under `dir` with its bytes.
QMap<QString, QByteArray> snapshot(const QString& dir) {
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(dir).relativeFilePath(path), readFile(path));
    }
    return files;
}

int rowOf(const RunSelectionModel& model, const QString& runDir) {
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row).data(RunSelectionModel::RunDirRole).toString() == runDir) {
            return row;
        }
    }
    return -1;
}

} // namespace

class RunManagementTest : public QObject {
    Q_OBJECT

public slots:
    void recordOpenedUrl(const QUrl& url) { m_opened.append(url); }

private slots:
    void init();
    void renamePersistsAcrossRefreshAndNewCatalog();
    void emptyNameBringsTheRecordedNameBack();
    void deleteAndUndoRestoreTheFolderIntact();
    void deleteRefusesPathsTheCatalogDoesNotList();
    void withoutATrashNothingMoves();
    void keysActOnTheListNotOnTheEditor();
    void runningRunIsRefused();
    void resumableRunsAreMarked();
    void showsSettingsAndOpensTheFolder();

private:
    QString m_root; // this test function's runs folder
    QList<QUrl> m_opened;
    int m_count = 0;
};

void RunManagementTest::init() {
    m_root = QDir(qEnvironmentVariable("LITETUNE_RUNS")).filePath(QString::number(++m_count));
    QVERIFY(QDir().mkpath(m_root));
}

void RunManagementTest::renamePersistsAcrossRefreshAndNewCatalog() {
    const QString dir =
        makeRun(m_root, QStringLiteral("2026-01-01T10-00-00Z-full"), QStringLiteral("completed"), false);
    RunCatalog catalog;
    catalog.setRunsRoot(m_root);
    ResultsPage page(&catalog);
    RunListPanel* panel = page.runPanel();
    panel->setCurrentRunDir(dir);
    QCOMPARE(panel->currentRunDir(), dir);
    auto* rename = uitest::child<QAction>(panel, "renameRunAction");
    QVERIFY(rename);
    QCOMPARE(rename->shortcut(), QKeySequence(Qt::Key_F2));
    rename->trigger();
    auto* editor = panel->runList()->findChild<QLineEdit*>();
    QVERIFY2(editor, "Rename opens no editor in the list");
    QCOMPARE(editor->text(), QStringLiteral("Full fine-tune"));
    editor->setText(QStringLiteral("  Best so far  "));
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on its next event-loop turn

    QTRY_VERIFY(catalog.find(dir) && RunCatalog::displayName(*catalog.find(dir)) == QStringLiteral("Best so far"));
    const int row = rowOf(*page.runSelection(), dir);
    QVERIFY(row >= 0);
    QCOMPARE(page.runSelection()->index(row).data().toString(), QStringLiteral("Best so far"));
    catalog.refresh();
    QCOMPARE(RunCatalog::displayName(*catalog.find(dir)), QStringLiteral("Best so far"));
    RunCatalog fresh;
    fresh.setRunsRoot(m_root);
    QVERIFY(fresh.find(dir));
    QCOMPARE(RunCatalog::displayName(*fresh.find(dir)), QStringLiteral("Best so far"));
    // The recorded name stays; the user's sits beside it.
    const QJsonObject manifest = QJsonDocument::fromJson(readFile(dir + QStringLiteral("/run.json"))).object();
    QCOMPARE(manifest.value(QStringLiteral("name")).toString(), QStringLiteral("Full fine-tune"));
    QCOMPARE(manifest.value(QStringLiteral("seed")).toInt(), 42);
}

void RunManagementTest::emptyNameBringsTheRecordedNameBack() {
    const QString dir = makeRun(m_root, QStringLiteral("run"), QStringLiteral("completed"), false);
    RunCatalog catalog;
    catalog.setRunsRoot(m_root);
    RunSelectionModel model(&catalog);
    const int row = rowOf(model, dir);
    QVERIFY(model.setData(model.index(row), QStringLiteral("Mine"), Qt::EditRole));
    QCOMPARE(model.index(rowOf(model, dir)).data(Qt::EditRole).toString(), QStringLiteral("Mine"));
    QVERIFY(model.setData(model.index(rowOf(model, dir)), QString(), Qt::EditRole));
    QCOMPARE(model.index(rowOf(model, dir)).data(Qt::EditRole).toString(), QStringLiteral("Full fine-tune"));

    QSignalSpy refused(&model, &RunSelectionModel::renameFailed);
    QVERIFY(!model.setData(model.index(rowOf(model, dir)), QStringLiteral("two\nlines"), Qt::EditRole));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(model.index(rowOf(model, dir)).data(Qt::EditRole).toString(), QStringLiteral("Full fine-tune"));
}

void RunManagementTest::deleteAndUndoRestoreTheFolderIntact() {
    const QString dir = makeRun(m_root, QStringLiteral("2026-01-01T10-00-00Z-full"), QStringLiteral("cancelled"), true);
    const QString other =
        makeRun(m_root, QStringLiteral("2026-01-02T10-00-00Z-full"), QStringLiteral("completed"), false);
    const auto before = snapshot(dir);
    QVERIFY(before.contains(QStringLiteral("checkpoints/step-1/state.json")));
    RunCatalog catalog;
    catalog.setRunsRoot(m_root);
    ResultsPage page(&catalog);
    RunListPanel* panel = page.runPanel();
    page.runSelection()->setSelected(dir, true);
    panel->setCurrentRunDir(dir);
    auto* remove = uitest::child<QAction>(panel, "deleteRunAction");
    QVERIFY(remove);
    QCOMPARE(remove->shortcut(), QKeySequence(QKeySequence::Delete));
    remove->trigger();

    QVERIFY(!QFileInfo::exists(dir));
    QVERIFY(!catalog.find(dir));
    QVERIFY(catalog.find(other));
    const QString trash = QDir(qEnvironmentVariable("XDG_DATA_HOME")).filePath(QStringLiteral("Trash"));
    const QString trashed = trash + QStringLiteral("/files/") + QFileInfo(dir).fileName();
    QCOMPARE(snapshot(trashed), before);
    const QString info = trash + QStringLiteral("/info/") + QFileInfo(dir).fileName() + QStringLiteral(".trashinfo");
    QVERIFY(QFileInfo::exists(info));
    auto* bar = uitest::child<QFrame>(panel, "runNoticeBar");
    auto* undo = uitest::child<QPushButton>(panel, "undoDeleteButton");
    QVERIFY(bar && undo);
    QVERIFY(!bar->isHidden());
    QVERIFY(!undo->isHidden());
    QVERIFY(uitest::child<QLabel>(panel, "runNoticeText")->text().contains(QStringLiteral("trash")));

    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(snapshot(dir), before);
    QVERIFY(!QFileInfo::exists(trashed));
    QVERIFY(!QFileInfo::exists(info));
    QVERIFY(catalog.find(dir));
    QVERIFY(page.runSelection()->isSelected(dir));
    QVERIFY(bar->isHidden());
    QVERIFY(!uitest::child<QAction>(panel, "undoDeleteRunAction")->isEnabled());
}

void RunManagementTest::deleteRefusesPathsTheCatalogDoesNotList() {
    const QString listed = makeRun(m_root, QStringLiteral("listed"), QStringLiteral("completed"), false);
    RunCatalog catalog;
    catalog.setRunsRoot(m_root);
    QTemporaryDir outside;
    const QString foreign = makeRun(outside.path(), QStringLiteral("elsewhere"), QStringLiteral("completed"), false);
    const QString plain = QDir(m_root).filePath(QStringLiteral("photos"));
    writeFile(plain + QStringLiteral("/cat.jpg"), "not a run");
    const QString nested = listed + QStringLiteral("/checkpoints");
    QDir().mkpath(nested);
    for (const QString& path : {foreign, plain, m_root, nested, QString()}) {
        const auto files = snapshot(path.isEmpty() ? m_root : path);
        RunRemoval::Trashed trashed;
        QString error;
        QVERIFY2(!RunRemoval::moveToTrash(catalog, path, &trashed, &error), qPrintable(path));
        QVERIFY2(!error.isEmpty(), qPrintable(path));
        QCOMPARE(snapshot(path.isEmpty() ? m_root : path), files);
    }
    QVERIFY(catalog.find(listed));
}

void RunManagementTest::withoutATrashNothingMoves() {
    const QString dir = makeRun(m_root, QStringLiteral("kept"), QStringLiteral("completed"), false);
    const auto before = snapshot(dir);
    RunCatalog catalog;
    catalog.setRunsRoot(m_root);
    // Qt 6.4 "moves to the trash" into the working folder when XDG_DATA_HOME does not exist.
    QTemporaryDir workingFolder;
    const QString previousFolder = QDir::currentPath();
    const QByteArray previousData = qgetenv("XDG_DATA_HOME");
    QVERIFY(QDir::setCurrent(workingFolder.path()));
    qputenv("XDG_DATA_HOME", workingFolder.filePath(QStringLiteral("missing")).toUtf8());
    RunRemoval::Trashed trashed;
    QString error;
    const bool moved = RunRemoval::moveToTrash(catalog, dir, &trashed, &error);
    qputenv("XDG_DATA_HOME", previousData);
    QDir::setCurrent(previousFolder);
    QVERIFY(!moved);
    QCOMPARE(error, QString()); // not refused: the caller asks about deleting for good
    QCOMPARE(snapshot(dir), before);
    QCOMPARE(QDir(workingFolder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
    QVERIFY(catalog.find(dir));
}

void RunManagementTest::keysActOnTheListNotOnTheEditor() {
    const QString dir =
        makeRun(m_root, QStringLiteral("2026-01-01T10-00-00Z-full"), QStringLiteral("completed"), false);
    RunCatalog catalog;
    catalog.setRunsRoot(m_root);
    ResultsPage page(&catalog);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    RunListPanel* panel = page.runPanel();
    QListView* list = panel->runList();
    panel->setCurrentRunDir(dir);
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());

    QTest::keyClick(list, Qt::Key_F2);
    auto* editor = list->findChild<QLineEdit*>();
    QVERIFY2(editor, "F2 opens no editor in the list");
    QTRY_VERIFY(editor->hasFocus());
    editor->setText(QStringLiteral("abc"));
    editor->setCursorPosition(0);
    QTest::keyClick(editor, Qt::Key_Delete); // a letter goes, not the run
    QCOMPARE(editor->text(), QStringLiteral("bc"));
    QVERIFY(QFileInfo::exists(dir));
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!list->findChild<QLineEdit*>() || !list->findChild<QLineEdit*>()->isVisible());

    panel->setCurrentRunDir(dir);
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(!QFileInfo::exists(dir));
    QTest::keySequence(list, QKeySequence::Undo);
    QVERIFY(QFileInfo::exists(dir + QStringLiteral("/run.json")));
    QVERIFY(catalog.find(dir));
}

void RunManagementTest::runningRunIsRefused() {
    const QString dir = makeRun(m_root, QStringLiteral("running"), QStringLiteral("running"), true);
    RunCatalog catalog;
    catalog.setRunsRoot(m_root);
    // Held as the engine holds it while a run trains (util/RunLock: flock on the lock file).
    const int fd = ::open(qPrintable(dir + QStringLiteral("/.litetune-run.lock")), O_RDWR | O_CREAT, 0644);
    QVERIFY(fd >= 0);
    QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0);
    catalog.refresh();
    QVERIFY(RunCatalog::isRunning(dir));
    QVERIFY(catalog.resumeCheckpoint(dir).isEmpty()); // running is not resumable
    RunRemoval::Trashed trashed;
    QString error;
    QVERIFY(!RunRemoval::moveToTrash(catalog, dir, &trashed, &error));
    QVERIFY(error.contains(QStringLiteral("running")));
    QVERIFY(!catalog.rename(dir, QStringLiteral("x")).isEmpty());
    QVERIFY(QFileInfo::exists(dir + QStringLiteral("/run.json")));
    ::close(fd);
    catalog.refresh();
    QVERIFY(!RunCatalog::isRunning(dir));
    QVERIFY(!catalog.resumeCheckpoint(dir).isEmpty()); // its process is gone: interrupted
}

void RunManagementTest::resumableRunsAreMarked() {
    const QString resumable = makeRun(m_root, QStringLiteral("a-cancelled"), QStringLiteral("cancelled"), true);
    const QString finished = makeRun(m_root, QStringLiteral("b-finished"), QStringLiteral("completed"), true);
    const QString noCheckpoint = makeRun(m_root, QStringLiteral("c-cancelled"), QStringLiteral("cancelled"), false);
    RunCatalog catalog;
    catalog.setRunsRoot(m_root);
    RunSelectionModel model(&catalog);
    const QModelIndex marked = model.index(rowOf(model, resumable));
    QVERIFY(marked.data(RunSelectionModel::ResumableRole).toBool());
    QVERIFY(marked.data().toString().contains(QStringLiteral("resumable")));
    QVERIFY(marked.data(Qt::ToolTipRole).toString().contains(QStringLiteral("litetune-cli train --resume")));
    QCOMPARE(catalog.resumeCheckpoint(resumable), resumable + QStringLiteral("/checkpoints/step-1"));
    for (const QString& dir : {finished, noCheckpoint}) {
        const QModelIndex plain = model.index(rowOf(model, dir));
        QVERIFY(!plain.data(RunSelectionModel::ResumableRole).toBool());
        QVERIFY(!plain.data().toString().contains(QStringLiteral("resumable")));
        QVERIFY(!plain.data(Qt::ToolTipRole).toString().contains(QStringLiteral("--resume")));
    }
}

void RunManagementTest::showsSettingsAndOpensTheFolder() {
    const QString dir = makeRun(m_root, QStringLiteral("run"), QStringLiteral("completed"), false);
    RunCatalog catalog;
    catalog.setRunsRoot(m_root);
    ResultsPage page(&catalog);
    RunListPanel* panel = page.runPanel();
    panel->setCurrentRunDir(dir);
    uitest::child<QAction>(panel, "showRunConfigAction")->trigger();
    auto* dialog = panel->findChild<RunConfigDialog*>(QStringLiteral("runConfigDialog"));
    QVERIFY(dialog);
    const auto settings = ConfigDiff::settings(*catalog.find(dir));
    QVERIFY(!settings.isEmpty());
    QCOMPARE(dialog->table()->rowCount(), settings.size());
    QCOMPARE(dialog->table()->item(0, 0)->text(), settings.first().first);
    QCOMPARE(dialog->table()->editTriggers(), QAbstractItemView::EditTriggers(QAbstractItemView::NoEditTriggers));

    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "recordOpenedUrl");
    uitest::child<QAction>(panel, "openRunFolderAction")->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(m_opened, QList<QUrl>{QUrl::fromLocalFile(dir)});
}

// The trash lives under XDG_DATA_HOME only for files on the home folder's file system, so HOME
// moves into the same temporary folder as the runs; Qt makes XDG_DATA_HOME/Trash only in a
// folder that exists, as ~/.local/share does.
int main(int argc, char* argv[]) {
    QTemporaryDir home;
    uitest::isolateIn(home);
    qputenv("HOME", home.path().toUtf8());
    const QString data = home.filePath(QStringLiteral("data"));
    QDir().mkpath(data);
    qputenv("XDG_DATA_HOME", data.toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LiteTuneTests"));
    QApplication::setApplicationName(QStringLiteral("RunManagementTest"));
    RunManagementTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "RunManagementTest.moc"
