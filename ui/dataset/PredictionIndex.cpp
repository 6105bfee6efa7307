#include "dataset/PredictionIndex.h"

#include "runs/RunCatalog.h"

#include <QFileInfo>

#include <algorithm>

void PredictionIndex::rebuild(const DatasetHandle& dataset, const QString& dataPath, RunCatalog& catalog) {
    m_runs.clear();
    if (!dataset) {
        return;
    }
    for (const auto& run : catalog.runs()) {
        if (!sameSource(toQString(run.config.dataPath), dataPath)) {
            continue;
        }
        int split = -1;
        for (size_t i = 0; i < dataset->splits.size(); ++i) {
            if (dataset->splits[i].name == run.eval.split) {
                split = static_cast<int>(i);
            }
        }
        if (split < 0) {
            continue;
        }
        const auto& loaded = catalog.predictions(toQString(run.runDir));
        if (loaded.empty()) {
            continue;
        }
        RunPredictions entry;
        entry.name = RunCatalog::displayName(run);
        entry.runDir = toQString(run.runDir);
        entry.split = split;
        entry.startedAt = toQString(run.startedAt);
        entry.base = run.config.method == litetune::Method::Evaluate;
        litetune::SamplePrediction none;
        none.predicted = -1;
        const auto size = dataset->splits[static_cast<size_t>(split)].examples.size();
        entry.byExample.assign(size, none);
        for (const auto& prediction : loaded) {
            if (prediction.index >= 0 && static_cast<size_t>(prediction.index) < size) {
                entry.byExample[static_cast<size_t>(prediction.index)] = prediction;
            }
        }
        m_runs.append(std::move(entry));
    }
}

const litetune::SamplePrediction* PredictionIndex::find(int run, int split, int example) const {
    if (run < 0 || run >= m_runs.size()) {
        return nullptr;
    }
    const auto& entry = m_runs.at(run);
    if (entry.split != split || example < 0 || static_cast<size_t>(example) >= entry.byExample.size()) {
        return nullptr;
    }
    const auto& prediction = entry.byExample[static_cast<size_t>(example)];
    return prediction.predicted >= 0 ? &prediction : nullptr;
}

bool PredictionIndex::hasAny(int split, int example) const {
    for (int run = 0; run < m_runs.size(); ++run) {
        if (find(run, split, example)) {
            return true;
        }
    }
    return false;
}

bool PredictionIndex::misclassified(int run, int split, int example) const {
    const auto* prediction = find(run, split, example);
    return prediction && prediction->label >= 0 && prediction->predicted != prediction->label;
}

bool PredictionIndex::runsDisagree(int split, int example) const {
    int first = -1;
    for (int run = 0; run < m_runs.size(); ++run) {
        if (const auto* prediction = find(run, split, example)) {
            if (first >= 0 && prediction->predicted != first) {
                return true;
            }
            first = prediction->predicted;
        }
    }
    return false;
}

float PredictionIndex::highestLoss(int split, int example) const {
    float highest = -1.f;
    for (int run = 0; run < m_runs.size(); ++run) {
        if (const auto* prediction = find(run, split, example)) {
            highest = std::max(highest, prediction->loss);
        }
    }
    return highest;
}

bool PredictionIndex::fixedBy(int runB, int runA, int split, int example) const {
    const auto* b = find(runB, split, example);
    const auto* a = find(runA, split, example);
    return a && b && b->label >= 0 && a->predicted != a->label && b->predicted == b->label;
}

bool PredictionIndex::brokenBy(int runB, int runA, int split, int example) const {
    return fixedBy(runA, runB, split, example);
}

int PredictionIndex::indexOf(const QString& runDir) const {
    for (int run = 0; run < m_runs.size(); ++run) {
        if (m_runs.at(run).runDir == runDir) {
            return run;
        }
    }
    return -1;
}

QVector<PredictionIndex::Pair> PredictionIndex::diffPairs() const {
    // Newest first; of runs that started in the same second (a comparison's base and full
    // fine-tune), the one listed later counts as newer, as in the Results place's difference view.
    QVector<int> newestFirst;
    for (int run = m_runs.size() - 1; run >= 0; --run) {
        newestFirst.append(run);
    }
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
                     [this](int a, int b) { return m_runs.at(a).startedAt > m_runs.at(b).startedAt; });
    QVector<Pair> pairs;
    const auto offer = [this, &pairs](int runB, int runA) {
        const Pair pair{runB, runA};
        if (runB != runA && m_runs.at(runB).split == m_runs.at(runA).split && !pairs.contains(pair)) {
            pairs.append(pair);
        }
    };
    if (newestFirst.size() >= 2) {
        offer(newestFirst.at(0), newestFirst.at(1));
    }
    const auto base =
        std::find_if(newestFirst.begin(), newestFirst.end(), [this](int run) { return m_runs.at(run).base; });
    if (base != newestFirst.end()) {
        for (int run : newestFirst) {
            offer(run, *base);
        }
    }
    return pairs;
}

bool PredictionIndex::sameSource(const QString& a, const QString& b) {
    if (a == b) {
        return true;
    }
    const QString canonicalA = QFileInfo(a).canonicalFilePath();
    return !canonicalA.isEmpty() && canonicalA == QFileInfo(b).canonicalFilePath();
}
