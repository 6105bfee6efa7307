#include "playground/PlaygroundPage.h"

#include "bridge/EngineController.h"
#include "playground/BatchPredictionModel.h"
#include "playground/LabelScoreView.h"
#include "playground/RunPredictor.h"
#include "results/RunSelectionModel.h"
#include "runs/RunCatalog.h"

#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int kCardColumns = 3;
// More lines than this in one batch would keep the engine busy for minutes per run.
constexpr int kMaxBatchLines = 10000;

} // namespace

PlaygroundPage::PlaygroundPage(EngineController* engine, RunSelectionModel* selection, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_selection(selection)
    , m_predictor(new RunPredictor(engine, this))
    , m_debounce(new QTimer(this))
    , m_modes(new QTabWidget(this))
    , m_batch(new BatchPredictionModel(this)) {
    setObjectName(QStringLiteral("playgroundPage"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    m_modes->setObjectName(QStringLiteral("playgroundModes"));
    m_modes->addTab(createLiveTab(), tr("Text"));
    m_modes->addTab(createBatchTab(), tr("Batch"));

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(createRunPanel());
    split->addWidget(m_modes);
    split->setStretchFactor(1, 1);
    split->setSizes({200, 1100});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_debounce, &QTimer::timeout, this, &PlaygroundPage::predictLive);
    connect(m_predictor, &RunPredictor::predicted, this, &PlaygroundPage::onPredicted);
    connect(m_predictor, &RunPredictor::failed, this, &PlaygroundPage::onFailed);
    connect(m_selection, &RunSelectionModel::selectionChanged, this, &PlaygroundPage::rebuildViews);
    connect(m_selection, &RunSelectionModel::modelReset, this, &PlaygroundPage::rebuildViews);
    connect(m_engine, &EngineController::runningChanged, this, &PlaygroundPage::updateStatus);
    // Runs deleted from the runs folder vanish from the catalogue; their loaded models go too.
    connect(m_selection->catalog(), &RunCatalog::runsChanged, this, &PlaygroundPage::releaseDeletedRuns);
    rebuildViews();
}

QWidget* PlaygroundPage::createRunPanel() {
    auto* panel = new QWidget(this);
    auto* list = new QListView(panel);
    list->setObjectName(QStringLiteral("playgroundRunList"));
    list->setModel(m_selection);
    list->setMinimumWidth(180);
    auto* hint = new QLabel(tr("Ticked runs answer. Each is asked with the model it saved; the first question "
                               "loads it."),
                            panel);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->addWidget(new QLabel(tr("<b>Runs</b>"), panel));
    layout->addWidget(list, 1);
    layout->addWidget(hint);
    return panel;
}

QWidget* PlaygroundPage::createLiveTab() {
    auto* tab = new QWidget(this);
    m_input = new QPlainTextEdit(tab);
    m_input->setObjectName(QStringLiteral("playgroundInput"));
    m_input->setPlaceholderText(tr("Type or paste a text, e.g. \"Sunday brunch with my favourite people\"…"));
    m_input->setFixedHeight(fontMetrics().lineSpacing() * 4 + 16);
    m_status = new QLabel(tab);
    m_status->setObjectName(QStringLiteral("playgroundStatus"));
    m_status->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_cards = new QWidget(tab);
    m_cardGrid = new QGridLayout(m_cards);
    m_cardGrid->setContentsMargins(0, 0, 0, 0);
    m_cardGrid->setSpacing(10);
    auto* scroll = new QScrollArea(tab);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_cards);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_input);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
    connect(m_input, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    return tab;
}

QWidget* PlaygroundPage::createBatchTab() {
    auto* tab = new QWidget(this);
    m_batchInput = new QPlainTextEdit(tab);
    m_batchInput->setObjectName(QStringLiteral("batchInput"));
    m_batchInput->setPlaceholderText(tr("Paste texts here, one per line."));
    m_batchInput->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_batchButton = new QPushButton(tr("Predict All"), tab);
    m_batchButton->setObjectName(QStringLiteral("batchPredictButton"));
    m_exportButton = new QPushButton(tr("Export CSV…"), tab);
    m_exportButton->setObjectName(QStringLiteral("batchExportButton"));
    m_exportButton->setEnabled(false);
    m_batchStatus = new QLabel(tab);
    m_batchStatus->setObjectName(QStringLiteral("batchStatus"));
    m_batchTable = new QTableView(tab);
    m_batchTable->setObjectName(QStringLiteral("batchTable"));
    m_batchTable->setModel(m_batch);
    m_batchTable->setWordWrap(false);
    m_batchTable->setAlternatingRowColors(true);
    m_batchTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_batchTable->horizontalHeader()->setStretchLastSection(true);
    m_batchTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_batchTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_batchButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_batchStatus, 1);
    auto* top = new QWidget(tab);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_batchInput, 1);
    topLayout->addLayout(buttons);
    auto* split = new QSplitter(Qt::Vertical, tab);
    split->addWidget(top);
    split->addWidget(m_batchTable);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(split);
    connect(m_batchButton, &QPushButton::clicked, this, &PlaygroundPage::predictBatch);
    connect(m_exportButton, &QPushButton::clicked, this, &PlaygroundPage::chooseCsvFile);
    return tab;
}

void PlaygroundPage::rebuildViews() {
    qDeleteAll(m_views);
    m_views.clear();
    const RunResultList runs = m_selection->selectedRuns();
    for (size_t i = 0; i < runs.size(); ++i) {
        const auto& run = runs[i];
        const QString runDir = toQString(run.runDir);
        auto* view =
            new LabelScoreView(RunCatalog::displayName(run), RunSelectionModel::runColor(static_cast<int>(i)), m_cards);
        QString tip = tr("%1 — %2").arg(QString::fromLatin1(litetune::methodName(run.config.method)),
                                        QDir::toNativeSeparators(runDir));
        if (run.config.method == litetune::Method::Evaluate) {
            tip += QLatin1Char('\n') + tr("A base evaluation answers with the model it evaluated. Where that model had "
                                          "no head for these labels, the head was drawn from seed %1: untrained, "
                                          "so its answers are no better than chance.")
                                           .arg(run.config.seed);
        }
        view->setToolTip(tip);
        QString model;
        QString adapter;
        QString reason;
        view->setMessage(RunPredictor::modelOf(run, &model, &adapter, &reason)
                             ? tr("Type a text to see what this run predicts.")
                             : reason);
        m_cardGrid->addWidget(view, static_cast<int>(i) / kCardColumns, static_cast<int>(i) % kCardColumns);
        m_views.insert(runDir, view);
    }
    m_cardGrid->setRowStretch(static_cast<int>(runs.size() + kCardColumns - 1) / kCardColumns, 1);
    if (runs.empty()) {
        m_status->setText(tr("Tick runs in the list to ask them."));
    }
    m_askedText.clear();
    m_debounce->start();
}

void PlaygroundPage::releaseDeletedRuns() {
    QStringList runDirs;
    for (const auto& run : m_selection->catalog()->runs()) {
        runDirs.append(toQString(run.runDir));
    }
    m_engine->retainModels(runDirs);
}

void PlaygroundPage::predictLive() {
    if (!m_live.isEmpty()) {
        m_liveDirty = true; // ask again once the runs have answered the previous text
        return;
    }
    const QString text = m_input->toPlainText().trimmed();
    if (text.isEmpty()) {
        m_askedText.clear();
        for (const auto& run : m_selection->selectedRuns()) {
            QString model;
            QString adapter;
            if (auto* view = m_views.value(toQString(run.runDir));
                view && RunPredictor::modelOf(run, &model, &adapter)) {
                view->setMessage(tr("Type a text to see what this run predicts."));
            }
        }
        updateStatus();
        return;
    }
    m_askedText = text;
    for (const auto& run : m_selection->selectedRuns()) {
        const QString runDir = toQString(run.runDir);
        const quint64 id = m_predictor->predict(run, {text}, kTopK);
        if (id != 0) {
            m_live.insert(id, runDir);
            if (auto* view = m_views.value(runDir)) {
                view->setBusy(true);
            }
        }
    }
    updateStatus();
    if (m_live.isEmpty()) {
        emit livePredictionsFinished();
    }
}

void PlaygroundPage::predictBatch() {
    QStringList texts;
    for (const QString& line : m_batchInput->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            texts.append(line.trimmed());
        }
    }
    if (texts.size() > kMaxBatchLines) {
        texts = texts.mid(0, kMaxBatchLines);
    }
    const RunResultList runs = m_selection->selectedRuns();
    QStringList names;
    for (const auto& run : runs) {
        names.append(RunCatalog::displayName(run));
    }
    m_batch->reset(texts, names);
    m_batchRequests.clear();
    if (texts.isEmpty()) {
        m_batchStatus->setText(tr("Paste texts first, one per line."));
        return;
    }
    for (size_t i = 0; i < runs.size(); ++i) {
        QString model;
        QString adapter;
        QString reason;
        if (!RunPredictor::modelOf(runs[i], &model, &adapter, &reason)) {
            m_batch->setRunMessage(static_cast<int>(i), tr("no model"), reason);
            continue;
        }
        m_batchRequests.insert(m_predictor->predict(runs[i], texts, kTopK), static_cast<int>(i));
    }
    m_batchButton->setEnabled(m_batchRequests.isEmpty());
    m_exportButton->setEnabled(false);
    m_batchTable->setColumnWidth(BatchPredictionModel::TextColumn, m_batchTable->width() / 3);
    updateStatus();
    if (m_batchRequests.isEmpty()) {
        emit batchPredictionsFinished();
    }
}

void PlaygroundPage::onPredicted(quint64 requestId, const QString& runDir, const QStringList& texts,
                                 const PredictionTable& predictions) {
    if (m_live.remove(requestId) > 0) {
        auto* view = m_views.value(runDir);
        if (view && !predictions.empty() && texts.value(0) == m_askedText) {
            view->setScores(predictions.front(), glyphsOf(predictions.front()));
        }
        if (m_live.isEmpty()) {
            if (m_liveDirty) {
                m_liveDirty = false;
                predictLive();
            } else {
                emit livePredictionsFinished();
            }
        }
    } else if (m_batchRequests.contains(requestId)) {
        m_batch->setPredictions(m_batchRequests.take(requestId), predictions, glyphMap(predictions));
        if (m_batchRequests.isEmpty()) {
            m_batchButton->setEnabled(true);
            m_exportButton->setEnabled(m_batch->hasPredictions());
            fitBatchColumns();
            emit batchPredictionsFinished();
        }
    }
    updateStatus();
}

void PlaygroundPage::onFailed(quint64 requestId, const QString& runDir, const QString& message) {
    if (m_live.remove(requestId) > 0) {
        if (auto* view = m_views.value(runDir)) {
            view->setMessage(tr("Could not predict: %1").arg(message));
        }
        if (m_live.isEmpty()) {
            m_liveDirty = false;
            emit livePredictionsFinished();
        }
    } else if (m_batchRequests.contains(requestId)) {
        m_batch->setRunMessage(m_batchRequests.take(requestId), tr("no answer"), message);
        if (m_batchRequests.isEmpty()) {
            m_batchButton->setEnabled(true);
            m_exportButton->setEnabled(m_batch->hasPredictions());
            fitBatchColumns();
            emit batchPredictionsFinished();
        }
    }
    updateStatus();
}

void PlaygroundPage::fitBatchColumns() {
    m_batchTable->resizeColumnsToContents();
    const int textWidth = m_batchTable->viewport()->width() / 2;
    if (m_batchTable->columnWidth(BatchPredictionModel::TextColumn) > textWidth) {
        m_batchTable->setColumnWidth(BatchPredictionModel::TextColumn, textWidth);
    }
}

void PlaygroundPage::updateStatus() {
    const QString busy = m_engine->isRunning() ? tr("Waiting for the engine: a training run is in progress, the "
                                                    "predictions follow when it ends.")
                                               : tr("Asking the runs…");
    if (!m_selection->selectedRuns().empty()) {
        m_status->setText(!m_live.isEmpty() ? busy : QString());
    }
    if (!m_batchRequests.isEmpty()) {
        m_batchStatus->setText(busy);
    } else if (m_batch->rowCount() > 0) {
        m_batchStatus->setText(tr("%n text(s), %1 run(s)", nullptr, m_batch->rowCount()).arg(m_batch->runCount()));
    }
}

QStringList PlaygroundPage::glyphsOf(const std::vector<litetune::LabelScore>& scores) const {
    QStringList glyphs;
    for (const auto& score : scores) {
        glyphs.append(score.glyph.empty() ? m_selection->glyph(score.name) : toQString(score.glyph));
    }
    return glyphs;
}

QHash<QString, QString> PlaygroundPage::glyphMap(const PredictionTable& predictions) const {
    QHash<QString, QString> glyphs;
    for (const auto& scores : predictions) {
        for (const auto& score : scores) {
            const QString name = toQString(score.name);
            if (!glyphs.contains(name)) {
                glyphs.insert(name, m_selection->glyph(score.name));
            }
        }
    }
    return glyphs;
}

std::vector<litetune::LabelScore> PlaygroundPage::scoresFor(const QString& runDir) const {
    const LabelScoreView* view = m_views.value(runDir);
    return view ? view->scores() : std::vector<litetune::LabelScore>{};
}

bool PlaygroundPage::isPredicting() const {
    return m_predictor->pendingCount() > 0 || m_debounce->isActive();
}

void PlaygroundPage::chooseCsvFile() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Predictions"), QStringLiteral("predictions.csv"),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!exportBatchCsv(path, &error)) {
        QMessageBox::warning(this, tr("Export Predictions"), error);
    }
}

bool PlaygroundPage::exportBatchCsv(const QString& path, QString* errorMessage) {
    if (!m_batch->writeCsv(path, errorMessage)) {
        return false;
    }
    m_batchStatus->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}
