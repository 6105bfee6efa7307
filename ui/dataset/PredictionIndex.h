// PredictionIndex: the per-sample predictions of the runs that evaluated the loaded dataset,
// keyed by (split, example) so the browser can filter and the sample pane can show each run's
// verdict. A run counts when it was trained or evaluated on the same data source and its
// evaluated split exists here; predictions beyond the split's size are ignored. Pairs of runs on
// the same split give "fixed by B vs A" / "broken by B vs A" (the rule of api/RunDiff.h: A wrong and
// B right, A right and B wrong).
#pragma once

#include "bridge/EngineTypes.h"

#include <QString>
#include <QVector>

class RunCatalog;

class PredictionIndex {
public:
    struct RunPredictions {
        QString name;
        QString runDir;
        int split = -1;
        QString startedAt;                                 // ISO 8601, so newer sorts later
        bool base = false;                                 // a base model's evaluation (Method::Evaluate)
        std::vector<litetune::SamplePrediction> byExample; // predicted == -1: no prediction
    };

    void rebuild(const DatasetHandle& dataset, const QString& dataPath, RunCatalog& catalog);
    void clear() { m_runs.clear(); }
    // Adds one run's predictions (byExample sized to its split; predicted == -1 for none).
    void add(RunPredictions run) { m_runs.append(std::move(run)); }

    int runCount() const { return m_runs.size(); }
    const RunPredictions& run(int index) const { return m_runs.at(index); }
    // Null when the run has no prediction for this example.
    const litetune::SamplePrediction* find(int run, int split, int example) const;
    bool hasAny(int split, int example) const;
    bool misclassified(int run, int split, int example) const;
    bool runsDisagree(int split, int example) const;
    // The highest loss any run had on this example; -1 when none predicted it.
    float highestLoss(int split, int example) const;

    // Run B right where run A was wrong, or the other way round; false unless both predicted it.
    bool fixedBy(int runB, int runA, int split, int example) const;
    bool brokenBy(int runB, int runA, int split, int example) const;
    // The run of that folder, -1 when the index has none.
    int indexOf(const QString& runDir) const;
    // The pairs worth a "fixed by" filter, without offering every ordered pair: the newest run
    // against the one before it, and each other run against the newest base model's evaluation.
    // Only runs evaluated on the same split pair up.
    struct Pair {
        int runB = -1;
        int runA = -1;
        bool operator==(const Pair& other) const { return runB == other.runB && runA == other.runA; }
    };
    QVector<Pair> diffPairs() const;

    // Whether two data paths name the same source ("demo", or the same file after resolving).
    static bool sameSource(const QString& a, const QString& b);

private:
    QVector<RunPredictions> m_runs;
};
