// The widgets of the Dataset place: the first-run guidance shown before a dataset opens, and the
// browser (filter bar, table, charts, sample pane) that replaces it; DatasetPage.cpp holds what
// they do once built.
#include "dataset/DatasetPage.h"

#include "dataset/CleaningBanner.h"
#include "dataset/DatasetFilterBar.h"
#include "dataset/DatasetFilterModel.h"
#include "dataset/DatasetTableModel.h"
#include "dataset/LabelChart.h"
#include "dataset/LengthHistogram.h"
#include "dataset/SamplePane.h"
#include "runs/RunCatalog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

// The first-run guidance: what LiteTune does with a dataset and the two ways to start, the demo
// being the one that needs nothing. On later starts the same page, with where the runs are.
QWidget* DatasetPage::createEmptyState() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("datasetWelcome"));
    m_welcomeTitle = new QLabel(page);
    m_welcomeTitle->setObjectName(QStringLiteral("welcomeTitle"));
    m_welcomeTitle->setAlignment(Qt::AlignCenter);
    auto* guidance = new QLabel(tr("LiteTune fine-tunes GPT-2 on a dataset of labelled texts and shows how well each "
                                   "run classifies them. Open your own CSV, TSV, JSON Lines, TweetEval folder or "
                                   "archive (or drop it here), or try the built-in demo, which trains in about a "
                                   "minute."),
                                page);
    guidance->setObjectName(QStringLiteral("welcomeText"));
    guidance->setAlignment(Qt::AlignCenter);
    guidance->setWordWrap(true);
    m_runsHint = new QLabel(page);
    m_runsHint->setObjectName(QStringLiteral("welcomeRunsHint"));
    m_runsHint->setAlignment(Qt::AlignCenter);
    m_runsHint->setWordWrap(true);

    auto* open = new QPushButton(tr("Open Dataset…"), page);
    open->setObjectName(QStringLiteral("emptyOpenButton"));
    auto* demo = new QPushButton(tr("Try the Demo"), page);
    demo->setObjectName(QStringLiteral("emptyDemoButton"));
    demo->setToolTip(tr("The built-in demo data and the tiny demo model, with settings that train in about a "
                        "minute."));
    demo->setDefault(true);
    connect(open, &QPushButton::clicked, this, &DatasetPage::chooseDataset);
    connect(demo, &QPushButton::clicked, this, &DatasetPage::demoRequested);
    // Raw text is the rarer start, so it is a link below the two buttons.
    auto* demoText = new QLabel(QStringLiteral("<a href=\"demo-text\">%1</a>")
                                    .arg(tr("Or try the demo text corpus (raw text without labels, "
                                            "for a causal language model)")
                                             .toHtmlEscaped()),
                                page);
    demoText->setObjectName(QStringLiteral("emptyDemoTextLink"));
    demoText->setAlignment(Qt::AlignCenter);
    connect(demoText, &QLabel::linkActivated, this,
            [this] { openTextCorpus(QString::fromLatin1(litetune::kDemoCorpusName)); });

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(demo);
    buttons->addWidget(open);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(m_welcomeTitle);
    auto* guidanceRow = new QHBoxLayout; // wrapped text in the middle half, whatever the window's width
    guidanceRow->addStretch(1);
    guidanceRow->addWidget(guidance, 2);
    guidanceRow->addStretch(1);
    layout->addLayout(guidanceRow);
    layout->addSpacing(fontMetrics().height());
    layout->addLayout(buttons);
    layout->addWidget(demoText);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_runsHint);
    layout->addStretch(2);
    return page;
}

void DatasetPage::updateWelcome() {
    const int runs = static_cast<int>(m_runs->runs().size());
    m_welcomeTitle->setText(
        QStringLiteral("<h2>%1</h2>")
            .arg(runs == 0 ? tr("Welcome to LiteTune").toHtmlEscaped() : tr("Open a dataset").toHtmlEscaped()));
    m_runsHint->setText(
        tr("%n earlier run(s) in Results: open a run's dataset to see its predictions here.", nullptr, runs));
    m_runsHint->setVisible(runs > 0);
}

QWidget* DatasetPage::createBrowser() {
    auto* page = new QWidget(this);
    m_filterBar = new DatasetFilterBar(page);
    m_filterBar->setObjectName(QStringLiteral("datasetFilterBar"));

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("datasetTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep a 100k-row table from measuring rows it never shows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(DatasetTableModel::SplitColumn,
                            fontMetrics().horizontalAdvance(QStringLiteral("validation")) + 24);
    m_table->setColumnWidth(DatasetTableModel::GlyphColumn, fontMetrics().horizontalAdvance(tr("Emoji")) + 28);
    m_table->setColumnWidth(DatasetTableModel::LabelColumn,
                            fontMetrics().horizontalAdvance(QStringLiteral("smiling face with sunglasses")) + 12);

    m_labelChart = new LabelChart(page);
    m_lengths = new LengthHistogram(page);
    m_charts = new QTabWidget(page);
    m_charts->setObjectName(QStringLiteral("datasetCharts"));
    m_charts->addTab(m_labelChart, tr("Labels"));
    m_charts->addTab(m_lengths, tr("Token lengths"));
    m_sample = new SamplePane(page);
    m_sample->setObjectName(QStringLiteral("samplePane"));
    // Between the histogram and the sample's tokens: both are counted with this tokenizer.
    auto* sampleSide = new QWidget(page);
    m_tokenizerLabel = new QLabel(sampleSide);
    m_tokenizerLabel->setObjectName(QStringLiteral("tokenizerLabel"));
    m_tokenizerLabel->setWordWrap(true);
    auto* sampleLayout = new QVBoxLayout(sampleSide);
    sampleLayout->setContentsMargins(0, 0, 0, 0);
    sampleLayout->addWidget(m_tokenizerLabel);
    sampleLayout->addWidget(m_sample, 1);

    auto* side = new QSplitter(Qt::Vertical, page);
    side->addWidget(m_charts);
    side->addWidget(sampleSide);
    side->setStretchFactor(0, 1);
    side->setStretchFactor(1, 1);
    auto* split = new QSplitter(Qt::Horizontal, page);
    split->setObjectName(QStringLiteral("datasetSplitter"));
    split->addWidget(m_table);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_cleanText = new QCheckBox(tr("Clean text"), page);
    m_cleanText->setObjectName(QStringLiteral("cleanTextCheck"));
    m_cleanText->setToolTip(tr("Drop invisible characters, such as the U+FE0F left where an emoji was deleted, and "
                               "collapse white space in every text. The dataset opens again, and runs train on "
                               "the cleaned texts."));
    m_cleanText->setChecked(QSettings().value(QStringLiteral("dataset/cleanText"), false).toBool());
    connect(m_cleanText, &QCheckBox::toggled, this, &DatasetPage::setCleanText);
    m_cleaningBanner = new CleaningBanner(page);
    connect(m_cleaningBanner, &CleaningBanner::cleanRequested, m_cleanText, [this] { m_cleanText->setChecked(true); });

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_filterBar, 1);
    controls->addWidget(m_cleanText);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_cleaningBanner);
    m_cellBanner = new QLabel(page);
    m_cellBanner->setObjectName(QStringLiteral("confusionCellBanner"));
    // Palette colours, so the banner and its link read in light and dark schemes alike.
    m_cellBanner->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); border: 1px solid "
                                               "palette(highlight); padding: 4px; border-radius: 4px; }"));
    m_cellBanner->hide();
    connect(m_cellBanner, &QLabel::linkActivated, this, [this] {
        m_cellRunDir.clear();
        applyConfusionCell();
    });
    layout->addWidget(m_cellBanner);
    m_corpusInfo = new QLabel(page);
    m_corpusInfo->setObjectName(QStringLiteral("corpusInfo"));
    m_corpusInfo->setWordWrap(true);
    m_corpusInfo->hide();
    layout->addWidget(m_corpusInfo);
    layout->addWidget(split, 1);

    connect(m_filterBar, &DatasetFilterBar::filtersChanged, this, &DatasetPage::applyFilters);
    connect(m_filterBar, &DatasetFilterBar::splitChanged, this, &DatasetPage::updateLabelChart);
    connect(m_filterBar, &DatasetFilterBar::splitChanged, this, &DatasetPage::requestLengthStats);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DatasetPage::showCurrentSample);
    return page;
}
