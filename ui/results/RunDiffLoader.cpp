#include "results/RunDiffLoader.h"

#include "bridge/EngineTypes.h"

#include <QThread>

#include <exception>
#include <utility>

RunDiffLoader::RunDiffLoader(QObject* parent)
    : QObject(parent) {}

RunDiffLoader::~RunDiffLoader() {
    if (m_thread) {
        m_thread->wait(); // two CSV files: short, and no thread may outlive the window
        delete m_thread;
    }
}

void RunDiffLoader::request(const QString& runDirA, const QString& runDirB) {
    if (m_thread) {
        m_waitingA = runDirA;
        m_waitingB = runDirB;
        return;
    }
    start(runDirA, runDirB);
}

void RunDiffLoader::start(const QString& runDirA, const QString& runDirB) {
    auto diff = std::make_shared<litetune::RunDiff>();
    auto refusal = std::make_shared<QString>();
    const std::string a = toStdString(runDirA);
    const std::string b = toStdString(runDirB);
    m_thread = QThread::create([a, b, diff, refusal] {
        try {
            *diff = litetune::diffRuns(a, b);
        } catch (const std::exception& error) {
            *refusal = QString::fromUtf8(error.what());
        }
    });
    m_thread->setObjectName(QStringLiteral("LiteTuneRunDiff"));
    connect(m_thread, &QThread::finished, this, [this, runDirA, runDirB, diff, refusal] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (!m_waitingA.isEmpty()) {
            const QString nextA = std::exchange(m_waitingA, QString());
            const QString nextB = std::exchange(m_waitingB, QString());
            start(nextA, nextB);
        }
        emit finished(runDirA, runDirB, refusal->isEmpty() ? diff : nullptr, *refusal);
    });
    m_thread->start();
}
