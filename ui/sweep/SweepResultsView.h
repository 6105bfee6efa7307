// SweepResultsView: a sweep's results as one table, best first by the chosen metric (columns: the
// varied options, the metrics, state, time), beside one small scatter plot of the metric against
// each varied option (a log x-axis for options the table steps by factors, such as lr; options
// with names, such as method, get one tick per value).
#pragma once

#include "api/Sweep.h"

#include <QWidget>

class QCustomPlot;
class QTableWidget;
class QVBoxLayout;

class SweepResultsView : public QWidget {
    Q_OBJECT

public:
    explicit SweepResultsView(QWidget* parent = nullptr);

    void setResults(const litetune::SweepSpec& spec, const std::vector<litetune::SweepPointResult>& points);
    QTableWidget* table() const { return m_table; }
    int plotCount() const { return static_cast<int>(m_plots.size()); }
    // A point's state as the user reads it ("done", "failed", ...), translated.
    static QString stateText(litetune::SweepState state);

private:
    void rebuildPlots(const litetune::SweepSpec& spec, const std::vector<litetune::SweepPointResult>& points);

    QTableWidget* m_table = nullptr;
    QVBoxLayout* m_plotLayout = nullptr;
    std::vector<QCustomPlot*> m_plots;
};
