// StopSignals: see the header.
#include "StopSignals.h"

#include "api/Workbench.h"

#include <atomic>
#include <csignal>

namespace litetune::cli {

namespace {

std::atomic<RunControl*> g_control{nullptr};
std::atomic<int> g_signal{0};
constexpr int kStopSignals[] = {SIGINT, SIGTERM, SIGHUP};

extern "C" void onStopSignal(int signal) {
    g_signal.store(signal);
    if (RunControl* control = g_control.load()) {
        control->cancelRequested.store(true);
        control->paused.store(false);
    }
    std::signal(signal, SIG_DFL); // a second one ends the process
}

} // namespace

void catchStopSignals() {
    for (const int signal : kStopSignals)
        std::signal(signal, onStopSignal);
}

void attachStopSignals(RunControl& control) {
    g_control.store(&control);
    if (g_signal.load() != 0)
        control.cancelRequested.store(true);
}

int cancelledExitStatus() {
    const int signal = g_signal.load();
    return 128 + (signal != 0 ? signal : SIGINT);
}

void ignoreFileSizeSignal() {
    std::signal(SIGXFSZ, SIG_IGN);
}

} // namespace litetune::cli
