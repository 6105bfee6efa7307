#include "training/TrainPage.h"

#include "bridge/EngineController.h"
#include "common/ColorScheme.h"
#include "common/SchemeIcon.h"
#include "runs/RunCatalog.h"
#include "runs/RunHistory.h"
#include "training/LogView.h"
#include "training/RunResumer.h"
#include "training/TrainingPlot.h"
#include "training/WorkerStatusPanel.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QString duration(double seconds) {
    return RunEnding::clockText(seconds);
}

// The colours of an ended state: deep tones on a light window, light tones on a dark one, so the
// bar's text reads against the window beside the chunk and `onTone` reads on the chunk itself.
struct StateColors {
    QColor tone;
    QColor onTone;
};

StateColors stateColors(RunEnding::State state, bool dark) {
    const QColor onTone = dark ? QColor(Qt::black) : QColor(Qt::white);
    switch (state) {
    case RunEnding::State::Finished:
        return {dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32), onTone};
    case RunEnding::State::Cancelled:
        return {dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xb4, 0x53, 0x09), onTone};
    case RunEnding::State::Failed:
        return {dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28), onTone};
    }
    return {};
}

} // namespace

TrainPage::TrainPage(EngineController* engine, RunCatalog* runs, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_runs(runs)
    , m_plot(new TrainingPlot(this))
    , m_title(new QLabel(this))
    , m_stats(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_pause(new QPushButton(schemeIcon(QStringLiteral(":/icons/pause.svg")), tr("Pause"), this))
    , m_cancel(new QPushButton(schemeIcon(QStringLiteral(":/icons/cancel.svg")), tr("Cancel"), this))
    , m_overlays(new QToolButton(this))
    , m_overlayMenu(new QMenu(this))
    , m_log(new LogView(this)) {
    setObjectName(QStringLiteral("trainPage"));
    m_title->setObjectName(QStringLiteral("runTitle"));
    m_title->setText(tr("<b>No run yet</b> — start one in the Configure place (Ctrl+R trains, Ctrl+Shift+R "
                        "compares)."));
    m_stats->setObjectName(QStringLiteral("trainStats"));
    m_stats->setTextFormat(Qt::PlainText); // it may quote an error message
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("trainProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Pause after the current step; resume where it stopped (Ctrl+P)."));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Stop after the current step; a checkpoint is written so the run can resume."));
    auto* fit = new QPushButton(schemeIcon(QStringLiteral(":/icons/fit.svg")), tr("Fit"), this);
    fit->setObjectName(QStringLiteral("fitButton"));
    fit->setToolTip(tr("Fit the curves into view again (or double-click the plot)."));
    m_overlays->setObjectName(QStringLiteral("overlayButton"));
    m_overlays->setText(tr("Earlier runs"));
    m_overlays->setToolTip(tr("Overlay the curves of earlier runs, read from their history.csv."));
    m_overlays->setPopupMode(QToolButton::InstantPopup);
    m_overlays->setMenu(m_overlayMenu);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_progress, 1);
    controls->addWidget(m_pause);
    controls->addWidget(m_cancel);
    controls->addSpacing(12);
    controls->addWidget(fit);
    controls->addWidget(m_overlays);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_plot);
    split->addWidget(m_log);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(controls);
    layout->addWidget(m_stats);
    layout->addWidget(new WorkerStatusPanel(m_engine, this)); // data-parallel runs only
    layout->addWidget(split, 1);

    connect(m_pause, &QPushButton::toggled, m_engine, &EngineController::setPaused);
    connect(m_cancel, &QPushButton::clicked, m_engine, &EngineController::cancel);
    connect(fit, &QPushButton::clicked, m_plot, &TrainingPlot::fit);
    connect(m_engine, &EngineController::runStarted, this, &TrainPage::onRunStarted);
    connect(m_engine, &EngineController::progressReported, this, &TrainPage::onProgress);
    connect(m_engine, &EngineController::evaluationReported, this, &TrainPage::onEvaluation);
    connect(m_engine, &EngineController::runFinished, this, &TrainPage::onRunFinished);
    connect(m_engine, &EngineController::failed, this, &TrainPage::onFailed);
    connect(m_engine, &EngineController::runFailed, this, [this](const QString& message) {
        if (m_command && m_command->failure.isEmpty()) {
            m_command->failure = message;
        }
    });
    connect(m_engine, &EngineController::comparisonFinished, this, [this] {
        if (m_command) {
            m_command->comparison = true;
        }
    });
    connect(m_engine, &EngineController::linesLogged, this, [this](const QStringList& lines) {
        for (const auto& line : lines) {
            appendLog(line);
        }
    });
    connect(m_engine, &EngineController::runningChanged, this, &TrainPage::onRunningChanged);
    connect(m_engine, &EngineController::pausedChanged, this, &TrainPage::onPausedChanged);
    connect(m_runs, &RunCatalog::runsChanged, this, &TrainPage::rebuildOverlayMenu);
    onRunningChanged(false);
    rebuildOverlayMenu();
    m_resumer = new RunResumer(m_engine, m_runs, this); // last: it draws on the plot after onRunStarted cleared it
}

QString TrainPage::resumeRun(const QString& runDir) {
    return m_resumer->resume(runDir);
}

void TrainPage::appendLog(const QString& line) {
    m_log->appendLine(line);
}

void TrainPage::onRunStarted(const litetune::TrainConfig& config, const QString& runDir) {
    // In a comparison the previous run's curves stay visible, read back from its history.
    if (!m_runDir.isEmpty() && m_plot->trainingPointCount() + m_plot->evaluationPointCount() > 0) {
        const RunHistory previous = RunHistory::read(m_runDir);
        if (!previous.isEmpty()) {
            m_plot->setOverlay(m_runDir, m_runName, previous);
        }
    }
    m_runDir = runDir;
    m_runName =
        config.runName.empty() ? QString::fromLatin1(litetune::methodName(config.method)) : toQString(config.runName);
    m_plot->clear();
    m_lastEvaluation.clear();
    if (m_command) {
        m_command->started = true;
        m_command->totalSteps = 0;
    }
    markProgress(std::nullopt);
    const bool languageModel = config.task == litetune::Task::CausalLm;
    m_plot->setLanguageModel(languageModel);
    m_plot->setBestMetric(config.metricForBestModel);
    m_title->setText(
        tr("<b>%1</b> · %2 · %3")
            .arg((languageModel ? tr("%1 (causal language model)").arg(m_runName) : m_runName).toHtmlEscaped(),
                 QFileInfo(toQString(config.modelPath)).fileName().toHtmlEscaped(),
                 QDir::toNativeSeparators(runDir).toHtmlEscaped()));
    m_progress->setRange(0, 0);
    appendLog(tr("Started %1 in %2").arg(m_runName, QDir::toNativeSeparators(runDir)));
}

void TrainPage::onProgress(const litetune::Progress& progress) {
    const QLocale locale;
    const bool training = progress.phase == "train";
    if (training && progress.totalSteps > 0 && m_command) {
        m_command->totalSteps = progress.totalSteps;
    }
    if (progress.totalSteps > 0) {
        m_progress->setRange(0, static_cast<int>(progress.totalSteps));
        m_progress->setValue(static_cast<int>(std::min(progress.step, progress.totalSteps)));
    }
    const QString phase = training                   ? tr("Training")
                          : progress.phase == "eval" ? tr("Evaluating")
                                                     : toQString(progress.phase);
    m_progress->setFormat(QStringLiteral("%1 %v / %m").arg(phase));
    if (!training) {
        // Evaluation batches carry no loss or learning rate of their own; keep the training figures.
        m_stats->setText(
            tr("%1 · %2 samples/s · elapsed %3")
                .arg(phase, locale.toString(progress.samplesPerSecond, 'f', 1), duration(progress.elapsedSeconds)));
        return;
    }
    m_plot->addTrainingPoint(static_cast<double>(progress.step), progress.loss, progress.learningRate);
    m_stats->setText(
        tr("Epoch %1 · loss %2 · lr %3 · %4 samples/s · %5 tokens/s · memory %6 · elapsed %7 · ETA %8")
            .arg(locale.toString(progress.epoch, 'f', 2), locale.toString(progress.loss, 'f', 4),
                 QString::number(progress.learningRate, 'g', 3), locale.toString(progress.samplesPerSecond, 'f', 1),
                 progress.tokensPerSecond > 0 ? locale.toString(progress.tokensPerSecond, 'f', 0) : QStringLiteral("–"),
                 progress.memoryBytes > 0 ? locale.formattedDataSize(progress.memoryBytes) : QStringLiteral("–"),
                 duration(progress.elapsedSeconds), duration(progress.etaSeconds)) +
        (m_lastEvaluation.isEmpty() ? QString() : QStringLiteral(" · ") + m_lastEvaluation));
}

void TrainPage::onEvaluation(const litetune::EvalReport& report) {
    const QLocale locale;
    m_lastEvaluation = RunEnding::headlineMetric(report);
    m_plot->considerForBest(report);
    if (report.perplexity > 0.0) { // a causal LM: no classifier scores (api/Results.h)
        m_plot->addEvaluationPoint(static_cast<double>(report.step), report.loss, report.perplexity);
        m_stats->setText(m_stats->text() + QStringLiteral(" · ") + m_lastEvaluation);
        appendLog(tr("Evaluation at step %1 on %2: loss %3, perplexity %4")
                      .arg(report.step)
                      .arg(toQString(report.split), locale.toString(report.loss, 'f', 4),
                           locale.toString(report.perplexity, 'f', 2)));
        return;
    }
    m_plot->addEvaluationPoint(static_cast<double>(report.step), report.loss, report.accuracy);
    appendLog(tr("Evaluation at step %1 on %2: loss %3, accuracy %4%, weighted F1 %5%, macro F1 %6%")
                  .arg(report.step)
                  .arg(toQString(report.split), locale.toString(report.loss, 'f', 4),
                       locale.toString(report.accuracy * 100, 'f', 2), locale.toString(report.f1Weighted * 100, 'f', 2),
                       locale.toString(report.f1Macro * 100, 'f', 2)));
}

void TrainPage::onRunFinished(const litetune::RunResult& result) {
    const QLocale locale;
    if (m_command) {
        m_command->results.push_back(result);
    }
    m_plot->showBest(result);
    if (result.cancelled && result.config.method == litetune::Method::Evaluate) {
        appendLog(tr("Evaluation cancelled; the run in %1 is marked cancelled.")
                      .arg(QDir::toNativeSeparators(toQString(result.runDir))));
    } else if (result.cancelled && result.globalStep == 0) {
        appendLog(tr("Cancelled before the first step; the run in %1 is marked cancelled.")
                      .arg(QDir::toNativeSeparators(toQString(result.runDir))));
    } else if (result.cancelled) {
        appendLog(tr("Cancelled at step %1; the checkpoint in %2 resumes it.")
                      .arg(result.globalStep)
                      .arg(QDir::toNativeSeparators(toQString(result.runDir))));
    } else if (result.eval.perplexity > 0.0) {
        appendLog(tr("Finished %1: perplexity %2, training loss %3, %4 samples/s")
                      .arg(toQString(result.name), locale.toString(result.eval.perplexity, 'f', 2),
                           locale.toString(result.trainLoss, 'f', 4),
                           locale.toString(result.trainSamplesPerSecond, 'f', 1)));
    } else {
        appendLog(tr("Finished %1: accuracy %2%, training loss %3, %4 samples/s")
                      .arg(toQString(result.name), locale.toString(result.eval.accuracy * 100, 'f', 2),
                           locale.toString(result.trainLoss, 'f', 4),
                           locale.toString(result.trainSamplesPerSecond, 'f', 1)));
    }
}

void TrainPage::onFailed(const QString& message) {
    appendLog(tr("Error: %1").arg(message));
}

void TrainPage::onRunningChanged(bool running) {
    m_pause->setEnabled(running);
    m_cancel->setEnabled(running);
    if (running) {
        m_command.emplace();
        m_clock.start();
        // The last run's outcome must not stand for this one while its data loads.
        markProgress(std::nullopt);
        m_progress->setRange(0, 0);
        m_stats->clear();
    } else if (m_command) {
        // The command's last event: its results and failure, if any, came before (EngineController).
        RunEnding::Report report = *std::exchange(m_command, std::nullopt);
        report.seconds = static_cast<double>(m_clock.elapsed()) / 1000.0;
        if (!report.started) { // else the title would still name the previous run, or none
            m_title->setText(tr("<b>No run started</b> — the log below says why."));
        }
        showOutcome(RunEnding::of(report));
    }
    if (!running) {
        const QSignalBlocker blocker(m_pause);
        m_pause->setChecked(false);
        m_pause->setText(tr("Pause"));
        if (m_progress->maximum() == 0) {
            m_progress->setRange(0, 1);
        }
    }
}

void TrainPage::showOutcome(const RunEnding& outcome) {
    if (m_progress->maximum() <= m_progress->minimum()) { // still the busy indicator: no step was told
        m_progress->setRange(0, 1);
    }
    if (outcome.state == RunEnding::State::Finished) {
        m_progress->setValue(m_progress->maximum());
    } else if (m_progress->value() < m_progress->minimum()) { // reset() bars show no text at all
        m_progress->setValue(m_progress->minimum());
    }
    m_progress->setFormat(outcome.headline);
    markProgress(outcome.state);
    m_stats->setText(outcome.summary);
    appendLog(outcome.summary);
}

void TrainPage::markProgress(std::optional<RunEnding::State> state) {
    m_state = state;
    m_progress->setProperty("runState", state ? RunEnding::stateName(*state) : QString());
    if (!state) {
        m_progress->setPalette(QPalette()); // the scheme's own colours again
        return;
    }
    // A bar cancelled early has next to no chunk to colour: its text carries the colour too.
    const StateColors colors = stateColors(*state, ColorScheme::isDark(palette()));
    QPalette barPalette; // these roles only: the others follow the scheme
    barPalette.setColor(QPalette::Highlight, colors.tone);
    barPalette.setColor(QPalette::HighlightedText, colors.onTone);
    barPalette.setColor(QPalette::Text, colors.tone);
    m_progress->setPalette(barPalette);
}

void TrainPage::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_state) { // the colour scheme changed
        markProgress(m_state);
    }
}

void TrainPage::onPausedChanged(bool paused) {
    const QSignalBlocker blocker(m_pause);
    m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setIcon(schemeIcon(paused ? QStringLiteral(":/icons/run.svg") : QStringLiteral(":/icons/pause.svg")));
    appendLog(paused ? tr("Paused.") : tr("Resumed."));
}

void TrainPage::rebuildOverlayMenu() {
    m_overlayMenu->clear();
    for (const auto& run : m_runs->runs()) {
        const QString runDir = toQString(run.runDir);
        if (!QFileInfo::exists(QDir(runDir).filePath(QStringLiteral("history.csv")))) {
            continue;
        }
        auto* action = m_overlayMenu->addAction(tr("%1 (%2)").arg(
            RunCatalog::displayName(run), QString::fromLatin1(litetune::methodName(run.config.method))));
        action->setCheckable(true);
        action->setChecked(m_shownOverlays.contains(runDir));
        connect(action, &QAction::toggled, this, [this, runDir](bool shown) { toggleOverlay(runDir, shown); });
    }
    if (m_overlayMenu->isEmpty()) {
        m_overlayMenu->addAction(tr("No finished runs yet"))->setEnabled(false);
    }
}

void TrainPage::toggleOverlay(const QString& runDir, bool shown) {
    m_shownOverlays.removeAll(runDir);
    if (!shown) {
        m_plot->removeOverlay(runDir);
        return;
    }
    QString error;
    const RunHistory history = RunHistory::read(runDir, &error);
    if (history.isEmpty()) {
        appendLog(error.isEmpty() ? tr("%1 has no curves to show.").arg(runDir) : error);
        return;
    }
    const auto* run = m_runs->find(runDir);
    m_plot->setOverlay(runDir, run ? RunCatalog::displayName(*run) : QFileInfo(runDir).fileName(), history);
    m_shownOverlays.append(runDir);
}
