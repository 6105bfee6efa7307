// A sweep's axes, points and order (api/Sweep.h): parsing and expansion, torch-free. Values go
// through the option table's own parse and check, so a sweep refuses what train refuses, in its
// words.
#include "api/OptionTable.h"
#include "api/Sweep.h"
#include "util/Error.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>
#include <random>
#include <set>

namespace litetune {

namespace {

// A sweep's own wall: more points than anyone means to queue is a typo (a range without --random).
constexpr std::size_t kMaxSweepPoints = 100000;

bool sweepable(const OptionSpec& option) {
    if (!std::strcmp(option.flag, "name") || !std::strcmp(option.flag, "split"))
        return false;
    return option.scope == OptionScope::Training || option.scope == OptionScope::Lora ||
           option.scope == OptionScope::Evaluation || !std::strcmp(option.flag, "method") ||
           !std::strcmp(option.flag, "precision");
}

std::string dashed(std::string name) {
    std::replace(name.begin(), name.end(), '.', '-');
    std::replace(name.begin(), name.end(), '_', '-');
    return name;
}

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& word : words)
        out += (out.empty() ? "" : ", ") + word;
    return out;
}

const OptionSpec& sweepOption(const std::string& name) {
    if (name.empty())
        throwBadInput("a sweep axis needs an option name before '=' (e.g. lr=1e-4,5e-4)");
    std::vector<const OptionSpec*> prefixed;
    for (const OptionSpec& option : optionTable()) {
        if (name == option.flag || dashed(name) == option.flag || name == option.jsonKey) {
            if (!sweepable(option))
                throwBadInput("option " + name + " cannot be swept; sweepable options: " + joined(sweepableOptions()));
            return option;
        }
        if (sweepable(option) && std::strncmp(option.flag, dashed(name).c_str(), dashed(name).size()) == 0)
            prefixed.push_back(&option);
    }
    if (prefixed.size() == 1)
        return *prefixed.front();
    throwBadInput("unknown sweep option '" + name + "'; sweepable options: " + joined(sweepableOptions()));
}

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            return parts;
        start = end + 1;
    }
}

// One value checked by the table, returned as the CLI writes it.
std::string checkedValue(const OptionSpec& option, const std::string& text, OptionValue& value) {
    value = option.get(TrainConfig{});
    const std::string word = option.type == OptionType::List ? [&] {
        std::string items = text;
        std::replace(items.begin(), items.end(), '+', ',');
        return items;
    }()
                                                             : text;
    if (text.empty())
        throwBadInput(std::string("sweep option ") + option.flag + " has an empty value");
    if (const auto why = parseOptionText(option, word, value))
        throwBadInput(std::string("sweep option ") + option.flag + " " + *why);
    if (const auto violation = checkOption(option, value))
        throwBadInput(std::string("sweep option ") + option.flag + " " + violation->expectation);
    std::string out = optionText(option, value);
    if (option.type == OptionType::List)
        std::replace(out.begin(), out.end(), ',', '+');
    return out;
}

std::size_t gridSize(const SweepSpec& spec) {
    std::size_t size = 1;
    for (const SweepAxis& axis : spec.axes)
        size = std::min(kMaxSweepPoints + 1, size * std::max<std::size_t>(1, axis.values.size()));
    return size;
}

bool hasRange(const SweepSpec& spec) {
    return std::any_of(spec.axes.begin(), spec.axes.end(), [](const SweepAxis& axis) { return axis.isRange; });
}

SweepPoint gridPoint(const SweepSpec& spec, std::size_t index) {
    SweepPoint point;
    point.values.resize(spec.axes.size());
    for (std::size_t a = spec.axes.size(); a-- > 0;) {
        const auto& values = spec.axes[a].values;
        point.values[a] = values[index % values.size()];
        index /= values.size();
    }
    return point;
}

std::string sampled(const SweepAxis& axis, std::mt19937_64& random) {
    const OptionSpec& option = *findOption(axis.flag);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double u = unit(random);
    const double value = axis.low > 0.0 ? std::exp(std::log(axis.low) + u * (std::log(axis.high) - std::log(axis.low)))
                                        : axis.low + u * (axis.high - axis.low);
    char text[32];
    std::snprintf(text, sizeof text, "%.3g", value); // three digits tell sampled rates apart
    OptionValue parsed;
    return checkedValue(option, text, parsed);
}

void checkSpec(const SweepSpec& spec) {
    if (spec.axes.empty())
        throwBadInput("a sweep needs at least one --grid NAME=V1,V2,...");
    std::set<std::string> seen;
    for (const SweepAxis& axis : spec.axes)
        if (!seen.insert(axis.flag).second)
            throwBadInput("sweep option " + axis.flag + " is given twice; list all its values in one --grid");
    const bool methodVaries = seen.count("method") > 0;
    for (const SweepAxis& axis : spec.axes)
        if (findOption(axis.flag)->scope == OptionScope::Lora && !methodVaries && spec.base.method != Method::Lora)
            throwBadInput("sweep option " + axis.flag + " changes only LoRA runs; give --method lora");
    const auto metrics = sweepMetrics(spec.base.task);
    if (std::find(metrics.begin(), metrics.end(), spec.metric) == metrics.end())
        throwBadInput("option --metric expects one of " + joined(metrics) + ", got '" + spec.metric + "'");
    if (spec.randomCount < 0)
        throwBadInput("option --random expects a positive number of points, got " + std::to_string(spec.randomCount));
    if (hasRange(spec) && spec.randomCount == 0)
        throwBadInput("a range (LOW:HIGH) is sampled, not listed: give --random N with it");
    if (!hasRange(spec) && gridSize(spec) > kMaxSweepPoints)
        throwBadInput("the grid has more than " + std::to_string(kMaxSweepPoints) + " points");
    if (!hasRange(spec) && static_cast<std::size_t>(spec.randomCount) > gridSize(spec))
        throwBadInput("option --random asks " + std::to_string(spec.randomCount) + " distinct points of a grid of " +
                      std::to_string(gridSize(spec)));
}

} // namespace

const char* sweepStateName(SweepState state) {
    switch (state) {
    case SweepState::Pending:
        return "pending";
    case SweepState::Running:
        return "running";
    case SweepState::Done:
        return "done";
    case SweepState::Failed:
        return "failed";
    case SweepState::Cancelled:
        return "cancelled";
    }
    return "pending";
}

std::vector<std::string> sweepableOptions() {
    std::vector<std::string> flags;
    for (const OptionSpec& option : optionTable())
        if (sweepable(option))
            flags.emplace_back(option.flag);
    return flags;
}

SweepAxis parseSweepAxis(const std::string& text) {
    const std::size_t equals = text.find('=');
    if (equals == std::string::npos)
        throwBadInput("a sweep axis is NAME=V1,V2,... (e.g. lr=1e-4,5e-4), got '" + text + "'");
    const OptionSpec& option = sweepOption(text.substr(0, equals));
    SweepAxis axis;
    axis.flag = option.flag;
    const std::string values = text.substr(equals + 1);
    const std::size_t colon = values.find(':');
    if (colon != std::string::npos && option.type == OptionType::Real && values.find(',') == std::string::npos) {
        OptionValue low, high;
        checkedValue(option, values.substr(0, colon), low);
        checkedValue(option, values.substr(colon + 1), high);
        if (!(low.number < high.number))
            throwBadInput("sweep option " + axis.flag + " range " + values + " needs LOW < HIGH");
        axis.isRange = true;
        axis.low = low.number;
        axis.high = high.number;
        return axis;
    }
    for (const std::string& word : split(values, ',')) {
        OptionValue value;
        const std::string canonical = checkedValue(option, word, value);
        if (std::find(axis.values.begin(), axis.values.end(), canonical) != axis.values.end())
            throwBadInput("sweep option " + axis.flag + " lists " + canonical + " twice");
        axis.values.push_back(canonical);
    }
    return axis;
}

std::vector<std::string> sweepMetrics(Task task) {
    RunResult sample;
    sample.config.task = task;
    sample.eval.perplexity = task == Task::CausalLm ? 1.0 : 0.0; // a causal LM reports perplexity, no scores
    std::vector<std::string> names;
    for (const auto& [name, value] : sample.trainerMetrics())
        names.push_back(name);
    return names;
}

std::size_t sweepSize(const SweepSpec& spec) {
    if (spec.randomCount > 0)
        return static_cast<std::size_t>(spec.randomCount);
    return hasRange(spec) ? 0 : gridSize(spec);
}

std::vector<SweepPoint> expandSweep(const SweepSpec& spec) {
    checkSpec(spec);
    std::vector<SweepPoint> points;
    if (spec.randomCount == 0) {
        for (std::size_t i = 0; i < gridSize(spec); ++i)
            points.push_back(gridPoint(spec, i));
    } else if (!hasRange(spec)) {
        std::vector<std::size_t> order(gridSize(spec));
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::mt19937_64 random(spec.base.seed);
        std::shuffle(order.begin(), order.end(), random);
        order.resize(static_cast<std::size_t>(spec.randomCount));
        for (const std::size_t i : order)
            points.push_back(gridPoint(spec, i));
    } else {
        std::mt19937_64 random(spec.base.seed);
        std::set<std::vector<std::string>> seen;
        for (int attempt = 0; points.size() < static_cast<std::size_t>(spec.randomCount) && attempt < 100000;
             ++attempt) {
            SweepPoint point;
            for (const SweepAxis& axis : spec.axes)
                point.values.push_back(
                    axis.isRange
                        ? sampled(axis, random)
                        : axis.values[std::uniform_int_distribution<std::size_t>(0, axis.values.size() - 1)(random)]);
            if (seen.insert(point.values).second)
                points.push_back(point);
        }
        if (points.size() < static_cast<std::size_t>(spec.randomCount))
            throwBadInput("option --random cannot draw " + std::to_string(spec.randomCount) + " distinct points");
    }
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (const auto violation = firstViolation(pointConfig(spec, points[i])))
            throwBadInput("sweep point " + std::to_string(i + 1) + ": option --" + violation->flag + " " +
                          violation->expectation);
    }
    return points;
}

TrainConfig pointConfig(const SweepSpec& spec, const SweepPoint& point) {
    TrainConfig config = spec.base;
    for (std::size_t a = 0; a < spec.axes.size() && a < point.values.size(); ++a) {
        const OptionSpec& option = *findOption(spec.axes[a].flag);
        OptionValue value = option.get(config);
        std::string word = point.values[a];
        if (option.type == OptionType::List)
            std::replace(word.begin(), word.end(), '+', ',');
        if (const auto why = parseOptionText(option, word, value))
            throwBadInput("sweep option " + spec.axes[a].flag + " " + *why);
        if (!option.set(config, value))
            throwBadInput("sweep option " + spec.axes[a].flag + " does not accept '" + point.values[a] + "'");
    }
    return config;
}

std::string pointFolderName(std::size_t index, const SweepSpec& spec, const SweepPoint& point) {
    char number[32];
    std::snprintf(number, sizeof number, "%02zu", index);
    std::string name = number;
    for (std::size_t a = 0; a < spec.axes.size() && a < point.values.size(); ++a)
        name += (a ? "_" : "-") + spec.axes[a].flag + "=" + point.values[a];
    for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)) && !std::strchr("-_=.+", c))
            c = '_';
    return name.substr(0, 120);
}

std::vector<std::size_t> sweepOrder(const std::vector<SweepPointResult>& points, const std::string& metric) {
    std::vector<std::size_t> order(points.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const bool lower = !greaterIsBetter(metric);
    const auto value = [&](std::size_t i) -> std::optional<double> {
        const auto it = points[i].metrics.find(metric);
        if (points[i].state != SweepState::Done || it == points[i].metrics.end() || !std::isfinite(it->second))
            return std::nullopt;
        return it->second;
    };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto va = value(a), vb = value(b);
        if (va && vb)
            return lower ? *va < *vb : *va > *vb;
        return va.has_value() && !vb.has_value();
    });
    return order;
}

} // namespace litetune
