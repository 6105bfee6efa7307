// HyperParameterForm: the method and its knobs, each with a one-sentence tooltip, mapped to
// and from litetune::TrainConfig.
#pragma once

#include "api/TrainConfig.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLineEdit;
class QSpinBox;
class ScientificSpinBox;

class HyperParameterForm : public QWidget {
    Q_OBJECT

public:
    explicit HyperParameterForm(QWidget* parent = nullptr);

    void setConfig(const litetune::TrainConfig& config);
    // Writes the form's values into CONFIG, leaving fields the form does not show alone.
    void writeTo(litetune::TrainConfig& config) const;

signals:
    void changed();

private:
    QGroupBox* createTrainingGroup();
    QGroupBox* createLoraGroup();

    QComboBox* m_method = nullptr;
    QDoubleSpinBox* m_epochs = nullptr;
    ScientificSpinBox* m_learningRate = nullptr;
    QSpinBox* m_batchSize = nullptr;
    QSpinBox* m_gradAccum = nullptr;
    QSpinBox* m_maxLength = nullptr;
    QDoubleSpinBox* m_warmup = nullptr;
    QDoubleSpinBox* m_weightDecay = nullptr;
    QSpinBox* m_seed = nullptr;
    QSpinBox* m_evalEvery = nullptr;
    QSpinBox* m_limitTrain = nullptr;
    QSpinBox* m_limitEval = nullptr;
    QGroupBox* m_loraGroup = nullptr;
    QSpinBox* m_loraR = nullptr;
    QDoubleSpinBox* m_loraAlpha = nullptr;
    QDoubleSpinBox* m_loraDropout = nullptr;
    QLineEdit* m_loraTargets = nullptr;
};
