// DatasetLoadingView: the Dataset place while a dataset loads, which takes seconds for a file of a
// few hundred MB: the file's name, a progress bar over the bytes parsed, the rows so far and a
// Cancel button (EngineController::cancelLoad). It follows the latest load started, takes the
// page's stack over when that starts, and gives the stack back when the engine answers: to the
// page it showed before on a failure or a cancel (the dataset open until then stays open), while
// DatasetPage itself shows a dataset (or text corpus) that opened.
#pragma once

#include "bridge/EngineTypes.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class EngineController;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

class DatasetLoadingView : public QWidget {
    Q_OBJECT

public:
    // Adds itself to `stack` (it is shown only while a load runs).
    DatasetLoadingView(EngineController* engine, QStackedWidget* stack, QWidget* parent = nullptr);

    // Call right after asking the engine for `options`.
    void start(const litetune::DatasetOptions& options);
    bool isLoading() const { return m_options.has_value(); }

private:
    // The rule of DatasetPage::isPending: answers to an earlier request are not this load's.
    bool follows(const litetune::DatasetOptions& options) const;
    void onProgress(const litetune::DatasetOptions& options, qint64 bytesRead, qint64 totalBytes, qint64 rows);
    void finish(const litetune::DatasetOptions& options);
    void cancel();

    EngineController* m_engine = nullptr;
    QStackedWidget* m_stack = nullptr;
    QPointer<QWidget> m_previous; // what the stack showed before the load
    std::optional<litetune::DatasetOptions> m_options;
    QLabel* m_title = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_cancel = nullptr;
};
