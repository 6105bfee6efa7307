#include "runs/RunCatalog.h"

#include "api/RunFolders.h"
#include "api/Workbench.h"

#include <QDebug>
#include <QDir>
#include <QFileInfo>

#include <exception>

RunCatalog::RunCatalog(QObject* parent)
    : QObject(parent)
    , m_root(QString::fromStdString(litetune::defaultRunsRoot().string())) {}

void RunCatalog::setRunsRoot(const QString& root) {
    m_root = root;
    refresh();
}

void RunCatalog::refresh() {
    RunResultList runs;
    if (QFileInfo(m_root).isDir()) {
        try {
            runs = litetune::listRuns(toStdString(m_root));
        } catch (const std::exception& error) {
            // A damaged run folder must not take the window down; the others still show.
            qWarning() << "Could not list the runs in" << m_root << ":" << error.what();
        }
    }
    m_runs = std::move(runs);
    m_predictions.clear();
    m_resumable.clear();
    for (const auto& run : m_runs) {
        const std::filesystem::path checkpoint = litetune::resumeCheckpoint(run.runDir);
        if (!checkpoint.empty()) {
            m_resumable.insert(toQString(run.runDir), toQString(checkpoint.string()));
        }
    }
    emit runsChanged();
}

const litetune::RunResult* RunCatalog::find(const QString& runDir) const {
    for (const auto& run : m_runs) {
        if (toQString(run.runDir) == runDir) {
            return &run;
        }
    }
    return nullptr;
}

const std::vector<litetune::SamplePrediction>& RunCatalog::predictions(const QString& runDir) {
    auto it = m_predictions.find(runDir);
    if (it == m_predictions.end()) {
        std::vector<litetune::SamplePrediction> loaded;
        if (QFileInfo::exists(QDir(runDir).filePath(QStringLiteral("predictions.csv")))) {
            try {
                loaded = litetune::loadPredictions(toStdString(runDir));
            } catch (const std::exception& error) {
                qWarning() << "Could not read the predictions of" << runDir << ":" << error.what();
            }
        }
        it = m_predictions.insert(runDir, std::move(loaded));
    }
    return it.value();
}

QString RunCatalog::displayName(const litetune::RunResult& run) {
    if (!run.name.empty()) {
        return toQString(litetune::runLabel(run));
    }
    return QFileInfo(toQString(run.runDir)).fileName();
}

QString RunCatalog::rename(const QString& runDir, const QString& name) {
    if (!find(runDir)) {
        return tr("%1 is not a run in the list.").arg(QDir::toNativeSeparators(runDir));
    }
    try {
        litetune::renameRun(toStdString(runDir), toStdString(name.trimmed()));
    } catch (const std::exception& error) {
        return QString::fromStdString(error.what());
    }
    refresh();
    return {};
}

bool RunCatalog::isRunning(const QString& runDir) {
    return litetune::runInUse(toStdString(runDir));
}
