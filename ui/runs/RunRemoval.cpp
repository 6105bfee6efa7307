#include "runs/RunRemoval.h"

#include "runs/RunCatalog.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

QString shown(const QString& path) {
    return QDir::toNativeSeparators(path);
}

// The freedesktop.org trash keeps a moved folder in TRASH/files/NAME and a note on where it came
// from in TRASH/info/NAME.trashinfo; without the note the file managers would list it as lost.
QString trashInfoOf(const QString& trashPath) {
    const QFileInfo moved(trashPath);
    QDir trash = moved.dir();
    if (trash.dirName() != QLatin1String("files") || !trash.cdUp()) {
        return {};
    }
    return trash.filePath(QStringLiteral("info/%1.trashinfo").arg(moved.fileName()));
}

// Qt 6.4 reports success where it could make no trash folder (the XDG data folder is missing):
// the folder then sits in ./files/ under the working directory, its note in ./info/. Undoes that
// move, leaving the run where it was; true when it found one to undo.
bool undoFalseTrashMove(const QString& runDir, const QString& trashPath) {
    if (QDir::isAbsolutePath(trashPath)) {
        return false;
    }
    const QString files = QFileInfo(trashPath).absolutePath();
    const QString info = trashInfoOf(trashPath);
    if (!QDir().rename(trashPath, runDir)) {
        qWarning() << "Could not move" << trashPath << "back to" << runDir;
        return true;
    }
    if (!info.isEmpty()) {
        QFile::remove(info);
        QDir().rmdir(QFileInfo(info).absolutePath()); // only when empty, as Qt just made it
    }
    QDir().rmdir(files);
    return true;
}

} // namespace

QString RunRemoval::refusal(const RunCatalog& catalog, const QString& runDir) {
    const litetune::RunResult* run = catalog.find(runDir);
    if (!run) {
        return tr("%1 is not a run in the list; only listed runs are deleted.").arg(shown(runDir));
    }
    if (RunCatalog::isRunning(runDir)) {
        return tr("“%1” is running; cancel it or wait until it has finished.").arg(RunCatalog::displayName(*run));
    }
    return {};
}

bool RunRemoval::moveToTrash(RunCatalog& catalog, const QString& runDir, Trashed* trashed, QString* error) {
    *error = refusal(catalog, runDir);
    if (!error->isEmpty()) {
        return false;
    }
    const QString name = RunCatalog::displayName(*catalog.find(runDir));
    QString trashPath;
    if (!QFile::moveToTrash(runDir, &trashPath) || undoFalseTrashMove(runDir, trashPath)) {
        return false;
    }
    *trashed = {runDir, trashPath, name};
    catalog.refresh();
    return true;
}

QString RunRemoval::restore(RunCatalog& catalog, const Trashed& trashed) {
    if (QFileInfo::exists(trashed.runDir)) {
        return tr("Cannot put “%1” back: %2 exists again.").arg(trashed.name, shown(trashed.runDir));
    }
    if (!QFileInfo(trashed.trashPath).isDir()) {
        return tr("Cannot put “%1” back: it is no longer in the trash.").arg(trashed.name);
    }
    if (!QDir().rename(trashed.trashPath, trashed.runDir)) {
        return tr("Cannot move %1 back to %2.").arg(shown(trashed.trashPath), shown(trashed.runDir));
    }
    // The note is the trash's own record of this move (written by moveToTrash); only it goes.
    const QString info = trashInfoOf(trashed.trashPath);
    if (!info.isEmpty() && QFileInfo(info).isFile()) {
        QFile::remove(info);
    }
    catalog.refresh();
    return {};
}
