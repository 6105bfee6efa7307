#include "bridge/WorkerProcesses.h"

#include "bridge/EngineTypes.h"

#include "api/OptionTable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>

#include <csignal>
#include <cstring>
#include <sys/prctl.h>

namespace {

constexpr const char* kCliName = "litetune-cli";

bool isCancelStatus(int exitCode) {
    // 128 + SIGINT, SIGTERM or SIGHUP: the CLI's cancelled run (app/cli/StopSignals.h).
    return exitCode == 128 + SIGINT || exitCode == 128 + SIGTERM || exitCode == 128 + SIGHUP;
}

} // namespace

WorkerProcesses::WorkerProcesses(QObject* parent)
    : QObject(parent)
    , m_grace(new QTimer(this)) {
    m_grace->setSingleShot(true);
    m_grace->setInterval(kGraceMs);
    connect(m_grace, &QTimer::timeout, this, &WorkerProcesses::endStragglers);
}

WorkerProcesses::~WorkerProcesses() {
    // The window closes: EngineController has ended worker 0 already, so none is still needed.
    for (QProcess* process : std::as_const(m_processes)) {
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(kTerminateMs)) {
                process->kill();
                process->waitForFinished(kTerminateMs);
            }
        }
    }
}

QString WorkerProcesses::cliProgram(QString* why) {
    const QString fromEnvironment = qEnvironmentVariable("LITETUNE_CLI");
    if (!fromEnvironment.isEmpty()) {
        const QFileInfo file(fromEnvironment);
        if (file.isFile() && file.isExecutable()) {
            return file.absoluteFilePath();
        }
        *why = tr("LITETUNE_CLI names %1, which is not an executable file; the other workers of the "
                  "data-parallel run are started with litetune-cli.")
                   .arg(QDir::toNativeSeparators(fromEnvironment));
        return {};
    }
    const QFileInfo beside(QDir(QCoreApplication::applicationDirPath()).filePath(QLatin1String(kCliName)));
    if (beside.isFile() && beside.isExecutable()) {
        return beside.absoluteFilePath();
    }
    const QString onPath = QStandardPaths::findExecutable(QLatin1String(kCliName));
    if (!onPath.isEmpty()) {
        return onPath;
    }
    *why = tr("A data-parallel run starts its other workers with litetune-cli, which is neither in %1 nor "
              "on PATH (set LITETUNE_CLI to name it).")
               .arg(QDir::toNativeSeparators(QCoreApplication::applicationDirPath()));
    return {};
}

int WorkerProcesses::freeLoopbackPort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    return probe.serverPort();
}

void WorkerProcesses::start(const QString& program, const litetune::TrainConfig& config,
                            const litetune::WorkerPlace& place) {
    forget();
    const bool cuda = config.device.rfind("cuda", 0) == 0;
    const auto deviceOf = [cuda](int localRank) { return cuda ? QStringLiteral("cuda:%1").arg(localRank) : tr("CPU"); };
    m_rows.append({0, deviceOf(place.localRank), 0, WorkerRow::State::Starting, {}, {}});

    QStringList arguments{QStringLiteral("train")};
    for (const std::string& word : litetune::trainArguments(config)) {
        arguments.append(toQString(word));
    }
    const int generation = m_generation;
    for (int rank = 1; rank < place.worldSize; ++rank) {
        litetune::WorkerPlace theirs = place;
        theirs.rank = theirs.localRank = rank;
        m_rows.append({rank, deviceOf(rank), 0, WorkerRow::State::Starting, {}, {}});
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const auto& [name, value] : litetune::workerEnvironment(theirs)) {
            environment.insert(toQString(name), toQString(value));
        }
        auto* process = new QProcess(this);
        process->setProgram(program);
        process->setArguments(arguments);
        process->setProcessEnvironment(environment);
        process->setStandardOutputFile(QProcess::nullDevice()); // worker 0 (here) reports the run
        // A GUI that dies outright takes its workers with it (the launcher of app/cli does the same).
        process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        connect(process, &QProcess::started, this, [this, process, rank, generation] {
            if (generation == m_generation) {
                row(rank)->pid = process->processId();
                emit changed();
            }
        });
        connect(process, &QProcess::readyReadStandardError, this, [this, process, rank, generation] {
            if (generation == m_generation) {
                readStderr(process, rank);
            }
        });
        connect(process, &QProcess::finished, this,
                [this, process, rank, generation](int exitCode, QProcess::ExitStatus status) {
                    m_processes.removeOne(process);
                    process->deleteLater();
                    if (generation == m_generation) {
                        onFinished(process, rank, exitCode, status == QProcess::CrashExit);
                    }
                });
        connect(process, &QProcess::errorOccurred, this,
                [this, process, rank, generation](QProcess::ProcessError error) {
                    if (error != QProcess::FailedToStart) {
                        return;
                    }
                    m_processes.removeOne(process);
                    process->deleteLater();
                    if (generation == m_generation) {
                        onStartFailed(process, rank);
                    }
                });
        m_processes.append(process);
        process->start();
    }
    emit changed();
}

void WorkerProcesses::forget() {
    ++m_generation;
    m_grace->stop();
    m_stopping = false;
    m_rows.clear();
    m_failure.clear();
    emit changed();
}

void WorkerProcesses::markTraining() {
    bool any = false;
    for (WorkerRow& r : m_rows) {
        if (r.state == WorkerRow::State::Starting) {
            r.state = WorkerRow::State::Training;
            any = true;
        }
    }
    if (any) {
        emit changed();
    }
}

void WorkerProcesses::firstEnded(WorkerRow::State state, const QString& ending) {
    if (WorkerRow* first = row(0)) {
        first->state = state;
        first->ending = ending;
        emit changed();
    }
    if (anyRunning()) {
        m_grace->start();
    }
}

void WorkerProcesses::interrupt() {
    // Only workers that have met: one still starting may not catch SIGINT yet and would die of it,
    // while after the rendezvous it is cancelled with worker 0 anyway (or ended by the grace timer).
    for (const WorkerRow& r : std::as_const(m_rows)) {
        if (r.rank != 0 && r.pid > 0 && r.state == WorkerRow::State::Training) {
            ::kill(static_cast<pid_t>(r.pid), SIGINT);
        }
    }
}

bool WorkerProcesses::anyRunning() const {
    return !m_processes.isEmpty();
}

void WorkerProcesses::onFinished(QProcess* process, int rank, int exitCode, bool crashed) {
    readStderr(process, rank);
    WorkerRow* r = row(rank);
    if (crashed) {
        // Qt gives a crashed process's signal as its exit code (qprocess_unix.cpp).
        r->ending = tr("signal %1 (%2)").arg(exitCode).arg(QString::fromLocal8Bit(::strsignal(exitCode)));
        r->state = WorkerRow::State::Failed;
    } else if (exitCode == 0) {
        r->state = WorkerRow::State::Finished;
    } else {
        r->ending = tr("exit status %1").arg(exitCode);
        r->state = isCancelStatus(exitCode) ? WorkerRow::State::Cancelled : WorkerRow::State::Failed;
    }
    if (r->state == WorkerRow::State::Failed && !m_stopping) {
        fail(rank, crashed ? tr("was killed by %1").arg(r->ending) : tr("ended with %1").arg(r->ending));
    }
    emit changed();
}

void WorkerProcesses::onStartFailed(QProcess* process, int rank) {
    WorkerRow* r = row(rank);
    r->state = WorkerRow::State::Failed;
    r->ending = process->errorString();
    fail(rank, tr("could not start %1 (%2)").arg(QDir::toNativeSeparators(process->program()), r->ending));
    emit changed();
}

void WorkerProcesses::readStderr(QProcess* process, int rank) {
    WorkerRow* r = row(rank);
    const QString text = QString::fromLocal8Bit(process->readAllStandardError());
    if (r == nullptr || text.isEmpty()) {
        return;
    }
    // A line cut between two reads continues the last one.
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!r->stderrTail.isEmpty() && !r->stderrTail.constLast().endsWith(QLatin1Char('\n'))) {
        r->stderrTail.last() += lines.takeFirst();
    }
    for (int i = 0; i < lines.size(); ++i) {
        if (i + 1 < lines.size() || !lines[i].isEmpty()) {
            r->stderrTail.append(lines[i] + (i + 1 < lines.size() ? QStringLiteral("\n") : QString()));
        }
    }
    while (r->stderrTail.size() > kStderrLines) {
        r->stderrTail.removeFirst();
    }
}

void WorkerProcesses::fail(int rank, const QString& what) {
    if (!m_failure.isEmpty()) {
        return; // the first failure is the cause; the others follow from it
    }
    const WorkerRow* r = row(rank);
    m_failure = tr("Worker %1 of %2 (pid %3) %4.").arg(rank).arg(m_rows.size()).arg(r->pid).arg(what);
    QString tail;
    for (const QString& line : r->stderrTail) {
        tail += line;
    }
    if (!tail.trimmed().isEmpty()) {
        m_failure += QLatin1Char('\n') + tail.trimmed();
    }
    emit workerFailed(m_failure);
}

void WorkerProcesses::endStragglers() {
    m_stopping = true;
    for (QProcess* process : std::as_const(m_processes)) {
        process->terminate();
    }
    QTimer::singleShot(kTerminateMs, this, [this] {
        for (QProcess* process : std::as_const(m_processes)) {
            process->kill();
        }
    });
}

WorkerRow* WorkerProcesses::row(int rank) {
    for (WorkerRow& r : m_rows) {
        if (r.rank == rank) {
            return &r;
        }
    }
    return nullptr;
}
