// OptionField: the form's widget for one option of the engine's option table (api/OptionTable.h),
// made from its row: a spin box bounded by its range (a scientific one for a learning rate), a
// combo box of its choices, a check box, or a line edit; its label and tooltip are the row's
// texts, translated (context "TrainOption"), and a special value ("0 = all") shows as its meaning.
#pragma once

#include "api/OptionTable.h"

#include <QString>

#include <functional>

class QObject;
class QWidget;

class OptionField {
public:
    OptionField(const litetune::OptionSpec& option, QWidget* parent);

    const litetune::OptionSpec& option() const { return *m_option; }
    QWidget* widget() const { return m_widget; }
    QString label() const; // translated, with its shortcut '&'
    bool isCheckBox() const;

    void show(const litetune::TrainConfig& config);
    void writeTo(litetune::TrainConfig& config) const;
    // Calls `onChange` on `receiver` whenever the user changes the value.
    void onChanged(QObject* receiver, const std::function<void()>& onChange) const;

    // A row's text in the user's language.
    static QString translated(const char* text);

private:
    const litetune::OptionSpec* m_option;
    QWidget* m_widget;
};
