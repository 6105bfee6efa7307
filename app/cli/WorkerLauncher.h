// WorkerLauncher: `litetune-cli train --nproc-per-node N`, torchrun's local launch. It starts N
// copies of this program with the same arguments (less --nproc-per-node) and, for each, the
// environment a torchrun worker gets (api/Distributed.h) with a free loopback port, then
// supervises them:
//   - SIGINT, SIGTERM and SIGHUP are passed to every worker (the workers agree on the step to stop
//     at, worker 0 writes the checkpoint); a second signal, passed on too, ends them at once.
//   - A worker that fails or dies stops the run: the others are asked to stop (SIGTERM), and killed
//     after a grace period; the message names the worker and how it ended.
//   - The workers die with the launcher (PR_SET_PDEATHSIG), so none is left behind.
// Workers run in their own process group, so a terminal's Ctrl-C reaches them once, through here.
#pragma once

namespace litetune::cli {

// Runs the workers of `argv` (the train verb's command line; `first` is the index after the verb)
// and returns the exit status of the run: 0, the cancelled status (130, 143, 129), or the first
// failed worker's status (1 or 2).
int launchLocalWorkers(int workers, int argc, char** argv, int first);

} // namespace litetune::cli
