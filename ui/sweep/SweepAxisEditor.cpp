// The sweep's option rows (SweepAxisEditor.h).
#include "sweep/SweepAxisEditor.h"

#include "bridge/EngineTypes.h"

#include "api/OptionTable.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

SweepAxisEditor::SweepAxisEditor(const litetune::TrainConfig& base, QWidget* parent)
    : QWidget(parent)
    , m_base(base) {
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    auto* add = new QPushButton(tr("&Add option"), this);
    add->setObjectName(QStringLiteral("sweepAddAxis"));
    add->setToolTip(tr("Vary one more option; the sweep runs every combination (grid) or a random draw of them"));
    connect(add, &QPushButton::clicked, this, [this] {
        addRow(QStringLiteral("lr"));
        emit changed();
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(buttons);
}

int SweepAxisEditor::addRow(const QString& flag, const QString& values) {
    Row row;
    row.box = new QWidget(this);
    row.option = new QComboBox(row.box);
    for (const std::string& name : litetune::sweepableOptions()) {
        const litetune::OptionSpec* option = litetune::findOption(name);
        row.option->addItem(toQString(name), toQString(name));
        row.option->setItemData(row.option->count() - 1, QCoreApplication::translate("TrainOption", option->help),
                                Qt::ToolTipRole);
    }
    row.option->setCurrentIndex(std::max(0, row.option->findData(flag)));
    row.values = new QLineEdit(values, row.box);
    row.values->setToolTip(tr("Values separated by commas; a real option may give LOW:HIGH for a random sweep; "
                              "list items join with +"));
    auto* remove = new QToolButton(row.box);
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Stop varying this option"));
    auto* layout = new QHBoxLayout(row.box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.option);
    layout->addWidget(new QLabel(QStringLiteral("="), row.box));
    layout->addWidget(row.values, 1);
    layout->addWidget(remove);
    m_rowsLayout->addWidget(row.box);
    m_rows.push_back(row);
    updatePlaceholder(row);
    QWidget* box = row.box;
    connect(row.option, &QComboBox::currentIndexChanged, this, [this, box] {
        for (const Row& r : m_rows) {
            if (r.box == box) {
                updatePlaceholder(r);
            }
        }
        emit changed();
    });
    connect(row.values, &QLineEdit::textChanged, this, &SweepAxisEditor::changed);
    connect(remove, &QToolButton::clicked, this, [this, box] {
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].box == box) {
                removeRow(static_cast<int>(i));
                emit changed();
                return;
            }
        }
    });
    renameRows();
    return rowCount() - 1;
}

void SweepAxisEditor::removeRow(int index) {
    if (index < 0 || index >= rowCount()) {
        return;
    }
    m_rows[static_cast<std::size_t>(index)].box->deleteLater();
    m_rows.erase(m_rows.begin() + index);
    renameRows();
}

void SweepAxisEditor::renameRows() {
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        m_rows[i].option->setObjectName(QStringLiteral("sweepAxisOption_%1").arg(i));
        m_rows[i].values->setObjectName(QStringLiteral("sweepAxisValues_%1").arg(i));
        m_rows[i].box->findChild<QToolButton*>()->setObjectName(QStringLiteral("sweepRemoveAxis_%1").arg(i));
    }
}

void SweepAxisEditor::updatePlaceholder(const Row& row) {
    const litetune::OptionSpec* option = litetune::findOption(toStdString(row.option->currentData().toString()));
    if (!option) {
        return;
    }
    const QString now = toQString(litetune::optionText(*option, option->get(m_base)));
    row.values->setPlaceholderText(option->choices.empty()
                                       ? tr("now %1; e.g. %1, …").arg(now)
                                       : tr("now %1; any of %2").arg(now, toQString(litetune::optionChoices(*option))));
}

std::vector<litetune::SweepAxis> SweepAxisEditor::axes() const {
    std::vector<litetune::SweepAxis> out;
    for (const Row& row : m_rows) {
        const QString values = row.values->text().trimmed();
        if (values.isEmpty()) {
            continue;
        }
        out.push_back(litetune::parseSweepAxis(toStdString(row.option->currentData().toString() + '=' + values)));
    }
    return out;
}
