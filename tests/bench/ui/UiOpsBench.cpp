// litetune-bench-ui-ops: how long three GUI operations take, the figures the UI tests no longer
// assert (a busy CI machine would fail them; the tests only guard against hangs):
//   filter   — the Dataset place's text search over 100,000 rows (DatasetFilterModel::setSearchText,
//              "sunny", 9,000 hits; the data of DatasetTableModelTest::handlesHundredThousandRows);
//              anchor: the same case-insensitive QString::contains over the same texts in a plain
//              loop, the floor any filter pays;
//   cancel   — EngineController::cancel() during a demo run until commandFinished;
//   teardown — deleting an EngineController during a demo run (cancel, checkpoint, join);
//              anchor for both: one training step of the same run (the engine checks between steps).
// Prints one JSON line. Usage: litetune-bench-ui-ops [--reps N] (default 5; medians and maxima).
// Runs with QT_QPA_PLATFORM=offscreen; it shows no window.
#include "../../ui/SmallDemoRun.h"
#include "bridge/EngineController.h"
#include "dataset/DatasetFilterModel.h"
#include "dataset/DatasetTableModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

double median(std::vector<double> values) {
    if (values.empty()) {
        return 0.0;
    }
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
}

double maximum(const std::vector<double>& values) {
    return values.empty() ? 0.0 : *std::max_element(values.begin(), values.end());
}

double millisecondsOf(const std::function<void()>& work) {
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Spins the event loop until `done` or `timeoutMs`; false on timeout.
bool waitFor(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

DatasetHandle hundredThousandRows() {
    auto dataset = std::make_shared<litetune::Dataset>();
    dataset->source = "synthetic";
    dataset->labels = {{"red_heart", "❤"}, {"fire", "🔥"}, {"3", ""}};
    litetune::Split train{"train", {}};
    for (int i = 0; i < 90000; ++i) {
        train.examples.push_back({"train text " + std::to_string(i) + (i % 10 == 0 ? " sunny day" : ""), i % 3, i + 2});
    }
    litetune::Split validation{"validation", {}};
    for (int i = 0; i < 10000; ++i) {
        validation.examples.push_back({"validation text " + std::to_string(i), i % 2, i + 2});
    }
    dataset->splits = {train, validation};
    return dataset;
}

litetune::TrainConfig demoRun(const QString& outDir) {
    litetune::TrainConfig config = uitest::smallDemoRun(); // as EngineControllerTest's long runs
    config.epochs = 200.0;
    config.evalEvery = 10;
    config.outDir = outDir.toStdString();
    return config;
}

} // namespace

int main(int argc, char* argv[]) {
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("LITETUNE_RUNS", home.filePath(QStringLiteral("runs")).toUtf8());
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption repsOption(QStringLiteral("reps"), QStringLiteral("Repetitions of each operation."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    parser.addOption(repsOption);
    parser.addHelpOption();
    parser.process(app);
    const int reps = std::max(1, parser.value(repsOption).toInt());
    constexpr int kTimeoutMs = 180000;

    // Filter, and its anchor.
    const DatasetHandle dataset = hundredThousandRows();
    DatasetTableModel model;
    model.setDataset(dataset);
    DatasetFilterModel filter;
    filter.setDatasetModel(&model);
    QStringList texts;
    for (const auto& split : dataset->splits) {
        for (const auto& example : split.examples) {
            texts.append(QString::fromStdString(example.text));
        }
    }
    std::vector<double> filterMs;
    std::vector<double> scanMs;
    int hits = 0;
    int scanHits = 0;
    for (int i = 0; i < reps; ++i) {
        filter.setSearchText(QString());
        filterMs.push_back(millisecondsOf([&] { filter.setSearchText(QStringLiteral("sunny")); }));
        hits = filter.rowCount();
        scanMs.push_back(millisecondsOf([&] {
            scanHits = 0;
            for (const QString& text : texts) {
                scanHits += text.contains(QStringLiteral("sunny"), Qt::CaseInsensitive) ? 1 : 0;
            }
        }));
    }
    if (hits != 9000 || scanHits != 9000) {
        std::fprintf(stderr, "litetune-bench-ui-ops: the filter kept %d rows and the scan %d, expected 9000\n", hits,
                     scanHits);
        return 1;
    }

    // Cancel and teardown, each in a fresh demo run once training is under way.
    std::vector<double> cancelMs;
    std::vector<double> teardownMs;
    std::vector<double> stepMs;
    for (int i = 0; i < 2 * reps; ++i) {
        const bool teardown = i % 2 == 1;
        auto engine = std::make_unique<EngineController>();
        int finished = 0;
        litetune::Progress last;
        QObject::connect(engine.get(), &EngineController::commandFinished, [&finished] { ++finished; });
        QObject::connect(engine.get(), &EngineController::progressReported,
                         [&last](const litetune::Progress& progress) { last = progress; });
        if (!engine->train(demoRun(home.filePath(QStringLiteral("run%1").arg(i)))) ||
            !waitFor([&] { return last.phase == "train" && last.step > 10 && last.samplesPerSecond > 0; },
                     kTimeoutMs)) {
            std::fprintf(stderr, "litetune-bench-ui-ops: the demo run did not start training\n");
            return 1;
        }
        stepMs.push_back(1000.0 * 8 / last.samplesPerSecond); // batch size 8
        if (teardown) {
            teardownMs.push_back(millisecondsOf([&] { engine.reset(); }));
        } else {
            cancelMs.push_back(millisecondsOf([&] {
                engine->cancel();
                waitFor([&] { return finished > 0; }, kTimeoutMs);
            }));
            if (finished == 0) {
                std::fprintf(stderr, "litetune-bench-ui-ops: cancel did not end the run\n");
                return 1;
            }
        }
    }

    std::printf("{\"reps\": %d, \"filter_rows\": %d, \"filter_hits\": %d, \"filter_median_ms\": %.2f, "
                "\"filter_max_ms\": %.2f, \"scan_median_ms\": %.2f, \"cancel_median_ms\": %.1f, "
                "\"cancel_max_ms\": %.1f, \"teardown_median_ms\": %.1f, \"teardown_max_ms\": %.1f, "
                "\"step_median_ms\": %.2f}\n",
                reps, model.rowCount(), hits, median(filterMs), maximum(filterMs), median(scanMs), median(cancelMs),
                maximum(cancelMs), median(teardownMs), maximum(teardownMs), median(stepMs));
    return 0;
}
