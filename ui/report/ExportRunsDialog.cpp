#include "report/ExportRunsDialog.h"

#include "results/RunSelectionModel.h"
#include "runs/RunCatalog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ExportRunsDialog::ExportRunsDialog(const RunSelectionModel* selection, QWidget* parent)
    : QDialog(parent)
    , m_runs(selection->catalog()->runs())
    , m_list(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("exportRunsDialog"));
    setWindowTitle(tr("Export Report"));
    m_list->setObjectName(QStringLiteral("exportRunList"));
    for (const auto& run : m_runs) {
        auto* item =
            new QListWidgetItem(tr("%1 (%2)").arg(RunCatalog::displayName(run),
                                                  QString::fromLatin1(litetune::methodName(run.config.method))),
                                m_list);
        item->setToolTip(QDir::toNativeSeparators(toQString(run.runDir)));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(selection->isSelected(toQString(run.runDir)) ? Qt::Checked : Qt::Unchecked);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose File…"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Runs in the report, one column each:"), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(420, 360);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &ExportRunsDialog::updateButtons);
    updateButtons();
}

RunResultList ExportRunsDialog::chosenRuns() const {
    RunResultList chosen;
    for (int i = 0; i < m_list->count() && i < static_cast<int>(m_runs.size()); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) {
            chosen.push_back(m_runs[static_cast<size_t>(i)]);
        }
    }
    return chosen;
}

void ExportRunsDialog::updateButtons() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosenRuns().empty());
}
