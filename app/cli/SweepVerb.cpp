// `litetune-cli sweep --model M --data D --grid NAME=V1,V2,... [--grid ...] [--random N]
// [--metric NAME] [--method M] [--out DIR] [knobs]`: a grid (or N random points of it) over
// options of the option table, run one after another, each a normal run folder inside the sweep
// folder (api/Sweep.h). Prints a line per point on stderr and, at the end, the table of points
// best first by the metric on stdout. A failing point is recorded and the queue goes on; Ctrl-C
// stops the current run (resumable) and the queue (StopSignals.h).
#include "Arguments.h"
#include "StopSignals.h"
#include "TrainOptions.h"
#include "Verbs.h"

#include "api/Error.h"
#include "api/OptionTable.h"
#include "api/Sweep.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <vector>

namespace litetune::cli {

namespace {

// --grid may repeat, which Arguments refuses for any option: take them out first.
std::vector<std::string> takeGrids(int argc, char** argv, int first, std::vector<char*>& rest) {
    std::vector<std::string> grids;
    rest.assign(argv, argv + first);
    for (int i = first; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--grid")) {
            if (i + 1 >= argc)
                throwBadInput("option --grid needs a value (NAME=V1,V2,...)");
            grids.emplace_back(argv[++i]);
        } else if (!std::strncmp(argv[i], "--grid=", 7)) {
            grids.emplace_back(argv[i] + 7);
        } else {
            rest.push_back(argv[i]);
        }
    }
    return grids;
}

std::string settingsText(const SweepSpec& spec, const SweepPoint& point) {
    std::string out;
    for (std::size_t a = 0; a < spec.axes.size(); ++a)
        out += (a ? " " : "") + spec.axes[a].flag + "=" + point.values[a];
    return out;
}

std::string metricText(const SweepPointResult& point, const std::string& metric) {
    const auto it = point.metrics.find(metric);
    if (it == point.metrics.end())
        return "-";
    char text[32];
    std::snprintf(text, sizeof text, "%.4f", it->second);
    return text;
}

class SweepProgress : public SweepObserver {
public:
    SweepProgress(const SweepSpec& spec, std::size_t total)
        : m_spec(spec)
        , m_total(total) {}

    void pointStarted(std::size_t index, const SweepPointResult& point) override {
        std::cerr << "[sweep " << index + 1 << "/" << m_total << "] " << settingsText(m_spec, point.point) << "\n";
    }
    void pointFinished(std::size_t index, const SweepPointResult& point) override {
        std::cerr << "[sweep " << index + 1 << "/" << m_total << "] " << sweepStateName(point.state);
        if (point.state == SweepState::Done)
            std::cerr << "  " << m_spec.metric << " " << metricText(point, m_spec.metric);
        if (point.state == SweepState::Failed)
            std::cerr << ": " << point.error << " (the sweep goes on)";
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%.1f", point.seconds);
        std::cerr << "  " << seconds << " s\n";
    }
    void started(const TrainConfig& config, const std::string& runDir) override { m_runs.started(config, runDir); }
    void progressed(const Progress& progress) override { m_runs.progressed(progress); }
    void evaluated(const EvalReport& report) override { m_runs.evaluated(report); }
    void logged(const std::string& line) override { m_runs.logged(line); }

private:
    const SweepSpec& m_spec;
    std::size_t m_total;
    StderrProgress m_runs;
};

// The points best first, as aligned columns: rank, the varied options, the metric, state, folder.
void printTable(const SweepSpec& spec, const SweepResult& result) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> head{"rank"};
    for (const SweepAxis& axis : spec.axes)
        head.push_back(axis.flag);
    head.insert(head.end(), {spec.metric, "state", "seconds", "folder"});
    rows.push_back(head);
    int rank = 0;
    for (const std::size_t i : sweepOrder(result.points, spec.metric)) {
        const SweepPointResult& point = result.points[i];
        std::vector<std::string> row{point.state == SweepState::Done ? std::to_string(++rank) : "-"};
        row.insert(row.end(), point.point.values.begin(), point.point.values.end());
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%.1f", point.seconds);
        row.insert(row.end(), {metricText(point, spec.metric), sweepStateName(point.state), seconds, point.folder});
        rows.push_back(row);
    }
    std::vector<std::size_t> widths(head.size(), 0);
    for (const auto& row : rows)
        for (std::size_t c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c)
            line += row[c] + (c + 1 < row.size() ? std::string(widths[c] - row[c].size() + 2, ' ') : "");
        std::cout << line << "\n";
    }
}

} // namespace

int runSweep(int argc, char** argv, int first) {
    RunControl control;
    catchStopSignals(); // before anything else: a signal during start-up cancels too
    std::vector<char*> rest;
    const std::vector<std::string> grids = takeGrids(argc, argv, first, rest);
    Arguments args(static_cast<int>(rest.size()), rest.data(), first, optionSwitches());
    SweepSpec spec;
    readDataOptions(args, spec.base);
    readTrainingOptions(args, spec.base);
    readOption(args, *findOption("method"), spec.base);
    readOption(args, *findOption("task"), spec.base);
    readOption(args, *findOption("out"), spec.base);
    readRuntimeOptions(args, spec.base);
    spec.metric = args.valueOr("metric", spec.metric);
    const std::int64_t random = args.integerOr("random", 0);
    if (random < 0 || random > 100000)
        throwBadInput("option --random expects a number of points in [1, 100000], got " + std::to_string(random));
    spec.randomCount = static_cast<int>(random);
    args.rejectUnused();
    if (!args.positional().empty())
        throwBadInput("sweep takes no positional arguments, got '" + args.positional().front() + "'");
    for (const std::string& grid : grids)
        spec.axes.push_back(parseSweepAxis(grid));
    const std::size_t total = expandSweep(spec).size(); // every refusal before the first run

    SweepProgress progress(spec, total);
    attachStopSignals(control);
    const SweepResult result = litetune::runSweep(spec, progress, control);
    printTable(spec, result);
    std::cout << "\nsweep folder: " << result.folder << "\n";
    if (result.cancelled) {
        std::cerr << "cancelled; finished runs stay in the sweep folder\n";
        return cancelledExitStatus();
    }
    return 0;
}

} // namespace litetune::cli
