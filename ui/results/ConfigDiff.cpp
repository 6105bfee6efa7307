#include "results/ConfigDiff.h"

#include "api/Report.h"

namespace {

QString shown(const std::string& value) {
    if (value.empty()) {
        return QStringLiteral("—");
    }
    if (value == "true") {
        return ConfigDiff::tr("yes");
    }
    if (value == "false") {
        return ConfigDiff::tr("no");
    }
    return toQString(value);
}

} // namespace

QVector<QPair<QString, QString>> ConfigDiff::settings(const litetune::RunResult& run) {
    QVector<QPair<QString, QString>> out;
    for (const litetune::ConfigRow& row : litetune::configTableRows({run})) {
        out.append({toQString(row.key), shown(row.values.front())});
    }
    return out;
}

QVector<ConfigDiff::Entry> ConfigDiff::differences(const RunResultList& runs) {
    QVector<Entry> out;
    if (runs.size() < 2) {
        return out;
    }
    for (const litetune::ConfigRow& row : litetune::configTableRows(runs)) {
        if (!row.differs) {
            continue;
        }
        Entry entry;
        entry.key = toQString(row.key);
        for (const std::string& value : row.values) {
            entry.values.append(shown(value));
        }
        out.append(entry);
    }
    return out;
}
