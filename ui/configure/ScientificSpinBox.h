// ScientificSpinBox: a spin box for small positive numbers such as learning rates, written and
// read as "5e-05"; the arrows step through 1, 2, 5, 10 × a power of ten, the way people search
// learning rates.
#pragma once

#include <QDoubleSpinBox>

class ScientificSpinBox : public QDoubleSpinBox {
    Q_OBJECT

public:
    explicit ScientificSpinBox(QWidget* parent = nullptr);

    QString textFromValue(double value) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& pos) const override;
    void stepBy(int steps) override;
};
