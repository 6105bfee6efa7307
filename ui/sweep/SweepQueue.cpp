// The GUI's sweep queue (SweepQueue.h). A point ends with the engine's commandFinished after its
// runFinished or runFailed; the next one is posted from the event loop, after the controller has
// let go of the finished command, so train() is not refused as "already running".
#include "sweep/SweepQueue.h"

#include "bridge/EngineController.h"

#include "api/Error.h"

#include <QDateTime>
#include <QTimer>

SweepQueue::SweepQueue(EngineController* engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine) {
    connect(m_engine, &EngineController::runFinished, this, [this](const litetune::RunResult& result) {
        if (m_waiting) {
            m_result = result;
        }
    });
    connect(m_engine, &EngineController::runFailed, this, [this](const QString& message) {
        if (m_waiting && !m_failure) {
            m_failure = message;
        }
    });
    connect(m_engine, &EngineController::commandFinished, this, &SweepQueue::onCommandFinished);
}

SweepQueue::~SweepQueue() = default;

bool SweepQueue::start(const litetune::SweepSpec& spec) {
    m_error.clear();
    if (m_running || m_engine->isRunning()) {
        m_error = tr("A run is already in progress.");
        return false;
    }
    try {
        const std::vector<litetune::SweepPoint> points = litetune::expandSweep(spec);
        m_recorder = std::make_unique<litetune::SweepRecorder>(spec, points);
    } catch (const std::exception& error) {
        m_error = QString::fromUtf8(error.what());
        return false;
    }
    m_spec = spec;
    m_lastPoints.clear();
    m_running = true;
    m_cancelling = false;
    startPoint(0);
    return true;
}

void SweepQueue::cancel() {
    if (!m_running) {
        return;
    }
    m_cancelling = true;
    if (m_waiting) {
        m_engine->cancel(); // the point ends cancelled; onCommandFinished then stops the queue
    } else {
        finish();
    }
}

std::vector<litetune::SweepPointResult> SweepQueue::points() const {
    return m_recorder ? m_recorder->points() : m_lastPoints;
}

QString SweepQueue::folder() const {
    return m_recorder ? QString::fromStdString(m_recorder->folder().string()) : m_lastFolder;
}

QString SweepQueue::state() const {
    return m_recorder ? QString::fromStdString(m_recorder->state()) : m_lastState;
}

void SweepQueue::startPoint(int index) {
    if (!m_running) {
        return;
    }
    if (m_cancelling || index >= static_cast<int>(m_recorder->points().size())) {
        finish();
        return;
    }
    m_current = index;
    m_result.reset();
    m_failure.reset();
    if (!m_engine->train(m_recorder->configFor(static_cast<std::size_t>(index)))) {
        m_recorder->markFailed(static_cast<std::size_t>(index), "another run was in progress", 0.0);
        m_cancelling = true; // someone else's run holds the engine: stop rather than fail every point
        emit pointChanged(index);
        finish();
        return;
    }
    m_waiting = true;
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_recorder->markRunning(static_cast<std::size_t>(index));
    emit pointChanged(index);
}

void SweepQueue::onCommandFinished() {
    if (!m_waiting || (!m_result && !m_failure)) {
        return; // another command (a dataset load, a prediction) ended
    }
    m_waiting = false;
    const auto index = static_cast<std::size_t>(m_current);
    const double seconds = static_cast<double>(QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000.0;
    try {
        if (m_result) {
            m_recorder->markFinished(index, *m_result, seconds);
            m_cancelling = m_cancelling || m_result->cancelled;
        } else {
            m_recorder->markFailed(index, m_failure->toStdString(), seconds);
        }
    } catch (const std::exception& error) {
        m_error = QString::fromUtf8(error.what()); // sweep.json could not be written: stop here
        m_cancelling = true;
    }
    emit pointChanged(m_current);
    const int next = m_current + 1;
    QTimer::singleShot(0, this, [this, next] { startPoint(next); });
}

void SweepQueue::finish() {
    if (!m_running) {
        return;
    }
    if (m_cancelling) {
        try {
            m_recorder->cancelRest();
        } catch (const std::exception& error) {
            m_error = QString::fromUtf8(error.what());
        }
    }
    // The sweep folder's lock goes with the recorder: its runs may be resumed from now on.
    m_lastPoints = m_recorder->points();
    m_lastFolder = QString::fromStdString(m_recorder->folder().string());
    m_lastState = QString::fromStdString(m_recorder->state());
    m_recorder.reset();
    m_running = false;
    emit pointChanged(m_current);
    emit finished(m_cancelling);
}
