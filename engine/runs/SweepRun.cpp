// A sweep's folder, its two index files and its queue (api/Sweep.h). The sweep folder holds a run
// lock for as long as the recorder lives, as a comparison's does (Workbench.cpp), so a member's
// --resume waits for the sweep; each point's own run takes its folder's lock inside runMethod.
#include "api/OptionTable.h"
#include "api/Sweep.h"
#include "config/TrainConfigJson.h"
#include "runs/RunLifecycle.h"
#include "util/AtomicFile.h"
#include "util/Error.h"
#include "util/RunLock.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <optional>

namespace litetune {

namespace fs = std::filesystem;

namespace {

constexpr const char* kSweepCsvMetrics[] = {"eval_loss", "eval_accuracy", "eval_f1", "eval_f1_macro", "train_loss"};

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (const char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string numberText(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", value);
    return text;
}

} // namespace

struct SweepRecorder::Data {
    SweepSpec spec;
    fs::path folder;
    std::vector<SweepPointResult> points;
    std::optional<RunLock> lock;
    bool stopped = false;
};

SweepRecorder::SweepRecorder(const SweepSpec& spec, const std::vector<SweepPoint>& points)
    : m(new Data) {
    m->spec = spec;
    m->folder = makeRunFolder(spec.base.outDir, defaultRunsRoot(), "sweep");
    m->folder = fs::absolute(m->folder).lexically_normal();
    m->lock.emplace(m->folder);
    for (std::size_t i = 0; i < points.size(); ++i) {
        SweepPointResult point;
        point.point = points[i];
        point.folder = pointFolderName(i + 1, spec, points[i]);
        point.runDir = (m->folder / point.folder).string();
        m->points.push_back(point);
    }
    write();
}

SweepRecorder::~SweepRecorder() = default;

const fs::path& SweepRecorder::folder() const {
    return m->folder;
}

const std::vector<SweepPointResult>& SweepRecorder::points() const {
    return m->points;
}

TrainConfig SweepRecorder::configFor(std::size_t index) const {
    const SweepPointResult& point = m->points.at(index);
    TrainConfig config = pointConfig(m->spec, point.point);
    config.outDir = point.runDir;
    config.resumeDir.clear();
    std::string settings;
    for (std::size_t a = 0; a < m->spec.axes.size(); ++a)
        settings += (a ? ", " : "") + m->spec.axes[a].flag + "=" + point.point.values[a];
    char number[32];
    std::snprintf(number, sizeof number, "%02zu", index + 1);
    config.runName = "Sweep " + std::string(number) + ": " + settings;
    return config;
}

void SweepRecorder::markRunning(std::size_t index) {
    m->points.at(index).state = SweepState::Running;
    write();
}

void SweepRecorder::markFinished(std::size_t index, const RunResult& result, double seconds) {
    SweepPointResult& point = m->points.at(index);
    point.state = result.cancelled ? SweepState::Cancelled : SweepState::Done;
    if (!result.cancelled) // a cancelled run's figures are the zeros of an evaluation that never ran
        point.metrics = result.trainerMetrics();
    point.runDir = result.runDir.empty() ? point.runDir : result.runDir;
    point.seconds = seconds;
    m->stopped = m->stopped || result.cancelled;
    write();
}

void SweepRecorder::markFailed(std::size_t index, const std::string& error, double seconds) {
    SweepPointResult& point = m->points.at(index);
    point.state = SweepState::Failed;
    point.error = error;
    point.seconds = seconds;
    write();
}

void SweepRecorder::cancelRest() {
    for (SweepPointResult& point : m->points)
        if (point.state == SweepState::Pending || point.state == SweepState::Running)
            point.state = SweepState::Cancelled;
    m->stopped = true;
    write();
}

std::string SweepRecorder::state() const {
    if (m->stopped)
        return "cancelled";
    for (const SweepPointResult& point : m->points)
        if (point.state == SweepState::Pending || point.state == SweepState::Running)
            return "running";
    return "done";
}

void SweepRecorder::write() const {
    const SweepSpec& spec = m->spec;
    nlohmann::json axes = nlohmann::json::array();
    for (const SweepAxis& axis : spec.axes) {
        nlohmann::json entry{{"option", axis.flag}};
        if (axis.isRange)
            entry["range"] = {axis.low, axis.high};
        else
            entry["values"] = axis.values;
        axes.push_back(entry);
    }
    nlohmann::json points = nlohmann::json::array();
    for (std::size_t i = 0; i < m->points.size(); ++i) {
        const SweepPointResult& point = m->points[i];
        nlohmann::json settings = nlohmann::json::object();
        for (std::size_t a = 0; a < spec.axes.size(); ++a)
            settings[spec.axes[a].flag] = point.point.values[a];
        nlohmann::json metrics = nlohmann::json::object();
        for (const auto& [name, value] : point.metrics)
            if (std::isfinite(value))
                metrics[name] = value;
        nlohmann::json entry{{"index", i + 1},       {"folder", point.folder},
                             {"settings", settings}, {"state", sweepStateName(point.state)},
                             {"metrics", metrics},   {"seconds", point.seconds}};
        if (!point.error.empty())
            entry["error"] = point.error;
        points.push_back(entry);
    }
    const nlohmann::json index{{"format", "litetune-sweep"},
                               {"format_version", 1},
                               {"state", state()},
                               {"mode", spec.randomCount > 0 ? "random" : "grid"},
                               {"random_points", spec.randomCount},
                               {"metric", spec.metric},
                               {"lower_is_better", !greaterIsBetter(spec.metric)},
                               {"axes", axes},
                               {"base_config", trainConfigToJson(spec.base)},
                               {"points", points}};
    writeFileAtomically(m->folder / "sweep.json", index.dump(2) + "\n");

    std::string csv = "rank,index,folder,state";
    for (const SweepAxis& axis : spec.axes)
        csv += "," + csvField(axis.flag);
    std::vector<std::string> metricNames{spec.metric};
    for (const char* name : kSweepCsvMetrics)
        if (spec.metric != name)
            metricNames.emplace_back(name);
    for (const std::string& name : metricNames)
        csv += "," + csvField(name);
    csv += ",seconds\n";
    std::size_t rank = 0;
    for (const std::size_t i : sweepOrder(m->points, spec.metric)) {
        const SweepPointResult& point = m->points[i];
        csv += (point.state == SweepState::Done ? std::to_string(++rank) : std::string()) + "," +
               std::to_string(i + 1) + "," + csvField(point.folder) + "," + sweepStateName(point.state);
        for (const std::string& value : point.point.values)
            csv += "," + csvField(value);
        for (const std::string& name : metricNames) {
            const auto it = point.metrics.find(name);
            csv += "," + (it == point.metrics.end() ? std::string() : numberText(it->second));
        }
        csv += "," + numberText(point.seconds) + "\n";
    }
    writeFileAtomically(m->folder / "sweep.csv", csv);
}

SweepResult runSweep(const SweepSpec& spec, SweepObserver& observer, RunControl& control) {
    if (!spec.base.resumeDir.empty())
        throwBadInput("--resume continues one run; resume a sweep's run folders one by one with train --resume");
    const std::vector<SweepPoint> points = expandSweep(spec);
    SweepRecorder recorder(spec, points);
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (control.cancelRequested)
            break;
        recorder.markRunning(i);
        observer.pointStarted(i, recorder.points()[i]);
        const auto start = std::chrono::steady_clock::now();
        const auto seconds = [&] {
            return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        };
        try {
            const RunResult result = runMethod(recorder.configFor(i), observer, control);
            recorder.markFinished(i, result, seconds());
        } catch (const Error& error) {
            if (error.kind() == ErrorKind::Cancelled) {
                recorder.cancelRest(); // the running point too
                observer.pointFinished(i, recorder.points()[i]);
                break;
            }
            recorder.markFailed(i, error.what(), seconds());
        } catch (const std::exception& error) {
            recorder.markFailed(i, error.what(), seconds());
        }
        observer.pointFinished(i, recorder.points()[i]);
        if (recorder.points()[i].state == SweepState::Cancelled)
            break;
    }
    if (control.cancelRequested || recorder.state() == "cancelled")
        recorder.cancelRest();
    SweepResult result;
    result.folder = recorder.folder().string();
    result.points = recorder.points();
    result.cancelled = recorder.state() == "cancelled";
    return result;
}

} // namespace litetune
