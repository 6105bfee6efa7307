// RunDiffView's widgets and their layout: the run choice and headline above, the difference
// matrix and the F1 changes side by side, and the samples' table the full width below.
#include "results/RunDiffView.h"

#include "results/DiffSampleModel.h"
#include "results/DifferenceMatrixPlot.h"
#include "results/F1DeltaPlot.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

QWidget* RunDiffView::createBar() {
    auto* bar = new QWidget(this);
    m_runA = new QComboBox(bar);
    m_runA->setObjectName(QStringLiteral("diffRunA"));
    m_runA->setToolTip(tr("The run compared against (before)."));
    m_runB = new QComboBox(bar);
    m_runB->setObjectName(QStringLiteral("diffRunB"));
    m_runB->setToolTip(tr("The run whose changes are shown (after)."));
    for (QComboBox* combo : {m_runA, m_runB}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(18);
    }
    m_swap = new QToolButton(bar);
    m_swap->setObjectName(QStringLiteral("diffSwap"));
    m_swap->setText(QStringLiteral("⇄"));
    m_swap->setToolTip(tr("Swap A and B"));
    m_headline = new QLabel(bar);
    m_headline->setObjectName(QStringLiteral("diffHeadline"));
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setWordWrap(true);
    auto* choice = new QHBoxLayout;
    choice->addWidget(new QLabel(tr("A:"), bar));
    choice->addWidget(m_runA);
    choice->addWidget(m_swap);
    choice->addWidget(new QLabel(tr("B:"), bar));
    choice->addWidget(m_runB);
    choice->addStretch();
    // The headline on a line of its own: with long run names it would not fit beside the combos.
    auto* layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choice);
    layout->addWidget(m_headline);
    connect(m_runA, &QComboBox::currentIndexChanged, this, &RunDiffView::onPairChanged);
    connect(m_runB, &QComboBox::currentIndexChanged, this, &RunDiffView::onPairChanged);
    connect(m_swap, &QToolButton::clicked, this, &RunDiffView::swapRuns);
    return bar;
}

QWidget* RunDiffView::createContent() {
    auto* content = new QWidget(this);
    m_matrix = new DifferenceMatrixPlot(content);
    m_f1 = new F1DeltaPlot(content);
    auto* hint = new QLabel(tr("Cells count samples B − A: on the diagonal more is better, elsewhere fewer is. "
                               "Click a cell to list its samples."),
                            content);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto* matrixBox = new QWidget(content);
    auto* matrixLayout = new QVBoxLayout(matrixBox);
    matrixLayout->setContentsMargins(0, 0, 0, 0);
    matrixLayout->addWidget(m_matrix, 1);
    matrixLayout->addWidget(hint);
    // The square matrix and the bars side by side on top, the samples' texts the full width below.
    auto* charts = new QSplitter(Qt::Horizontal, content);
    charts->addWidget(matrixBox);
    charts->addWidget(m_f1);
    charts->setStretchFactor(0, 1);
    charts->setStretchFactor(1, 1);
    charts->setSizes({500, 500}); // about square cells at 1400 × 900

    m_listChoice = new QComboBox(content);
    m_listChoice->setObjectName(QStringLiteral("diffListChoice"));
    m_listChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_showInDataset = new QPushButton(tr("Show in Dataset"), content);
    m_showInDataset->setObjectName(QStringLiteral("diffShowInDataset"));
    m_showInDataset->setToolTip(tr("Show these samples in the Dataset place, with the rest of their data."));
    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("diffSampleTable"));
    m_table->setModel(m_samples);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setIconSize(QSize(18, 18));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    auto* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DiffSampleModel::TextColumn, QHeaderView::Stretch);
    auto* listBar = new QHBoxLayout;
    listBar->addWidget(new QLabel(tr("Samples:"), content));
    listBar->addWidget(m_listChoice);
    listBar->addStretch();
    listBar->addWidget(m_showInDataset);
    auto* tableBox = new QWidget(content);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(listBar);
    tableLayout->addWidget(m_table, 1);

    auto* split = new QSplitter(Qt::Vertical, content);
    split->setObjectName(QStringLiteral("diffSplitter"));
    split->addWidget(charts);
    split->addWidget(tableBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({440, 300});
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_matrix, &DifferenceMatrixPlot::cellClicked, this, &RunDiffView::showCell);
    connect(m_listChoice, &QComboBox::activated, this,
            [this](int index) { showList(static_cast<List>(m_listChoice->itemData(index).toInt())); });
    connect(m_showInDataset, &QPushButton::clicked, this, [this] {
        if (m_diff && m_list != List::Cell) {
            emit showInDatasetRequested(runDirA(), runDirB(), m_list == List::Fixed);
        }
    });
    return content;
}
