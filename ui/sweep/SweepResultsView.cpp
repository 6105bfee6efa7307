// The sweep's results table and plots (SweepResultsView.h).
#include "sweep/SweepResultsView.h"

#include "bridge/EngineTypes.h"
#include "common/PlotTheme.h"

#include "api/OptionTable.h"

#include <QHeaderView>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace {

// The metrics every table shows after the chosen one (classification; a causal LM's perplexity
// is only there when it is the chosen metric).
const char* const kOtherMetrics[] = {"eval_loss", "eval_accuracy", "eval_f1", "eval_f1_macro", "train_loss"};

QTableWidgetItem* cell(const QString& text, const QVariant& sortValue = {}) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (sortValue.isValid()) {
        item->setData(Qt::UserRole, sortValue);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return item;
}

} // namespace

QString SweepResultsView::stateText(litetune::SweepState state) {
    switch (state) {
    case litetune::SweepState::Pending:
        return SweepResultsView::tr("pending");
    case litetune::SweepState::Running:
        return SweepResultsView::tr("running");
    case litetune::SweepState::Done:
        return SweepResultsView::tr("done");
    case litetune::SweepState::Failed:
        return SweepResultsView::tr("failed");
    case litetune::SweepState::Cancelled:
        return SweepResultsView::tr("cancelled");
    }
    return {};
}

namespace {

// A grid's few values are the ticks, so each column of points reads off its value (a log axis
// would otherwise label only its powers of ten).
void markValues(QCustomPlot* plot, const QVector<double>& xs) {
    QVector<double> distinct = xs;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    if (distinct.isEmpty() || distinct.size() > 8) {
        return;
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (const double x : distinct) {
        ticker->addTick(x, QLocale().toString(x, 'g', 3));
    }
    plot->xAxis->setTicker(ticker);
}

} // namespace

SweepResultsView::SweepResultsView(QWidget* parent)
    : QWidget(parent) {
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("sweepResultsTable"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    auto* plots = new QWidget(this);
    plots->setObjectName(QStringLiteral("sweepPlots"));
    m_plotLayout = new QVBoxLayout(plots);
    m_plotLayout->setContentsMargins(0, 0, 0, 0);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(plots);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void SweepResultsView::setResults(const litetune::SweepSpec& spec,
                                  const std::vector<litetune::SweepPointResult>& points) {
    std::vector<std::string> metrics{spec.metric};
    for (const char* name : kOtherMetrics) {
        if (spec.metric != name) {
            metrics.emplace_back(name);
        }
    }
    QStringList head{tr("Rank")};
    for (const auto& axis : spec.axes) {
        head << toQString(axis.flag);
    }
    for (const auto& name : metrics) {
        head << toQString(name);
    }
    head << tr("State") << tr("Time") << tr("Folder");
    m_table->clear();
    m_table->setColumnCount(head.size());
    m_table->setHorizontalHeaderLabels(head);
    m_table->setRowCount(static_cast<int>(points.size()));
    const QLocale locale;
    int row = 0;
    int rank = 0;
    for (const std::size_t i : litetune::sweepOrder(points, spec.metric)) {
        const auto& point = points[i];
        int column = 0;
        const bool done = point.state == litetune::SweepState::Done;
        rank += done ? 1 : 0;
        m_table->setItem(row, column++, done ? cell(QString::number(rank), rank) : cell(QStringLiteral("–")));
        for (const auto& value : point.point.values) {
            m_table->setItem(row, column++, cell(toQString(value)));
        }
        for (const auto& name : metrics) {
            const auto it = point.metrics.find(name);
            m_table->setItem(row, column++,
                             it == point.metrics.end() ? cell(QString())
                                                       : cell(locale.toString(it->second, 'f', 4), it->second));
        }
        auto* state = cell(stateText(point.state));
        if (!point.error.empty()) {
            state->setToolTip(toQString(point.error));
        }
        m_table->setItem(row, column++, state);
        m_table->setItem(row, column++, cell(tr("%1 s").arg(locale.toString(point.seconds, 'f', 1)), point.seconds));
        m_table->setItem(row, column++, cell(toQString(point.folder)));
        ++row;
    }
    m_table->resizeColumnsToContents();
    // The chosen metric's column stands out: it is the one the rows are ordered by.
    if (QTableWidgetItem* header = m_table->horizontalHeaderItem(1 + static_cast<int>(spec.axes.size()))) {
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        header->setToolTip(!litetune::greaterIsBetter(spec.metric) ? tr("Sorted: lower is better")
                                                                   : tr("Sorted: higher is better"));
    }
    rebuildPlots(spec, points);
}

void SweepResultsView::rebuildPlots(const litetune::SweepSpec& spec,
                                    const std::vector<litetune::SweepPointResult>& points) {
    for (QCustomPlot* plot : m_plots) {
        delete plot;
    }
    m_plots.clear();
    for (std::size_t a = 0; a < spec.axes.size(); ++a) {
        const litetune::OptionSpec* option = litetune::findOption(spec.axes[a].flag);
        auto* plot = new QCustomPlot(this);
        plot->setObjectName(QStringLiteral("sweepPlot_%1").arg(toQString(spec.axes[a].flag)));
        plot->setMinimumSize(240, 160);
        PlotTheme::follow(plot);
        QCPGraph* graph = plot->addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0x1f, 0x77, 0xb4), 8));
        const bool numeric =
            option && (option->type == litetune::OptionType::Integer || option->type == litetune::OptionType::Real);
        // Names (method, targets) get one tick each, in the order they first appear.
        QStringList categories;
        QVector<double> xs, ys;
        for (const auto& point : points) {
            const auto it = point.metrics.find(spec.metric);
            if (point.state != litetune::SweepState::Done || it == point.metrics.end() || !std::isfinite(it->second)) {
                continue;
            }
            const QString text = toQString(point.point.values[a]);
            double x = 0.0;
            if (numeric) {
                x = text.toDouble();
            } else {
                if (!categories.contains(text)) {
                    categories << text;
                }
                x = categories.indexOf(text);
            }
            xs << x;
            ys << it->second;
        }
        graph->setData(xs, ys);
        plot->xAxis->setLabel(toQString(spec.axes[a].flag));
        plot->yAxis->setLabel(toQString(spec.metric));
        if (!numeric) {
            auto ticker = QSharedPointer<QCPAxisTickerText>::create();
            for (int c = 0; c < categories.size(); ++c) {
                ticker->addTick(c, categories.at(c));
            }
            plot->xAxis->setTicker(ticker);
            plot->xAxis->setRange(-0.5, std::max<qsizetype>(1, categories.size()) - 0.5);
        } else if (option->logScale && !xs.isEmpty() && *std::min_element(xs.begin(), xs.end()) > 0.0) {
            plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
            plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
            markValues(plot, xs);
            const double low = *std::min_element(xs.begin(), xs.end());
            const double high = *std::max_element(xs.begin(), xs.end());
            plot->xAxis->setRange(low / 2.0, high * 2.0);
        } else {
            graph->rescaleKeyAxis();
            markValues(plot, xs);
            const QCPRange range = plot->xAxis->range();
            const double pad = std::max(range.size() * 0.1, 0.5);
            plot->xAxis->setRange(range.lower - pad, range.upper + pad);
        }
        graph->rescaleValueAxis();
        const QCPRange values = plot->yAxis->range();
        const double pad = std::max(values.size() * 0.15, 0.01);
        plot->yAxis->setRange(values.lower - pad, values.upper + pad);
        m_plotLayout->addWidget(plot);
        m_plots.push_back(plot);
        plot->replot();
    }
}
