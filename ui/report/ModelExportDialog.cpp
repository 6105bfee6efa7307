#include "report/ModelExportDialog.h"

#include "results/RunSelectionModel.h"
#include "runs/RunCatalog.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// When the run last wrote its record (it finishes by writing run.json): RunResult carries no date.
QDateTime runDate(const litetune::RunResult& run) {
    return QFileInfo(QDir(toQString(run.runDir)).filePath(QStringLiteral("run.json"))).lastModified();
}

} // namespace

ModelExportDialog::ModelExportDialog(const RunSelectionModel* selection, const QString& runDir,
                                     const QString& baseFolder, QWidget* parent)
    : QDialog(parent)
    , m_baseFolder(baseFolder.isEmpty() ? QDir::homePath() : baseFolder)
    , m_list(new QListWidget(this))
    , m_merge(new QCheckBox(
          tr("Merge the LoRA adapter into the base model (plain Hugging Face folder, no PEFT needed)"), this))
    , m_description(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("modelExportDialog"));
    setWindowTitle(tr("Export Model"));
    m_list->setObjectName(QStringLiteral("modelExportRunList"));
    m_merge->setObjectName(QStringLiteral("modelExportMergeCheck"));
    m_description->setObjectName(QStringLiteral("modelExportDescription"));
    m_folder->setObjectName(QStringLiteral("modelExportFolderEdit"));
    m_browse->setObjectName(QStringLiteral("modelExportBrowseButton"));

    const QLocale locale;
    int current = 0;
    for (const auto& run : selection->catalog()->runs()) {
        if (!isExportable(run)) {
            continue;
        }
        const QString name = RunCatalog::displayName(run);
        const QString method = QString::fromLatin1(litetune::methodName(run.config.method));
        const QDateTime date = runDate(run);
        const QString text = date.isValid()
                                 ? tr("%1 (%2, %3)").arg(name, method, locale.toString(date, QLocale::ShortFormat))
                                 : tr("%1 (%2)").arg(name, method);
        auto* item = new QListWidgetItem(text, m_list);
        item->setToolTip(QDir::toNativeSeparators(toQString(run.runDir)));
        if (toQString(run.runDir) == runDir) {
            current = static_cast<int>(m_runs.size());
        }
        m_runs.push_back(run);
    }
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    m_description->setWordWrap(true);
    m_folder->setPlaceholderText(tr("A new or empty folder"));
    m_folder->setToolTip(tr("A name without a folder is made in %1").arg(QDir::toNativeSeparators(m_baseFolder)));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Run whose trained model is exported:"), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_merge);
    layout->addWidget(m_description);
    auto* folderLabel = new QLabel(tr("Output &folder:"), this);
    folderLabel->setBuddy(m_folder);
    layout->addWidget(folderLabel);
    layout->addLayout(folderRow);
    layout->addWidget(m_buttons);
    resize(520, 420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &ModelExportDialog::runOrMergeChanged);
    connect(m_merge, &QCheckBox::toggled, this, &ModelExportDialog::runOrMergeChanged);
    connect(m_folder, &QLineEdit::textChanged, this, &ModelExportDialog::updateButtons);
    connect(m_browse, &QPushButton::clicked, this, &ModelExportDialog::browse);
    if (!m_runs.empty()) {
        m_list->setCurrentRow(current);
    }
    runOrMergeChanged(); // also for an empty list, where no row change calls it
}

bool ModelExportDialog::isExportable(const litetune::RunResult& run) {
    return run.config.method != litetune::Method::Evaluate;
}

QString ModelExportDialog::runDir() const {
    const litetune::RunResult* run = currentRun();
    return run ? toQString(run->runDir) : QString();
}

bool ModelExportDialog::merged() const {
    // A box left checked from a LoRA run chosen earlier means nothing for another method.
    return isLora() && m_merge->isChecked();
}

QString ModelExportDialog::outputFolder() const {
    QString text = m_folder->text().trimmed();
    if (text.isEmpty()) {
        return {};
    }
    if (text == QLatin1String("~") || text.startsWith(QLatin1String("~/"))) {
        text = QDir::homePath() + text.mid(1); // typed like in a shell; QDir does not expand it
    }
    return QDir::cleanPath(QDir(m_baseFolder).absoluteFilePath(QDir::fromNativeSeparators(text)));
}

litetune::ModelExportRequest ModelExportDialog::request() const {
    litetune::ModelExportRequest request;
    request.runDir = toStdString(runDir());
    request.out = toStdString(outputFolder());
    request.merged = merged();
    return request;
}

const litetune::RunResult* ModelExportDialog::currentRun() const {
    const int row = m_list->currentRow();
    if (row < 0 || row >= static_cast<int>(m_runs.size())) {
        return nullptr;
    }
    return &m_runs[static_cast<size_t>(row)];
}

bool ModelExportDialog::isLora() const {
    const litetune::RunResult* run = currentRun();
    return run && run->config.method == litetune::Method::Lora;
}

bool ModelExportDialog::writesAdapter() const {
    return isLora() && !m_merge->isChecked();
}

QString ModelExportDialog::suggestedFolder() const {
    const litetune::RunResult* run = currentRun();
    if (!run) {
        return {};
    }
    const QString folderName = QFileInfo(toQString(run->runDir)).fileName();
    const QString suffix = writesAdapter() ? QStringLiteral("-adapter") : QStringLiteral("-model");
    return QDir::toNativeSeparators(QDir(m_baseFolder).filePath(folderName + suffix));
}

void ModelExportDialog::runOrMergeChanged() {
    const litetune::RunResult* run = currentRun();
    const bool lora = isLora();
    m_merge->setEnabled(lora);
    m_merge->setToolTip(lora ? QString() : tr("Only LoRA runs have an adapter to merge"));
    if (!run) {
        m_description->setText(tr("There is no trained run to export."));
    } else if (writesAdapter()) {
        m_description->setText(tr("Writes the PEFT adapter folder (adapter_config.json, adapter_model.safetensors); "
                                  "loading it needs the base model and PEFT."));
    } else {
        m_description->setText(tr("Writes a Hugging Face model folder (config.json, model.safetensors) that "
                                  "transformers loads with from_pretrained."));
    }
    // Follow the run with the proposed name, unless the user typed or browsed to a folder of their own.
    const QString suggestion = suggestedFolder();
    if (m_folder->text().trimmed().isEmpty() || m_folder->text() == m_suggestion) {
        m_folder->setText(suggestion);
    }
    m_suggestion = suggestion;
    updateButtons();
}

void ModelExportDialog::browse() {
    // Start where the typed folder is, or the nearest folder above it that exists.
    QString start = outputFolder();
    while (!start.isEmpty() && !QFileInfo(start).isDir()) {
        const QString parent = QFileInfo(start).absolutePath();
        start = parent == start ? QString() : parent;
    }
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Export Model To"), start.isEmpty() ? m_baseFolder : start);
    if (!folder.isEmpty()) {
        m_folder->setText(QDir::toNativeSeparators(folder));
    }
}

void ModelExportDialog::updateButtons() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(currentRun() && !m_folder->text().trimmed().isEmpty());
}
