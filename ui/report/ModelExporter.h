// ModelExporter: the GUI's "Export Model…" — asks which run and where (ModelExportDialog), asks the
// engine what is at the folder (litetune::inspectExportTarget) so a folder of the user's is never
// written and an earlier export is replaced only on a Yes, then writes the model or adapter on a
// thread of its own (litetune::exportRunModel loads and saves whole models, which takes seconds),
// so the window stays responsive. One export at a time; the destructor waits for a running one,
// so no thread outlives the window.
#pragma once

#include "api/RunExport.h"

#include <QObject>
#include <QPointer>

class QThread;
class QWidget;
class RunSelectionModel;

class ModelExporter : public QObject {
    Q_OBJECT

public:
    explicit ModelExporter(QObject* parent = nullptr);
    ~ModelExporter() override;

    // The dialog, the engine's view of the folder, then start(); failures are shown in a message
    // box over `window`.
    void exportInteractively(QWidget* window, const RunSelectionModel* selection);
    // Exports as `request` says in the background, without asking; false when one is running already.
    bool start(const litetune::ModelExportRequest& request);
    bool isBusy() const { return m_thread != nullptr; }

signals:
    void started(const QString& path);
    void exported(const QString& path, qint64 bytes);
    void failed(const QString& path, const QString& message);

private:
    // Whether `request` may go ahead: a free folder, or a replaceable one the user agreed to
    // replace (which sets request->overwrite). Says why not in a message box over `window`.
    bool confirmTarget(QWidget* window, litetune::ModelExportRequest* request);

    QThread* m_thread = nullptr;
    QPointer<QWidget> m_window; // where failures of an interactive export are shown
};
