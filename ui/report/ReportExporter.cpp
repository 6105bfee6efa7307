#include "report/ReportExporter.h"

#include "report/ExportRunsDialog.h"
#include "report/ReportPdfPrinter.h"
#include "report/ReportWriter.h"
#include "results/RunSelectionModel.h"
#include "runs/RunCatalog.h"

#include "api/Dataset.h"
#include "api/Report.h"
#include "api/RuntimeInfo.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QThread>

#include <exception>
#include <memory>

namespace {

// The report of `runs`; with the dataset they were made on, its glyphs and label counts too.
litetune::ReportInput reportInput(const RunResultList& runs, const DatasetHandle& dataset) {
    if (!dataset) {
        litetune::ReportInput input;
        input.runs = runs;
        return input;
    }
    return litetune::reportInputFor(runs, *dataset);
}

} // namespace

ReportExporter::ReportExporter(QObject* parent)
    : QObject(parent)
    , m_pageSize(ReportPdfPrinter::pageSizeFor(QLocale())) {
    connect(this, &ReportExporter::failed, this, [this](const QString& /*path*/, const QString& message) {
        if (m_window) {
            QMessageBox::warning(m_window, tr("Export Report"), message);
        }
    });
}

ReportExporter::~ReportExporter() {
    if (m_thread) {
        m_thread->wait(); // reports take seconds; the window must not leave a thread behind
        delete m_thread;
    }
}

void ReportExporter::exportInteractively(QWidget* window, const RunSelectionModel* selection) {
    m_window = window;
    if (isBusy()) {
        QMessageBox::information(window, tr("Export Report"),
                                 tr("A report is being written; try again when it is done."));
        return;
    }
    if (selection->catalog()->runs().empty()) {
        QMessageBox::information(window, tr("Export Report"),
                                 tr("There are no runs to report yet. Train a method or run a comparison first."));
        return;
    }
    ExportRunsDialog dialog(selection, window);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const RunResultList runs = dialog.chosenRuns();
    QSettings settings;
    const QStringList filters = ReportWriter::nameFilters();
    QString filter = settings.value(QStringLiteral("report/filter"), filters.first()).toString();
    if (!filters.contains(filter)) {
        filter = filters.first();
    }
    const QString folder = settings.value(QStringLiteral("report/folder"), QDir::homePath()).toString();
    QString path = QFileDialog::getSaveFileName(
        window, tr("Export Report"),
        QDir(folder).filePath(QStringLiteral("litetune-report") + ReportWriter::suffixOfFilter(filter)),
        filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty()) {
        return;
    }
    if (ReportWriter::formatOf(path) == ReportWriter::Format::Unknown) {
        path += ReportWriter::suffixOfFilter(filter);
    }
    settings.setValue(QStringLiteral("report/filter"), filter);
    settings.setValue(QStringLiteral("report/folder"), QFileInfo(path).absolutePath());
    start(runs, path, selection->dataset());
}

bool ReportExporter::start(const RunResultList& runs, const QString& path, const DatasetHandle& dataset) {
    if (m_thread || runs.empty()) {
        return false;
    }
    const litetune::ReportInput input = reportInput(runs, dataset);
    const QPageSize::PageSizeId pageSize = m_pageSize;
    auto error = std::make_shared<QString>();
    auto written = std::make_shared<bool>(false);
    m_thread = QThread::create([input, path, pageSize, error, written] {
        litetune::ReportInput complete = input;
        try {
            complete.runtime = litetune::runtimeInfo();
        } catch (const std::exception&) {
            // The environment section is a courtesy; the report stands without it.
        }
        *written = ReportWriter::write(complete, path, pageSize, error.get());
    });
    m_thread->setObjectName(QStringLiteral("LiteTuneReport"));
    connect(m_thread, &QThread::finished, this, [this, path, error, written] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (*written) {
            emit exported(path);
        } else {
            emit failed(path, *error);
        }
    });
    m_thread->start();
    emit started(path);
    return true;
}
