// The sweep window (SweepDialog.h).
#include "sweep/SweepDialog.h"

#include "bridge/EngineController.h"
#include "bridge/EngineTypes.h"
#include "sweep/SweepAxisEditor.h"
#include "sweep/SweepQueue.h"
#include "sweep/SweepResultsView.h"

#include "api/Error.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

SweepDialog::SweepDialog(EngineController* engine, const litetune::TrainConfig& base, QWidget* parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_base(base)
    , m_queue(new SweepQueue(engine, this)) {
    setObjectName(QStringLiteral("sweepDialog"));
    setWindowTitle(tr("Sweep"));
    setModal(false);
    m_baseLabel = new QLabel(this);
    m_baseLabel->setObjectName(QStringLiteral("sweepBase"));
    m_baseLabel->setWordWrap(true);
    m_axes = new SweepAxisEditor(base, this);
    m_axes->setObjectName(QStringLiteral("sweepAxes"));

    auto* grid = new QRadioButton(tr("&Grid: every combination"), this);
    grid->setObjectName(QStringLiteral("sweepGrid"));
    grid->setChecked(true);
    auto* random = new QRadioButton(tr("&Random:"), this);
    random->setObjectName(QStringLiteral("sweepRandom"));
    m_mode = new QButtonGroup(this);
    m_mode->addButton(grid, 0);
    m_mode->addButton(random, 1);
    m_randomCount = new QSpinBox(this);
    m_randomCount->setObjectName(QStringLiteral("sweepRandomCount"));
    m_randomCount->setRange(1, 100000);
    m_randomCount->setValue(8);
    m_randomCount->setSuffix(tr(" runs drawn"));
    m_randomCount->setToolTip(tr("Distinct points drawn from the grid (or sampled from LOW:HIGH ranges), "
                                 "seeded by the seed"));
    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(grid);
    modeRow->addWidget(random);
    modeRow->addWidget(m_randomCount);
    modeRow->addStretch(1);

    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("sweepMetric"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("sweepCount"));
    m_countLabel->setWordWrap(true);

    auto* setup = new QGroupBox(tr("Options to vary"), this);
    auto* form = new QFormLayout(setup);
    form->addRow(m_baseLabel);
    form->addRow(m_axes);
    form->addRow(tr("Runs:"), modeRow);
    form->addRow(tr("Sort by:"), m_metric);
    form->addRow(m_countLabel);

    m_queueTable = new QTableWidget(0, 5, this);
    m_queueTable->setObjectName(QStringLiteral("sweepQueueTable"));
    m_queueTable->setHorizontalHeaderLabels({tr("#"), tr("Settings"), tr("State"), tr("Metric"), tr("Time")});
    m_queueTable->verticalHeader()->hide();
    m_queueTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_queueTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("sweepProgress"));
    m_progress->setFormat(tr("%v of %m runs ended"));
    m_progress->setValue(0);
    m_folder = new QLabel(this);
    m_folder->setObjectName(QStringLiteral("sweepFolder"));
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* queuePage = new QWidget(this);
    auto* queueLayout = new QVBoxLayout(queuePage);
    queueLayout->addWidget(m_progress);
    queueLayout->addWidget(m_queueTable, 1);
    m_results = new SweepResultsView(this);
    m_results->setObjectName(QStringLiteral("sweepResults"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sweepTabs"));
    m_tabs->addTab(queuePage, tr("&Queue"));
    m_tabs->addTab(m_results, tr("R&esults"));

    m_start = new QPushButton(tr("&Start"), this);
    m_start->setObjectName(QStringLiteral("sweepStart"));
    m_start->setDefault(true);
    m_cancel = new QPushButton(tr("&Cancel Sweep"), this);
    m_cancel->setObjectName(QStringLiteral("sweepCancel"));
    m_cancel->setToolTip(tr("Stop the running point (it stays resumable) and the queue; finished runs stay"));
    m_cancel->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(setup);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_folder);
    layout->addWidget(buttons);
    resize(900, 700);

    connect(m_axes, &SweepAxisEditor::changed, this, &SweepDialog::updateCount);
    connect(m_mode, &QButtonGroup::idClicked, this, &SweepDialog::updateCount);
    connect(m_randomCount, &QSpinBox::valueChanged, this, &SweepDialog::updateCount);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &SweepDialog::updateCount);
    connect(m_start, &QPushButton::clicked, this, &SweepDialog::start);
    connect(m_cancel, &QPushButton::clicked, m_queue, &SweepQueue::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_queue, &SweepQueue::pointChanged, this, &SweepDialog::refreshQueue);
    // The running point's own progress in its row; the Train place has the curves.
    connect(m_engine, &EngineController::progressReported, this, [this](const litetune::Progress& progress) {
        QTableWidgetItem* state = m_queueTable->item(m_queue->current(), 2);
        if (m_queue->isRunning() && state && progress.totalSteps > 0 &&
            (progress.phase == "train" || progress.phase == "eval")) {
            state->setText((progress.phase == "train" ? tr("training %1 / %2") : tr("evaluating %1 / %2"))
                               .arg(progress.step)
                               .arg(progress.totalSteps));
        }
    });
    connect(m_queue, &SweepQueue::finished, this, [this](bool cancelled) {
        refreshQueue();
        m_tabs->setCurrentWidget(m_results);
        m_folder->setText((cancelled ? tr("Sweep cancelled; finished runs stay in %1") : tr("Sweep finished: %1"))
                              .arg(QDir::toNativeSeparators(m_queue->folder())));
        updateCount();
    });
    m_axes->addRow(QStringLiteral("lr"));
    setBase(base);
}

SweepDialog* SweepDialog::showFor(QWidget* parent, EngineController* engine, const litetune::TrainConfig& base) {
    auto* dialog = parent->findChild<SweepDialog*>(QStringLiteral("sweepDialog"), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new SweepDialog(engine, base, parent);
    } else if (!dialog->queue()->isRunning()) {
        dialog->setBase(base);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void SweepDialog::setBase(const litetune::TrainConfig& base) {
    m_base = base;
    // The metrics follow the task (a causal LM has perplexity, no scores); a choice both have stays.
    const QString chosen = m_metric->currentData().toString();
    {
        const QSignalBlocker blocker(m_metric);
        m_metric->clear();
        for (const std::string& name : litetune::sweepMetrics(base.task)) {
            m_metric->addItem(toQString(name), toQString(name));
        }
    }
    const QString fallback =
        base.task == litetune::Task::CausalLm ? QStringLiteral("eval_loss") : QStringLiteral("eval_f1_macro");
    m_metric->setCurrentIndex(m_metric->findData(m_metric->findData(chosen) >= 0 ? chosen : fallback));
    const QString data = base.dataPath == "demo" ? tr("demo") : QFileInfo(toQString(base.dataPath)).fileName();
    const QString model = base.modelPath == "demo" ? tr("demo") : QFileInfo(toQString(base.modelPath)).fileName();
    m_baseLabel->setText(tr("Every run starts from the Configure place's settings (method %1, model %2, data %3) "
                            "and changes only the options below.")
                             .arg(QString::fromLatin1(litetune::methodName(base.method)), model, data));
    updateCount();
}

litetune::SweepSpec SweepDialog::spec() const {
    litetune::SweepSpec spec;
    spec.base = m_base;
    spec.base.outDir.clear(); // a new sweep folder under the runs location
    spec.base.runName.clear();
    spec.axes = m_axes->axes();
    spec.randomCount = m_mode->checkedId() == 1 ? m_randomCount->value() : 0;
    spec.metric = toStdString(m_metric->currentData().toString());
    return spec;
}

void SweepDialog::updateCount() {
    m_count = 0;
    QString text;
    try {
        m_count = static_cast<int>(litetune::expandSweep(spec()).size());
        text = tr("%n run(s), one after another, sorted by %1 (%2 is better)", nullptr, m_count)
                   .arg(m_metric->currentText(),
                        !litetune::greaterIsBetter(toStdString(m_metric->currentText())) ? tr("lower") : tr("higher"));
    } catch (const std::exception& error) {
        text = QString::fromUtf8(error.what());
    }
    m_countLabel->setText(text);
    const bool running = m_queue->isRunning();
    m_start->setEnabled(m_count > 0 && !running);
    m_cancel->setEnabled(running);
    m_axes->setEnabled(!running);
}

void SweepDialog::start() {
    if (m_count <= 0 || m_queue->isRunning()) {
        return;
    }
    if (m_count <= kConfirmAbove) {
        startConfirmed();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Start a large sweep?"),
                                tr("This sweep queues %n runs, one after another.", nullptr, m_count),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("sweepLargeBox"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes) {
            startConfirmed();
        }
    });
    box->open();
}

void SweepDialog::startConfirmed() {
    litetune::SweepSpec sweep;
    try {
        sweep = spec();
    } catch (const std::exception& error) {
        m_countLabel->setText(QString::fromUtf8(error.what()));
        return;
    }
    if (!m_queue->start(sweep)) {
        m_countLabel->setText(m_queue->lastError());
        return;
    }
    m_folder->setText(tr("Sweep folder: %1").arg(QDir::toNativeSeparators(m_queue->folder())));
    m_tabs->setCurrentIndex(0);
    refreshQueue();
    updateCount();
}

void SweepDialog::refreshQueue() {
    const auto points = m_queue->points();
    const litetune::SweepSpec& spec = m_queue->spec();
    const QLocale locale;
    m_queueTable->setRowCount(static_cast<int>(points.size()));
    int ended = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const auto& point = points[i];
        QStringList settings;
        for (std::size_t a = 0; a < spec.axes.size() && a < point.point.values.size(); ++a) {
            settings << toQString(spec.axes[a].flag + "=" + point.point.values[a]);
        }
        const auto metric = point.metrics.find(spec.metric);
        const QString state = SweepResultsView::stateText(point.state);
        ended += point.state != litetune::SweepState::Pending && point.state != litetune::SweepState::Running;
        const QStringList cells{QString::number(i + 1), settings.join(QStringLiteral(", ")), state,
                                metric == point.metrics.end() ? QString() : locale.toString(metric->second, 'f', 4),
                                point.seconds > 0 ? tr("%1 s").arg(locale.toString(point.seconds, 'f', 1)) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == 2 && !point.error.empty()) {
                item->setToolTip(toQString(point.error));
            }
            m_queueTable->setItem(static_cast<int>(i), c, item);
        }
    }
    m_queueTable->setHorizontalHeaderItem(3, new QTableWidgetItem(toQString(spec.metric)));
    m_progress->setRange(0, std::max<int>(1, static_cast<int>(points.size())));
    m_progress->setValue(ended);
    m_results->setResults(spec, points);
}
