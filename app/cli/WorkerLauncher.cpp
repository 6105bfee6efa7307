// The local launcher (WorkerLauncher.h). POSIX and Linux only (prctl), as the CLI is.
// Reference: torch/distributed/elastic/agent/server/local_elastic_agent.py (one process per local
// rank, environment per worker, stop all when one fails).
#include "WorkerLauncher.h"

#include "api/Distributed.h"
#include "api/Error.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

extern char** environ;

namespace litetune::cli {

namespace {

constexpr const char* kOption = "--nproc-per-node";
constexpr int kStopSignals[] = {SIGINT, SIGTERM, SIGHUP};
// How long a worker may take to write its checkpoint and exit after the run failed elsewhere.
constexpr std::chrono::seconds kGracePeriod{120};

// A port on the loopback interface nobody listens on now (torchrun's _get_free_port does the same).
int freeLoopbackPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        throwFailure(std::string("cannot open a socket to find a free port: ") + std::strerror(errno));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
                    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0;
    ::close(fd);
    if (!ok)
        throwFailure(std::string("cannot find a free port on 127.0.0.1: ") + std::strerror(errno));
    return ntohs(address.sin_port);
}

// The command line without --nproc-per-node and its value.
std::vector<std::string> workerArguments(int argc, char** argv, int first) {
    std::vector<std::string> out;
    for (int i = 0; i < argc; ++i) {
        const std::string word = argv[i];
        if (i >= first && word == kOption) {
            ++i;
            continue;
        }
        if (i >= first && word.rfind(std::string(kOption) + "=", 0) == 0)
            continue;
        out.push_back(word);
    }
    return out;
}

struct Worker {
    int rank = 0;
    pid_t pid = -1;
    int status = 0;
    bool running = false;
};

std::string describeEnd(int status) {
    if (WIFSIGNALED(status))
        return "was killed by signal " + std::to_string(WTERMSIG(status)) + " (" + strsignal(WTERMSIG(status)) + ")";
    return "exited with status " + std::to_string(WEXITSTATUS(status));
}

int exitStatusOf(int status) {
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

pid_t startWorker(const std::vector<std::string>& arguments, const WorkerPlace& place, const sigset_t& original) {
    // Everything exec needs is built before fork: the child only calls async-signal-safe functions.
    std::vector<std::string> environment;
    for (char** e = environ; *e; ++e) {
        const std::string entry = *e;
        bool replaced = false;
        for (const auto& [name, value] : workerEnvironment(place))
            replaced = replaced || entry.rfind(name + "=", 0) == 0;
        if (!replaced)
            environment.push_back(entry);
    }
    for (const auto& [name, value] : workerEnvironment(place))
        environment.push_back(name + "=" + value);
    std::vector<char*> argvOut, envOut;
    for (const std::string& a : arguments)
        argvOut.push_back(const_cast<char*>(a.c_str()));
    argvOut.push_back(nullptr);
    for (const std::string& e : environment)
        envOut.push_back(const_cast<char*>(e.c_str()));
    envOut.push_back(nullptr);
    const pid_t parent = ::getpid();

    const pid_t pid = ::fork();
    if (pid < 0)
        throwFailure(std::string("cannot start a worker: ") + std::strerror(errno));
    if (pid == 0) {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGTERM); // a launcher killed outright stops its workers (checkpoint)
        if (::getppid() != parent)
            ::_exit(1);
        for (const int signal : kStopSignals)
            std::signal(signal, SIG_DFL);
        ::sigprocmask(SIG_SETMASK, &original, nullptr);
        ::execve("/proc/self/exe", argvOut.data(), envOut.data());
        ::_exit(127);
    }
    return pid;
}

} // namespace

int launchLocalWorkers(int workers, int argc, char** argv, int first) {
    if (workerPlaceFromEnvironment().distributed())
        throwBadInput(std::string(kOption) +
                      " starts workers itself, but this process already is one (WORLD_SIZE is set): drop "
                      "--nproc-per-node under torchrun, srun or another launcher");
    WorkerPlace place;
    place.worldSize = workers;
    place.localWorldSize = workers;
    place.masterAddr = "127.0.0.1";
    place.masterPort = freeLoopbackPort();

    sigset_t watched, original;
    sigemptyset(&watched);
    for (const int signal : kStopSignals)
        sigaddset(&watched, signal);
    sigaddset(&watched, SIGCHLD);
    ::sigprocmask(SIG_BLOCK, &watched, &original);

    const std::vector<std::string> arguments = workerArguments(argc, argv, first);
    std::vector<Worker> pool(static_cast<std::size_t>(workers));
    for (int r = 0; r < workers; ++r) {
        place.rank = place.localRank = r;
        pool[static_cast<std::size_t>(r)] = {r, startWorker(arguments, place, original), 0, true};
    }
    std::cerr << "started " << workers << " workers on this machine (rendezvous 127.0.0.1:" << place.masterPort
              << ")\n";

    const auto signalAll = [&](int signal) {
        for (const Worker& w : pool)
            if (w.running)
                ::kill(w.pid, signal);
    };
    int running = workers;
    int stopSignal = 0; // the first stop signal passed on
    const Worker* failed = nullptr;
    bool failureTold = false;
    std::chrono::steady_clock::time_point failedAt;
    while (running > 0) {
        timespec wait{1, 0};
        siginfo_t info{};
        const int signal = ::sigtimedwait(&watched, &info, &wait);
        if (signal > 0 && signal != SIGCHLD) {
            if (stopSignal == 0)
                stopSignal = signal;
            signalAll(signal);
        }
        for (Worker& w : pool) {
            if (!w.running || ::waitpid(w.pid, &w.status, WNOHANG) != w.pid)
                continue;
            w.running = false;
            --running;
            const bool cancelled = stopSignal != 0 && exitStatusOf(w.status) == 128 + stopSignal;
            if (failed == nullptr && exitStatusOf(w.status) != 0 && !cancelled) {
                failed = &w;
                failedAt = std::chrono::steady_clock::now();
                if (running > 0) {
                    std::cerr << "litetune-cli: worker " << w.rank << " of " << workers << " (pid " << w.pid << ") "
                              << describeEnd(w.status) << "; stopping the other workers\n";
                    failureTold = true;
                }
                signalAll(SIGTERM);
            }
        }
        if (failed && running > 0 && std::chrono::steady_clock::now() - failedAt > kGracePeriod) {
            std::cerr << "litetune-cli: workers still running " << kGracePeriod.count()
                      << " s after the failure were killed\n";
            signalAll(SIGKILL);
        }
    }
    ::sigprocmask(SIG_SETMASK, &original, nullptr);
    if (failed) {
        if (!failureTold)
            std::cerr << "litetune-cli: the run failed: worker " << failed->rank << " of " << workers << " (pid "
                      << failed->pid << ") " << describeEnd(failed->status) << "\n";
        const int status = exitStatusOf(failed->status);
        return status == 2 ? 2 : 1;
    }
    return exitStatusOf(pool.front().status);
}

} // namespace litetune::cli
