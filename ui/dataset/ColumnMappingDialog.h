// ColumnMappingDialog: asks which column holds the text and which the label, when a file's
// header does not name them in a way the engine recognises (or names several candidates).
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QDialogButtonBox;

class ColumnMappingDialog : public QDialog {
    Q_OBJECT

public:
    explicit ColumnMappingDialog(const QString& path, const QStringList& columns, const QString& reason,
                                 QWidget* parent = nullptr);

    QString textColumn() const;
    QString labelColumn() const;

private:
    void updateButtons();

    QComboBox* m_text = nullptr;
    QComboBox* m_label = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
