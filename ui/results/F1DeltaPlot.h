// F1DeltaPlot: how much each label's F1 score moved from run A to run B, one bar per label from
// zero — green up, red down — with the label glyphs along the bottom in the colour emoji font, as
// PerClassF1Plot draws them. The axis is symmetric about zero so gains and losses compare by length.
#pragma once

#include "results/ConfusionMatrixPlot.h"

#include <qcustomplot.h>

class F1DeltaPlot : public QCustomPlot {
    Q_OBJECT

public:
    explicit F1DeltaPlot(QWidget* parent = nullptr);

    // One F1 per label for each run (api/RunDiff.h f1A, f1B); the bars show B − A.
    void setScores(const QVector<ConfusionMatrixPlot::Label>& labels, const std::vector<double>& f1A,
                   const std::vector<double>& f1B);
    // The plotted B − A of a label (0 when unknown).
    double delta(int label) const { return label >= 0 && label < m_delta.size() ? m_delta.at(label) : 0.0; }
    static QColor gainColor();
    static QColor lossColor();

protected:
    void changeEvent(QEvent* event) override;

private:
    QCPBars* m_gains = nullptr;
    QCPBars* m_losses = nullptr;
    QCPItemStraightLine* m_zero = nullptr;
    QVector<double> m_delta;
};
