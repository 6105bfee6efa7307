// EngineTypes: the engine's plain value types as Qt meta types, so they can travel through
// queued signals from the engine thread to the GUI thread. Values only: nothing here owns
// engine state, and no LibTorch header is reachable from here.
#pragma once

#include "api/Dataset.h"
#include "api/Results.h"
#include "api/RuntimeInfo.h"
#include "api/Tokenizer.h"
#include "api/TrainConfig.h"

#include <QMetaType>
#include <QString>

#include <memory>
#include <vector>

// Shared, immutable results of the engine thread; copied between threads as cheap handles.
using DatasetHandle = std::shared_ptr<const litetune::Dataset>;
using TokenizerHandle = std::shared_ptr<const litetune::Tokenizer>;
using PredictionTable = std::vector<std::vector<litetune::LabelScore>>;
using RunResultList = std::vector<litetune::RunResult>;

Q_DECLARE_METATYPE(litetune::DatasetOptions)
Q_DECLARE_METATYPE(litetune::TrainConfig)
Q_DECLARE_METATYPE(litetune::Progress)
Q_DECLARE_METATYPE(litetune::EvalReport)
Q_DECLARE_METATYPE(litetune::RunResult)
Q_DECLARE_METATYPE(litetune::LengthStats)
Q_DECLARE_METATYPE(litetune::RuntimeInfo)
Q_DECLARE_METATYPE(DatasetHandle)
Q_DECLARE_METATYPE(TokenizerHandle)
Q_DECLARE_METATYPE(PredictionTable)
Q_DECLARE_METATYPE(RunResultList)

// Registers the types above once per process (safe to call repeatedly).
void registerEngineTypes();

// A raw-text corpus (EngineController::loadTextCorpus) is a Dataset without labels; every labelled
// source has at least one (the engine refuses a dataset without a label column).
inline bool isTextCorpus(const DatasetHandle& dataset) {
    return dataset && dataset->labels.empty();
}

// std::string (UTF-8) ⇄ QString, named so call sites read clearly.
inline QString toQString(const std::string& text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

inline std::string toStdString(const QString& text) {
    return text.toUtf8().toStdString();
}
