// The option table (api/OptionTable.h). Defaults are TrainConfig's; where the Hugging Face Trainer
// accepts a value, so does LiteTune, and the upper bounds only stop values no run can mean (a
// learning rate of 1e9). Labels, help texts, units and special meanings are marked for the GUI's
// translations: lupdate reads TR as QT_TR_NOOP and LITETUNE_TRANSLATION_CONTEXT as
// Q_DECLARE_TR_FUNCTIONS (translations/CMakeLists.txt), so they are filed under "TrainOption".
#include "api/OptionTable.h"
#include "api/Distributed.h"
#include "config/OptionRow.h"

#include <cstdint>

#define LITETUNE_TRANSLATION_CONTEXT(context)
#define TR(text) text

namespace litetune {

namespace {

// Only a scope for the rows' texts, named for the translations.
struct OptionRows {
    LITETUNE_TRANSLATION_CONTEXT(TrainOption)
    static std::vector<OptionSpec> build();
};

} // namespace

std::vector<OptionSpec> OptionRows::build() {
    using option_row::Row;
    using T = OptionType;
    using S = OptionScope;
    using F = FormPlace;
    const Row rows[] = {
        Row("method", "method", T::Choice, S::Run)
            .help(TR("What a run does: evaluate the model as it is (base), fine-tune every weight (full), "
                     "train LoRA adapters beside frozen weights, train only the classification head, or "
                     "only the biases (bitfit)."))
            .choices({"base", "full", "lora", "head", "bitfit"})
            .metavar("full|lora|head|bitfit")
            .access(LITETUNE_CHOICE(method, methodName, parseMethod)),
        Row("task", "task", T::Choice, S::Run)
            .help(TR("What the model learns: a label per text (classification), or the next token of raw "
                     "text, one document per line or one per .txt file of a folder (causal-lm: continued "
                     "pretraining; with --method full or lora)."))
            .choices({"classification", "causal-lm"})
            .access(LITETUNE_CHOICE(task, taskName, parseTask)),
        Row("model", "model", T::Text, S::Inputs)
            .help(TR("A Hugging Face model folder, a cached model id, or \"demo\"."))
            .metavar("DIR")
            .access(LITETUNE_TEXT(modelPath)),
        Row("adapter", "adapter", T::Text, S::Inputs)
            .help(TR("A PEFT adapter folder to start from."))
            .metavar("DIR")
            .access(LITETUNE_TEXT(adapterPath)),
        Row("data", "data", T::Text, S::Inputs)
            .help(TR("CSV/TSV, JSON Lines, a split folder, a TweetEval folder, an archive of any of these, "
                     "or \"demo\"."))
            .metavar("PATH")
            .access(LITETUNE_TEXT(dataPath)),
        Row("epochs", "epochs", T::Real, S::Training)
            .form(F::Main, TR("&Epochs:"), "epochs")
            .help(TR("How many times training goes through the whole training split."))
            .range(0.0, 1e6, false)
            .decimals(2, 0.5)
            .access(LITETUNE_NUMBER(epochs)),
        Row("max-steps", "max_steps", T::Integer, S::Training)
            .form(F::Advanced, TR("Max &steps:"), "maxSteps")
            .help(TR("Stop after this many optimizer steps, whatever the epochs say."))
            .range(1, 1e12)
            .special(-1, TR("from the epochs"))
            .unit(TR("steps"))
            .access(LITETUNE_NUMBER(maxSteps)),
        Row("lr", "lr", T::Real, S::Training)
            .form(F::Main, TR("&Learning rate:"), "learningRate")
            .help(TR("The peak step size of AdamW; full fine-tuning of GPT-2 likes about 5e-5, LoRA about "
                     "ten times more."))
            .range(0.0, 10.0)
            .logScale()
            .access(LITETUNE_NUMBER(learningRate)),
        Row("batch-size", "batch_size", T::Integer, S::Training)
            .form(F::Main, TR("&Batch size:"), "batchSize")
            .help(TR("Examples per forward pass; more needs more memory."))
            .range(1, 1e6)
            .access(LITETUNE_NUMBER(batchSize)),
        Row("grad-accum", "grad_accum", T::Integer, S::Training)
            .form(F::Main, TR("&Gradient accumulation:"), "gradAccum")
            .help(TR("Forward passes whose gradients add up before one optimizer step, for a larger "
                     "effective batch without more memory."))
            .range(1, 1e6)
            .access(LITETUNE_NUMBER(gradAccum)),
        Row("max-length", "max_length", T::Integer, S::Evaluation)
            .form(F::Main, TR("Max &length:"), "maxLength")
            .help(TR("Tokens kept per example; longer texts are cut (see the token-length histogram)."))
            .range(1, 1e6)
            .unit(TR("tokens"))
            .access(LITETUNE_NUMBER(maxLength)),
        Row("seed", "seed", T::Integer, S::Evaluation)
            .form(F::Main, TR("&Seed:"), "seed")
            .help(TR("Seeds the splits, initialisation, dropout and data order, so a run can be repeated exactly."))
            .range(0, 9007199254740992.0) // 2^53: exact as a double
            .access(LITETUNE_NUMBER(seed)),
        Row("device", "device", T::Text, S::Runtime)
            .help(TR("Where the model runs: auto (a GPU when there is one), cpu, cuda or cuda:N; a CUDA device that is "
                     "not there is refused."))
            .metavar("auto|cpu|cuda[:N]")
            .access(LITETUNE_TEXT(device)),
        Row("precision", "precision", T::Choice, S::Runtime)
            .form(F::Advanced, TR("&Precision:"), "precision")
            .help(TR("The number format of the forward and backward pass: auto is bf16 on a GPU that supports it, "
                     "else fp32; fp16 runs on CUDA only, with loss scaling. Weights stay float32."))
            .choices({"auto", "fp32", "bf16", "fp16"})
            .metavar("auto|fp32|bf16|fp16")
            .access(LITETUNE_CHOICE(precision, precisionName, parsePrecision)),
        Row("weight-decay", "weight_decay", T::Real, S::Training)
            .form(F::Main, TR("Weight &decay:"), "weightDecay")
            .help(TR("AdamW's pull of the weights towards zero each step, a mild regulariser."))
            .range(0.0, 10.0)
            .decimals(3, 0.01)
            .access(LITETUNE_NUMBER(weightDecay)),
        Row("adam-epsilon", "adam_epsilon", T::Real, S::Training)
            .form(F::Advanced, TR("AdamW &epsilon:"), "adamEpsilon")
            .help(TR("What AdamW adds to the root of its second moment before it divides, so that steps stay "
                     "finite (the Trainer's adam_epsilon)."))
            .range(0.0, 10.0)
            .logScale()
            .access(LITETUNE_NUMBER(adamEpsilon)),
        Row("warmup-ratio", "warmup_ratio", T::Real, S::Training)
            .form(F::Main, TR("&Warm-up ratio:"), "warmupRatio")
            .help(TR("Share of the steps over which the learning rate rises from 0 before it decays "
                     "linearly."))
            .range(0.0, 1.0)
            .decimals(2, 0.05)
            .access(LITETUNE_NUMBER(warmupRatio)),
        Row("eval-every", "eval_every", T::Integer, S::Training)
            .form(F::Main, TR("Evaluate e&very:"), "evalEvery")
            .help(TR("Evaluate on the validation split every this many optimizer steps."))
            .range(0, 1e12)
            .special(0, TR("at the end"))
            .unit(TR("steps"))
            .access(LITETUNE_NUMBER(evalEvery)),
        Row("limit-train", "limit_train", T::Integer, S::Evaluation)
            .form(F::Main, TR("Training e&xamples:"), "limitTrain")
            .help(TR("Train on only the first this many training examples, for quick trials."))
            .range(0, 1e12)
            .special(0, TR("all"))
            .access(LITETUNE_NUMBER(limitTrain)),
        Row("limit-eval", "limit_eval", T::Integer, S::Evaluation)
            .form(F::Main, TR("Evaluation exa&mples:"), "limitEval")
            .help(TR("Evaluate on only the first this many examples."))
            .range(0, 1e12)
            .special(0, TR("all"))
            .access(LITETUNE_NUMBER(limitEval)),
        Row("eval-batch-size", "eval_batch_size", T::Integer, S::Evaluation)
            .help(TR("Examples per forward pass when evaluating (the GUI uses the batch size)."))
            .range(1, 1e6)
            .access(LITETUNE_NUMBER(evalBatchSize)),
        Row("max-grad-norm", "max_grad_norm", T::Real, S::Training)
            .form(F::Advanced, TR("Gradient &clipping:"), "maxGradNorm")
            .help(TR("Gradients are scaled down when their global norm exceeds this; 0 turns clipping off."))
            .range(0.0, 1e9)
            .decimals(2, 0.1)
            .access(LITETUNE_NUMBER(maxGradNorm)),
        Row("train-sampling-strategy", "train_sampling_strategy", T::Choice, S::Training)
            .form(F::Advanced, TR("Example &order:"), "trainSamplingStrategy")
            .help(TR("The order of the training examples in an epoch: groups of similar length (least "
                     "padding), a seeded shuffle, or the file's order."))
            .choices({"group_by_length", "random", "sequential"})
            .metavar("group_by_length|random|sequential")
            .access(LITETUNE_CHOICE(trainSamplingStrategy, samplingStrategyName, parseSamplingStrategy)),
        Row("metric-for-best-model", "metric_for_best_model", T::Choice, S::Training)
            .form(F::Advanced, TR("Metr&ic for best model:"), "metricForBestModel")
            .help(TR("The evaluation metric that picks the best evaluation, for early stopping and "
                     "--load-best-model-at-end: lower is better for eval_loss and perplexity (causal LM), "
                     "higher for the others; eval_f1_macro weighs every class equally."))
            .choices(bestModelMetricNames())
            .metavar("METRIC")
            .access([](const TrainConfig& c) { return option_row::TextField::get(c.metricForBestModel); },
                    [](TrainConfig& c, const OptionValue& v) {
                        return parseBestModelMetric(v.text, c.metricForBestModel);
                    }),
        Row("load-best-model-at-end", "load_best_model_at_end", T::Switch, S::Training)
            .form(F::Advanced, TR("Load best model at e&nd"), "loadBestModelAtEnd")
            .help(TR("Save a checkpoint at every evaluation, keep the best one by the metric for best model, "
                     "and restore its weights before the final evaluation, save and export; needs "
                     "evaluations during training."))
            .access(LITETUNE_SWITCH(loadBestModelAtEnd)),
        Row("early-stopping-patience", "early_stopping_patience", T::Integer, S::Training)
            // The settings key of the option's old name: a remembered patience survives the rename.
            .form(F::Advanced, TR("Early stopping &patience:"), "earlyStopping")
            .help(TR("Stop when the metric for best model has not improved for this many evaluations; needs "
                     "evaluations during training and a validation split."))
            .range(0, 1e6)
            .special(0, TR("off"))
            .unit(TR("evaluations"))
            .access(LITETUNE_NUMBER(earlyStoppingPatience)),
        Row("checkpoint-every", "checkpoint_every", T::Integer, S::Training)
            .form(F::Advanced, TR("Check&point every:"), "checkpointEvery")
            .help(TR("Save a resumable checkpoint every this many optimizer steps (always on cancel and at "
                     "the end)."))
            .range(0, 1e12)
            .special(0, TR("on cancel only"))
            .unit(TR("steps"))
            .access(LITETUNE_NUMBER(checkpointEvery)),
        Row("class-weighted-loss", "class_weighted_loss", T::Switch, S::Training)
            .form(F::Advanced, TR("Class-&weighted loss"), "classWeightedLoss")
            .help(TR("Weight each class's loss by the inverse of its frequency, so rare labels count as "
                     "much as common ones."))
            .access(LITETUNE_SWITCH(classWeightedLoss)),
        Row("threads", "threads", T::Integer, S::Runtime)
            .form(F::Advanced, TR("CPU &threads:"), "threads")
            .help(TR("CPU threads for LibTorch and OpenBLAS."))
            .range(0, 4096)
            .special(0, TR("automatic"))
            .access(LITETUNE_NUMBER(threads)),
        Row("text-column", "text_column", T::Text, S::Evaluation)
            .help(TR("The column that holds the text (default: tweet, text or sentence)."))
            .access(LITETUNE_TEXT(textColumn)),
        Row("label-column", "label_column", T::Text, S::Evaluation)
            .help(TR("The column that holds the label (default: emoji, label or labels)."))
            .access(LITETUNE_TEXT(labelColumn)),
        Row("validation-fraction", "validation_fraction", T::Real, S::Evaluation)
            .help(TR("The share of a single file held out, stratified, for validation."))
            .range(0.0, 0.9)
            .access(LITETUNE_NUMBER(validationFraction)),
        Row("test-fraction", "test_fraction", T::Real, S::Evaluation)
            .help(TR("The share of a single file held out, stratified, for the test split."))
            .range(0.0, 0.9)
            .access(LITETUNE_NUMBER(testFraction)),
        Row("skip-bad-rows", "skip_bad_rows", T::Switch, S::Evaluation)
            .help(TR("Skip and count rows that do not parse instead of stopping at the first."))
            .access(LITETUNE_SWITCH(skipBadRows)),
        Row("clean-text", "clean_text", T::Switch, S::Evaluation)
            .help(TR("Drop invisible characters (U+FE0F, ...) and collapse white space."))
            .access(LITETUNE_SWITCH(cleanText)),
        Row("split", "eval_split", T::Text, S::Run)
            .help(TR("eval: the split to evaluate (default: test if present, else validation)."))
            .access(LITETUNE_TEXT(evalSplit)),
        Row("lora-r", "lora_r", T::Integer, S::Lora)
            .form(F::Main, TR("&Rank r:"), "loraR")
            .help(TR("Rank r of the low-rank update B·A; higher adapts more and trains more parameters."))
            .range(1, 1e6)
            .access(LITETUNE_NUMBER(lora.r)),
        Row("lora-alpha", "lora_alpha", T::Real, S::Lora)
            .form(F::Main, TR("&Alpha:"), "loraAlpha")
            .help(TR("Scale of the LoRA update: it is multiplied by alpha / r."))
            .range(0.0, 1e6, false)
            .decimals(1, 1.0)
            .access(LITETUNE_NUMBER(lora.alpha)),
        Row("lora-dropout", "lora_dropout", T::Real, S::Lora)
            .form(F::Main, TR("Dr&opout:"), "loraDropout")
            .help(TR("Dropout on the LoRA branch's input during training."))
            .range(0.0, 0.99)
            .decimals(2, 0.05)
            .access(LITETUNE_NUMBER(lora.dropout)),
        Row("lora-targets", "lora_targets", T::List, S::Lora)
            .form(F::Main, TR("&Target modules:"), "loraTargets")
            .help(TR("GPT-2 modules that get adapters, comma-separated: c_attn (attention input), c_proj, "
                     "c_fc (MLP)."))
            .metavar("c_attn,...")
            .access(LITETUNE_LIST(lora.targets)),
        Row("lora-rslora", "lora_rslora", T::Switch, S::Lora)
            .form(F::Advanced, TR("Rank-stabilised &scaling"), "loraRslora")
            .help(TR("Scale the LoRA update by alpha / sqrt(r) instead of alpha / r (PEFT's use_rslora)."))
            .access(LITETUNE_SWITCH(lora.rslora)),
        Row("lora-lr", "lora_lr", T::Real, S::Lora)
            .form(F::Advanced, TR("LoRA learning r&ate:"), "loraLearningRate")
            .help(TR("A comparison's learning rate for its LoRA run."))
            .range(0.0, 10.0)
            .special(0, TR("the learning rate"))
            .logScale()
            .access(LITETUNE_NUMBER(lora.learningRate)),
        Row("out", "out", T::Text, S::Run)
            .help(TR("The run folder (default: a new folder under the runs location)."))
            .metavar("DIR")
            .notReported()
            .access(LITETUNE_TEXT(outDir)),
        Row("resume", "resume", T::Text, S::Run)
            .help(TR("train: continue this run folder from its latest checkpoint; the data must be "
                     "unchanged."))
            .metavar("RUN_DIR")
            .notReported()
            .access(LITETUNE_TEXT(resumeDir)),
        Row("allow-changed-data", "allow_changed_data", T::Switch, S::Run)
            .help(TR("--resume: go on although the dataset changed."))
            .notRecorded()
            .access(LITETUNE_SWITCH(allowChangedData)),
        Row("nproc-per-node", "nproc_per_node", T::Integer, S::Run)
            .help(TR("train: start this many data-parallel workers on this machine, one per GPU (or sharing "
                     "the CPU), each with --batch-size rows of every step; as torchrun's option."))
            .range(1, kMaxLocalWorkers)
            .notRecorded()
            .notReported()
            .access(LITETUNE_NUMBER(nprocPerNode)),
        Row("name", "name", T::Text, S::Training)
            .help(TR("The run's name in tables (default: from the method)."))
            .metavar("TEXT")
            .notReported()
            .access(LITETUNE_TEXT(runName)),
    };
    std::vector<OptionSpec> specs;
    for (const Row& row : rows)
        specs.push_back(row.spec);
    return specs;
}

const std::vector<OptionSpec>& optionTable() {
    static const std::vector<OptionSpec> table = OptionRows::build();
    return table;
}

#undef TR
#undef LITETUNE_TRANSLATION_CONTEXT
#undef LITETUNE_FIELD
#undef LITETUNE_NUMBER
#undef LITETUNE_SWITCH
#undef LITETUNE_TEXT
#undef LITETUNE_LIST
#undef LITETUNE_CHOICE

} // namespace litetune
