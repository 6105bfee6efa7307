// DifferenceMatrixPlot: how two runs' confusion matrices differ, B − A, as a heat map with a
// diverging gradient centred at zero — blue where B puts fewer samples in a cell, orange-red where
// it puts more, the background colour where nothing changed — with the signed count printed in
// every changed cell and the same label glyphs along both axes as ConfusionMatrixPlot. On the
// diagonal more is better; elsewhere more is worse, which the hint under the plot says. A colour
// scale at the side gives the numbers. Clicking a cell emits cellClicked (the Results place lists
// that cell's changed samples).
#pragma once

#include "results/ConfusionMatrixPlot.h"

#include <qcustomplot.h>

#include <cstdint>
#include <vector>

class DifferenceMatrixPlot : public QCustomPlot {
    Q_OBJECT

public:
    explicit DifferenceMatrixPlot(QWidget* parent = nullptr);

    // `delta` is row-major [true][predicted], labels.size() squared (api/RunDiff.h, confusionDelta).
    void setDelta(const QString& title, const QVector<ConfusionMatrixPlot::Label>& labels,
                  const std::vector<std::int64_t>& delta);
    int labelCount() const { return m_labels.size(); }
    std::int64_t delta(int trueLabel, int predicted) const;
    // The cell under a widget position; false outside the matrix.
    bool cellAt(const QPointF& position, int* trueLabel, int* predicted) const;
    QPoint cellCenter(int trueLabel, int predicted) const;
    // "+3", "−2", "0" (a real minus sign, as the cells print it).
    static QString signedText(std::int64_t value);

signals:
    void cellClicked(int trueLabel, int predictedLabel);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyGradient();
    QString labelText(int index) const;
    void updateCells();

    QCPColorMap* m_map = nullptr;
    QCPColorScale* m_scale = nullptr;
    QCPTextElement* m_title = nullptr;
    QVector<ConfusionMatrixPlot::Label> m_labels;
    std::vector<std::int64_t> m_delta;
    QVector<QCPItemText*> m_numbers;
    QPoint m_pressPosition;
};
