#include "playground/BatchPredictionPane.h"

#include "bridge/EngineController.h"
#include "playground/BatchPredictionModel.h"
#include "playground/PlaygroundPage.h"
#include "playground/RunPredictor.h"
#include "results/RunSelectionModel.h"
#include "runs/RunCatalog.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

BatchPredictionPane::BatchPredictionPane(EngineController* engine, RunPredictor* predictor,
                                         RunSelectionModel* selection, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_predictor(predictor)
    , m_selection(selection)
    , m_input(new QPlainTextEdit(this))
    , m_predictButton(new QPushButton(tr("Predict All"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_exportButton(new QPushButton(tr("Export CSV…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_batch(new BatchPredictionModel(this)) {
    setObjectName(QStringLiteral("batchPane"));
    m_input->setObjectName(QStringLiteral("batchInput"));
    m_input->setPlaceholderText(tr("Paste texts here, one per line."));
    m_input->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_predictButton->setObjectName(QStringLiteral("batchPredictButton"));
    m_cancelButton->setObjectName(QStringLiteral("batchCancelButton"));
    m_cancelButton->setToolTip(tr("Stop asking; the answers made so far stay in the table."));
    m_cancelButton->setVisible(false);
    m_exportButton->setObjectName(QStringLiteral("batchExportButton"));
    m_exportButton->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setFormat(tr("%v / %m texts"));
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("batchStatus"));
    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setModel(m_batch);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_predictButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_status, 1);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_input, 1);
    topLayout->addLayout(buttons);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_table);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_predictButton, &QPushButton::clicked, this, &BatchPredictionPane::predictAll);
    connect(m_cancelButton, &QPushButton::clicked, this, &BatchPredictionPane::cancel);
    connect(m_exportButton, &QPushButton::clicked, this, &BatchPredictionPane::chooseCsvFile);
    connect(m_predictor, &RunPredictor::predicted, this, &BatchPredictionPane::onPredicted);
    connect(m_predictor, &RunPredictor::failed, this, &BatchPredictionPane::onFailed);
    connect(m_predictor, &RunPredictor::progressed, this, &BatchPredictionPane::onProgressed);
    connect(m_predictor, &RunPredictor::cancelled, this, &BatchPredictionPane::onCancelled);
    connect(m_engine, &EngineController::runningChanged, this, &BatchPredictionPane::updateStatus);
}

int BatchPredictionPane::doneCount() const {
    int done = 0;
    for (const int count : m_done) {
        done += count;
    }
    return done;
}

void BatchPredictionPane::predictAll() {
    if (isRunning()) {
        return;
    }
    QStringList texts;
    for (const QString& line : m_input->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            texts.append(line.trimmed());
        }
    }
    if (texts.size() > kMaxLines) {
        texts = texts.mid(0, kMaxLines);
    }
    const RunResultList runs = m_selection->selectedRuns();
    QStringList names;
    for (const auto& run : runs) {
        names.append(RunCatalog::displayName(run));
    }
    m_batch->reset(texts, names);
    m_requests.clear();
    m_done.clear();
    m_total = 0;
    m_cancelled = false;
    if (texts.isEmpty()) {
        m_status->setText(tr("Paste texts first, one per line."));
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
        const quint64 id = m_predictor->predict(runs[i], texts, PlaygroundPage::kTopK);
        m_requests.insert(id, static_cast<int>(i));
        m_done.insert(id, 0);
        m_total += static_cast<int>(texts.size());
    }
    m_exportButton->setEnabled(false);
    m_table->setColumnWidth(BatchPredictionModel::TextColumn, m_table->width() / 3);
    updateStatus();
    if (m_requests.isEmpty()) {
        emit finished();
    }
}

void BatchPredictionPane::cancel() {
    if (!isRunning() || m_cancelled) {
        return;
    }
    m_cancelled = true;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        m_predictor->cancel(it.key());
    }
    updateStatus();
}

void BatchPredictionPane::onPredicted(quint64 requestId, const QString&, const QStringList& texts,
                                      const PredictionTable& predictions) {
    if (!m_requests.contains(requestId)) {
        return;
    }
    m_batch->setPredictions(m_requests.value(requestId), predictions, glyphMap(predictions));
    requestEnded(requestId, static_cast<int>(texts.size()));
}

void BatchPredictionPane::onFailed(quint64 requestId, const QString&, const QString& message) {
    if (!m_requests.contains(requestId)) {
        return;
    }
    m_batch->setRunMessage(m_requests.value(requestId), tr("no answer"), message);
    requestEnded(requestId, m_done.value(requestId));
}

void BatchPredictionPane::onProgressed(quint64 requestId, int done, int) {
    if (m_requests.contains(requestId)) {
        m_done.insert(requestId, done);
        updateStatus();
    }
}

void BatchPredictionPane::onCancelled(quint64 requestId, const QString&, const QStringList&,
                                      const PredictionTable& partial) {
    if (!m_requests.contains(requestId)) {
        return;
    }
    const int run = m_requests.value(requestId);
    m_batch->setPredictions(run, partial, glyphMap(partial));
    m_batch->setRunMessage(run, tr("cancelled"), tr("The batch was cancelled before this run was asked this text."));
    m_batch->setPartial(run);
    requestEnded(requestId, static_cast<int>(partial.size()));
}

void BatchPredictionPane::requestEnded(quint64 requestId, int done) {
    m_requests.remove(requestId);
    m_done.insert(requestId, done);
    if (m_requests.isEmpty()) {
        m_exportButton->setEnabled(m_batch->hasPredictions());
        fitColumns();
    }
    updateStatus();
    if (m_requests.isEmpty()) {
        emit finished();
    }
}

void BatchPredictionPane::updateStatus() {
    const bool running = isRunning();
    m_predictButton->setEnabled(!running);
    m_cancelButton->setVisible(running);
    m_cancelButton->setEnabled(running && !m_cancelled);
    m_progress->setVisible(running);
    if (running) {
        m_progress->setRange(0, std::max(1, m_total));
        m_progress->setValue(doneCount());
        if (m_cancelled) {
            m_status->setText(tr("Cancelling…"));
        } else {
            m_status->setText(RunPredictor::waitingText(m_engine));
        }
    } else if (m_batch->isPartial()) {
        m_status->setText(tr("Cancelled after %1 of %2 answers; columns marked (partial) lack the rest.")
                              .arg(doneCount())
                              .arg(m_total));
    } else if (m_batch->rowCount() > 0) {
        m_status->setText(tr("%n text(s), %1 run(s)", nullptr, m_batch->rowCount()).arg(m_batch->runCount()));
    }
}

void BatchPredictionPane::fitColumns() {
    m_table->resizeColumnsToContents();
    const int textWidth = m_table->viewport()->width() / 2;
    if (m_table->columnWidth(BatchPredictionModel::TextColumn) > textWidth) {
        m_table->setColumnWidth(BatchPredictionModel::TextColumn, textWidth);
    }
}

QHash<QString, QString> BatchPredictionPane::glyphMap(const PredictionTable& predictions) const {
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

void BatchPredictionPane::chooseCsvFile() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Predictions"), QStringLiteral("predictions.csv"),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!exportCsv(path, &error)) {
        QMessageBox::warning(this, tr("Export Predictions"), error);
    }
}

bool BatchPredictionPane::exportCsv(const QString& path, QString* errorMessage) {
    if (!m_batch->writeCsv(path, errorMessage)) {
        return false;
    }
    m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}
