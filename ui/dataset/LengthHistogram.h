// LengthHistogram: the distribution of token lengths of one split, with the max-length cut as
// a line and the share of examples it truncates — the number that tells whether max length
// is set too low for the data.
#pragma once

#include "api/Dataset.h"

#include <qcustomplot.h>

class LengthHistogram : public QCustomPlot {
    Q_OBJECT

public:
    explicit LengthHistogram(QWidget* parent = nullptr);

    void setStats(const litetune::LengthStats& stats, const QString& splitName);
    void clear();
    QString summary() const { return m_summary; }

private:
    QCPBars* m_bars = nullptr;
    QCPItemStraightLine* m_cut = nullptr;
    QCPItemText* m_label = nullptr;
    QString m_summary;
};
