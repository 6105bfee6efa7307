#include "configure/DeviceChoices.h"

#include "bridge/EngineTypes.h"

#include "api/RuntimeInfo.h"
#include "api/TrainConfig.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace device_choices {

QList<DeviceChoice> deviceChoices(const litetune::RuntimeInfo* info) {
    // The context stays ConfigurePage's, where these texts were first translated.
    QList<DeviceChoice> choices{
        {QCoreApplication::translate("ConfigurePage", "Automatic (a GPU when there is one)"), QStringLiteral("auto")},
        {QCoreApplication::translate("ConfigurePage", "CPU"), QStringLiteral("cpu")},
    };
    if (info == nullptr) {
        return choices;
    }
    const QLocale locale;
    int gpus = 0;
    for (const auto& device : info->devices) {
        const QString id = toQString(device.id);
        if (!id.startsWith(QLatin1String("cuda"))) {
            continue;
        }
        ++gpus;
        choices.append(
            {QStringLiteral("%1 — %2 (%3)")
                 .arg(id.toUpper(), toQString(device.name), locale.formattedDataSize(device.totalMemoryBytes)),
             id});
    }
    if (gpus >= 2) {
        choices.append(
            {QCoreApplication::translate("ConfigurePage", "All GPUs (%1)").arg(gpus), QLatin1String(kAllGpus), gpus});
    }
    return choices;
}

void applyDeviceChoice(const DeviceChoice& choice, litetune::TrainConfig& config) {
    // Each worker takes cuda:LOCAL_RANK when the device is plain "cuda" (api/Workbench.h).
    config.device = choice.data == QLatin1String(kAllGpus) ? std::string("cuda") : toStdString(choice.data);
    config.nprocPerNode = choice.data == QLatin1String(kAllGpus) ? std::max(1, choice.workers) : 1;
}

} // namespace device_choices
