// LabelChart: how many examples carry each label, as bars with the label glyphs (in colour)
// under them. Class imbalance is the first thing to see before training on emoji data.
#pragma once

#include "api/Dataset.h"

#include <qcustomplot.h>

#include <vector>

class LabelChart : public QCustomPlot {
    Q_OBJECT

public:
    explicit LabelChart(QWidget* parent = nullptr);

    void setCounts(const std::vector<litetune::LabelInfo>& labels, const std::vector<std::int64_t>& counts);
    void clear();

private:
    QCPBars* m_bars = nullptr;
};
