#include "configure/ScientificSpinBox.h"

#include <QLocale>

#include <cmath>

ScientificSpinBox::ScientificSpinBox(QWidget* parent)
    : QDoubleSpinBox(parent) {
    setDecimals(12);
    setRange(0.0, 10.0);
}

QString ScientificSpinBox::textFromValue(double value) const {
    return QString::number(value, 'g', 4);
}

double ScientificSpinBox::valueFromText(const QString& text) const {
    return text.trimmed().toDouble();
}

QValidator::State ScientificSpinBox::validate(QString& text, int& /*pos*/) const {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return QValidator::Intermediate;
    }
    bool ok = false;
    const double value = trimmed.toDouble(&ok);
    if (ok) {
        return value >= minimum() && value <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
    }
    // Partial input such as "5e" or "1e-" may still become a number.
    for (const QChar c : trimmed) {
        if (!(c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char('e') || c == QLatin1Char('E') ||
              c == QLatin1Char('-') || c == QLatin1Char('+'))) {
            return QValidator::Invalid;
        }
    }
    return QValidator::Intermediate;
}

void ScientificSpinBox::stepBy(int steps) {
    double current = value() > 0.0 ? value() : 1e-5;
    for (int i = 0; i < std::abs(steps); ++i) {
        const double base = std::pow(10.0, std::floor(std::log10(current) + 1e-9));
        const double mantissa = current / base;
        if (steps > 0) {
            current = mantissa < 1.5 ? 2 * base : mantissa < 3.5 ? 5 * base : 10 * base;
        } else {
            current = mantissa > 3.5 ? 2 * base : mantissa > 1.5 ? base : 0.5 * base;
        }
    }
    setValue(current);
}
