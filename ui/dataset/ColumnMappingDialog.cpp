#include "dataset/ColumnMappingDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

int guess(const QStringList& columns, std::initializer_list<const char*> names, int fallback) {
    for (const char* name : names) {
        const int index = columns.indexOf(QString::fromLatin1(name));
        if (index >= 0) {
            return index;
        }
    }
    return fallback;
}

} // namespace

ColumnMappingDialog::ColumnMappingDialog(const QString& path, const QStringList& columns, const QString& reason,
                                         QWidget* parent)
    : QDialog(parent)
    , m_text(new QComboBox(this))
    , m_label(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("columnMappingDialog"));
    setWindowTitle(tr("Choose Columns"));
    m_text->setObjectName(QStringLiteral("textColumnCombo"));
    m_label->setObjectName(QStringLiteral("labelColumnCombo"));
    m_text->addItems(columns);
    m_label->addItems(columns);
    m_text->setCurrentIndex(guess(columns, {"tweet", "text", "sentence"}, 0));
    m_label->setCurrentIndex(guess(columns, {"emoji", "label", "labels"}, columns.size() > 1 ? 1 : 0));
    m_text->setToolTip(tr("The column with the text to classify."));
    m_label->setToolTip(tr("The column with the class of each text (a name, an emoji or a number)."));

    auto* intro = new QLabel(tr("LiteTune could not tell which columns of <b>%1</b> to use. "
                                "Pick the text and the label column.")
                                 .arg(QFileInfo(path).fileName().toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setText(reason);
    m_problem->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_problem->setVisible(!reason.isEmpty());

    auto* form = new QFormLayout;
    form->addRow(tr("&Text column:"), m_text);
    form->addRow(tr("&Label column:"), m_label);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::updateButtons);
    connect(m_label, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::updateButtons);
    updateButtons();
}

QString ColumnMappingDialog::textColumn() const {
    return m_text->currentText();
}

QString ColumnMappingDialog::labelColumn() const {
    return m_label->currentText();
}

void ColumnMappingDialog::updateButtons() {
    // One column cannot be both the text and its label.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_text->currentIndex() != m_label->currentIndex());
}
