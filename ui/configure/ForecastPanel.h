// ForecastPanel: the Configure place's forecast of a run (engine/api/Forecast.h) — peak memory as a
// stacked bar of its parts against the memory available, and seconds per epoch from a short probe
// that runs on a worker thread, debounced and cancelled when the knobs move again, so the GUI
// thread never waits for it. The memory part is arithmetic over the model's config.json and is
// computed on the GUI thread at once, at the max length until the probe's thread has measured the
// dataset's token lengths (as `litetune-cli estimate` does), then at the longest example. Train asks before a run the
// forecast says would not fit (confirmRun), naming the numbers.
#pragma once

#include "api/Dataset.h"
#include "api/Forecast.h"

#include <QGroupBox>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QThread;
class QTimer;
class ForecastBar;

class ForecastPanel : public QGroupBox {
    Q_OBJECT

public:
    explicit ForecastPanel(QWidget* parent = nullptr);
    ~ForecastPanel() override;

    // Recomputes the memory forecast now and (re)schedules the time probe.
    void setConfig(const litetune::TrainConfig& config);
    // Training examples of the loaded dataset (0: unknown), for steps per epoch.
    void setTrainExamples(qint64 examples);
    // The same from a loaded dataset: its train split, or a single file's share left after holding out.
    void setDataset(const litetune::Dataset& dataset, double heldOutFraction);
    // Test seams: a fixed "available" instead of the device's, and no probe thread.
    void setAvailableOverride(qint64 bytes);
    void setProbeEnabled(bool enabled);
    // What Train asks when the forecast does not fit; the default shows a QMessageBox question.
    void setConfirmation(std::function<bool(const QString& question)> ask);

    const litetune::ResourceForecast& forecast() const { return m_forecast; }
    bool hasForecast() const { return m_valid; }
    // True when the run may start: it fits, or the user chose to start it anyway.
    bool confirmRun();

signals:
    void forecastChanged();
    void timeChanged();

private:
    void recompute();
    void startProbe();
    void cancelProbe();
    void probeFinished();
    static QString dataKey(const litetune::TrainConfig& config);
    static QString probeKey(const litetune::TrainConfig& config);

    struct ProbeJob;
    ForecastBar* m_bar = nullptr;
    QLabel* m_parts = nullptr;
    QLabel* m_peak = nullptr;
    QLabel* m_time = nullptr;
    QTimer* m_debounce = nullptr;
    QThread* m_thread = nullptr;
    std::shared_ptr<ProbeJob> m_job;
    litetune::TrainConfig m_config;
    litetune::ResourceForecast m_forecast;
    bool m_valid = false;
    bool m_probeEnabled = true;
    bool m_probePending = false;
    qint64 m_trainExamples = 0;
    litetune::ForecastInputs m_dataShape; // the dataset's lengths, measured by the last probe
    QString m_dataKey;
    QString m_probedKey; // the settings the time shown was measured with
    bool m_haveDataShape = false;
    qint64 m_availableOverride = -1;
    std::function<bool(const QString&)> m_ask;
};
