// PerClassF1Plot: each label's F1 score, runs side by side as grouped bars (QCPBars in a
// QCPBarsGroup), label glyphs along the bottom in the colour emoji font. Shows where a method
// gains: LoRA and full fine-tuning rarely differ evenly across labels.
#pragma once

#include "results/ConfusionMatrixPlot.h"

#include <qcustomplot.h>

class PerClassF1Plot : public QCustomPlot {
    Q_OBJECT

public:
    struct Series {
        QString name;
        QVector<double> f1; // one per label; NaN where the run has no such label
    };

    explicit PerClassF1Plot(QWidget* parent = nullptr);

    void setData(const QVector<ConfusionMatrixPlot::Label>& labels, const QVector<Series>& series);
    int seriesCount() const { return m_bars.size(); }

private:
    QCPBarsGroup* m_group = nullptr;
    QVector<QCPBars*> m_bars;
};
