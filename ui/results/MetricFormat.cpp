#include "results/MetricFormat.h"

#include "api/Report.h"

#include <QLocale>

#include <cmath>

namespace {

QString hoursAndMinutes(double seconds) {
    const auto minutes = static_cast<qint64>(std::llround(seconds / 60.0));
    return MetricFormat::tr("%1 hr %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace

QString MetricFormat::fixed(double value, int decimals) {
    if (!std::isfinite(value)) {
        return std::isnan(value) ? QStringLiteral("NaN") : (value > 0 ? QStringLiteral("∞") : QStringLiteral("-∞"));
    }
    QString text = QLocale().toString(value, 'f', decimals);
    // "-0.00" reads as a sign error in a table.
    if (text.startsWith(QLatin1Char('-')) && QLocale().toDouble(text) == 0.0) {
        text.remove(0, 1);
    }
    return text;
}

QString MetricFormat::percent(double fraction) {
    return tr("%1%").arg(fixed(fraction * 100.0, 2));
}

QString MetricFormat::minutesSeconds(double seconds) {
    if (!std::isfinite(seconds)) {
        return fixed(seconds, 0);
    }
    if (seconds < 59.5) {
        return tr("%1 sec").arg(seconds < 9.95 ? fixed(seconds, 1) : fixed(std::round(seconds), 0));
    }
    const auto total = static_cast<qint64>(std::llround(seconds));
    if (total >= 3600) {
        return hoursAndMinutes(seconds);
    }
    return tr("%1 min %2 sec").arg(total / 60).arg(total % 60);
}

QString MetricFormat::hoursMinutes(double seconds) {
    if (std::isfinite(seconds) && std::llround(seconds) >= 3600) {
        return hoursAndMinutes(seconds);
    }
    return minutesSeconds(seconds);
}

QString MetricFormat::epoch(double value) {
    QString text = fixed(value, 2);
    const QString point = QLocale().decimalPoint();
    while (text.size() > 1 && text.endsWith(QLatin1Char('0')) && !text.chopped(1).endsWith(point)) {
        text.chop(1);
    }
    return text;
}

QString MetricFormat::count(std::int64_t value) {
    return QLocale().toString(static_cast<qlonglong>(value));
}

QString MetricFormat::bytes(std::int64_t value) {
    const litetune::ScaledBytes scaled = litetune::scaleBytes(value); // the report's units (api/Report.h)
    if (qstrcmp(scaled.unit, "B") == 0) {
        return tr("%1 B").arg(value);
    }
    return QStringLiteral("%1 %2").arg(fixed(scaled.value, scaled.decimals), QLatin1String(scaled.unit));
}

QString MetricFormat::missing() {
    return tr("—", "a number the run does not have");
}
