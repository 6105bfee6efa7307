// DeviceChoices: the entries of Configure's device list, from the engine's RuntimeInfo — Automatic,
// CPU, each CUDA GPU, and with two GPUs or more "All GPUs (N)", a data-parallel run of N workers
// (docs/distributed.md) — and what the chosen one means for a TrainConfig. Pure, so tests can hand
// it a made-up RuntimeInfo of any number of GPUs.
#pragma once

#include <QList>
#include <QString>
#include <Qt>

namespace litetune {
struct RuntimeInfo;
struct TrainConfig;
} // namespace litetune

struct DeviceChoice {
    QString label;
    QString data;    // remembered in QSettings: "auto", "cpu", "cuda:N" or kAllGpus
    int workers = 1; // the run's local worker count (TrainConfig::nprocPerNode)
};

namespace device_choices {

inline constexpr const char* kAllGpus = "cuda:all";
// The combo box item role that holds DeviceChoice::workers.
inline constexpr int kWorkersRole = Qt::UserRole + 1;

// Automatic and CPU; with `info` (null before the engine thread answered) the GPUs after them.
QList<DeviceChoice> deviceChoices(const litetune::RuntimeInfo* info);

// `choice` into config.device and config.nprocPerNode (1 for every choice but all GPUs).
void applyDeviceChoice(const DeviceChoice& choice, litetune::TrainConfig& config);

} // namespace device_choices
