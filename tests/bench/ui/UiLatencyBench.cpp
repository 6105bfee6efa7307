// litetune-bench-ui: event-loop latency (p50/p99/max lateness of a 10 ms precise timer) of the
// whole main window, showing the Train place with its live plot, while a demo run trains on the
// engine thread. Prints one JSON line. Usage:
//   litetune-bench-ui [--epochs N] [--limit-train N] [--interval-ms N] [--idle-seconds N]
// --idle-seconds measures the same window with no run first: the anchor that shows how much
// lateness the machine itself (other processes) causes.
// Run it under a real X server (xvfb-run) or with QT_QPA_PLATFORM=offscreen.
#include "EventLoopProbe.h"

#include "bridge/EngineController.h"
#include "configure/ConfigurePage.h"
#include "main/MainWindow.h"
#include "training/TrainPage.h"
#include "training/TrainingPlot.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[]) {
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    if (qEnvironmentVariableIsEmpty("LITETUNE_RUNS")) {
        qputenv("LITETUNE_RUNS", home.filePath(QStringLiteral("runs")).toUtf8());
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LiteTuneBench"));
    QCommandLineParser parser;
    const QCommandLineOption epochsOption(QStringLiteral("epochs"), QStringLiteral("Epochs of the demo run."),
                                          QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption limitOption(QStringLiteral("limit-train"), QStringLiteral("Training examples (0: all)."),
                                         QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption intervalOption(QStringLiteral("interval-ms"), QStringLiteral("Probe interval."),
                                            QStringLiteral("ms"), QStringLiteral("10"));
    const QCommandLineOption idleOption(QStringLiteral("idle-seconds"), QStringLiteral("Idle anchor length."),
                                        QStringLiteral("s"), QStringLiteral("0"));
    parser.addOptions({epochsOption, limitOption, intervalOption, idleOption});
    parser.addHelpOption();
    parser.process(app);

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.openDemo();
    EventLoopProbe probe(parser.value(intervalOption).toInt());
    EventLoopProbe idleProbe(parser.value(intervalOption).toInt());
    QElapsedTimer runClock;
    int progressSignals = 0;
    bool started = false;
    QObject::connect(window.engine(), &EngineController::datasetLoaded, &window, [&] {
        if (started) {
            return;
        }
        started = true;
        const int idleMs = parser.value(idleOption).toInt() * 1000;
        if (idleMs > 0) {
            window.showPlace(MainWindow::Place::Train);
            idleProbe.start();
            QEventLoop idle;
            QTimer::singleShot(idleMs, &idle, &QEventLoop::quit);
            idle.exec();
            idleProbe.stop();
        }
        window.findChild<QDoubleSpinBox*>(QStringLiteral("epochsSpin"))
            ->setValue(parser.value(epochsOption).toDouble());
        window.findChild<QSpinBox*>(QStringLiteral("limitTrainSpin"))->setValue(parser.value(limitOption).toInt());
        if (!window.configurePage()->requestTrain()) {
            std::fprintf(stderr, "litetune-bench-ui: the demo run could not start\n");
            QApplication::exit(1);
        }
    });
    QObject::connect(window.engine(), &EngineController::runStarted, &window, [&] {
        runClock.start();
        probe.start();
    });
    QObject::connect(window.engine(), &EngineController::progressReported, &window, [&] { ++progressSignals; });
    QObject::connect(window.engine(), &EngineController::failed, &window, [](const QString& message) {
        std::fprintf(stderr, "litetune-bench-ui: %s\n", qPrintable(message));
        QApplication::exit(1);
    });
    QObject::connect(window.engine(), &EngineController::runFinished, &window, [&] {
        probe.stop();
        std::printf("{\"platform\": \"%s\", \"run_seconds\": %.2f, \"samples\": %d, \"p50_ms\": %.2f, "
                    "\"p99_ms\": %.2f, \"max_ms\": %.2f, \"progress_signals\": %d, \"replots\": %d, "
                    "\"replot_ms_mean\": %.2f, \"idle_samples\": %d, \"idle_p50_ms\": %.2f, \"idle_p99_ms\": %.2f}\n",
                    qPrintable(QApplication::platformName()), runClock.elapsed() / 1000.0, probe.samples(),
                    probe.quantile(0.5), probe.quantile(0.99), probe.maximum(), progressSignals,
                    window.trainPage()->plot()->replotCount(), window.trainPage()->plot()->lossPlot()->replotTime(true),
                    idleProbe.samples(), idleProbe.quantile(0.5), idleProbe.quantile(0.99));
        std::fflush(stdout);
        QTimer::singleShot(0, &app, &QApplication::quit);
    });
    return QApplication::exec();
}
