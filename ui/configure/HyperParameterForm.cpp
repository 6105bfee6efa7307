#include "configure/HyperParameterForm.h"

#include "configure/BestMetricAdvisor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <string>

namespace {

using litetune::FormPlace;
using litetune::OptionScope;
using litetune::OptionSpec;

bool inTrainingGroup(const OptionSpec& option) {
    return option.form == FormPlace::Main && option.scope != OptionScope::Lora;
}

bool inLoraGroup(const OptionSpec& option) {
    return option.form == FormPlace::Main && option.scope == OptionScope::Lora;
}

bool inAdvancedGroup(const OptionSpec& option) {
    return option.form == FormPlace::Advanced;
}

} // namespace

HyperParameterForm::HyperParameterForm(QWidget* parent)
    : QWidget(parent)
    , m_method(new QComboBox(this))
    , m_task(new QLabel(this)) {
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_method->setToolTip(tr("What to do with the model: evaluate it as it is, fine-tune every weight, train small "
                            "LoRA adapters beside frozen weights, or train only the classification head."));
    m_method->addItem(tr("Base evaluation (no training)"), int(litetune::Method::Evaluate));
    m_method->addItem(tr("Full fine-tune"), int(litetune::Method::Full));
    m_method->addItem(tr("LoRA"), int(litetune::Method::Lora));
    m_method->addItem(tr("Classifier head only"), int(litetune::Method::Head));

    // Every field first, so that no later insertion moves the vector's elements under the groups.
    for (const OptionSpec& option : litetune::optionTable()) {
        if (option.form != FormPlace::Elsewhere) {
            m_fields.emplace_back(option, this);
        }
    }

    m_task->setObjectName(QStringLiteral("taskLabel"));
    m_task->setWordWrap(true);
    auto* methodForm = new QFormLayout;
    methodForm->addRow(tr("Task:"), m_task);
    methodForm->addRow(tr("&Method:"), m_method);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(methodForm);
    layout->addWidget(createGroup(tr("Training"), "trainingGroup", inTrainingGroup));
    // Enabled whatever the method: a comparison trains LoRA with these settings too.
    layout->addWidget(createGroup(tr("LoRA (LoRA runs and comparisons)"), "loraGroup", inLoraGroup));
    layout->addWidget(createAdvanced());
    layout->addStretch();
    for (const OptionField& field : m_fields) {
        if (std::string(field.option().flag) == "metric-for-best-model") {
            m_bestMetric = new BestMetricAdvisor(qobject_cast<QComboBox*>(field.widget()));
        }
    }

    for (const OptionField& field : m_fields) {
        field.onChanged(this, [this] { emit changed(); });
    }
    connect(m_method, &QComboBox::currentIndexChanged, this, &HyperParameterForm::changed);
    setConfig(litetune::TrainConfig());
    setTextCorpus(false);
}

void HyperParameterForm::setTextCorpus(bool corpus) {
    // Follows the data, not the user: no changed(), which would mark the preset as edited.
    const QSignalBlocker blocker(this);
    m_corpus = corpus;
    m_task->setText(corpus ? tr("<b>Causal language model</b> — set by the open text corpus: the model learns "
                                "to predict the next token; only full fine-tune and LoRA train one.")
                           : tr("<b>Classification</b> — set by the open dataset: the model learns each text's "
                                "label."));
    auto* items = qobject_cast<QStandardItemModel*>(m_method->model());
    for (int i = 0; i < m_method->count(); ++i) {
        const auto method = static_cast<litetune::Method>(m_method->itemData(i).toInt());
        const bool allowed = !corpus || method == litetune::Method::Full || method == litetune::Method::Lora;
        if (items) {
            items->item(i)->setEnabled(allowed);
        }
    }
    // Class weights need classes; the engine ignores them for a causal LM (engine/runs/RunLifecycle.cpp).
    for (const OptionField& field : m_fields) {
        if (std::string(field.option().flag) == "class-weighted-loss") {
            field.widget()->setEnabled(!corpus);
            field.widget()->setToolTip(corpus ? tr("A causal language model has no classes to weight.")
                                              : OptionField::translated(field.option().help));
        }
    }
    if (m_bestMetric) {
        m_bestMetric->setClassCounts(m_classCounts, corpus);
    }
    const auto current = static_cast<litetune::Method>(m_method->currentData().toInt());
    if (corpus && current != litetune::Method::Full && current != litetune::Method::Lora) {
        m_method->setCurrentIndex(m_method->findData(int(litetune::Method::Full)));
    }
}

void HyperParameterForm::setClassCounts(const std::vector<std::int64_t>& trainCounts) {
    m_classCounts = trainCounts;
    if (m_bestMetric) {
        m_bestMetric->setClassCounts(m_classCounts, m_corpus);
    }
}

QGroupBox* HyperParameterForm::createGroup(const QString& title, const char* name,
                                           bool (*belongs)(const litetune::OptionSpec&)) {
    auto* group = new QGroupBox(title, this);
    group->setObjectName(QLatin1String(name));
    auto* form = new QFormLayout(group);
    for (const OptionField& field : m_fields) {
        if (!belongs(field.option())) {
            continue;
        }
        field.widget()->setParent(group);
        if (field.isCheckBox()) {
            form->addRow(field.widget());
        } else {
            form->addRow(field.label(), field.widget());
        }
    }
    return group;
}

QWidget* HyperParameterForm::createAdvanced() {
    // Folded by default: the knobs most runs leave at the Trainer's defaults.
    auto* holder = new QWidget(this);
    auto* toggle = new QToolButton(holder);
    toggle->setObjectName(QStringLiteral("advancedToggle"));
    toggle->setText(tr("&Advanced options"));
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setArrowType(Qt::RightArrow);
    toggle->setCheckable(true);
    toggle->setAutoRaise(true);
    QGroupBox* group = createGroup(QString(), "advancedGroup", inAdvancedGroup); // the toggle names it
    group->setVisible(false);
    connect(toggle, &QToolButton::toggled, group, [toggle, group](bool open) {
        toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        group->setVisible(open);
    });
    auto* layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toggle);
    layout->addWidget(group);
    return holder;
}

void HyperParameterForm::setConfig(const litetune::TrainConfig& config) {
    const QSignalBlocker blocker(this);
    m_method->setCurrentIndex(std::max(0, m_method->findData(int(config.method))));
    for (OptionField& field : m_fields) {
        field.show(config);
    }
}

void HyperParameterForm::writeTo(litetune::TrainConfig& config) const {
    config.method = static_cast<litetune::Method>(m_method->currentData().toInt());
    config.task = m_corpus ? litetune::Task::CausalLm : litetune::Task::Classification;
    for (const OptionField& field : m_fields) {
        field.writeTo(config);
    }
    // The form has one batch size: evaluation batches are as large as training ones.
    config.evalBatchSize = config.batchSize;
}
