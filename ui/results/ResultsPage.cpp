#include "results/ResultsPage.h"

#include "results/ConfigDiff.h"
#include "results/ConfusionMatrixPlot.h"
#include "results/PerClassF1Plot.h"
#include "results/ResultsTableModel.h"
#include "results/RunDiffView.h"
#include "results/RunListPanel.h"
#include "results/RunSelectionModel.h"
#include "runs/RunCatalog.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace {

QVector<ConfusionMatrixPlot::Label> labelsOf(const litetune::RunResult& run, const RunSelectionModel& selection) {
    QVector<ConfusionMatrixPlot::Label> labels;
    for (const auto& name : run.eval.labels) {
        QString shown = toQString(name);
        shown.replace(QLatin1Char('_'), QLatin1Char(' '));
        labels.append({selection.glyph(name), shown.trimmed()});
    }
    return labels;
}

bool isLanguageModel(const litetune::RunResult& run) {
    return run.eval.perplexity > 0.0 || run.config.task == litetune::Task::CausalLm;
}

} // namespace

ResultsPage::ResultsPage(RunCatalog* runs, QWidget* parent)
    : QWidget(parent)
    , m_runs(runs)
    , m_selection(new RunSelectionModel(runs, this))
    , m_model(new ResultsTableModel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new QLabel(this)) {
    setObjectName(QStringLiteral("resultsPage"));
    m_emptyState->setObjectName(QStringLiteral("resultsEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(createViews());

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("resultsSplitter"));
    split->addWidget(createRunPanel());
    split->addWidget(m_stack);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({200, 1100});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_selection, &RunSelectionModel::selectionChanged, this, &ResultsPage::rebuild);
    connect(m_selection, &RunSelectionModel::modelReset, this, &ResultsPage::rebuild);
    connect(m_selection, &RunSelectionModel::glyphsChanged, this, &ResultsPage::rebuild);
    rebuild();
}

QWidget* ResultsPage::createRunPanel() {
    m_runPanel = new RunListPanel(m_runs, m_selection, this);
    connect(m_runPanel, &RunListPanel::exportRequested, this, &ResultsPage::exportRequested);
    return m_runPanel;
}

QWidget* ResultsPage::createViews() {
    // The difference view needs the whole height for its matrix, list and bars; beside the
    // confusion matrices, under the results table, it would get a third of it.
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("resultsViews"));
    m_views->setDocumentMode(true);
    m_views->addTab(createComparison(), tr("Side by Side"));
    m_diffView = new RunDiffView(m_selection, m_views);
    m_views->addTab(m_diffView, tr("Difference"));
    m_views->setTabToolTip(1, tr("What changed from one run to another on the same data: samples fixed and "
                                 "broken, the confusion difference, per-class F1 changes"));
    return m_views;
}

void ResultsPage::showDifference(bool difference) {
    m_views->setCurrentIndex(difference ? 1 : 0);
}

QWidget* ResultsPage::createComparison() {
    auto* page = new QWidget(this);
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(110);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setWordWrap(false);

    m_configDiff = new QTableWidget(page);
    m_configDiff->setObjectName(QStringLiteral("configDiffTable"));
    m_configDiff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_configDiff->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_configDiff->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_configDiff->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    auto* diffBox = new QWidget(page);
    auto* diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(new QLabel(tr("<b>Settings that differ</b>"), diffBox));
    diffLayout->addWidget(m_configDiff, 1);
    auto* tableBox = new QWidget(page);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(new QLabel(tr("<b>Results</b> — best of each row in bold"), tableBox));
    tableLayout->addWidget(m_table, 1);

    auto* top = new QSplitter(Qt::Horizontal, page);
    top->addWidget(tableBox);
    top->addWidget(diffBox);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    // Tall enough for every row of the table; the plots below take the rest.
    const int rowHeight = fontMetrics().height() + 8;
    top->setMinimumHeight(rowHeight * (ResultsTableModel::RowCount + 1) + fontMetrics().height() + 14);

    auto* perClassTab = new QWidget(page);
    m_perClass = new PerClassF1Plot(perClassTab);
    m_perClassNote = new QLabel(perClassTab);
    m_perClassNote->setObjectName(QStringLiteral("perClassNote"));
    m_perClassNote->setAlignment(Qt::AlignCenter);
    m_perClassNote->setWordWrap(true);
    m_perClassNote->hide();
    auto* perClassLayout = new QVBoxLayout(perClassTab);
    perClassLayout->setContentsMargins(0, 0, 0, 0);
    perClassLayout->addWidget(m_perClassNote);
    perClassLayout->addWidget(m_perClass, 1);
    m_charts = new QTabWidget(page);
    m_charts->setObjectName(QStringLiteral("resultsCharts"));
    m_charts->addTab(createConfusionTab(), tr("Confusion Matrices"));
    m_charts->addTab(perClassTab, tr("Per-Class F1"));

    auto* split = new QSplitter(Qt::Vertical, page);
    split->setObjectName(QStringLiteral("resultsVerticalSplitter"));
    split->addWidget(top);
    split->addWidget(m_charts);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    return page;
}

QWidget* ResultsPage::createConfusionTab() {
    auto* tab = new QWidget(this);
    m_normalize = new QCheckBox(tr("Normalise rows"), tab);
    m_normalize->setObjectName(QStringLiteral("normalizeConfusion"));
    m_normalize->setToolTip(tr("Show each true label's row as shares that sum to 100%, so rare labels read as "
                               "clearly as common ones"));
    auto* hint = new QLabel(tr("Click a cell to see its samples in the Dataset place."), tab);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_normalize);
    bar->addSpacing(16);
    bar->addWidget(hint);
    bar->addStretch();

    auto* plots = new QWidget(tab);
    m_confusionRow = new QHBoxLayout(plots);
    m_confusionRow->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(tab);
    scroll->setObjectName(QStringLiteral("confusionScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(plots);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
    connect(m_normalize, &QCheckBox::toggled, this, &ResultsPage::setNormalized);
    return tab;
}

void ResultsPage::setNormalized(bool normalized) {
    if (m_normalize->isChecked() != normalized) {
        m_normalize->setChecked(normalized); // comes back here through toggled
        return;
    }
    for (ConfusionMatrixPlot* plot : m_confusionPlots) {
        plot->setNormalized(normalized);
    }
}

void ResultsPage::rebuild() {
    const RunResultList runs = m_selection->selectedRuns();
    if (runs.empty()) {
        m_emptyState->setText(
            m_selection->rowCount() == 0
                ? tr("<h3>No runs yet</h3><p>Finished runs appear here. Train a method or compare base, full "
                     "fine-tune and LoRA from the Configure place.</p><p>Runs are kept in %1.</p>")
                      .arg(QDir::toNativeSeparators(m_runs->runsRoot()).toHtmlEscaped())
                : tr("<h3>No runs chosen</h3><p>Tick runs in the list to compare them side by side.</p>"));
        m_stack->setCurrentWidget(m_emptyState);
    } else {
        m_stack->setCurrentIndex(1);
    }
    m_model->setRuns(runs);
    rebuildConfigDiff(runs);
    rebuildConfusion(runs);
    rebuildPerClass(runs);
    m_diffView->setRuns(runs);
}

void ResultsPage::rebuildConfigDiff(const RunResultList& runs) {
    const QVector<ConfigDiff::Entry> entries = ConfigDiff::differences(runs);
    m_configDiff->clear();
    m_configDiff->setColumnCount(static_cast<int>(runs.size()));
    m_configDiff->setRowCount(entries.size());
    QStringList headers;
    for (const auto& run : runs) {
        headers.append(RunCatalog::displayName(run));
    }
    m_configDiff->setHorizontalHeaderLabels(headers);
    QStringList keys;
    for (int row = 0; row < entries.size(); ++row) {
        keys.append(entries.at(row).key);
        for (int column = 0; column < entries.at(row).values.size(); ++column) {
            auto* item = new QTableWidgetItem(entries.at(row).values.at(column));
            item->setToolTip(item->text());
            m_configDiff->setItem(row, column, item);
        }
    }
    m_configDiff->setVerticalHeaderLabels(keys);
    m_configDiff->setToolTip(runs.size() < 2     ? tr("Tick two or more runs to see how their settings differ.")
                             : entries.isEmpty() ? tr("The runs' settings are the same.")
                                                 : QString());
}

void ResultsPage::rebuildConfusion(const RunResultList& runs) {
    qDeleteAll(m_confusionPlots);
    m_confusionPlots.clear();
    qDeleteAll(m_confusionNotes);
    m_confusionNotes.clear();
    for (size_t i = 0; i < runs.size(); ++i) {
        const auto& run = runs[i];
        if (isLanguageModel(run)) {
            auto* note = new QLabel(tr("<b>%1</b><p>No classes: a causal language model.</p>")
                                        .arg(RunCatalog::displayName(run).toHtmlEscaped()),
                                    m_confusionRow->parentWidget());
            note->setObjectName(QStringLiteral("confusionNote%1").arg(i + 1));
            note->setAlignment(Qt::AlignCenter);
            m_confusionRow->addWidget(note);
            m_confusionNotes.append(note);
            continue;
        }
        auto* plot = new ConfusionMatrixPlot(m_confusionRow->parentWidget());
        plot->setObjectName(QStringLiteral("confusionPlot%1").arg(i + 1));
        plot->setMatrix(RunCatalog::displayName(run), labelsOf(run, *m_selection), run.eval.confusion);
        plot->setNormalized(m_normalize->isChecked());
        const QString runDir = toQString(run.runDir);
        connect(plot, &ConfusionMatrixPlot::cellClicked, this, [this, runDir](int trueLabel, int predicted) {
            emit confusionCellClicked(runDir, trueLabel, predicted);
        });
        m_confusionRow->addWidget(plot);
        m_confusionPlots.append(plot);
    }
}

void ResultsPage::rebuildPerClass(const RunResultList& runs) {
    // Labels of all runs by name, in first-seen order, so runs over other label sets still line up.
    QVector<ConfusionMatrixPlot::Label> labels;
    QStringList names;
    for (const auto& run : runs) {
        const auto runLabels = labelsOf(run, *m_selection);
        for (size_t i = 0; i < run.eval.labels.size(); ++i) {
            const QString name = toQString(run.eval.labels[i]);
            if (!names.contains(name)) {
                names.append(name);
                labels.append(runLabels.at(static_cast<int>(i)));
            }
        }
    }
    QVector<PerClassF1Plot::Series> series;
    QStringList languageModels;
    for (const auto& run : runs) {
        if (isLanguageModel(run)) {
            languageModels.append(RunCatalog::displayName(run));
            continue;
        }
        PerClassF1Plot::Series one;
        one.name = RunCatalog::displayName(run);
        one.f1.fill(std::nan(""), names.size());
        for (size_t i = 0; i < run.eval.labels.size() && i < run.eval.perClassF1.size(); ++i) {
            one.f1[names.indexOf(toQString(run.eval.labels[i]))] = run.eval.perClassF1[i];
        }
        series.append(one);
    }
    m_perClass->setData(labels, series);
    m_perClassNote->setText(
        tr("No classes: a causal language model (%1).").arg(languageModels.join(QStringLiteral(", "))));
    m_perClassNote->setVisible(!languageModels.isEmpty());
    // Only causal LMs ticked: an empty plot would say nothing the note does not.
    m_perClass->setVisible(languageModels.isEmpty() || !series.isEmpty());
}
