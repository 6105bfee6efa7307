#include "EventLoopProbe.h"

#include <QTimer>

#include <algorithm>

EventLoopProbe::EventLoopProbe(int intervalMs, QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
    , m_intervalMs(intervalMs) {
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &EventLoopProbe::onTick);
}

void EventLoopProbe::start() {
    m_lateness.clear();
    m_clock.start();
    m_last = -1;
    m_timer->start();
}

void EventLoopProbe::stop() {
    m_timer->stop();
}

void EventLoopProbe::onTick() {
    const qint64 now = m_clock.nsecsElapsed();
    if (m_last >= 0) {
        const double late = (now - m_last) / 1e6 - m_intervalMs;
        m_lateness.append(std::max(0.0, late));
    }
    m_last = now;
}

double EventLoopProbe::quantile(double q) const {
    if (m_lateness.isEmpty()) {
        return 0.0;
    }
    QVector<double> sorted = m_lateness;
    std::sort(sorted.begin(), sorted.end());
    const auto index = static_cast<int>(q * (sorted.size() - 1) + 0.5);
    return sorted.at(std::clamp(index, 0, static_cast<int>(sorted.size()) - 1));
}

double EventLoopProbe::maximum() const {
    return m_lateness.isEmpty() ? 0.0 : *std::max_element(m_lateness.cbegin(), m_lateness.cend());
}
