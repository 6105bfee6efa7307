#include "configure/HyperParameterForm.h"

#include "api/TrainConfigRules.h"
#include "bridge/EngineTypes.h"
#include "configure/ScientificSpinBox.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

template <typename Box> Box* named(Box* box, const char* name, const QString& tip) {
    box->setObjectName(QLatin1String(name));
    box->setToolTip(tip);
    return box;
}

// A box's bounds: the option's rule in the engine's table (api/TrainConfigRules.h), so the form
// offers exactly what the CLI accepts. A spin box has no open bound: an excluded low end becomes
// the smallest step above it.
struct Bounds {
    double low;
    double high;
};

Bounds boundsOf(const char* option, double smallestStep) {
    const litetune::NumericRule* rule = litetune::findTrainConfigRule(option);
    Q_ASSERT(rule != nullptr);
    return {rule->lowInclusive ? rule->low : rule->low + smallestStep, rule->high};
}

QSpinBox* intBox(QWidget* parent, const char* name, const char* option, const QString& tip) {
    auto* box = named(new QSpinBox(parent), name, tip);
    const Bounds bounds = boundsOf(option, 1.0);
    constexpr double kIntMax = std::numeric_limits<int>::max();
    box->setRange(static_cast<int>(std::min(bounds.low, kIntMax)), static_cast<int>(std::min(bounds.high, kIntMax)));
    box->setAccelerated(true);
    return box;
}

QDoubleSpinBox* realBox(QWidget* parent, const char* name, const char* option, double step, int decimals,
                        const QString& tip) {
    auto* box = named(new QDoubleSpinBox(parent), name, tip);
    const Bounds bounds = boundsOf(option, std::pow(10.0, -decimals));
    box->setDecimals(decimals); // before the range, which QDoubleSpinBox rounds to the decimals
    box->setRange(bounds.low, bounds.high);
    box->setSingleStep(step);
    return box;
}

} // namespace

HyperParameterForm::HyperParameterForm(QWidget* parent)
    : QWidget(parent)
    , m_method(named(new QComboBox(this), "methodCombo",
                     tr("What to do with the model: evaluate it as it is, fine-tune every weight, train small "
                        "LoRA adapters beside frozen weights, or train only the classification head."))) {
    m_method->addItem(tr("Base evaluation (no training)"), int(litetune::Method::Evaluate));
    m_method->addItem(tr("Full fine-tune"), int(litetune::Method::Full));
    m_method->addItem(tr("LoRA"), int(litetune::Method::Lora));
    m_method->addItem(tr("Classifier head only"), int(litetune::Method::Head));

    auto* methodForm = new QFormLayout;
    methodForm->addRow(tr("&Method:"), m_method);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(methodForm);
    layout->addWidget(createTrainingGroup());
    layout->addWidget(createLoraGroup());
    layout->addStretch();

    for (auto* box : findChildren<QSpinBox*>()) {
        connect(box, &QSpinBox::valueChanged, this, &HyperParameterForm::changed);
    }
    for (auto* box : findChildren<QDoubleSpinBox*>()) {
        connect(box, &QDoubleSpinBox::valueChanged, this, &HyperParameterForm::changed);
    }
    connect(m_loraTargets, &QLineEdit::textChanged, this, &HyperParameterForm::changed);
    connect(m_method, &QComboBox::currentIndexChanged, this, &HyperParameterForm::changed);
    setConfig(litetune::TrainConfig());
}

QGroupBox* HyperParameterForm::createTrainingGroup() {
    auto* group = new QGroupBox(tr("Training"), this);
    m_epochs = realBox(group, "epochsSpin", "epochs", 0.5, 2,
                       tr("How many times training goes through the whole training split."));
    m_learningRate = named(new ScientificSpinBox(group), "learningRateSpin",
                           tr("The peak step size of AdamW; full fine-tuning of GPT-2 likes about 5e-5, LoRA "
                              "about ten times more."));
    const Bounds lrBounds = boundsOf("lr", 0.0);
    m_learningRate->setRange(lrBounds.low, lrBounds.high);
    m_batchSize =
        intBox(group, "batchSizeSpin", "batch-size", tr("Examples per forward pass; more needs more memory."));
    m_gradAccum = intBox(group, "gradAccumSpin", "grad-accum",
                         tr("Forward passes whose gradients add up before one optimizer step, for a larger "
                            "effective batch without more memory."));
    m_maxLength = intBox(group, "maxLengthSpin", "max-length",
                         tr("Tokens kept per example; longer texts are cut (see the token-length histogram)."));
    m_warmup = realBox(group, "warmupSpin", "warmup-ratio", 0.05, 2,
                       tr("Share of the steps over which the learning rate rises from 0 before it decays "
                          "linearly."));
    m_weightDecay = realBox(group, "weightDecaySpin", "weight-decay", 0.01, 3,
                            tr("AdamW's pull of the weights towards zero each step, a mild regulariser."));
    m_seed = intBox(group, "seedSpin", "seed",
                    tr("Seeds shuffling, dropout and initialisation, so a run can be repeated exactly."));
    m_evalEvery = intBox(group, "evalEverySpin", "eval-every",
                         tr("Evaluate on the validation split every this many optimizer steps; 0 evaluates once at "
                            "the end."));
    m_evalEvery->setSpecialValueText(tr("at the end"));
    m_limitTrain = intBox(group, "limitTrainSpin", "limit-train",
                          tr("Train on only the first this many training examples, for quick trials; 0 uses all."));
    m_limitTrain->setSpecialValueText(tr("all"));
    m_limitEval =
        intBox(group, "limitEvalSpin", "limit-eval", tr("Evaluate on only the first this many examples; 0 uses all."));
    m_limitEval->setSpecialValueText(tr("all"));

    auto* form = new QFormLayout(group);
    form->addRow(tr("&Epochs:"), m_epochs);
    form->addRow(tr("&Learning rate:"), m_learningRate);
    form->addRow(tr("&Batch size:"), m_batchSize);
    form->addRow(tr("&Gradient accumulation:"), m_gradAccum);
    form->addRow(tr("Max &length (tokens):"), m_maxLength);
    form->addRow(tr("&Warm-up ratio:"), m_warmup);
    form->addRow(tr("Weight &decay:"), m_weightDecay);
    form->addRow(tr("&Seed:"), m_seed);
    form->addRow(tr("Evaluate e&very (steps):"), m_evalEvery);
    form->addRow(tr("Training e&xamples:"), m_limitTrain);
    form->addRow(tr("Evaluation exa&mples:"), m_limitEval);
    return group;
}

QGroupBox* HyperParameterForm::createLoraGroup() {
    // Enabled whatever the method: a comparison trains LoRA with these settings too.
    m_loraGroup = new QGroupBox(tr("LoRA (LoRA runs and comparisons)"), this);
    m_loraGroup->setObjectName(QStringLiteral("loraGroup"));
    m_loraR = intBox(m_loraGroup, "loraRankSpin", "lora-r",
                     tr("Rank r of the low-rank update B·A; higher adapts more and trains more parameters."));
    m_loraAlpha = realBox(m_loraGroup, "loraAlphaSpin", "lora-alpha", 1.0, 1,
                          tr("Scale of the LoRA update: it is multiplied by alpha / r."));
    m_loraDropout = realBox(m_loraGroup, "loraDropoutSpin", "lora-dropout", 0.05, 2,
                            tr("Dropout on the LoRA branch's input during training."));
    m_loraTargets = named(new QLineEdit(m_loraGroup), "loraTargetsEdit",
                          tr("GPT-2 modules that get adapters, comma-separated: c_attn (attention input), c_proj, "
                             "c_fc (MLP)."));
    auto* form = new QFormLayout(m_loraGroup);
    form->addRow(tr("&Rank r:"), m_loraR);
    form->addRow(tr("&Alpha:"), m_loraAlpha);
    form->addRow(tr("Dr&opout:"), m_loraDropout);
    form->addRow(tr("&Target modules:"), m_loraTargets);
    return m_loraGroup;
}

void HyperParameterForm::setConfig(const litetune::TrainConfig& config) {
    const QSignalBlocker blocker(this);
    m_method->setCurrentIndex(std::max(0, m_method->findData(int(config.method))));
    m_epochs->setValue(config.epochs);
    m_learningRate->setValue(config.learningRate);
    m_batchSize->setValue(config.batchSize);
    m_gradAccum->setValue(config.gradAccum);
    m_maxLength->setValue(config.maxLength);
    m_warmup->setValue(config.warmupRatio);
    m_weightDecay->setValue(config.weightDecay);
    m_seed->setValue(static_cast<int>(config.seed));
    m_evalEvery->setValue(static_cast<int>(config.evalEvery));
    m_limitTrain->setValue(static_cast<int>(config.limitTrain));
    m_limitEval->setValue(static_cast<int>(config.limitEval));
    m_loraR->setValue(config.lora.r);
    m_loraAlpha->setValue(config.lora.alpha);
    m_loraDropout->setValue(config.lora.dropout);
    QStringList targets;
    for (const auto& target : config.lora.targets) {
        targets << toQString(target);
    }
    m_loraTargets->setText(targets.join(QStringLiteral(", ")));
}

void HyperParameterForm::writeTo(litetune::TrainConfig& config) const {
    config.method = static_cast<litetune::Method>(m_method->currentData().toInt());
    config.epochs = m_epochs->value();
    config.learningRate = m_learningRate->value();
    config.batchSize = m_batchSize->value();
    config.evalBatchSize = m_batchSize->value();
    config.gradAccum = m_gradAccum->value();
    config.maxLength = m_maxLength->value();
    config.warmupRatio = m_warmup->value();
    config.weightDecay = m_weightDecay->value();
    config.seed = static_cast<std::uint64_t>(m_seed->value());
    config.evalEvery = m_evalEvery->value();
    config.limitTrain = m_limitTrain->value();
    config.limitEval = m_limitEval->value();
    config.lora.r = m_loraR->value();
    config.lora.alpha = m_loraAlpha->value();
    config.lora.dropout = m_loraDropout->value();
    config.lora.targets.clear();
    for (const auto& target : m_loraTargets->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!target.trimmed().isEmpty()) {
            config.lora.targets.push_back(toStdString(target.trimmed()));
        }
    }
}
