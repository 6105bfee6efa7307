// TrainConfig: every knob of a run, as plain values. Defaults follow the Hugging Face Trainer
// (docs/formats.md §6.1) unless a comment says why not. Crosses threads by value.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace litetune {

enum class Method { Evaluate, Full, Lora, Head, BitFit };
// What the model learns: a label per text (GPT2ForSequenceClassification), or the next token of raw
// text (GPT2LMHeadModel: continued pretraining, domain adaptation).
enum class Task { Classification, CausalLm };
enum class Precision { Auto, Fp32, Bf16, Fp16 };
// The order of the training examples in an epoch, as TrainingArguments.train_sampling_strategy names
// it: length groups in a seeded order, a seeded permutation, or the file's order.
enum class SamplingStrategy { GroupByLength, Random, Sequential };

struct LoraSettings {
    int r = 8;
    double alpha = 16.0;
    double dropout = 0.1;
    std::vector<std::string> targets{"c_attn"}; // PEFT's default for GPT-2
    bool rslora = false;                        // scaling alpha/sqrt(r) instead of alpha/r
    double learningRate = 0.0;                  // compare only: LoRA's own lr; 0 = the shared learningRate
};

struct TrainConfig {
    std::string modelPath = "demo"; // HF folder, cache id, or "demo"
    std::string adapterPath;        // PEFT adapter to start from (optional)
    std::string dataPath = "demo";  // file, folder, archive, or "demo"
    std::string textColumn;         // empty: auto-detect
    std::string labelColumn;        // empty: auto-detect
    std::string evalSplit;          // eval only: empty = test if present, else validation
    Method method = Method::Full;
    Task task = Task::Classification;
    double epochs = 3.0;
    std::int64_t maxSteps = -1;
    double learningRate = 5e-5;
    double weightDecay = 0.0;
    double adamEpsilon = 1e-8; // TrainingArguments.adam_epsilon
    double warmupRatio = 0.0;
    int batchSize = 8;
    int evalBatchSize = 8;
    int gradAccum = 1;
    double maxGradNorm = 1.0;
    int maxLength = 128; // tweets are short; GPT-2's 1024 would only waste padding
    std::uint64_t seed = 42;
    // Not the Trainer's "random": length groups waste little padding, and runs recorded before this
    // knob existed (run.json without it) were batched so.
    SamplingStrategy trainSamplingStrategy = SamplingStrategy::GroupByLength;
    std::int64_t evalEvery = 0;    // 0: evaluate at the end only
    int earlyStoppingPatience = 0; // 0: off; watches metricForBestModel (EarlyStoppingCallback)
    // TrainingArguments.metric_for_best_model: the evaluation that counts as best, for early stopping
    // and loadBestModelAtEnd; greater is better unless the name ends in "loss" (greater_is_better).
    std::string metricForBestModel = "eval_loss";
    // TrainingArguments.load_best_model_at_end: a checkpoint at every evaluation, the best one kept from
    // rotation, and its weights restored before the final evaluation, save and export.
    bool loadBestModelAtEnd = false;
    std::int64_t checkpointEvery = 0; // 0: only on cancel and at the end
    std::string device = "auto";      // auto | cpu | cuda[:N]
    Precision precision = Precision::Auto;
    int threads = 0;             // 0: all cores but one when a GUI is running
    std::int64_t limitTrain = 0; // 0: no limit
    std::int64_t limitEval = 0;
    double validationFraction = 0.1;
    double testFraction = 0.0;
    bool skipBadRows = false;
    bool cleanText = false; // DatasetOptions::cleanText
    bool classWeightedLoss = false;
    LoraSettings lora;
    std::string outDir;            // run folder; empty: a fresh folder under the runs location
    std::string resumeDir;         // resume this run folder from its latest checkpoint
    bool allowChangedData = false; // resume only, not recorded: go on although the dataset changed
    int nprocPerNode = 1;          // train: data-parallel workers to start on this machine (torchrun's name)
    std::string runName;           // shown in tables; empty: derived from method
};

const char* methodName(Method method); // "base", "full", "lora", "head", "bitfit"
bool parseMethod(const std::string& text, Method& out);
const char* taskName(Task task); // "classification", "causal-lm"
bool parseTask(const std::string& text, Task& out);
const char* precisionName(Precision precision); // "auto", "fp32", "bf16", "fp16"
bool parsePrecision(const std::string& text, Precision& out);
const char* samplingStrategyName(SamplingStrategy strategy); // "group_by_length", "random", "sequential"
bool parseSamplingStrategy(const std::string& text, SamplingStrategy& out);
// The names --metric-for-best-model accepts (EvalReport::trainerMetrics' names), the classifier's first.
const std::vector<const char*>& bestModelMetricNames();
bool parseBestModelMetric(const std::string& text, std::string& out);
// Whether a higher value of a Trainer metric is better: TrainingArguments.greater_is_better's default (false
// for a name ending in "loss"), and also false for perplexity (exp of a loss), runtimes, memory, sizes and
// parameter counts. The one rule for best checkpoints, early stopping, sweeps and plots.
bool greaterIsBetter(const std::string& metric);
// Why `metric` cannot judge a run of `task` (a causal LM has only eval_loss and perplexity); empty if it can.
std::string bestModelMetricProblem(Task task, const std::string& metric);
// Why `config`'s best-model settings cannot work: load_best_model_at_end or early stopping without
// evaluations during training, or bestModelMetricProblem; empty if they can. The engine refuses a
// run with these words and the GUI shows them.
std::string bestModelProblem(const TrainConfig& config);

// The built-in demo model's training settings, which the GUI's Quick demo and `--model demo` on the
// command line start from (explicit options still win): the tiny pretrained model learns the demo
// task with a far larger learning rate than GPT-2 likes. Measured: docs/benchmarks.md "The demo".
void applyDemoSettings(TrainConfig& config);
inline constexpr const char* kDemoModelName = "demo";

struct DatasetOptions;
// The dataset a run of `config` reads: its path, columns, split fractions and seed. Train and
// compare split a single file (splitSingleFile); eval keeps it whole.
DatasetOptions datasetOptionsFor(const TrainConfig& config, bool splitSingleFile);

// The other way: `options`' path, columns, split fractions and row handling into `config` (a
// front end that chose them on a dataset screen). The seed stays the config's own.
void applyDatasetOptions(TrainConfig& config, const DatasetOptions& options);

} // namespace litetune
