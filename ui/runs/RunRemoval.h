// RunRemoval: deleting the runs the catalogue lists. A run goes to the desktop trash (the
// freedesktop.org trash on Linux, through QFile::moveToTrash), from which restore() puts it back
// in its place. Where there is no trash nothing is deleted: a run folder may hold files the user
// put there, and LiteTune never deletes what it did not write. Nothing but a run folder the
// catalogue lists is ever touched, and a run that is running (here or in another process) is
// refused.
#pragma once

#include <QCoreApplication>
#include <QString>

class RunCatalog;

class RunRemoval {
    Q_DECLARE_TR_FUNCTIONS(RunRemoval)

public:
    struct Trashed {
        QString runDir;    // where the run was
        QString trashPath; // where the trash keeps it now
        QString name;      // its name as shown, for messages
    };

    // Why `runDir` may not be deleted now, or empty when it may.
    static QString refusal(const RunCatalog& catalog, const QString& runDir);
    // Moves a deletable run to the trash and rereads the runs. False with nothing changed where
    // there is no trash (or the move failed); `error` then says why when it was refused.
    static bool moveToTrash(RunCatalog& catalog, const QString& runDir, Trashed* trashed, QString* error);
    // Puts a trashed run back where it was (and drops the trash's note on it), then rereads the
    // runs; the reason on failure, else empty.
    static QString restore(RunCatalog& catalog, const Trashed& trashed);
};
