// MetricFormat: how the Results place prints a metric, the way the reference table of
// docs/architecture.md does — "47.32%", "1 hr 33 min", "3 min 28 sec", "108.258", "1.0" — in the
// user's locale and language. Mirrors the report's formats (engine/report/ReportText), so the
// window and an exported report agree.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>

class MetricFormat {
    Q_DECLARE_TR_FUNCTIONS(MetricFormat)

public:
    static QString fixed(double value, int decimals);
    static QString percent(double fraction);
    // Under a minute "42 sec" (one decimal under ten seconds), under an hour "3 min 28 sec",
    // else "1 hr 33 min".
    static QString minutesSeconds(double seconds);
    // "1 hr 33 min" from an hour on, else like minutesSeconds.
    static QString hoursMinutes(double seconds);
    // "1.0", "0.53": at least one decimal, at most two.
    static QString epoch(double value);
    static QString count(std::int64_t value);
    // "1.50 MiB", "496 MiB", "12 B".
    static QString bytes(std::int64_t value);
    // What a cell shows for a number a run does not have ("—", as the report's MetricTable::kMissing).
    static QString missing();
};
