// ConfigurePage's settings (ConfigurePage.h): what it saves on every change, and the knobs it
// restores at start with the notices for what it could not restore.
#include "configure/ConfigurePage.h"

#include "configure/ConfigSettings.h"
#include "configure/ConfigureKeys.h"
#include "configure/SettingsNoticeBar.h"

#include <QComboBox>
#include <QSettings>
#include <QTimer>

void ConfigurePage::saveSettings() const {
    QSettings settings;
    settings.beginGroup(configure_keys::group());
    settings.setValue(configure_keys::preset(), m_preset->currentData());
    settings.setValue(configure_keys::model(), modelPath());
    settings.setValue(configure_keys::device(), m_device->currentData());
    ConfigSettings::save(settings, config());
    settings.endGroup();
}

void ConfigurePage::restoreKnobs(QSettings& settings, litetune::TrainConfig& config) {
    SettingsCheck check = ConfigSettings::load(settings, config);
    check.removed << ConfigSettings::removeUnknown(settings, configure_keys::placeKeys());
    const QStringList notices = ConfigSettings::notices(check);
    m_settingsNotices->setNotices(notices);
    if (!notices.isEmpty()) {
        // Queued: the window connects the signal only after it has built its places.
        QTimer::singleShot(0, this, [this, notices] { emit statusMessage(notices.join(QStringLiteral(" "))); });
    }
}
