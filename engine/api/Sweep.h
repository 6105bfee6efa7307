// Sweep: a grid or random search over options of the option table (api/OptionTable.h), run as a
// queue of ordinary runs. Each point is a normal run folder `SWEEP/NN-SETTINGS` (so every run list
// shows it); SWEEP/sweep.json (the spec, each point's state and metrics) and SWEEP/sweep.csv (one
// row per point, best first by the chosen metric) are rewritten atomically after every point.
// The CLI runs a whole sweep with runSweep; the GUI runs the points one by one through its engine
// thread and records them with SweepRecorder, so both write the same files.
#pragma once

#include "api/Results.h"
#include "api/TrainConfig.h"
#include "api/Workbench.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace litetune {

// One varied option: its table flag and the values, each as the CLI writes it (optionText). A
// Real option may instead give a range low:high, which only a random sweep samples (log-uniformly
// when low > 0).
struct SweepAxis {
    std::string flag;
    std::vector<std::string> values;
    bool isRange = false;
    double low = 0.0;
    double high = 0.0;
};

struct SweepSpec {
    TrainConfig base;            // the settings every point shares; base.outDir: the sweep folder
    std::vector<SweepAxis> axes; // in the order given
    int randomCount = 0;         // 0: the whole grid; N: N distinct points drawn (seeded by base.seed)
    std::string metric = "eval_f1_macro";
};

// One point: a value per axis, in the axes' order.
struct SweepPoint {
    std::vector<std::string> values;
};

enum class SweepState { Pending, Running, Done, Failed, Cancelled };
const char* sweepStateName(SweepState state); // "pending", "running", "done", "failed", "cancelled"

struct SweepPointResult {
    SweepPoint point;
    std::string folder; // "01-lr=0.0001_lora-r=4", inside the sweep folder
    SweepState state = SweepState::Pending;
    std::string runDir;
    std::string error;                     // Failed: why
    std::map<std::string, double> metrics; // RunResult::trainerMetrics() once it ran
    double seconds = 0.0;                  // wall time of the point
};

// Parses "NAME=V1,V2,..." (or "NAME=LOW:HIGH" for a Real option). NAME is a flag of the table
// ("lora-r"), its dotted or run.json spelling ("lora.r", "lora_r") or the unique start of one
// ("batch" for batch-size); a List option separates its items with '+' ("c_attn+c_proj"). Every
// value is parsed and range-checked by the table; BadInput names the option and the value.
SweepAxis parseSweepAxis(const std::string& text);

// The flags a sweep may vary: the training, LoRA and data-handling knobs, method and precision.
std::vector<std::string> sweepableOptions();

// The metric names a sweep of `task` can sort by (RunResult::trainerMetrics()' keys for that task).
std::vector<std::string> sweepMetrics(Task task = Task::Classification);

// Checks the spec (axes, duplicate options, metric, random count) and expands it: the grid's
// cartesian product (first axis slowest), or randomCount distinct points drawn from it. Every
// point's settings are checked with validate() before anything runs. BadInput on any problem.
std::vector<SweepPoint> expandSweep(const SweepSpec& spec);
// The number of points expandSweep gives, without checking each one (the GUI's live count).
std::size_t sweepSize(const SweepSpec& spec);

// The base settings with the point's values applied.
TrainConfig pointConfig(const SweepSpec& spec, const SweepPoint& point);
// "03-lr=0.0005_lora-r=8": index (from 1) and settings, safe as a file name, at most 120 bytes.
std::string pointFolderName(std::size_t index, const SweepSpec& spec, const SweepPoint& point);

// Indices of `points` best first by `metric`: finished points by value, then the rest in order.
std::vector<std::size_t> sweepOrder(const std::vector<SweepPointResult>& points, const std::string& metric);

// Keeps sweep.json and sweep.csv of one sweep folder. The constructor makes the folder (spec's
// base.outDir, else a new one under the runs location; an existing folder must be empty), and
// writes both files with every point pending.
class SweepRecorder {
public:
    SweepRecorder(const SweepSpec& spec, const std::vector<SweepPoint>& points);
    ~SweepRecorder();
    SweepRecorder(const SweepRecorder&) = delete;
    SweepRecorder& operator=(const SweepRecorder&) = delete;

    const std::filesystem::path& folder() const;
    const std::vector<SweepPointResult>& points() const;
    // The run settings of point `index`: its config with outDir = the point's folder.
    TrainConfig configFor(std::size_t index) const;
    void markRunning(std::size_t index);
    // The point's run ended: done, or cancelled when result.cancelled.
    void markFinished(std::size_t index, const RunResult& result, double seconds);
    void markFailed(std::size_t index, const std::string& error, double seconds);
    // The points still pending become cancelled (the queue stopped).
    void cancelRest();
    // "running", "done" (every point ended, failed ones included) or "cancelled".
    std::string state() const;

private:
    void write() const;
    struct Data;
    std::unique_ptr<Data> m;
};

class SweepObserver : public TrainingObserver {
public:
    virtual void pointStarted(std::size_t /*index*/, const SweepPointResult& /*point*/) {}
    virtual void pointFinished(std::size_t /*index*/, const SweepPointResult& /*point*/) {}
};

struct SweepResult {
    std::string folder;
    std::vector<SweepPointResult> points; // in the sweep's order (not sorted)
    bool cancelled = false;
};

// Runs every point in turn (runMethod). A failing point is recorded as failed and the queue goes
// on; a cancel stops the current run (left resumable) and marks the rest cancelled.
SweepResult runSweep(const SweepSpec& spec, SweepObserver& observer, RunControl& control);

} // namespace litetune
