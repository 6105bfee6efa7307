// RunListPanel: the Results place's list of runs and what can be done to a run from it — tick to
// compare, and from the context menu or the keyboard: rename (F2, edited in place), delete (Delete:
// to the desktop trash, with Undo in a bar under the list), open the run's folder and show its
// settings, and resume a run that stopped before its end (cancelled, failed or interrupted, with a
// checkpoint) where it stopped. Undo sits in that bar, next to the list it changes, rather than in
// an Edit menu: the window keeps no undo history, and putting a folder back can fail (the folder
// was recreated, the trash emptied), which the bar can say where it happened. Ctrl+Z in the list
// does the same; a refused resume says why in the same bar.
#pragma once

#include "runs/RunRemoval.h"

#include <QWidget>

#include <functional>

class QAction;
class QFrame;
class QLabel;
class QListView;
class QPushButton;
class RunCatalog;
class RunSelectionModel;

class RunListPanel : public QWidget {
    Q_OBJECT

public:
    // Queues a run's resume: empty when it starts, else why not (shown under the list).
    using ResumeHandler = std::function<QString(const QString& runDir)>;

    RunListPanel(RunCatalog* runs, RunSelectionModel* selection, QWidget* parent = nullptr);

    QListView* runList() const { return m_list; }
    // The run of the list's current row; empty when none.
    QString currentRunDir() const;
    void setCurrentRunDir(const QString& runDir);

    void renameCurrent();
    void deleteCurrent();
    void undoDelete();
    void openCurrentFolder();
    void showCurrentConfig();
    // Without a handler (a Results place on its own, without an engine) Resume stays disabled.
    void setResumeHandler(ResumeHandler handler);
    void resumeCurrent();

signals:
    void exportRequested();

private:
    void showNotice(const QString& text, bool canUndo);
    void hideNotice();
    void updateActions();
    void showContextMenu(const QPoint& position);

    RunCatalog* m_runs = nullptr;
    RunSelectionModel* m_selection = nullptr;
    QListView* m_list = nullptr;
    QAction* m_rename = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_openFolder = nullptr;
    QAction* m_showConfig = nullptr;
    QAction* m_resume = nullptr;
    ResumeHandler m_resumeHandler;
    QFrame* m_notice = nullptr;
    QLabel* m_noticeText = nullptr;
    QPushButton* m_undoButton = nullptr;
    RunRemoval::Trashed m_lastTrashed; // the run Undo brings back; runDir empty when none
    bool m_lastWasChecked = false;
};
