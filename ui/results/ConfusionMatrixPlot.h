// ConfusionMatrixPlot: one run's confusion matrix as a heat map (QCPColorMap) — true labels down
// the left, predicted labels along the bottom, both as label glyphs in the colour emoji font —
// in counts or row-normalised (each true label's row sums to 1). Hovering a cell tells
// "true ❤ → predicted 😂: 12"; clicking one emits cellClicked, which the Results place turns into
// "show me those samples" in the Dataset place. Small matrices also print their numbers.
#pragma once

#include "results/LabelMatrixPlot.h"

#include <cstdint>
#include <vector>

class ConfusionMatrixPlot : public LabelMatrixPlot {
    Q_OBJECT

public:
    explicit ConfusionMatrixPlot(QWidget* parent = nullptr);

    // `confusion` is row-major [true][predicted], labels.size() squared (the engine's EvalReport).
    void setMatrix(const QString& title, const QVector<Label>& labels, const std::vector<std::int64_t>& confusion);
    void setNormalized(bool normalized);
    bool isNormalized() const { return m_normalized; }

    std::int64_t count(int trueLabel, int predicted) const;
    // The value drawn: the count, or its share of the true label's row.
    double shownValue(int trueLabel, int predicted) const;
    // "true ❤ → predicted 😂: 12" (plain text; the tooltip shows it with the emoji font).
    QString cellText(int trueLabel, int predicted) const;

protected:
    void applyGradient() override;
    void updateCells() override;
    QString cellToolTip(int trueLabel, int predicted) const override;

private:
    bool m_normalized = false;
};
