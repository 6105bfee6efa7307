#include "configure/OptionField.h"

#include "bridge/EngineTypes.h"
#include "configure/ScientificSpinBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

using litetune::OptionType;

// A spin box has no open bound: an excluded low end becomes the smallest step above it. A special
// value below the range (max-steps' -1) becomes the minimum, where the box shows its meaning.
double lowestShown(const litetune::OptionSpec& option, double smallestStep) {
    const double low = option.lowInclusive ? option.low : option.low + smallestStep;
    return *option.specialMeans ? std::min(low, option.specialValue) : low;
}

QString objectName(const litetune::OptionSpec& option) {
    const char* suffix = "Edit";
    switch (option.type) {
    case OptionType::Integer:
    case OptionType::Real:
        suffix = "Spin";
        break;
    case OptionType::Switch:
        suffix = "Check";
        break;
    case OptionType::Choice:
        suffix = "Combo";
        break;
    case OptionType::Text:
    case OptionType::List:
        break;
    }
    return QLatin1String(option.settingsKey) + QLatin1String(suffix);
}

QWidget* createWidget(const litetune::OptionSpec& option, QWidget* parent) {
    switch (option.type) {
    case OptionType::Integer: {
        auto* box = new QSpinBox(parent);
        constexpr double kIntMax = std::numeric_limits<int>::max();
        box->setRange(static_cast<int>(std::max(-kIntMax, lowestShown(option, 1.0))),
                      static_cast<int>(std::min(option.high, kIntMax)));
        box->setAccelerated(true);
        return box;
    }
    case OptionType::Real: {
        QDoubleSpinBox* box = nullptr;
        if (option.logScale) {
            box = new ScientificSpinBox(parent);
            box->setRange(lowestShown(option, 0.0), option.high);
        } else {
            box = new QDoubleSpinBox(parent);
            box->setDecimals(option.decimals); // before the range, which QDoubleSpinBox rounds to the decimals
            box->setRange(lowestShown(option, std::pow(10.0, -option.decimals)), option.high);
            box->setSingleStep(option.step);
        }
        return box;
    }
    case OptionType::Switch:
        return new QCheckBox(OptionField::translated(option.label), parent);
    case OptionType::Choice: {
        auto* box = new QComboBox(parent);
        for (const char* choice : option.choices) {
            box->addItem(QString::fromLatin1(choice), QString::fromLatin1(choice));
        }
        return box;
    }
    case OptionType::Text:
    case OptionType::List:
        return new QLineEdit(parent);
    }
    return nullptr;
}

} // namespace

OptionField::OptionField(const litetune::OptionSpec& option, QWidget* parent)
    : m_option(&option)
    , m_widget(createWidget(option, parent)) {
    m_widget->setObjectName(objectName(option));
    m_widget->setToolTip(translated(option.help));
    auto* spin = qobject_cast<QAbstractSpinBox*>(m_widget);
    if (spin != nullptr && *option.specialMeans) {
        spin->setSpecialValueText(translated(option.specialMeans));
    }
    const QString suffix = *option.unit ? QLatin1Char(' ') + translated(option.unit) : QString();
    if (auto* box = qobject_cast<QSpinBox*>(m_widget)) {
        box->setSuffix(suffix);
    } else if (auto* box = qobject_cast<QDoubleSpinBox*>(m_widget)) {
        box->setSuffix(suffix);
    }
}

QString OptionField::translated(const char* text) {
    return QCoreApplication::translate("TrainOption", text);
}

QString OptionField::label() const {
    return isCheckBox() ? QString() : translated(m_option->label);
}

bool OptionField::isCheckBox() const {
    return m_option->type == OptionType::Switch;
}

void OptionField::show(const litetune::TrainConfig& config) {
    const litetune::OptionValue value = m_option->get(config);
    if (auto* box = qobject_cast<QSpinBox*>(m_widget)) {
        box->setValue(static_cast<int>(std::clamp<double>(value.number, box->minimum(), box->maximum())));
    } else if (auto* box = qobject_cast<QDoubleSpinBox*>(m_widget)) {
        box->setValue(value.number);
    } else if (auto* box = qobject_cast<QCheckBox*>(m_widget)) {
        box->setChecked(value.on);
    } else if (auto* box = qobject_cast<QComboBox*>(m_widget)) {
        box->setCurrentIndex(std::max(0, box->findData(toQString(value.text))));
    } else if (auto* edit = qobject_cast<QLineEdit*>(m_widget)) {
        QStringList items;
        for (const auto& item : value.items) {
            items << toQString(item);
        }
        edit->setText(m_option->type == OptionType::List ? items.join(QStringLiteral(", ")) : toQString(value.text));
    }
}

void OptionField::writeTo(litetune::TrainConfig& config) const {
    litetune::OptionValue value = m_option->get(config);
    if (auto* box = qobject_cast<QSpinBox*>(m_widget)) {
        value.number = box->value();
    } else if (auto* box = qobject_cast<QDoubleSpinBox*>(m_widget)) {
        value.number = box->value();
    } else if (auto* box = qobject_cast<QCheckBox*>(m_widget)) {
        value.on = box->isChecked();
    } else if (auto* box = qobject_cast<QComboBox*>(m_widget)) {
        value.text = toStdString(box->currentData().toString());
    } else if (auto* edit = qobject_cast<QLineEdit*>(m_widget)) {
        value.text = toStdString(edit->text().trimmed());
        value.items.clear();
        for (const auto& item : edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!item.trimmed().isEmpty()) {
                value.items.push_back(toStdString(item.trimmed()));
            }
        }
    }
    m_option->set(config, value);
}

void OptionField::onChanged(QObject* receiver, const std::function<void()>& onChange) const {
    if (auto* box = qobject_cast<QSpinBox*>(m_widget)) {
        QObject::connect(box, &QSpinBox::valueChanged, receiver, onChange);
    } else if (auto* box = qobject_cast<QDoubleSpinBox*>(m_widget)) {
        QObject::connect(box, &QDoubleSpinBox::valueChanged, receiver, onChange);
    } else if (auto* box = qobject_cast<QCheckBox*>(m_widget)) {
        QObject::connect(box, &QCheckBox::toggled, receiver, onChange);
    } else if (auto* box = qobject_cast<QComboBox*>(m_widget)) {
        QObject::connect(box, &QComboBox::currentIndexChanged, receiver, onChange);
    } else if (auto* edit = qobject_cast<QLineEdit*>(m_widget)) {
        QObject::connect(edit, &QLineEdit::textChanged, receiver, onChange);
    }
}
