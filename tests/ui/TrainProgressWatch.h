// The latest training update an engine reported. Tests that must act while a run trains wait on
// it, not on the phase of the last update: an evaluation reports when it ends while training
// reports at most four times a second, so on a fast machine the last update seen is nearly always
// an evaluation's (a CI run once waited 300 s for a "train" one).
#pragma once

#include "bridge/EngineController.h"

#include <QObject>

#include <optional>

namespace uitest {

class TrainProgressWatch {
public:
    explicit TrainProgressWatch(EngineController* engine) {
        // m_context ends the connection with the watch, whichever of the two goes first.
        QObject::connect(engine, &EngineController::progressReported, &m_context,
                         [this](const litetune::Progress& progress) {
                             if (progress.phase == "train") {
                                 m_latest = progress;
                             }
                         });
    }

    bool seen() const { return m_latest.has_value(); }
    const litetune::Progress& latest() const { return *m_latest; }

private:
    QObject m_context;
    std::optional<litetune::Progress> m_latest;
};

} // namespace uitest
