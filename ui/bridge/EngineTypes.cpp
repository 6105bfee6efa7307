#include "bridge/EngineTypes.h"

void registerEngineTypes() {
    qRegisterMetaType<litetune::DatasetOptions>("litetune::DatasetOptions");
    qRegisterMetaType<litetune::TrainConfig>("litetune::TrainConfig");
    qRegisterMetaType<litetune::Progress>("litetune::Progress");
    qRegisterMetaType<litetune::EvalReport>("litetune::EvalReport");
    qRegisterMetaType<litetune::RunResult>("litetune::RunResult");
    qRegisterMetaType<litetune::LengthStats>("litetune::LengthStats");
    qRegisterMetaType<litetune::RuntimeInfo>("litetune::RuntimeInfo");
    qRegisterMetaType<DatasetHandle>("DatasetHandle");
    qRegisterMetaType<TokenizerHandle>("TokenizerHandle");
    qRegisterMetaType<PredictionTable>("PredictionTable");
    qRegisterMetaType<RunResultList>("RunResultList");
}
