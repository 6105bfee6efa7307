#include "results/RunListPanel.h"

#include "common/SchemeIcon.h"
#include "results/RunConfigDialog.h"
#include "results/RunSelectionModel.h"
#include "runs/RunCatalog.h"

#include <QAction>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

RunListPanel::RunListPanel(RunCatalog* runs, RunSelectionModel* selection, QWidget* parent)
    : QWidget(parent)
    , m_runs(runs)
    , m_selection(selection) {
    setObjectName(QStringLiteral("resultsRunPanel"));
    // Strings that were ResultsPage's keep its context, and so their translations.
    auto* title = new QLabel(QCoreApplication::translate("ResultsPage", "<b>Runs</b>"), this);
    m_list = new QListView(this);
    m_list->setTextElideMode(Qt::ElideMiddle); // two runs of one method differ at the end: their time
    m_list->setObjectName(QStringLiteral("resultsRunList"));
    m_list->setModel(m_selection);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumWidth(180);
    // F2 renames; a double click stays free for ticking without starting an edit by accident.
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    auto* hint = new QLabel(QCoreApplication::translate(
                                "ResultsPage", "Tick the runs to compare. Every run in the runs folder is listed.") +
                                QLatin1Char(' ') + tr("Right-click a run to rename, delete, resume or open it."),
                            this);
    hint->setWordWrap(true);
    hint->setToolTip(QDir::toNativeSeparators(m_runs->runsRoot()));
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_notice = new QFrame(this);
    m_notice->setObjectName(QStringLiteral("runNoticeBar"));
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setObjectName(QStringLiteral("runNoticeText"));
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextFormat(Qt::PlainText); // names and paths are shown as typed
    m_undoButton = new QPushButton(tr("Undo"), m_notice);
    m_undoButton->setObjectName(QStringLiteral("undoDeleteButton"));
    m_undoButton->setToolTip(tr("Bring the deleted run back from the trash (Ctrl+Z in the list)"));
    auto* close = new QToolButton(m_notice);
    close->setObjectName(QStringLiteral("closeRunNotice"));
    close->setAutoRaise(true);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Hide this message"));
    auto* noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->setContentsMargins(6, 4, 4, 4);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(m_undoButton);
    noticeLayout->addWidget(close);
    m_notice->hide();

    auto* exportButton = new QPushButton(schemeIcon(QStringLiteral(":/icons/export.svg")),
                                         QCoreApplication::translate("ResultsPage", "Export Report…"), this);
    exportButton->setObjectName(QStringLiteral("exportReportButton"));
    exportButton->setToolTip(QCoreApplication::translate(
        "ResultsPage", "Save the ticked runs as an HTML, PDF or Markdown report, metrics or a bundle"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_notice);
    layout->addWidget(hint);
    layout->addWidget(exportButton);

    const auto makeAction = [this](const QString& name, const QString& text, const QKeySequence& key) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        // Only while the list itself has the focus: Delete in the rename editor deletes a letter.
        action->setShortcutContext(Qt::WidgetShortcut);
        m_list->addAction(action);
        return action;
    };
    m_rename = makeAction(QStringLiteral("renameRunAction"), tr("&Rename…"), QKeySequence(Qt::Key_F2));
    m_delete = makeAction(QStringLiteral("deleteRunAction"), tr("&Delete"), QKeySequence::Delete);
    m_undo = makeAction(QStringLiteral("undoDeleteRunAction"), tr("&Undo Delete"), QKeySequence::Undo);
    m_openFolder = makeAction(QStringLiteral("openRunFolderAction"), tr("&Open Run Folder"), QKeySequence());
    m_showConfig = makeAction(QStringLiteral("showRunConfigAction"), tr("Show &Settings…"), QKeySequence());
    m_resume = makeAction(QStringLiteral("resumeRunAction"), tr("Res&ume Training"), QKeySequence());
    m_delete->setToolTip(tr("Move the run's folder to the trash"));
    m_resume->setToolTip(tr("Continue the run from its latest checkpoint with its recorded settings, as "
                            "litetune-cli train --resume does"));
    m_undo->setEnabled(false);

    connect(m_rename, &QAction::triggered, this, &RunListPanel::renameCurrent);
    connect(m_delete, &QAction::triggered, this, &RunListPanel::deleteCurrent);
    connect(m_undo, &QAction::triggered, this, &RunListPanel::undoDelete);
    connect(m_undoButton, &QPushButton::clicked, this, &RunListPanel::undoDelete);
    connect(close, &QToolButton::clicked, this, &RunListPanel::hideNotice);
    connect(m_openFolder, &QAction::triggered, this, &RunListPanel::openCurrentFolder);
    connect(m_showConfig, &QAction::triggered, this, &RunListPanel::showCurrentConfig);
    connect(m_resume, &QAction::triggered, this, &RunListPanel::resumeCurrent);
    connect(exportButton, &QPushButton::clicked, this, &RunListPanel::exportRequested);
    connect(m_list, &QListView::customContextMenuRequested, this, &RunListPanel::showContextMenu);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &RunListPanel::updateActions);
    connect(m_selection, &RunSelectionModel::modelReset, this, &RunListPanel::updateActions);
    connect(m_selection, &RunSelectionModel::renameFailed, this,
            [this](const QString& message) { showNotice(message, false); });
    updateActions();
}

QString RunListPanel::currentRunDir() const {
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(RunSelectionModel::RunDirRole).toString() : QString();
}

void RunListPanel::setCurrentRunDir(const QString& runDir) {
    for (int row = 0; row < m_selection->rowCount(); ++row) {
        const QModelIndex index = m_selection->index(row);
        if (index.data(RunSelectionModel::RunDirRole).toString() == runDir) {
            m_list->setCurrentIndex(index);
            return;
        }
    }
}

void RunListPanel::updateActions() {
    const bool hasRun = m_list->currentIndex().isValid();
    for (QAction* action : {m_rename, m_delete, m_openFolder, m_showConfig}) {
        action->setEnabled(hasRun);
    }
    m_resume->setEnabled(hasRun && m_resumeHandler && !m_runs->resumeCheckpoint(currentRunDir()).isEmpty());
}

void RunListPanel::showContextMenu(const QPoint& position) {
    const QModelIndex index = m_list->indexAt(position);
    if (!index.isValid()) {
        return;
    }
    m_list->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_resume);
    menu.addSeparator();
    menu.addAction(m_rename);
    menu.addAction(m_delete);
    menu.addSeparator();
    menu.addAction(m_openFolder);
    menu.addAction(m_showConfig);
    if (m_undo->isEnabled()) {
        menu.addSeparator();
        menu.addAction(m_undo);
    }
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void RunListPanel::renameCurrent() {
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        return;
    }
    if (RunCatalog::isRunning(currentRunDir())) {
        showNotice(tr("“%1” is running; rename it when it has finished.").arg(current.data(Qt::EditRole).toString()),
                   false);
        return;
    }
    m_list->edit(current);
}

void RunListPanel::deleteCurrent() {
    const QString runDir = currentRunDir();
    if (runDir.isEmpty()) {
        return;
    }
    const bool wasChecked = m_selection->isSelected(runDir);
    RunRemoval::Trashed trashed;
    QString error;
    if (RunRemoval::moveToTrash(*m_runs, runDir, &trashed, &error)) {
        m_lastTrashed = trashed;
        m_lastWasChecked = wasChecked;
        m_undo->setEnabled(true);
        showNotice(tr("Run “%1” moved to the trash.").arg(trashed.name), true);
        return;
    }
    if (!error.isEmpty()) {
        showNotice(error, false);
        return;
    }
    // No trash to move it to. Deleting for good could take files the user keeps in the folder, so
    // the folder stays and the user decides.
    showNotice(tr("There is no trash for %1, so the run stays where it is. Open Run Folder to delete it "
                  "yourself.")
                   .arg(QDir::toNativeSeparators(runDir)),
               false);
}

void RunListPanel::undoDelete() {
    if (m_lastTrashed.runDir.isEmpty()) {
        return;
    }
    const RunRemoval::Trashed trashed = m_lastTrashed;
    m_lastTrashed = {};
    m_undo->setEnabled(false);
    const QString error = RunRemoval::restore(*m_runs, trashed);
    if (!error.isEmpty()) {
        showNotice(error, false);
        return;
    }
    m_selection->setSelected(trashed.runDir, m_lastWasChecked);
    setCurrentRunDir(trashed.runDir);
    hideNotice();
}

void RunListPanel::openCurrentFolder() {
    const QString runDir = currentRunDir();
    if (!runDir.isEmpty() && !QDesktopServices::openUrl(QUrl::fromLocalFile(runDir))) {
        showNotice(tr("Could not open %1.").arg(QDir::toNativeSeparators(runDir)), false);
    }
}

void RunListPanel::showCurrentConfig() {
    const litetune::RunResult* run = m_runs->find(currentRunDir());
    if (!run) {
        return;
    }
    auto* dialog = new RunConfigDialog(*run, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void RunListPanel::setResumeHandler(ResumeHandler handler) {
    m_resumeHandler = std::move(handler);
    updateActions();
}

void RunListPanel::resumeCurrent() {
    const QString runDir = currentRunDir();
    if (runDir.isEmpty() || !m_resumeHandler) {
        return;
    }
    const QString refusal = m_resumeHandler(runDir);
    if (!refusal.isEmpty()) {
        showNotice(refusal, false);
    } else if (m_undoButton->isHidden()) { // an earlier refusal goes; an offer to undo a delete stays
        hideNotice();
    }
}

void RunListPanel::showNotice(const QString& text, bool canUndo) {
    m_noticeText->setText(text);
    m_undoButton->setVisible(canUndo);
    m_notice->show();
}

void RunListPanel::hideNotice() {
    m_notice->hide();
}
