// RunEnding: how the Train place's last command ended, in the words its header and log end on:
// finished (with the headline metric and the duration), cancelled (at which step of how many, and
// whether a checkpoint resumes it) or failed (the message's first line). A comparison's outcome is
// that of all three runs: which finished, or during which one it stopped.
#pragma once

#include "bridge/EngineTypes.h"

#include <QCoreApplication>
#include <QString>

class RunEnding {
    Q_DECLARE_TR_FUNCTIONS(RunEnding)

public:
    enum class State { Finished, Cancelled, Failed };

    // What the engine told about one train or compare command, gathered while it ran.
    struct Report {
        RunResultList results;   // runFinished's, in order (a comparison's members so far)
        bool started = false;    // runStarted arrived: a run folder was made
        bool comparison = false; // comparisonFinished arrived
        QString failure;         // runFailed's message; empty when none came
        qint64 totalSteps = 0;   // of the last run's training, as its progress told (0: none seen)
        double seconds = 0.0;    // the command's wall-clock time
    };

    static RunEnding of(const Report& report);

    // "accuracy 45.67%" or, for a causal language model, "perplexity 12.34".
    static QString headlineMetric(const litetune::EvalReport& report);
    // H:MM:SS, or "–" for no time at all.
    static QString clockText(double seconds);
    // The stable name of a state ("finished", "cancelled", "failed"), for styling and tests.
    static QString stateName(State state);

    State state = State::Finished;
    QString headline; // the progress bar's text: the state without figures the bar cannot hold
    QString summary;  // the stats line and the log's last line: the state with its figures
};
