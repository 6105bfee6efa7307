#include "dataset/DatasetPage.h"

#include "bridge/EngineController.h"
#include "common/LabelGlyphs.h"
#include "dataset/CleaningBanner.h"
#include "dataset/ColumnMappingDialog.h"
#include "dataset/DatasetFilterBar.h"
#include "dataset/DatasetFilterModel.h"
#include "dataset/DatasetHeader.h"
#include "dataset/DatasetLoadingView.h"
#include "dataset/DatasetTableModel.h"
#include "dataset/LabelChart.h"
#include "dataset/LengthHistogram.h"
#include "dataset/SamplePane.h"
#include "runs/RunCatalog.h"

#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

DatasetPage::DatasetPage(EngineController* engine, RunCatalog* runs, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_runs(runs)
    , m_model(new DatasetTableModel(this))
    , m_filter(new DatasetFilterModel(this))
    , m_stack(new QStackedWidget(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("datasetPage"));
    setAcceptDrops(true);
    m_filter->setDatasetModel(m_model);
    m_filter->setPredictionIndex(&m_predictions);

    m_error->setObjectName(QStringLiteral("datasetError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; padding: 6px; "
                                          "border-radius: 4px; }"));
    m_error->hide();

    m_stack->addWidget(createEmptyState());
    m_stack->addWidget(createBrowser());
    m_loading = new DatasetLoadingView(m_engine, m_stack, this); // adds itself to the stack
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    connect(m_engine, &EngineController::datasetLoaded, this, &DatasetPage::onDatasetLoaded);
    connect(m_engine, &EngineController::datasetFailed, this, &DatasetPage::onDatasetFailed);
    connect(m_engine, &EngineController::datasetLoadCancelled, this, [this](const litetune::DatasetOptions& options) {
        if (isPending(options)) { // m_loading went back to what was shown before
            m_pending.reset();
            emit statusMessage(tr("Cancelled opening %1.").arg(toQString(options.path)));
        }
    });
    connect(m_engine, &EngineController::tokenizerLoaded, this, &DatasetPage::onTokenizerLoaded);
    connect(m_engine, &EngineController::lengthStatsComputed, this, &DatasetPage::onLengthStats);
    connect(m_engine, &EngineController::cleaningSharesComputed, this, &DatasetPage::onCleaningShares);
    connect(m_runs, &RunCatalog::runsChanged, this, &DatasetPage::rebuildRunViews);
    connect(m_runs, &RunCatalog::runsChanged, this, &DatasetPage::updateWelcome);
    showTokenizer();
    updateWelcome();
}

const DatasetHandle& DatasetPage::dataset() const {
    return m_model->dataset();
}

void DatasetPage::chooseDataset() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Dataset"), {},
        tr("Datasets (*.csv *.tsv *.jsonl *.json *.zip *.tar *.tar.gz *.tgz *.tar.xz *.gz *.xz *.zst);;All files (*)"));
    if (!path.isEmpty()) {
        openDataset(path);
    }
}

void DatasetPage::openDataset(const QString& path, const QString& textColumn, const QString& labelColumn) {
    m_error->hide();
    if (textColumn.isEmpty() && path != QLatin1String("demo")) {
        const QStringList columns = DatasetHeader::readColumns(path);
        if (columns.size() >= 2 && !DatasetHeader::autoDetectable(columns)) {
            askColumns(path, columns, {});
            return;
        }
    }
    litetune::DatasetOptions options;
    options.path = toStdString(path);
    options.textColumn = toStdString(textColumn);
    options.labelColumn = toStdString(labelColumn);
    options.cleanText = m_cleanText->isChecked();
    load(options);
}

void DatasetPage::load(const litetune::DatasetOptions& options, bool corpus) {
    m_pending = options;
    m_pendingCorpus = corpus;
    const QString path = toQString(options.path);
    // The engine thread does one thing at a time: a dataset opened during a run waits for it,
    // and the run goes on with the data it started with.
    emit statusMessage(m_engine->isRunning() ? tr("%1 opens when the current run ends.").arg(path)
                                             : tr("Opening %1…").arg(path));
    if (corpus) {
        m_engine->loadTextCorpus(options);
    } else {
        m_engine->loadDataset(options);
    }
    m_loading->start(options);
}

// Only the latest request counts: an answer to an earlier one (another file, or the same file
// before "Clean text" was toggled) is dropped.
bool DatasetPage::isPending(const litetune::DatasetOptions& options) const {
    return m_pending && m_pending->path == options.path && m_pending->cleanText == options.cleanText;
}

void DatasetPage::setCleanText(bool clean) {
    QSettings().setValue(QStringLiteral("dataset/cleanText"), clean);
    // Open again whatever is shown or on its way, now with the texts cleaned (or raw).
    std::optional<litetune::DatasetOptions> options = m_pending;
    if (!options && dataset()) {
        options = m_options;
    }
    if (options && options->cleanText != clean) {
        options->cleanText = clean;
        m_cleaningBanner->hide();
        load(*options, m_pending ? m_pendingCorpus : isTextCorpus(dataset()));
    }
}

void DatasetPage::onDatasetLoaded(const DatasetHandle& dataset, const litetune::DatasetOptions& options) {
    if (!isPending(options)) {
        return;
    }
    m_pending.reset();
    m_options = options;
    m_cleaningBanner->hide();
    if (!options.cleanText) {
        m_engine->computeCleaningShares(dataset); // answered by onCleaningShares
    }
    m_model->setDataset(dataset);
    m_filterBar->setDataset(dataset);
    showCorpusState(dataset);
    rebuildRunViews();
    m_stack->setCurrentIndex(1);
    updateLabelChart();
    requestLengthStats();
    if (m_filter->rowCount() > 0) {
        m_table->setCurrentIndex(m_filter->index(0, DatasetTableModel::TextColumn));
    }
    emit datasetOpened(dataset, options);
    emit statusMessage(tr("Opened %1: %n example(s)", nullptr, m_model->rowCount()).arg(toQString(dataset->source)));
}

void DatasetPage::onDatasetFailed(const litetune::DatasetOptions& options, const QString& message) {
    if (!isPending(options)) {
        return;
    }
    m_pending.reset();
    const QString path = toQString(options.path);
    const QStringList columns = m_pendingCorpus ? QStringList() : DatasetHeader::readColumns(path);
    if (columns.size() >= 2 && message.contains(QLatin1String("column"), Qt::CaseInsensitive)) {
        askColumns(path, columns, message);
        return;
    }
    showError(message);
}

void DatasetPage::askColumns(const QString& path, const QStringList& columns, const QString& reason) {
    auto* dialog = new ColumnMappingDialog(path, columns, reason, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, path] { openDataset(path, dialog->textColumn(), dialog->labelColumn()); });
    dialog->open();
}

void DatasetPage::showError(const QString& message) {
    m_error->setText(tr("Could not open the dataset: %1").arg(message));
    m_error->show();
    emit statusMessage(message);
}

void DatasetPage::onCleaningShares(const DatasetHandle& dataset, const QList<double>& shares) {
    if (dataset == this->dataset() && !m_options.cleanText) {
        m_cleaningBanner->showShares(*dataset, shares);
    }
}

void DatasetPage::rebuildRunViews() {
    m_predictions.rebuild(dataset(), toQString(m_options.path), *m_runs);
    m_filterBar->setRunViews(m_predictions);
    applyConfusionCell();
    applyRunDiff();
    showCurrentSample();
}

void DatasetPage::showConfusionCell(const QString& runDir, int trueLabel, int predictedLabel) {
    const litetune::RunResult* run = m_runs->find(runDir);
    if (!run) {
        return;
    }
    m_cellRunDir = runDir;
    m_cellTrue = trueLabel;
    m_cellPredicted = predictedLabel;
    if (!dataset() || !PredictionIndex::sameSource(toQString(run->config.dataPath), toQString(m_options.path))) {
        // Made on another dataset: open that one; rebuildRunViews() filters once it is loaded.
        openDataset(toQString(run->config.dataPath), toQString(run->config.textColumn),
                    toQString(run->config.labelColumn));
        return;
    }
    m_filterBar->setDataset(dataset()); // the other filters off: exactly the cell's samples
    m_filterBar->setRunViews(m_predictions);
    applyConfusionCell();
}

void DatasetPage::showRunDiff(const QString& runDirA, const QString& runDirB, bool fixed) {
    const litetune::RunResult* run = m_runs->find(runDirB);
    if (!run) {
        return;
    }
    m_diffRunA = runDirA;
    m_diffRunB = runDirB;
    m_diffFixed = fixed;
    m_cellRunDir.clear();
    if (!dataset() || !PredictionIndex::sameSource(toQString(run->config.dataPath), toQString(m_options.path))) {
        // As showConfusionCell: rebuildRunViews() applies the list once the runs' dataset is loaded.
        openDataset(toQString(run->config.dataPath), toQString(run->config.textColumn),
                    toQString(run->config.labelColumn));
        return;
    }
    applyConfusionCell();
    applyRunDiff();
}

void DatasetPage::applyRunDiff() {
    if (m_diffRunB.isEmpty() || !dataset()) {
        return;
    }
    const int runB = m_predictions.indexOf(m_diffRunB);
    const int runA = m_predictions.indexOf(m_diffRunA);
    m_diffRunA.clear();
    m_diffRunB.clear();
    m_filterBar->setDataset(dataset()); // the other filters off: exactly the list
    m_filterBar->setRunViews(m_predictions);
    using View = DatasetFilterModel::RunView;
    m_filterBar->selectRunView(m_predictions, m_diffFixed ? View::FixedBy : View::BrokenBy, runB, runA);
    applyFilters();
    if (m_filter->rowCount() > 0) {
        m_table->setCurrentIndex(m_filter->index(0, DatasetTableModel::TextColumn));
    }
}

void DatasetPage::applyConfusionCell() {
    int run = -1;
    for (int i = 0; i < m_predictions.runCount() && !m_cellRunDir.isEmpty(); ++i) {
        if (m_predictions.run(i).runDir == m_cellRunDir) {
            run = i;
        }
    }
    if (run < 0) {
        m_cellRunDir.clear();
    }
    m_filter->setConfusionCell(run, m_cellTrue, m_cellPredicted);
    applyFilters();
    m_cellBanner->setVisible(run >= 0);
    if (run < 0 || !dataset()) {
        return;
    }
    auto labelHtml = [this](int label) {
        if (label < 0 || static_cast<size_t>(label) >= dataset()->labels.size()) {
            return QString::number(label);
        }
        const auto& info = dataset()->labels[static_cast<size_t>(label)];
        // The glyph in the colour emoji font; the name in the label's own font.
        return QStringLiteral("<span style=\"font-family:'Noto Color Emoji'\">%1</span> %2")
            .arg(LabelGlyphs::glyph(info).toHtmlEscaped(), LabelGlyphs::displayName(info).toHtmlEscaped());
    };
    m_cellBanner->setText(
        tr("Samples of <b>%1</b> that <b>%2</b> predicted as <b>%3</b>. <a href=\"all\">Show all "
           "rows</a>")
            .arg(labelHtml(m_cellTrue), m_predictions.run(run).name.toHtmlEscaped(), labelHtml(m_cellPredicted)));
    if (m_filter->rowCount() > 0) {
        m_table->setCurrentIndex(m_filter->index(0, DatasetTableModel::TextColumn));
    }
}

void DatasetPage::applyFilters() {
    m_filterBar->applyTo(m_filter);
    m_filterBar->setCount(m_filter->rowCount(), m_model->rowCount());
}

void DatasetPage::updateLabelChart() {
    const DatasetHandle& data = dataset();
    if (!data) {
        m_labelChart->clear();
        return;
    }
    const int chosen = m_filterBar->split();
    std::vector<std::int64_t> counts(data->labels.size(), 0);
    for (size_t i = 0; i < data->splits.size(); ++i) {
        if (chosen >= 0 && static_cast<int>(i) != chosen) {
            continue;
        }
        for (const auto& example : data->splits[i].examples) {
            if (example.label >= 0 && static_cast<size_t>(example.label) < counts.size()) {
                ++counts[static_cast<size_t>(example.label)];
            }
        }
    }
    m_labelChart->setCounts(data->labels, counts);
}

void DatasetPage::showCurrentSample() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_sample->clear();
        return;
    }
    const QModelIndex source = m_filter->mapToSource(current);
    const auto location = m_model->locate(source.row());
    m_sample->showSample(dataset(), location.split, location.example, m_tokenizer, m_predictions);
}

void DatasetPage::dragEnterEvent(QDragEnterEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        event->acceptProposedAction();
    }
}

void DatasetPage::dropEvent(QDropEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        openDataset(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}
