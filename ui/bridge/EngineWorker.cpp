#include "bridge/EngineWorker.h"

#include "api/Error.h"
#include "api/RuntimeInfo.h"

#include <algorithm>
#include <exception>
#include <optional>
#include <utility>

EngineWorker::EngineWorker(std::shared_ptr<litetune::RunControl> control, QObject* parent)
    : EngineEvents(parent)
    , m_control(std::move(control)) {}

void EngineWorker::loadDataset(const litetune::DatasetOptions& options,
                               std::shared_ptr<const std::atomic<bool>> cancel) {
    load(options, std::move(cancel),
         [&options](const litetune::LoadControl& control) { return litetune::loadDataset(options, control); });
}

void EngineWorker::loadTextCorpus(const litetune::DatasetOptions& options,
                                  std::shared_ptr<const std::atomic<bool>> cancel) {
    load(options, std::move(cancel),
         [&options](const litetune::LoadControl& control) { return litetune::loadTextCorpus(options, control); });
}

void EngineWorker::load(const litetune::DatasetOptions& options, std::shared_ptr<const std::atomic<bool>> cancel,
                        const std::function<litetune::Dataset(const litetune::LoadControl&)>& read) {
    guarded(
        [this, &options, &cancel, &read] {
            litetune::LoadControl control;
            control.cancel = cancel.get();
            control.progressIntervalSeconds = kMinSignalIntervalMs / 1000.0;
            control.progressed = [this, &options](const litetune::LoadProgress& progress) {
                emit datasetLoadProgressed(options, static_cast<qint64>(progress.bytesRead),
                                           static_cast<qint64>(progress.totalBytes), progress.rows);
            };
            try {
                auto dataset = std::make_shared<const litetune::Dataset>(read(control));
                emit datasetLoaded(dataset, options);
            } catch (const litetune::Error& error) {
                if (error.kind() != litetune::ErrorKind::Cancelled) {
                    throw;
                }
                // Not through guarded: a cancelled load is no failure and leaves no "Cancelled." in the run log.
                emit datasetLoadCancelled(options);
            }
        },
        [this, options](const QString& message) { emit datasetFailed(options, message); });
}

void EngineWorker::loadTokenizer(const QString& modelPath) {
    guarded([this, modelPath] {
        // The built-in demo model uses the byte-level vocabulary; every other model a folder.
        auto tokenizer =
            modelPath == QLatin1String("demo")
                ? std::make_shared<const litetune::Tokenizer>(litetune::Tokenizer::byteLevel())
                : std::make_shared<const litetune::Tokenizer>(litetune::Tokenizer::fromFolder(toStdString(modelPath)));
        emit tokenizerLoaded(tokenizer, modelPath);
    });
}

void EngineWorker::computeLengthStats(const DatasetHandle& dataset, const TokenizerHandle& tokenizer,
                                      const QString& splitName, int maxLength) {
    guarded([this, dataset, tokenizer, splitName, maxLength] {
        for (const auto& split : dataset->splits) {
            if (toQString(split.name) == splitName) {
                emit lengthStatsComputed(litetune::tokenLengthStats(split, *tokenizer, maxLength), splitName);
                return;
            }
        }
        emit failed(tr("The dataset has no split named \"%1\".").arg(splitName));
    });
}

void EngineWorker::computeCleaningShares(const DatasetHandle& dataset) {
    guarded([this, dataset] {
        QList<double> shares;
        for (const auto& split : dataset->splits) {
            shares.append(litetune::cleaningShare(split));
        }
        emit cleaningSharesComputed(dataset, shares);
    });
}

void EngineWorker::train(const litetune::TrainConfig& config, const litetune::WorkerPlace& place) {
    guarded([this, config, place] {
        const litetune::RunResult result = litetune::runMethod(config, *this, *m_control, place);
        flushProgress();
        flushLog();
        emit runFinished(result);
    });
}

void EngineWorker::compare(const litetune::TrainConfig& config) {
    guarded([this, config] {
        const RunResultList results = litetune::runComparison(config, *this, *m_control);
        flushProgress();
        flushLog();
        for (const auto& result : results) {
            emit runFinished(result);
        }
        emit comparisonFinished(results);
    });
}

void EngineWorker::predict(const litetune::RunResult& run, const QStringList& texts, int topK, quint64 requestId,
                           std::shared_ptr<const std::atomic<bool>> cancel) {
    guarded(
        [this, run, texts, topK, requestId, cancel] {
            const auto cancelled = [&cancel] { return cancel && cancel->load(); };
            if (cancelled()) { // cancelled while it waited in the queue: not even the model is loaded
                emit predictionCancelled(texts, {}, requestId);
                return;
            }
            bool loaded = false;
            QStringList dropped;
            const auto reportDropped = [this, &dropped] {
                for (const QString& runDir : std::exchange(dropped, {})) {
                    emit modelDropped(runDir);
                }
            };
            std::optional<litetune::Classifier> classifier;
            try {
                classifier = m_classifiers.get(run, &loaded, &dropped);
            } catch (...) {
                reportDropped(); // the cache made room before the load failed
                throw;
            }
            reportDropped();
            if (loaded) {
                emit modelLoaded(toQString(run.runDir));
            }
            const int total = static_cast<int>(texts.size());
            PredictionTable answers;
            answers.reserve(static_cast<size_t>(total));
            QElapsedTimer sinceProgress;
            for (int start = 0; start < total; start += kPredictionChunk) {
                if (cancelled()) {
                    emit predictionCancelled(texts, answers, requestId);
                    return;
                }
                const int end = std::min(total, start + kPredictionChunk);
                std::vector<std::string> input;
                input.reserve(static_cast<size_t>(end - start));
                for (int i = start; i < end; ++i) {
                    input.push_back(toStdString(texts.at(i)));
                }
                for (auto& scores : classifier->predict(input, topK)) {
                    answers.push_back(std::move(scores));
                }
                // The first chunk and the last go out at once, the rest at most every kMinSignalIntervalMs.
                if (total > kPredictionChunk &&
                    (!sinceProgress.isValid() || end == total || sinceProgress.elapsed() >= kMinSignalIntervalMs)) {
                    sinceProgress.start();
                    emit predictionProgressed(requestId, end, total);
                }
            }
            emit predictionsReady(texts, answers, requestId);
        },
        [this, requestId](const QString& message) { emit predictionFailed(requestId, message); });
}

void EngineWorker::retainModels(const QStringList& runDirs) {
    for (const QString& runDir : m_classifiers.retain(runDirs)) {
        emit modelDropped(runDir);
    }
}

void EngineWorker::reportRuntimeInfo() {
    try {
        emit runtimeInfoReported(litetune::runtimeInfo());
    } catch (const std::exception& error) {
        // An empty report: the About box shows "unknown" where a fact is missing.
        qWarning("Could not read the engine's runtime facts: %s", error.what());
        emit runtimeInfoReported(litetune::RuntimeInfo{});
    }
}

void EngineWorker::started(const litetune::TrainConfig& config, const std::string& runDir) {
    flushProgress();
    flushLog();
    resetRateLimit();
    emit runStarted(config, toQString(runDir));
}

void EngineWorker::progressed(const litetune::Progress& progress) {
    const bool phaseChanged = m_hasPending && m_pending.phase != progress.phase;
    if (phaseChanged) {
        flushProgress();
    }
    m_pending = progress;
    m_hasPending = true;
    if (progress.phase == "train") {
        m_lossSum += progress.loss;
        ++m_lossCount;
    }
    // The first update of a phase and the last step go out at once; the rest at most every
    // kMinSignalIntervalMs, carrying the mean loss of the steps they merge.
    const bool last = progress.totalSteps > 0 && progress.step >= progress.totalSteps;
    if (phaseChanged || last || !m_sinceProgress.isValid() || m_sinceProgress.elapsed() >= kMinSignalIntervalMs) {
        flushProgress();
    }
}

void EngineWorker::evaluated(const litetune::EvalReport& report) {
    flushProgress();
    flushLog();
    emit evaluationReported(report);
}

void EngineWorker::logged(const std::string& line) {
    m_logBuffer.append(toQString(line));
    if (!m_sinceLog.isValid() || m_sinceLog.elapsed() >= kMinSignalIntervalMs) {
        flushLog();
    }
}

void EngineWorker::guarded(const std::function<void()>& command, const std::function<void(const QString&)>& onError) {
    resetRateLimit();
    QString message;
    try {
        command();
    } catch (const litetune::Error& error) {
        if (error.kind() == litetune::ErrorKind::Cancelled) {
            m_logBuffer.append(tr("Cancelled."));
        } else {
            message = QString::fromUtf8(error.what());
        }
    } catch (const std::exception& error) {
        message = tr("The engine failed: %1").arg(QString::fromUtf8(error.what()));
    } catch (...) {
        message = tr("The engine failed with an unknown error.");
    }
    flushProgress();
    flushLog();
    if (!message.isEmpty()) {
        if (onError) {
            onError(message);
        }
        emit failed(message);
    }
    emit commandFinished();
}

void EngineWorker::flushProgress() {
    if (!m_hasPending) {
        return;
    }
    litetune::Progress progress = m_pending;
    if (progress.phase == "train" && m_lossCount > 0) {
        progress.loss = m_lossSum / m_lossCount;
    }
    m_hasPending = false;
    m_lossSum = 0.0;
    m_lossCount = 0;
    m_sinceProgress.start();
    emit progressReported(progress);
}

void EngineWorker::flushLog() {
    if (m_logBuffer.isEmpty()) {
        return;
    }
    const QStringList lines = std::exchange(m_logBuffer, {});
    m_sinceLog.start();
    emit linesLogged(lines);
}

void EngineWorker::resetRateLimit() {
    m_hasPending = false;
    m_lossSum = 0.0;
    m_lossCount = 0;
    m_sinceProgress.invalidate();
    m_sinceLog.invalidate();
}
