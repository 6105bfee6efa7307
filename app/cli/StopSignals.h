// SIGINT, SIGTERM and SIGHUP cancel a run cleanly from the first instant of a verb that runs one
// (train, compare, eval): the engine stops after the current step, writes a checkpoint when there
// is something to save, removes its temporary files and records "cancelled"; the verb then exits
// 128 + the signal (130, 143, 129). A second signal ends the process at once.
#pragma once

namespace litetune {
struct RunControl;
}

namespace litetune::cli {

// Installs the handlers; a signal before a RunControl is attached is remembered.
void catchStopSignals();
// From now on the signals cancel `control` (at once, when one already came).
void attachStopSignals(RunControl& control);
// 128 + the signal that cancelled the run (SIGINT when none did, e.g. a cancelled evaluation).
int cancelledExitStatus();

// The CLI writes to files: a file size limit must fail the write (EFBIG, a clean error and the
// temporary removed), not kill the process (SIGXFSZ) halfway through it.
void ignoreFileSizeSignal();

} // namespace litetune::cli
