// RunDiffLoader: litetune::diffRuns off the GUI thread. It reads both runs' run.json and
// predictions.csv, which the window must not wait for, on a one-shot QThread (as ui/report/
// ReportExporter does). One diff at a time: a request made while one is read waits, and only the
// newest waiting request runs, so flipping through runs never queues stale work. Each answer is
// for the pair it names; the caller drops answers for pairs it no longer shows.
#pragma once

#include "api/RunDiff.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

class RunDiffLoader : public QObject {
    Q_OBJECT

public:
    explicit RunDiffLoader(QObject* parent = nullptr);
    ~RunDiffLoader() override;

    void request(const QString& runDirA, const QString& runDirB);
    bool isBusy() const { return m_thread != nullptr; }

signals:
    // `diff` is null and `refusal` says why when the runs cannot be compared.
    void finished(const QString& runDirA, const QString& runDirB, std::shared_ptr<const litetune::RunDiff> diff,
                  const QString& refusal);

private:
    void start(const QString& runDirA, const QString& runDirB);

    QThread* m_thread = nullptr;
    QString m_waitingA;
    QString m_waitingB;
};
