// ReportExporter: the GUI's "Export report…" — asks which runs (ExportRunsDialog) and where, in
// which format (the file dialog's filters: HTML, PDF, Markdown, CSV, JSON, .zip or .tar.gz bundle),
// then writes the report on a thread of its own (ReportWriter), so the window stays responsive
// while run folders are read, plots rendered and bundles packed. One export at a time; the
// destructor waits for a running one, so no thread outlives the window.
#pragma once

#include "bridge/EngineTypes.h"

#include <QObject>
#include <QPageSize>
#include <QPointer>

class QThread;
class QWidget;
class RunSelectionModel;

class ReportExporter : public QObject {
    Q_OBJECT

public:
    explicit ReportExporter(QObject* parent = nullptr);
    ~ReportExporter() override;

    // The dialogs, then start(); failures are shown in a message box over `window`.
    void exportInteractively(QWidget* window, const RunSelectionModel* selection);
    // Writes the report of `runs` at `path` in the background; false when one is running already.
    // Label glyphs and counts come from `dataset` when given.
    bool start(const RunResultList& runs, const QString& path, const DatasetHandle& dataset = {});
    bool isBusy() const { return m_thread != nullptr; }
    // Paper for PDFs; by default the one usual in the user's locale.
    void setPageSize(QPageSize::PageSizeId pageSize) { m_pageSize = pageSize; }

signals:
    void started(const QString& path);
    void exported(const QString& path);
    void failed(const QString& path, const QString& message);

private:
    QThread* m_thread = nullptr;
    QPageSize::PageSizeId m_pageSize;
    QPointer<QWidget> m_window; // where failures of an interactive export are shown
};
