// TrainingPlot: the live curves of a run — training and validation loss against step on the
// left axis, accuracy on the right, the learning rate in a small plot below — plus earlier
// runs overlaid on demand. Points are appended as they arrive but drawn by a timer at about
// 4 Hz, never per point. Wheel zooms, drag pans, double-click fits again; while the user has
// not zoomed, the axes follow the run. A causal-LM run (setLanguageModel) has no accuracy: its
// validation perplexity takes the right axis instead. The best evaluation by the run's metric for
// best model (TrainConfig::metricForBestModel) is marked by a dashed vertical line labelled "best
// eval_f1_macro at step N": live as evaluations arrive, then the engine's own record when the run ends.
#pragma once

#include "api/Results.h"
#include "runs/RunHistory.h"

#include <QHash>
#include <QWidget>

class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCustomPlot;
class QTimer;

class TrainingPlot : public QWidget {
    Q_OBJECT

public:
    explicit TrainingPlot(QWidget* parent = nullptr);

    void clear();
    void addTrainingPoint(double step, double loss, double learningRate);
    // `metric`: accuracy (0..1) of a classifier, or perplexity of a causal LM.
    void addEvaluationPoint(double step, double loss, double metric);
    // Names the right axis and its curve "Perplexity" (true) or "Accuracy"; clears nothing.
    void setLanguageModel(bool languageModel);
    bool isLanguageModel() const { return m_languageModel; }
    void setOverlay(const QString& key, const QString& name, const RunHistory& history);
    void removeOverlay(const QString& key);
    void fit();

    // The metric that picks the best evaluation (metric_for_best_model); removes the mark.
    void setBestMetric(const std::string& metric);
    // Moves the mark to `report` when it is strictly better than the best so far (ties keep the
    // earlier step, as the engine does).
    void considerForBest(const litetune::EvalReport& report);
    // The engine's record of a finished run (RunResult::bestGlobalStep); no mark when it has none.
    void showBest(const litetune::RunResult& result);
    bool hasBestMark() const { return m_bestStep >= 0; }
    double bestStep() const { return m_bestStep; }
    QString bestText() const; // "best eval_f1_macro at step 40", empty without a mark

    int trainingPointCount() const;
    int evaluationPointCount() const;
    int replotCount() const { return m_replots; }
    QCustomPlot* lossPlot() const { return m_loss; }

    static constexpr int kReplotIntervalMs = 250;

private:
    struct Overlay {
        QCPGraph* trainLoss = nullptr;
        QCPGraph* evalLoss = nullptr;
        QCPGraph* accuracy = nullptr;
        QCPGraph* learningRate = nullptr;
    };

    void replotIfDirty();
    void onUserZoomed();
    void removeOverlayGraphs(const Overlay& overlay);
    void placeBestMark(double step, double value);

    QCustomPlot* m_loss = nullptr;
    QCustomPlot* m_lr = nullptr;
    QCPGraph* m_trainLoss = nullptr;
    QCPGraph* m_evalLoss = nullptr;
    QCPGraph* m_accuracy = nullptr;
    QCPGraph* m_learningRate = nullptr;
    QHash<QString, Overlay> m_overlays;
    QTimer* m_replotTimer = nullptr;
    bool m_dirty = false;
    bool m_followRun = true;
    int m_replots = 0;
    int m_overlayColour = 0;
    bool m_languageModel = false;
    std::string m_bestMetric = "eval_loss";
    double m_bestStep = -1;
    double m_bestValue = 0;
    QCPItemStraightLine* m_bestLine = nullptr;
    QCPItemText* m_bestLabel = nullptr;
};
