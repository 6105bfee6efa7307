// EventLoopProbe: measures how late the GUI thread's event loop serves a precise timer. Every
// tick records the time since the previous tick minus the interval; a busy event loop (a slow
// replot, a blocking call) shows up as lateness.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QVector>

class QTimer;

class EventLoopProbe : public QObject {
    Q_OBJECT

public:
    explicit EventLoopProbe(int intervalMs, QObject* parent = nullptr);

    void start();
    void stop();
    // Lateness in milliseconds at quantile Q (0..1) of the ticks so far.
    double quantile(double q) const;
    double maximum() const;
    int samples() const { return m_lateness.size(); }

private:
    void onTick();

    QTimer* m_timer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    int m_intervalMs = 0;
    QVector<double> m_lateness;
};
