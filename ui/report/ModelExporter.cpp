#include "report/ModelExporter.h"

#include "bridge/EngineTypes.h"
#include "report/ModelExportDialog.h"
#include "results/RunSelectionModel.h"
#include "runs/RunCatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStringList>
#include <QThread>

#include <algorithm>
#include <cstdint>
#include <exception>
#include <memory>

namespace {

constexpr int kKeptNamesShown = 5; // a longer list would crowd the question

// What the export thread hands back to the GUI thread.
struct ExportOutcome {
    std::int64_t bytes = -1; // -1: it failed
    QString error;
};

// The run the dialog starts on: the first run chosen in the Results place that trained something.
QString preselectedRun(const RunSelectionModel* selection) {
    for (const auto& run : selection->selectedRuns()) {
        if (ModelExportDialog::isExportable(run)) {
            return toQString(run.runDir);
        }
    }
    return {};
}

// The engine's messages are written to follow "litetune-cli: "; a dialog starts them capitalised.
QString asSentence(QString message) {
    if (!message.isEmpty()) {
        message[0] = message[0].toUpper();
    }
    return message;
}

} // namespace

ModelExporter::ModelExporter(QObject* parent)
    : QObject(parent) {
    connect(this, &ModelExporter::failed, this, [this](const QString& /*path*/, const QString& message) {
        if (m_window) {
            QMessageBox::warning(m_window, tr("Export Model"), message);
        }
    });
}

ModelExporter::~ModelExporter() {
    if (m_thread) {
        m_thread->wait(); // a model is saved in seconds; the window must not leave a thread behind
        delete m_thread;
    }
}

void ModelExporter::exportInteractively(QWidget* window, const RunSelectionModel* selection) {
    m_window = window;
    if (isBusy()) {
        QMessageBox::information(window, tr("Export Model"),
                                 tr("A model is being exported; try again when it is done."));
        return;
    }
    const RunResultList& runs = selection->catalog()->runs();
    if (std::none_of(runs.begin(), runs.end(), &ModelExportDialog::isExportable)) {
        QMessageBox::information(window, tr("Export Model"),
                                 tr("There is no trained model to export yet. Train a method or run a comparison "
                                    "first."));
        return;
    }
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("modelExport/folder"), QDir::homePath()).toString();
    ModelExportDialog dialog(selection, preselectedRun(selection), folder, window);
    litetune::ModelExportRequest request;
    // Back to the dialog, with the choices kept, until the folder is one that may be written.
    do {
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        request = dialog.request();
    } while (!confirmTarget(window, &request));
    settings.setValue(QStringLiteral("modelExport/folder"), QFileInfo(toQString(request.out)).absolutePath());
    start(request);
}

bool ModelExporter::confirmTarget(QWidget* window, litetune::ModelExportRequest* request) {
    litetune::ExportTarget target;
    try {
        target = litetune::inspectExportTarget(*request);
    } catch (const std::exception& error) {
        // The run has nothing to export (a cancelled run) or cannot be read: the engine's sentence says which.
        QMessageBox::warning(window, tr("Export Model"), asSentence(QString::fromUtf8(error.what())));
        return false;
    }
    switch (target.state) {
    case litetune::ExportTarget::State::Free:
        return true;
    case litetune::ExportTarget::State::Refused:
        QMessageBox::warning(window, tr("Export Model"), asSentence(toQString(target.message)));
        return false;
    case litetune::ExportTarget::State::Replaceable: {
        const QString folder = QDir::toNativeSeparators(toQString(request->out));
        QString question = target.kind == "adapter"
                               ? tr("%1 holds an adapter LiteTune exported earlier. Replace its files?").arg(folder)
                               : tr("%1 holds a model LiteTune exported earlier. Replace its files?").arg(folder);
        const int kept = static_cast<int>(target.kept.size());
        if (kept == 0) {
            question += QLatin1Char(' ') + tr("The folder holds nothing else.");
        } else {
            QStringList names;
            for (int i = 0; i < kept && i < kKeptNamesShown; ++i) {
                names << toQString(target.kept[static_cast<size_t>(i)]);
            }
            if (kept > kKeptNamesShown) {
                names << QStringLiteral("…");
            }
            question += QLatin1Char(' ') + tr("The %n other file(s) in the folder stay as they are (%1).", "", kept)
                                               .arg(names.join(QStringLiteral(", ")));
        }
        const auto answer = QMessageBox::question(window, tr("Export Model"), question,
                                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            return false;
        }
        request->overwrite = true;
        return true;
    }
    }
    return false;
}

bool ModelExporter::start(const litetune::ModelExportRequest& request) {
    if (m_thread) {
        return false;
    }
    const QString path = toQString(request.out);
    auto outcome = std::make_shared<ExportOutcome>();
    m_thread = QThread::create([request, outcome] {
        try {
            outcome->bytes = litetune::exportRunModel(request);
        } catch (const std::exception& error) {
            outcome->error = asSentence(QString::fromUtf8(error.what()));
        } catch (...) {
            // An exception must not leave the thread; the GUI thread words the failure.
        }
    });
    m_thread->setObjectName(QStringLiteral("LiteTuneModelExport"));
    connect(m_thread, &QThread::finished, this, [this, path, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (outcome->bytes >= 0) {
            emit exported(path, outcome->bytes);
        } else {
            emit failed(path, outcome->error.isEmpty()
                                  ? tr("The model could not be exported to %1.").arg(QDir::toNativeSeparators(path))
                                  : outcome->error);
        }
    });
    m_thread->start();
    emit started(path);
    return true;
}
