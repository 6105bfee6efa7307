// ConfusionMatrixPlot: one run's confusion matrix as a heat map (QCPColorMap) — true labels down
// the left, predicted labels along the bottom, both as label glyphs in the colour emoji font —
// in counts or row-normalised (each true label's row sums to 1). Hovering a cell tells
// "true ❤ → predicted 😂: 12"; clicking one emits cellClicked, which the Results place turns into
// "show me those samples" in the Dataset place. Small matrices also print their numbers.
#pragma once

#include <qcustomplot.h>

#include <QVector>

#include <cstdint>
#include <vector>

class ConfusionMatrixPlot : public QCustomPlot {
    Q_OBJECT

public:
    struct Label {
        QString glyph; // may be empty
        QString name;  // shown where there is no glyph
    };

    explicit ConfusionMatrixPlot(QWidget* parent = nullptr);

    // `confusion` is row-major [true][predicted], labels.size() squared (the engine's EvalReport).
    void setMatrix(const QString& title, const QVector<Label>& labels, const std::vector<std::int64_t>& confusion);
    void setNormalized(bool normalized);
    bool isNormalized() const { return m_normalized; }

    int labelCount() const { return m_labels.size(); }
    std::int64_t count(int trueLabel, int predicted) const;
    // The value drawn: the count, or its share of the true label's row.
    double shownValue(int trueLabel, int predicted) const;
    // "true ❤ → predicted 😂: 12" (plain text; the tooltip shows it with the emoji font).
    QString cellText(int trueLabel, int predicted) const;
    // The cell under a widget position; false outside the matrix.
    bool cellAt(const QPointF& position, int* trueLabel, int* predicted) const;
    // The widget position of a cell's centre (for tests and keyboard users' tooltips).
    QPoint cellCenter(int trueLabel, int predicted) const;

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
    QCPTextElement* m_title = nullptr;
    QVector<Label> m_labels;
    std::vector<std::int64_t> m_confusion;
    QVector<QCPItemText*> m_numbers;
    bool m_normalized = false;
    QPoint m_pressPosition;
};
