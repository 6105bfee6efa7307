// ConfigSettings: the last knobs the user chose, kept in QSettings (group "knobs" of the Configure
// place's group) so the Configure place opens as it was left: the method and every option with a
// QSettings key in the engine's option table (api/OptionTable.h). Paths are not stored (they may
// vanish). A stored value is read as the CLI reads the same option's flag (parseOptionText and
// checkOption), so a hand-edited or older file cannot slip a value past the table's rules.
#pragma once

#include "api/TrainConfig.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QSettings;

// What restoring refused: stored values the option table does not accept, and keys nobody owns.
struct SettingsCheck {
    struct Rejected {
        QString key;          // the full QSettings key: "configure/knobs/epochs"
        QString value;        // as stored: "banana"
        QString defaultValue; // what is used instead, as the CLI writes it
        QString reason;       // the table's words: "expects a finite number, got 'banana'"
    };
    QList<Rejected> rejected;
    QStringList removed; // full keys removed from the settings

    bool isEmpty() const { return rejected.isEmpty() && removed.isEmpty(); }
};

class ConfigSettings {
    Q_DECLARE_TR_FUNCTIONS(ConfigSettings)

public:
    static void save(QSettings& settings, const litetune::TrainConfig& config);
    // Reads group "knobs" of the current group into `config`. A value the table refuses leaves its
    // field as it was (the default, for a fresh config) and is listed; the keys of "knobs" that the
    // table does not know are removed from the settings and listed. Fields never saved keep their
    // current values.
    static SettingsCheck load(QSettings& settings, litetune::TrainConfig& config);
    // Removes every key of the current group (never the root) that is neither one of `keep` nor in
    // group "knobs" (load's to judge), and returns them as full keys.
    static QStringList removeUnknown(QSettings& settings, const QStringList& keep);
    // One line per refused value and one naming the removed keys: the notices the Configure place
    // and the status bar show.
    static QStringList notices(const SettingsCheck& check);
};
