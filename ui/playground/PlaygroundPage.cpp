#include "playground/PlaygroundPage.h"

#include "bridge/EngineController.h"
#include "playground/BatchPredictionPane.h"
#include "playground/LabelScoreView.h"
#include "playground/RunPredictor.h"
#include "results/RunSelectionModel.h"
#include "runs/RunCatalog.h"

#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int kCardColumns = 3;

} // namespace

PlaygroundPage::PlaygroundPage(EngineController* engine, RunSelectionModel* selection, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_selection(selection)
    , m_predictor(new RunPredictor(engine, this))
    , m_debounce(new QTimer(this))
    , m_modes(new QTabWidget(this))
    , m_batchPane(new BatchPredictionPane(engine, m_predictor, selection, this)) {
    setObjectName(QStringLiteral("playgroundPage"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    m_modes->setObjectName(QStringLiteral("playgroundModes"));
    m_modes->addTab(createLiveTab(), tr("Text"));
    m_modes->addTab(m_batchPane, tr("Batch"));

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
    connect(m_batchPane, &BatchPredictionPane::finished, this, &PlaygroundPage::batchPredictionsFinished);
    // Runs deleted from the runs folder vanish from the catalogue; their loaded models go too.
    connect(m_selection->catalog(), &RunCatalog::runsChanged, this, &PlaygroundPage::releaseDeletedRuns);
    rebuildViews();
}

QWidget* PlaygroundPage::createRunPanel() {
    auto* panel = new QWidget(this);
    auto* list = new QListView(panel);
    list->setTextElideMode(Qt::ElideMiddle); // two runs of one method differ at the end: their time
    list->setObjectName(QStringLiteral("playgroundRunList"));
    list->setModel(m_selection);
    list->setMinimumWidth(180);
    auto* hint = new QLabel(tr("Ticked runs answer. Each is asked with the model it saved; the first question "
                               "loads it. As in training, a run reads only the first tokens of a text, up to "
                               "its Max length."),
                            panel);
    hint->setObjectName(QStringLiteral("playgroundHint"));
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
    m_input->setPlaceholderText(tr("Type or paste a text to see what each ticked run predicts…"));
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
    m_batchPane->predictAll();
}

void PlaygroundPage::cancelBatch() {
    m_batchPane->cancel();
}

BatchPredictionModel* PlaygroundPage::batchModel() const {
    return m_batchPane->model();
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
    }
    updateStatus();
}

void PlaygroundPage::updateStatus() {
    const QString busy = RunPredictor::waitingText(m_engine);
    if (!m_selection->selectedRuns().empty()) {
        m_status->setText(!m_live.isEmpty() ? busy : QString());
    }
}

QStringList PlaygroundPage::glyphsOf(const std::vector<litetune::LabelScore>& scores) const {
    QStringList glyphs;
    for (const auto& score : scores) {
        glyphs.append(score.glyph.empty() ? m_selection->glyph(score.name) : toQString(score.glyph));
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

bool PlaygroundPage::exportBatchCsv(const QString& path, QString* errorMessage) {
    return m_batchPane->exportCsv(path, errorMessage);
}
