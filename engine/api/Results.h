// Value types that leave the engine: progress during a run, evaluation reports, run results,
// predictions. Plain data only (no LibTorch types), so they cross threads and reach the UI.
#pragma once

#include "api/TrainConfig.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace litetune {

struct Progress {
    std::string phase;     // "train", "eval", "load", "tokenize"
    std::int64_t step = 0; // optimizer steps done (train) or batches done (eval)
    std::int64_t totalSteps = 0;
    double epoch = 0.0;
    double loss = 0.0; // mean training loss since the previous Progress
    double learningRate = 0.0;
    double gradNorm = 0.0;
    double samplesPerSecond = 0.0;
    double tokensPerSecond = 0.0;
    std::int64_t memoryBytes = 0; // current resident/device memory
    double elapsedSeconds = 0.0;
    double etaSeconds = 0.0;
    int workers = 1;               // data-parallel workers; the speeds above are all workers' together
    double allreduceSeconds = 0.0; // time worker 0 waited for gradient sums after backward, so far
};

struct EvalReport {
    std::string split;
    std::int64_t step = 0; // optimizer step at which it was taken (0 for a base evaluation)
    double epoch = 0.0;
    std::int64_t samples = 0;
    double loss = 0.0;
    double accuracy = 0.0;
    double precisionWeighted = 0.0;
    double recallWeighted = 0.0;
    double f1Weighted = 0.0;
    double precisionMacro = 0.0;
    double recallMacro = 0.0;
    double f1Macro = 0.0;
    double perplexity = 0.0; // causal LM only: exp(loss), and none of the classifier's scores; 0 for a classifier
    double runtimeSeconds = 0.0;
    double samplesPerSecond = 0.0;
    double stepsPerSecond = 0.0;
    std::vector<std::string> labels; // label names, index = class id
    std::vector<double> perClassPrecision;
    std::vector<double> perClassRecall;
    std::vector<double> perClassF1;
    std::vector<std::int64_t> support;
    std::vector<std::int64_t> confusion; // row-major [true][predicted], labels.size()^2

    // Trainer-style names: eval_loss, eval_accuracy, eval_f1 (weighted), eval_f1_macro, ...; a causal
    // LM's: eval_loss and perplexity (the name transformers' run_clm.py gives it), no classifier scores.
    std::map<std::string, double> trainerMetrics() const;
};

struct SamplePrediction {
    std::int64_t index = 0; // row in the evaluated split
    int label = -1;         // true class (-1 when unknown)
    int predicted = 0;
    float probability = 0.f; // of the predicted class
    float loss = 0.f;        // cross-entropy against the true class (0 when unknown)
};

struct LabelScore {
    int label = 0;
    std::string name;
    std::string glyph;
    float probability = 0.f;
};

struct RunResult {
    std::string runDir;
    std::string name;
    TrainConfig config;
    double trainLoss = 0.0;
    double trainRuntime = 0.0;
    double trainSamplesPerSecond = 0.0;
    double trainStepsPerSecond = 0.0;
    double epoch = 0.0;
    std::int64_t globalStep = 0;
    EvalReport eval;
    std::int64_t trainableParams = 0;
    std::int64_t totalParams = 0;
    std::int64_t peakMemoryBytes = 0;
    std::int64_t adapterBytes = 0; // size of adapter/ (LoRA) or model/ weights
    bool cancelled = false;
    long heldByPid = 0;    // another process holds the run's lock (RunLock): it is running elsewhere
    bool named = false;    // `name` is the one a user gave the run (api/RunFolders.h, renameRun)
    std::string startedAt; // ISO 8601 UTC from run.json; empty for a result handed over in memory
    // The best evaluation during training by config.metricForBestModel, trainer_state.json's
    // best_metric / best_global_step / best_model_checkpoint; bestGlobalStep -1: none recorded.
    double bestMetric = 0.0;
    std::int64_t bestGlobalStep = -1;
    std::string bestModelCheckpoint; // relative to runDir ("checkpoints/step-N"); empty when not kept
    bool bestModelLoaded = false;    // load_best_model_at_end put those weights in the saved model
    int worldSize = 1;               // data-parallel workers that trained it
    double allreduceSeconds = 0.0;   // of trainRuntime, rank 0's wait for gradient sums after backward

    // The flat metrics.json object with the Trainer's names (the man page (packaging/litetune-cli.1)).
    std::map<std::string, double> trainerMetrics() const;
};

} // namespace litetune
