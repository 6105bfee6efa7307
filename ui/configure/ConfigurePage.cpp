#include "configure/ConfigurePage.h"
#include "configure/ForecastPanel.h"

#include "common/SchemeIcon.h"
#include "configure/ConfigureKeys.h"
#include "configure/DeviceChoices.h"
#include "configure/HfCacheScanner.h"
#include "configure/HyperParameterForm.h"
#include "configure/SettingsNoticeBar.h"
#include "download/DownloadDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace {

const QString kDemoModel = QString::fromLatin1(litetune::kDemoModelName);
// Stands for "GPT-2 wanted but not in the cache", so the problem can say so.
const QString kMissingGpt2 = QStringLiteral("missing:gpt2");

// GPT-2's snapshot in the Hugging Face cache, else `otherwise`.
QString cachedGpt2(const QString& otherwise) {
    for (const auto& cached : HfCacheScanner::scan()) {
        if (cached.repoId == QLatin1String("openai-community/gpt2") || cached.repoId == QLatin1String("gpt2")) {
            return cached.snapshotPath;
        }
    }
    return otherwise;
}

} // namespace

ConfigurePage::ConfigurePage(QWidget* parent)
    : QWidget(parent)
    , m_form(new HyperParameterForm(this)) {
    setObjectName(QStringLiteral("configurePage"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(createSourcePanel(), 1);
    layout->addWidget(scroll, 1);

    fillModels();
    fillDevices();
    restoreSettings();
    connect(m_form, &HyperParameterForm::changed, this, &ConfigurePage::onChanged);
    connect(m_model, &QComboBox::currentIndexChanged, this, &ConfigurePage::onChanged);
    connect(m_device, &QComboBox::currentIndexChanged, this, &ConfigurePage::onChanged);
    connect(m_device, &QComboBox::activated, this, [this] { m_wantedDevice = m_device->currentData().toString(); });
    connect(m_preset, &QComboBox::activated, this,
            [this](int index) { applyPreset(static_cast<Preset>(m_preset->itemData(index).toInt())); });
    connect(m_train, &QPushButton::clicked, this, &ConfigurePage::requestTrain);
    connect(m_compare, &QPushButton::clicked, this, &ConfigurePage::requestCompare);
    onChanged();
}

QWidget* ConfigurePage::createSourcePanel() {
    auto* panel = new QWidget(this);
    m_preset = new QComboBox(panel);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->addItem(tr("Custom"), int(Preset::Custom));
    m_preset->addItem(tr("Quick demo"), int(Preset::QuickDemo));
    m_preset->addItem(tr("Reproduce the reference experiment"), int(Preset::Reference));
    m_preset->setToolTip(tr("Reference experiment: GPT-2 from the Hugging Face cache, full fine-tune vs LoRA, "
                            "1 epoch, learning rate 5e-5, batch 8, max length 128, seed 42."));

    m_model = new QComboBox(panel);
    m_model->setObjectName(QStringLiteral("modelCombo"));
    m_model->setToolTip(tr("The pretrained GPT-2 to start from."));
    auto* browse = new QPushButton(tr("Folder…"), panel);
    browse->setObjectName(QStringLiteral("browseModelButton"));
    browse->setToolTip(tr("Choose a local Hugging Face model folder (config.json, weights, vocab.json, merges.txt)."));
    connect(browse, &QPushButton::clicked, this, &ConfigurePage::browseModel);
    auto* download = new QPushButton(tr("Download…"), panel);
    download->setObjectName(QStringLiteral("downloadModelButton"));
    download->setToolTip(tr("Download a model from the Hugging Face Hub into the Hugging Face cache."));
    connect(download, &QPushButton::clicked, this, [this] {
        const QString snapshot = DownloadDialog::run(this, QStringLiteral("openai-community/gpt2"));
        if (!snapshot.isEmpty()) {
            fillModels(); // the new snapshot appears as a "(Hugging Face cache)" entry
            selectModel(snapshot);
        }
    });
    auto* modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(browse);
    modelRow->addWidget(download);
    m_modelInfo = new QLabel(panel);
    m_modelInfo->setWordWrap(true);
    m_modelInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_dataInfo = new QLabel(panel);
    m_dataInfo->setObjectName(QStringLiteral("datasetInfo"));
    m_dataInfo->setWordWrap(true);

    m_device = new QComboBox(panel);
    m_device->setObjectName(QStringLiteral("deviceCombo"));
    m_device->setToolTip(tr("Where the model runs: the CPU, or one of the CUDA GPUs LibTorch sees."));

    auto* source = new QGroupBox(tr("Source"), panel);
    auto* form = new QFormLayout(source);
    form->addRow(tr("&Preset:"), m_preset);
    // A row holding a layout gets no buddy from addRow, so the mnemonic needs its own label.
    auto* modelLabel = new QLabel(tr("M&odel:"), source);
    modelLabel->setBuddy(m_model);
    form->addRow(modelLabel, modelRow);
    form->addRow(QString(), m_modelInfo);
    form->addRow(tr("Dataset:"), m_dataInfo);
    form->addRow(tr("D&evice:"), m_device);

    m_problems = new QLabel(panel);
    m_problems->setObjectName(QStringLiteral("validationLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);

    m_train = new QPushButton(schemeIcon(QStringLiteral(":/icons/run.svg")), tr("Train"), panel);
    m_train->setObjectName(QStringLiteral("trainButton"));
    m_train->setToolTip(tr("Run the chosen method with these settings (Ctrl+R)."));
    m_compare =
        new QPushButton(schemeIcon(QStringLiteral(":/icons/compare.svg")), tr("Compare base → full → LoRA"), panel);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_train);
    buttons->addWidget(m_compare);

    m_settingsNotices = new SettingsNoticeBar(panel);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(source);
    layout->addWidget(m_settingsNotices);
    layout->addWidget(m_problems);
    layout->addWidget(m_forecast = new ForecastPanel(panel));
    layout->addLayout(buttons);
    layout->addStretch();
    return panel;
}

void ConfigurePage::fillModels() {
    m_model->clear();
    addModelItem(tr("Built-in demo model (tiny GPT-2)"), kDemoModel);
    for (const auto& cached : HfCacheScanner::scan()) {
        addModelItem(tr("%1 (Hugging Face cache)").arg(cached.repoId), cached.snapshotPath);
    }
    const QStringList folders = QSettings().value(configure_keys::path(configure_keys::modelFolders())).toStringList();
    for (const auto& folder : folders) {
        if (QDir(folder).exists()) {
            addModelItem(QDir::toNativeSeparators(folder), folder);
        }
    }
}

void ConfigurePage::fillDevices() {
    // The GPUs follow in setRuntimeInfo(): asking LibTorch here would start CUDA on the GUI thread.
    m_device->clear();
    addDevices(device_choices::deviceChoices(nullptr));
}

void ConfigurePage::setRuntimeInfo(const litetune::RuntimeInfo& info) {
    addDevices(device_choices::deviceChoices(&info));
    // The device chosen last time may only now be known.
    const int wanted = m_device->findData(m_wantedDevice);
    if (wanted >= 0 && wanted != m_device->currentIndex()) {
        m_device->setCurrentIndex(wanted);
    }
}

void ConfigurePage::addDevices(const QList<DeviceChoice>& choices) {
    for (const DeviceChoice& choice : choices) {
        if (m_device->findData(choice.data) < 0) {
            m_device->addItem(choice.label, choice.data);
            m_device->setItemData(m_device->count() - 1, choice.workers, device_choices::kWorkersRole);
        }
    }
}

int ConfigurePage::addModelItem(const QString& text, const QString& path) {
    const int existing = m_model->findData(path);
    if (existing >= 0) {
        return existing;
    }
    m_model->addItem(text, path);
    return m_model->count() - 1;
}

void ConfigurePage::selectModel(const QString& path) {
    int index = m_model->findData(path);
    if (index < 0 && QDir(path).exists()) {
        index = addModelItem(QDir::toNativeSeparators(path), path);
    }
    if (index >= 0) {
        m_model->setCurrentIndex(index);
    }
}

void ConfigurePage::browseModel() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose a Model Folder"));
    if (folder.isEmpty()) {
        return;
    }
    QSettings settings;
    QStringList folders = settings.value(configure_keys::path(configure_keys::modelFolders())).toStringList();
    folders.removeAll(folder);
    folders.prepend(folder);
    settings.setValue(configure_keys::path(configure_keys::modelFolders()), folders.mid(0, 8));
    selectModel(folder);
}

QString ConfigurePage::modelPath() const {
    return m_model->currentData().toString();
}

litetune::TrainConfig ConfigurePage::config() const {
    litetune::TrainConfig config;
    m_form->writeTo(config);
    config.modelPath = toStdString(modelPath() == kMissingGpt2 ? QString() : modelPath());
    device_choices::applyDeviceChoice({m_device->currentText(), m_device->currentData().toString(),
                                       m_device->currentData(device_choices::kWorkersRole).toInt()},
                                      config);
    // The run reads the data as the Dataset place showed it (run.json records how).
    litetune::applyDatasetOptions(config, m_dataOptions);
    return config;
}

QStringList ConfigurePage::problems(ConfigValidator::Action action) const {
    if (modelPath() == kMissingGpt2) {
        QStringList problems = ConfigValidator::problems(config(), m_hasDataset, action);
        problems.removeAll(QCoreApplication::translate("ConfigValidator", "Choose a model."));
        problems.prepend(tr("GPT-2 is not in the Hugging Face cache (%1). Download it there, or choose a local "
                            "model folder.")
                             .arg(QDir::toNativeSeparators(HfCacheScanner::cacheRoot())));
        return problems;
    }
    return ConfigValidator::problems(config(), m_hasDataset, action);
}

void ConfigurePage::setDataset(const DatasetHandle& dataset, const litetune::DatasetOptions& options) {
    m_hasDataset = dataset != nullptr;
    m_dataOptions = options;
    if (dataset) {
        qlonglong examples = 0;
        for (const auto& split : dataset->splits) {
            examples += static_cast<qlonglong>(split.examples.size());
        }
        m_forecast->setDataset(*dataset, options.validationFraction + options.testFraction);
        m_dataInfo->setText(isTextCorpus(dataset) ? tr("%1 — %2 documents of raw text (no labels)")
                                                        .arg(toQString(dataset->source), QLocale().toString(examples))
                                                  : tr("%1 — %2 examples, %3 labels")
                                                        .arg(toQString(dataset->source), QLocale().toString(examples),
                                                             QString::number(dataset->labels.size())));
    }
    m_form->setClassCounts(dataset && !isTextCorpus(dataset) ? dataset->labelCounts("train")
                                                             : std::vector<std::int64_t>());
    m_form->setTextCorpus(isTextCorpus(dataset));
    updateProblems();
}

void ConfigurePage::applyPreset(Preset preset) {
    m_applyingPreset = true;
    litetune::TrainConfig config = this->config();
    switch (preset) {
    case Preset::Custom:
        break;
    case Preset::QuickDemo:
        selectModel(kDemoModel);
        config.method = litetune::Method::Full;
        litetune::applyDemoSettings(config);
        config.seed = 42;
        config.limitTrain = 0;
        config.limitEval = 0;
        break;
    case Preset::Reference: {
        const QString gpt2 = cachedGpt2(kMissingGpt2);
        if (gpt2 == kMissingGpt2 && m_model->findData(kMissingGpt2) < 0) {
            m_model->addItem(tr("GPT-2 (not in the Hugging Face cache)"), kMissingGpt2);
        }
        selectModel(gpt2);
        config = litetune::TrainConfig();
        config.method = litetune::Method::Full;
        config.epochs = 1.0;
        config.learningRate = 5e-5;
        config.batchSize = 8;
        config.maxLength = 128;
        config.seed = 42;
        break;
    }
    }
    m_form->setConfig(config);
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    m_applyingPreset = false;
    onChanged();
}

void ConfigurePage::setRunning(bool running) {
    m_running = running;
    m_forecast->setProbeEnabled(!running); // a probe beside a run would slow it and skew its peak
    updateProblems();
}

bool ConfigurePage::requestTrain() {
    const QStringList found = problems(ConfigValidator::Action::Train);
    if (!found.isEmpty() || m_running || !m_forecast->confirmRun()) { // last: asks when it would not fit
        updateProblems();
        return false;
    }
    emit trainRequested(config());
    return true;
}

bool ConfigurePage::requestCompare() {
    const QStringList found = problems(ConfigValidator::Action::Compare);
    if (!found.isEmpty() || m_running || m_form->isTextCorpus()) {
        updateProblems();
        return false;
    }
    emit compareRequested(config());
    return true;
}

void ConfigurePage::onChanged() {
    if (m_applyingPreset) {
        return;
    }
    if (sender() == m_form && m_preset->currentIndex() != 0) {
        m_preset->setCurrentIndex(0); // edited by hand: no longer the preset
    }
    const QString model = modelPath();
    m_modelInfo->setText(model == kDemoModel || model == kMissingGpt2 ? QString() : QDir::toNativeSeparators(model));
    m_modelInfo->setVisible(!m_modelInfo->text().isEmpty());
    if (model != m_lastModel) {
        m_lastModel = model;
        emit modelChanged(model == kMissingGpt2 ? QString() : model);
    }
    const int maxLength = config().maxLength;
    if (maxLength != m_lastMaxLength) {
        m_lastMaxLength = maxLength;
        emit maxLengthChanged(maxLength);
    }
    m_forecast->setConfig(config());
    updateProblems();
    saveSettings();
}

void ConfigurePage::updateProblems() {
    if (!m_hasDataset) {
        m_dataInfo->setText(tr("none — open one in the Dataset place"));
    }
    const QStringList trainProblems = problems(ConfigValidator::Action::Train);
    const QStringList compareProblems = problems(ConfigValidator::Action::Compare);
    QStringList all = trainProblems;
    for (const auto& problem : compareProblems) {
        if (!all.contains(problem)) {
            all << problem;
        }
    }
    QString html;
    for (const auto& problem : all) {
        html += QStringLiteral("<div style='color:#b3261e'>⚠ %1</div>").arg(problem.toHtmlEscaped());
    }
    if (m_running) {
        html += QStringLiteral("<div>%1</div>").arg(tr("A run is in progress (Train place).").toHtmlEscaped());
    }
    m_problems->setText(html);
    m_problems->setVisible(!html.isEmpty());
    m_train->setEnabled(trainProblems.isEmpty() && !m_running);
    // The engine refuses to compare causal LMs (engine/runs/Workbench.cpp runComparison).
    m_compare->setEnabled(compareProblems.isEmpty() && !m_running && !m_form->isTextCorpus());
    m_compare->setToolTip(m_form->isTextCorpus() ? tr("Compare sets classifiers side by side; a text corpus "
                                                      "trains a causal language model with Train.")
                                                 : tr("Evaluate the base model, then fine-tune fully, then with "
                                                      "LoRA, sharing data and settings (Ctrl+Shift+R)."));
    emit readinessChanged(m_train->isEnabled(), m_compare->isEnabled());
}

void ConfigurePage::restoreSettings() {
    QSettings settings;
    settings.beginGroup(configure_keys::group());
    litetune::TrainConfig config;
    restoreKnobs(settings, config);
    m_form->setConfig(config);
    // Until one is chosen: GPT-2 when the cache has it, so a dataset's token counts are GPT-2's.
    selectModel(settings.value(configure_keys::model(), cachedGpt2(kDemoModel)).toString());
    m_wantedDevice = settings.value(configure_keys::device(), QStringLiteral("auto")).toString();
    m_device->setCurrentIndex(std::max(0, m_device->findData(m_wantedDevice)));
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(settings.value(configure_keys::preset(), 0))));
    settings.endGroup();
}
