#include "results/RunConfigDialog.h"

#include "results/ConfigDiff.h"
#include "runs/RunCatalog.h"

#include "api/OptionTable.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// The option's help for a run.json config key, translated as the Configure form's tooltips are.
QString helpFor(const QString& jsonKey) {
    for (const litetune::OptionSpec& spec : litetune::optionTable()) {
        if (jsonKey == QLatin1String(spec.jsonKey)) {
            return QCoreApplication::translate("TrainOption", spec.help);
        }
    }
    return {};
}

QLabel* selectable(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RunConfigDialog::RunConfigDialog(const litetune::RunResult& run, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this)) {
    setObjectName(QStringLiteral("runConfigDialog"));
    const QString name = RunCatalog::displayName(run);
    setWindowTitle(tr("Settings of “%1”").arg(name));

    auto* facts = new QFormLayout;
    facts->addRow(tr("Name:"), selectable(name, this));
    facts->addRow(tr("Method:"), selectable(QString::fromLatin1(litetune::methodName(run.config.method)), this));
    facts->addRow(tr("Folder:"), selectable(QDir::toNativeSeparators(toQString(run.runDir)), this));

    const auto settings = ConfigDiff::settings(run);
    m_table->setObjectName(QStringLiteral("runConfigTable"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Setting"), tr("Value")});
    m_table->setRowCount(settings.size());
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < settings.size(); ++row) {
        auto* key = new QTableWidgetItem(settings.at(row).first);
        auto* value = new QTableWidgetItem(settings.at(row).second);
        const QString help = helpFor(settings.at(row).first);
        key->setToolTip(help);
        value->setToolTip(value->text());
        m_table->setItem(row, 0, key);
        m_table->setItem(row, 1, value);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(facts);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 520);
}
