// HyperParameterForm: the method and the options of the engine's option table (api/OptionTable.h)
// that the form shows, each a widget made from its row (OptionField): the training and LoRA groups,
// and an advanced group that folds away. Mapped to and from litetune::TrainConfig. The task is not
// chosen here but follows the open data (setTextCorpus): a raw-text corpus trains a causal LM, which
// the engine allows only with the full and LoRA methods (engine/runs/Workbench.cpp).
#pragma once

#include "api/TrainConfig.h"
#include "configure/OptionField.h"

#include <QWidget>

#include <cstdint>
#include <vector>

class BestMetricAdvisor;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QToolButton;

class HyperParameterForm : public QWidget {
    Q_OBJECT

public:
    explicit HyperParameterForm(QWidget* parent = nullptr);

    void setConfig(const litetune::TrainConfig& config);
    // Writes the form's values into CONFIG, leaving fields the form does not show alone.
    void writeTo(litetune::TrainConfig& config) const;
    // Causal LM for a text corpus (only Full and LoRA offered), classification otherwise; emits no
    // changed().
    void setTextCorpus(bool corpus);
    bool isTextCorpus() const { return m_corpus; }
    // The open dataset's training count per class, for the metric-for-best-model advice
    // (BestMetricAdvisor); empty for none. Emits no changed().
    void setClassCounts(const std::vector<std::int64_t>& trainCounts);

signals:
    void changed();

private:
    // A group box holding the fields of the rows `belongs` picks, in table order.
    QGroupBox* createGroup(const QString& title, const char* name, bool (*belongs)(const litetune::OptionSpec&));
    QWidget* createAdvanced();

    QComboBox* m_method = nullptr;
    QLabel* m_task = nullptr;
    bool m_corpus = false;
    std::vector<OptionField> m_fields;
    BestMetricAdvisor* m_bestMetric = nullptr;
    std::vector<std::int64_t> m_classCounts;
};
