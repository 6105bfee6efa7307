// LabelMatrixPlot: what ConfusionMatrixPlot and DifferenceMatrixPlot share — a label-by-label heat
// map (QCPColorMap) with true labels down the left (first on top, as matrices are read) and
// predicted labels along the bottom, both as label glyphs in the colour emoji font (names, slanted,
// where a label has no glyph); numbers printed in the cells in whichever of light or dark reads on
// the cell; a tooltip per cell; and a click on a cell (not a drag) emitting cellClicked. The
// subclasses own the gradient, what the numbers and tooltips say, and every translated string (so
// the tr() contexts, and the translations/*.ts entries, stay theirs).
#pragma once

#include <qcustomplot.h>

#include <QVector>

#include <cstdint>
#include <vector>

class LabelMatrixPlot : public QCustomPlot {
    Q_OBJECT

public:
    struct Label {
        QString glyph; // may be empty
        QString name;  // shown where there is no glyph
    };

    int labelCount() const { return m_labels.size(); }
    // The cell under a widget position; false outside the matrix.
    bool cellAt(const QPointF& position, int* trueLabel, int* predicted) const;
    // The widget position of a cell's centre (for tests and keyboard users' tooltips).
    QPoint cellCenter(int trueLabel, int predicted) const;

signals:
    void cellClicked(int trueLabel, int predictedLabel);

protected:
    explicit LabelMatrixPlot(QWidget* parent);

    // Sets the title, the labels on both axes and the values (row-major [true][predicted], cut or
    // padded with zeros to labels.size() squared), then redraws the cells. Glyphs are drawn at
    // glyphPointSize (smaller beyond 14 labels).
    void setCells(const QString& title, const QVector<Label>& labels, const std::vector<std::int64_t>& values,
                  double glyphPointSize);
    // The value of a cell; 0 outside the matrix.
    std::int64_t cellValue(int trueLabel, int predicted) const;
    QString labelText(int index) const;
    // The colour map sized to the labels, one cell per (predicted, true) pair.
    void resizeCells();
    void clearNumbers();
    // A number centred on a cell whose colour is `cell`.
    QCPItemText* addNumber(int trueLabel, int predicted, const QString& text, const QColor& cell);
    static QString emojiSpan(const QString& text);

    virtual void applyGradient() = 0;
    virtual void updateCells() = 0;
    // Rich text for the tooltip over a cell inside the matrix.
    virtual QString cellToolTip(int trueLabel, int predicted) const = 0;

    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

    QCPColorMap* m_map = nullptr;
    QCPTextElement* m_title = nullptr;
    QVector<Label> m_labels;

private:
    std::vector<std::int64_t> m_values;
    QVector<QCPItemText*> m_numbers;
    QPoint m_pressPosition;
};
