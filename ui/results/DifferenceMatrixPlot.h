// DifferenceMatrixPlot: how two runs' confusion matrices differ, B − A, as a heat map with a
// diverging gradient centred at zero — blue where B puts fewer samples in a cell, orange-red where
// it puts more, the background colour where nothing changed — with the signed count printed in
// every changed cell and the same label glyphs along both axes as ConfusionMatrixPlot. On the
// diagonal more is better; elsewhere more is worse, which the hint under the plot says. A colour
// scale at the side gives the numbers. Clicking a cell emits cellClicked (the Results place lists
// that cell's changed samples).
#pragma once

#include "results/LabelMatrixPlot.h"

#include <cstdint>
#include <vector>

class DifferenceMatrixPlot : public LabelMatrixPlot {
    Q_OBJECT

public:
    explicit DifferenceMatrixPlot(QWidget* parent = nullptr);

    // `delta` is row-major [true][predicted], labels.size() squared (api/RunDiff.h, confusionDelta).
    void setDelta(const QString& title, const QVector<Label>& labels, const std::vector<std::int64_t>& delta);
    std::int64_t delta(int trueLabel, int predicted) const;
    // "+3", "−2", "0" (a real minus sign, as the cells print it).
    static QString signedText(std::int64_t value);

protected:
    void applyGradient() override;
    void updateCells() override;
    QString cellToolTip(int trueLabel, int predicted) const override;

private:
    QCPColorScale* m_scale = nullptr;
};
