#include "training/RunResumer.h"

#include "api/RunFolders.h"
#include "bridge/EngineController.h"
#include "runs/RunCatalog.h"
#include "training/TrainPage.h"
#include "training/TrainingPlot.h"

#include <QDir>
#include <QFileInfo>

#include <cmath>
#include <limits>
#include <utility>

namespace {

// The step a checkpoint folder holds (checkpoints/step-N, docs/architecture.md); with a name of any
// other form no step bounds the curves.
qint64 checkpointStep(const QString& checkpoint) {
    const QString name = QFileInfo(checkpoint).fileName();
    const QLatin1String prefix("step-");
    bool ok = false;
    const qint64 step = name.startsWith(prefix) ? name.mid(prefix.size()).toLongLong(&ok) : 0;
    return ok ? step : std::numeric_limits<qint64>::max();
}

} // namespace

RunResumer::RunResumer(EngineController* engine, RunCatalog* runs, TrainPage* page)
    : QObject(page)
    , m_engine(engine)
    , m_runs(runs)
    , m_page(page) {
    setObjectName(QStringLiteral("runResumer"));
    connect(m_engine, &EngineController::runStarted, this, &RunResumer::onRunStarted);
    // A resume that fails before it starts (its dataset changed, its checkpoint is damaged) leaves
    // nothing to show.
    connect(m_engine, &EngineController::runningChanged, this, [this](bool running) {
        if (!running) {
            forgetPending();
        }
    });
}

QString RunResumer::resume(const QString& runDir) {
    const litetune::RunResult* run = m_runs->find(runDir);
    if (!run) {
        return tr("“%1” is not in the runs folder any more.").arg(QDir::toNativeSeparators(runDir));
    }
    const QString name = RunCatalog::displayName(*run);
    const QString busy =
        tr("Another run is in progress. Resume “%1” when it has finished, or cancel it in the Train place.").arg(name);
    if (m_engine->isRunning()) {
        return busy;
    }
    if (RunCatalog::isRunning(runDir)) {
        return tr("“%1” is running in another LiteTune process.").arg(name);
    }
    // Asked anew rather than from the list, which may be older than the folder.
    const QString checkpoint = toQString(litetune::resumeCheckpoint(toStdString(runDir)).string());
    if (checkpoint.isEmpty()) {
        return tr("“%1” cannot be resumed: it finished, or it stopped before its first checkpoint.").arg(name);
    }
    litetune::TrainConfig request;
    request.resumeDir = toStdString(runDir);
    // The CLI's --resume takes these from its own options; here the run's recorded ones keep it
    // computing where and as it did.
    request.device = run->config.device;
    request.precision = run->config.precision;
    request.threads = run->config.threads;
    request.nprocPerNode = run->worldSize; // a data-parallel run goes on with as many workers
    const qint64 step = checkpointStep(checkpoint);
    QString historyError;
    RunHistory history = RunHistory::read(runDir, &historyError);
    if (!m_engine->train(request)) {
        return busy;
    }
    m_pendingDir = runDir;
    m_pendingStep = step;
    m_pendingHistory = std::move(history);
    if (!historyError.isEmpty()) {
        m_page->appendLog(historyError);
    }
    return {};
}

void RunResumer::onRunStarted(const litetune::TrainConfig& config, const QString& runDir) {
    if (config.resumeDir.empty() || runDir != m_pendingDir) {
        return;
    }
    TrainingPlot* plot = m_page->plot();
    // The page keeps the run shown before as an overlay; the same run's own curves go on instead.
    plot->removeOverlay(runDir);
    const RunHistory& history = m_pendingHistory;
    // A run killed between an evaluation and its next checkpoint logged steps the checkpoint does
    // not hold; the resumed run trains them again.
    for (int i = 0; i < history.trainSteps.size() && history.trainSteps.at(i) <= m_pendingStep; ++i) {
        plot->addTrainingPoint(history.trainSteps.at(i), history.trainLoss.at(i), history.learningRate.at(i));
    }
    for (int i = 0; i < history.evalSteps.size() && history.evalSteps.at(i) <= m_pendingStep; ++i) {
        // history.csv has no perplexity column; a causal LM's is exp(loss) (api/Results.h).
        plot->addEvaluationPoint(history.evalSteps.at(i), history.evalLoss.at(i),
                                 plot->isLanguageModel() ? std::exp(history.evalLoss.at(i))
                                                         : history.evalAccuracy.at(i));
    }
    if (m_pendingStep != std::numeric_limits<qint64>::max()) {
        m_page->appendLog(
            tr("Resuming from step %1; the curves up to it are read from the run's history.csv.").arg(m_pendingStep));
    }
    forgetPending();
}

void RunResumer::forgetPending() {
    m_pendingDir.clear();
    m_pendingStep = 0;
    m_pendingHistory = {};
}
