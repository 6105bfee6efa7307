#include "main/MainActions.h"

#include "common/SchemeIcon.h"

#include <QAction>
#include <QActionGroup>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace {

QAction* makeAction(QObject* parent, const char* name, const QString& icon, const QString& text,
                    const QKeySequence& shortcut, const QString& tip) {
    auto* action = new QAction(text, parent);
    action->setObjectName(QLatin1String(name));
    if (!icon.isEmpty()) {
        action->setIcon(schemeIcon(icon));
    }
    action->setShortcut(shortcut);
    action->setToolTip(
        shortcut.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    return action;
}

} // namespace

MainActions::MainActions(const QStringList& placeNames, QObject* parent)
    : QObject(parent)
    , placeGroup(new QActionGroup(this))
    , colorSchemeGroup(new QActionGroup(this)) {
    openDataset = makeAction(this, "openDatasetAction", QStringLiteral(":/icons/open.svg"), tr("&Open Dataset…"),
                             QKeySequence::Open, tr("Open a CSV, TSV, JSON Lines file, folder or archive"));
    openDemo = makeAction(this, "openDemoAction", QStringLiteral(":/icons/demo.svg"), tr("&Demo Data"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), tr("Open the built-in demo dataset"));
    openTextFile = makeAction(this, "openTextCorpusAction", {}, tr("Open Te&xt Corpus…"), {},
                              tr("Open raw text to train a causal language model: one document per line"));
    openTextFolder =
        makeAction(this, "openTextFolderAction", {}, tr("Open Text Corpus &Folder…"), {},
                   tr("Open a folder of .txt files to train a causal language model: one document per file"));
    openDemoText = makeAction(this, "openDemoTextAction", {}, tr("Demo &Text Corpus"), {},
                              tr("Open the built-in text corpus to train a causal language model"));
    exportReport = makeAction(this, "exportReportAction", QStringLiteral(":/icons/export.svg"), tr("&Export Report…"),
                              QKeySequence(Qt::CTRL | Qt::Key_E),
                              tr("Save runs as a report: HTML, PDF, Markdown, CSV, JSON, or a .zip/.tar.gz bundle"));
    exportModel = makeAction(this, "exportModelAction", QStringLiteral(":/icons/export.svg"), tr("Export &Model…"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                             tr("Save a run's trained model as a Hugging Face model folder or a PEFT adapter"));
    quit = makeAction(this, "quitAction", {}, tr("&Quit"), QKeySequence::Quit, tr("Quit LiteTune"));
    quit->setMenuRole(QAction::QuitRole);
    train = makeAction(this, "trainAction", QStringLiteral(":/icons/run.svg"), tr("&Train"),
                       QKeySequence(Qt::CTRL | Qt::Key_R), tr("Run the configured method"));
    compare = makeAction(this, "compareAction", QStringLiteral(":/icons/compare.svg"), tr("&Compare"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                         tr("Base evaluation, full fine-tune and LoRA in a row"));
    sweep = makeAction(this, "sweepAction", {}, tr("S&weep…"), {},
                       tr("Train once per combination of option values and rank the runs by a metric"));
    pause = makeAction(this, "pauseAction", QStringLiteral(":/icons/pause.svg"), tr("&Pause"),
                       QKeySequence(Qt::CTRL | Qt::Key_P), tr("Pause or resume the run"));
    pause->setCheckable(true);
    cancel = makeAction(this, "cancelAction", QStringLiteral(":/icons/cancel.svg"), tr("C&ancel"),
                        // A chord, never a bare Esc: Esc clears search boxes and closes popups, and
                        // once stopped runs that way without a word.
                        QKeySequence(Qt::CTRL | Qt::Key_Period), tr("Stop the run after its current step"));
    refreshRuns = makeAction(this, "refreshRunsAction", {}, tr("Re&load Runs"), QKeySequence::Refresh,
                             tr("Read the runs folder again"));
    about = makeAction(this, "aboutAction", QStringLiteral(":/icons/app.svg"), tr("&About LiteTune"), {},
                       tr("Versions, devices and BLAS"));
    about->setMenuRole(QAction::AboutRole);
    aboutQt = makeAction(this, "aboutQtAction", {}, tr("About &Qt"), {}, tr("About the Qt toolkit"));
    aboutQt->setMenuRole(QAction::AboutQtRole);

    const QStringList icons{QStringLiteral(":/icons/dataset.svg"), QStringLiteral(":/icons/configure.svg"),
                            QStringLiteral(":/icons/train.svg"), QStringLiteral(":/icons/results.svg"),
                            QStringLiteral(":/icons/playground.svg")};
    placeGroup->setExclusive(true);
    for (int i = 0; i < placeNames.size(); ++i) {
        auto* action =
            makeAction(this, "placeAction", icons.value(i), placeNames.at(i),
                       QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), tr("Go to %1").arg(placeNames.at(i)));
        action->setObjectName(QStringLiteral("placeAction%1").arg(i + 1));
        action->setCheckable(true);
        action->setData(i);
        placeGroup->addAction(action);
        places.append(action);
    }

    const QStringList schemes{QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
    const QStringList schemeNames{tr("&System"), tr("&Light"), tr("&Dark")};
    colorSchemeGroup->setExclusive(true);
    for (int i = 0; i < schemes.size(); ++i) {
        auto* action = new QAction(schemeNames.at(i), this);
        action->setObjectName(QStringLiteral("colorScheme_%1").arg(schemes.at(i)));
        action->setCheckable(true);
        action->setData(schemes.at(i));
        action->setChecked(i == 0);
        colorSchemeGroup->addAction(action);
    }
}

void MainActions::populate(QMenuBar* menuBar, QToolBar* toolBar) {
    QMenu* file = menuBar->addMenu(tr("&File"));
    file->addAction(openDataset);
    recentMenu = file->addMenu(tr("Open &Recent"));
    recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(openDemo);
    file->addSeparator();
    file->addAction(openTextFile);
    file->addAction(openTextFolder);
    file->addAction(openDemoText);
    file->addSeparator();
    file->addAction(exportReport);
    file->addAction(exportModel);
    file->addSeparator();
    file->addAction(quit);

    QMenu* run = menuBar->addMenu(tr("&Run"));
    run->addAction(train);
    run->addAction(compare);
    run->addAction(sweep);
    run->addSeparator();
    run->addAction(pause);
    run->addAction(cancel);
    run->addSeparator();
    run->addAction(refreshRuns);

    QMenu* view = menuBar->addMenu(tr("&View"));
    view->addActions(places);
    view->addSeparator();
    QMenu* schemes = view->addMenu(tr("Colour &Scheme"));
    schemes->setObjectName(QStringLiteral("colorSchemeMenu"));
    schemes->addActions(colorSchemeGroup->actions());

    QMenu* help = menuBar->addMenu(tr("&Help"));
    help->addAction(about);
    help->addAction(aboutQt);

    toolBar->addAction(openDataset);
    toolBar->addAction(openDemo);
    toolBar->addSeparator();
    toolBar->addAction(train);
    toolBar->addAction(compare);
    toolBar->addAction(pause);
    toolBar->addAction(cancel);
}
