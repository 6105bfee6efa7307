// ConfigureKeys: the QSettings keys the Configure place owns, all in group "configure": its own
// choices, and group "knobs" where ConfigSettings keeps the method and the option table's keys.
// Restoring removes every other key of the group (ConfigSettings::removeUnknown), so a key the
// place starts to use is added here first.
#pragma once

#include <QString>
#include <QStringList>

namespace configure_keys {

inline QString group() {
    return QStringLiteral("configure");
}
inline QString preset() {
    return QStringLiteral("preset");
}
inline QString model() {
    return QStringLiteral("model");
}
inline QString device() {
    return QStringLiteral("device");
}
inline QString modelFolders() {
    return QStringLiteral("modelFolders");
}
// Inside group(), from outside it: QSettings().value(configure_keys::path(modelFolders())).
inline QString path(const QString& key) {
    return group() + QLatin1Char('/') + key;
}
// The place's keys beside group "knobs".
inline QStringList placeKeys() {
    return {preset(), model(), device(), modelFolders()};
}

} // namespace configure_keys
