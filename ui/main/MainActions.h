// MainActions: the main window's actions with their icons, shortcuts and tooltips, in one
// place, so menus and the toolbar share them and the window class stays about behaviour.
#pragma once

#include <QObject>
#include <QVector>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;
class QToolBar;

class MainActions : public QObject {
    Q_OBJECT

public:
    explicit MainActions(const QStringList& placeNames, QObject* parent = nullptr);

    void populate(QMenuBar* menuBar, QToolBar* toolBar);

    QAction* openDataset = nullptr;
    QAction* openDemo = nullptr;
    // Raw text for causal-LM training: a .txt file, a folder of .txt files, or the built-in text.
    QAction* openTextFile = nullptr;
    QAction* openTextFolder = nullptr;
    QAction* openDemoText = nullptr;
    QAction* exportReport = nullptr;
    QAction* exportModel = nullptr;
    QAction* quit = nullptr;
    QAction* train = nullptr;
    QAction* compare = nullptr;
    QAction* sweep = nullptr; // opens the sweep window (ui/sweep/SweepDialog.h)
    QAction* pause = nullptr;
    QAction* cancel = nullptr;
    QAction* refreshRuns = nullptr;
    QAction* about = nullptr;
    QAction* aboutQt = nullptr;
    QMenu* recentMenu = nullptr; // created by populate()
    QActionGroup* placeGroup = nullptr;
    QVector<QAction*> places;
    QActionGroup* colorSchemeGroup = nullptr; // actions carry "system", "light" or "dark" as data
};
