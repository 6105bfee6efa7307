// ResultsPage: the Results place, for now a plain list of the finished runs with their main
// metrics (read from the runs folder, so they survive restarts). The side-by-side reference
// table, confusion matrices and per-class F1 replace it in a later change.
#pragma once

#include <QWidget>

class QTreeWidget;
class RunCatalog;

class ResultsPage : public QWidget {
    Q_OBJECT

public:
    explicit ResultsPage(RunCatalog* runs, QWidget* parent = nullptr);

private:
    void rebuild();

    RunCatalog* m_runs = nullptr;
    QTreeWidget* m_table = nullptr;
};
