// ConfigurePage: the Configure place — preset, model source (demo, local folder, Hugging Face
// cache), device, method and knobs — with the problems that would stop a run shown inline
// before it starts, and the two actions "Train" and "Compare base → full → LoRA". The CUDA
// devices come from the engine thread (setRuntimeInfo), never from the GUI thread.
#pragma once

#include "bridge/EngineTypes.h"
#include "configure/ConfigValidator.h"

#include <QWidget>

struct DeviceChoice;
class ForecastPanel;
class HyperParameterForm;
class SettingsNoticeBar;
class QComboBox;
class QLabel;
class QPushButton;
class QSettings;

class ConfigurePage : public QWidget {
    Q_OBJECT

public:
    enum class Preset { Custom, QuickDemo, Reference };

    explicit ConfigurePage(QWidget* parent = nullptr);

    litetune::TrainConfig config() const;
    QString modelPath() const;
    QStringList problems(ConfigValidator::Action action) const;
    void setDataset(const DatasetHandle& dataset, const litetune::DatasetOptions& options);
    void applyPreset(Preset preset);
    void setRunning(bool running);
    // Adds the CUDA devices the engine found to the device list, and "All GPUs (N)" with two or more
    // (DeviceChoices.h).
    void setRuntimeInfo(const litetune::RuntimeInfo& info);

    // Validate, then emit the request; false (and the problems shown) when something is missing.
    bool requestTrain();
    bool requestCompare();

signals:
    void trainRequested(const litetune::TrainConfig& config);
    void compareRequested(const litetune::TrainConfig& config);
    void modelChanged(const QString& modelPath);
    void maxLengthChanged(int maxLength);
    // A line for the status bar: the saved settings that could not be restored.
    void statusMessage(const QString& message);
    // Whether Train and Compare can start now (a dataset, valid settings, no run going).
    void readinessChanged(bool canTrain, bool canCompare);

private:
    QWidget* createSourcePanel();
    void fillModels();
    void fillDevices();
    void addDevices(const QList<DeviceChoice>& choices);
    void browseModel();
    int addModelItem(const QString& text, const QString& path);
    void selectModel(const QString& path);
    void onChanged();
    void updateProblems();
    void saveSettings() const;
    void restoreSettings();
    // The knobs of group "configure" into `config`, showing what was refused or removed
    // (ConfigurePageSettings.cpp).
    void restoreKnobs(QSettings& settings, litetune::TrainConfig& config);

    HyperParameterForm* m_form = nullptr;
    ForecastPanel* m_forecast = nullptr; // memory and time forecast (ForecastPanel.h)
    QComboBox* m_preset = nullptr;
    QComboBox* m_model = nullptr;
    QComboBox* m_device = nullptr;
    QLabel* m_modelInfo = nullptr;
    QLabel* m_dataInfo = nullptr;
    QLabel* m_problems = nullptr;
    SettingsNoticeBar* m_settingsNotices = nullptr;
    QPushButton* m_train = nullptr;
    QPushButton* m_compare = nullptr;
    litetune::DatasetOptions m_dataOptions;
    bool m_hasDataset = false;
    bool m_running = false;
    bool m_applyingPreset = false;
    int m_lastMaxLength = -1;
    QString m_lastModel;
    QString m_wantedDevice; // the device the user chose, even while it is not (yet) listed
};
