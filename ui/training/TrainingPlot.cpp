#include "training/TrainingPlot.h"

#include "common/PlotTheme.h"

#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace {

const QColor kTrainColour(0x1e, 0x88, 0xe5);
const QColor kEvalColour(0xf4, 0x51, 0x1e);
const QColor kAccuracyColour(0x43, 0xa0, 0x47);
const QColor kOverlayColours[] = {QColor(0x8e, 0x24, 0xaa), QColor(0x00, 0x89, 0x7b), QColor(0x6d, 0x4c, 0x41),
                                  QColor(0xc0, 0xca, 0x33), QColor(0x54, 0x6e, 0x7a)};

QCPGraph* makeGraph(QCustomPlot* plot, QCPAxis* valueAxis, const QString& name, const QPen& pen) {
    auto* graph = plot->addGraph(plot->xAxis, valueAxis);
    graph->setName(name);
    graph->setPen(pen);
    graph->setAdaptiveSampling(true);
    return graph;
}

void setupInteractions(QCustomPlot* plot) {
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    plot->axisRect()->setRangeZoom(Qt::Horizontal | Qt::Vertical);
    plot->setNoAntialiasingOnDrag(true);
    // Antialiased lines cost the GUI thread most of a replot; plain lines keep a live replot to
    // a few milliseconds, so the event loop stays responsive while a run trains.
    plot->setNotAntialiasedElements(QCP::aeAll);
    // Equal fixed side margins, so the loss and learning-rate plots share one step axis by eye.
    plot->axisRect()->setAutoMargins(QCP::msTop | QCP::msBottom);
    plot->axisRect()->setMargins(QMargins(86, 0, 64, 0));
}

} // namespace

TrainingPlot::TrainingPlot(QWidget* parent)
    : QWidget(parent)
    , m_loss(new QCustomPlot(this))
    , m_lr(new QCustomPlot(this))
    , m_replotTimer(new QTimer(this)) {
    m_loss->setObjectName(QStringLiteral("lossPlot"));
    m_lr->setObjectName(QStringLiteral("learningRatePlot"));
    setupInteractions(m_loss);
    setupInteractions(m_lr);

    m_loss->xAxis->setLabel(tr("Step"));
    m_loss->yAxis->setLabel(tr("Loss"));
    m_loss->yAxis2->setVisible(true);
    m_loss->yAxis2->setLabel(tr("Accuracy"));
    m_loss->yAxis2->setRange(0, 1);
    m_trainLoss = makeGraph(m_loss, m_loss->yAxis, tr("Training loss"), QPen(kTrainColour, 2));
    m_evalLoss = makeGraph(m_loss, m_loss->yAxis, tr("Validation loss"), QPen(kEvalColour, 2));
    m_evalLoss->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 7));
    m_accuracy = makeGraph(m_loss, m_loss->yAxis2, tr("Accuracy"), QPen(kAccuracyColour, 2, Qt::DashLine));
    m_accuracy->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 6));
    // The legend gets a row of its own above the curves: inside the axis rect it hid their
    // top-right corner, where the latest points of a run are.
    m_loss->legend->setVisible(true);
    m_loss->plotLayout()->insertRow(0);
    m_loss->plotLayout()->addElement(0, 0, m_loss->legend);
    m_loss->plotLayout()->setRowStretchFactor(0, 0.001);
    m_loss->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_loss->legend->setWrap(4); // earlier runs' overlays wrap onto more rows

    m_lr->xAxis->setLabel(tr("Step"));
    m_lr->yAxis->setLabel(tr("Learning rate"));
    m_lr->yAxis->setNumberFormat(QStringLiteral("eb"));
    m_lr->yAxis->setNumberPrecision(1);
    m_learningRate = makeGraph(m_lr, m_lr->yAxis, tr("Learning rate"), QPen(QColor(0x75, 0x75, 0x75), 1.5));
    // The two plots share the step axis, so zooming one moves the other.
    connect(m_loss->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), m_lr->xAxis,
            qOverload<const QCPRange&>(&QCPAxis::setRange));
    connect(m_loss, &QCustomPlot::mouseWheel, this, &TrainingPlot::onUserZoomed);
    connect(m_loss, &QCustomPlot::mousePress, this, &TrainingPlot::onUserZoomed);
    connect(m_loss, &QCustomPlot::mouseDoubleClick, this, &TrainingPlot::fit);
    connect(m_lr, &QCustomPlot::mouseDoubleClick, this, &TrainingPlot::fit);

    PlotTheme::follow(m_loss);
    PlotTheme::follow(m_lr);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_loss, 3);
    layout->addWidget(m_lr, 1);

    // The best evaluation's mark: a dashed line across the loss plot, labelled at its top.
    m_bestLine = new QCPItemStraightLine(m_loss);
    m_bestLine->setPen(QPen(kEvalColour.darker(130), 1.2, Qt::DashLine));
    m_bestLine->setVisible(false);
    m_bestLabel = new QCPItemText(m_loss);
    m_bestLabel->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m_bestLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_bestLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_bestLabel->setColor(kEvalColour.darker(130));
    m_bestLabel->setPadding(QMargins(4, 2, 4, 2));
    m_bestLabel->setVisible(false);

    m_replotTimer->setInterval(kReplotIntervalMs);
    connect(m_replotTimer, &QTimer::timeout, this, &TrainingPlot::replotIfDirty);
    m_replotTimer->start();
}

void TrainingPlot::clear() {
    m_trainLoss->data()->clear();
    m_evalLoss->data()->clear();
    m_accuracy->data()->clear();
    m_learningRate->data()->clear();
    m_bestStep = -1;
    m_bestLine->setVisible(false);
    m_bestLabel->setVisible(false);
    m_followRun = true;
    m_dirty = true;
}

void TrainingPlot::setBestMetric(const std::string& metric) {
    m_bestMetric = metric;
    m_bestStep = -1;
    m_bestLine->setVisible(false);
    m_bestLabel->setVisible(false);
    m_dirty = true;
}

void TrainingPlot::considerForBest(const litetune::EvalReport& report) {
    const auto metrics = report.trainerMetrics();
    const auto found = metrics.find(m_bestMetric);
    if (found == metrics.end()) {
        return;
    }
    const bool better = m_bestStep < 0 || (litetune::greaterIsBetter(m_bestMetric) ? found->second > m_bestValue
                                                                                   : found->second < m_bestValue);
    if (better) {
        placeBestMark(static_cast<double>(report.step), found->second);
    }
}

void TrainingPlot::showBest(const litetune::RunResult& result) {
    m_bestMetric = result.config.metricForBestModel;
    if (result.bestGlobalStep < 0) {
        return; // keep what the evaluations showed: the engine recorded no best
    }
    placeBestMark(static_cast<double>(result.bestGlobalStep), result.bestMetric);
}

QString TrainingPlot::bestText() const {
    return m_bestStep < 0 ? QString()
                          : tr("best %1 at step %2")
                                .arg(QString::fromStdString(m_bestMetric))
                                .arg(static_cast<qlonglong>(m_bestStep));
}

void TrainingPlot::placeBestMark(double step, double value) {
    m_bestStep = step;
    m_bestValue = value;
    m_bestLine->point1->setCoords(step, 0);
    m_bestLine->point2->setCoords(step, 1);
    m_bestLine->setVisible(true);
    m_bestLabel->position->setCoords(step, 0.02);
    m_bestLabel->setText(bestText());
    m_bestLabel->setVisible(true);
    m_dirty = true;
}

void TrainingPlot::addTrainingPoint(double step, double loss, double learningRate) {
    m_trainLoss->addData(step, loss);
    m_learningRate->addData(step, learningRate);
    m_dirty = true;
}

void TrainingPlot::addEvaluationPoint(double step, double loss, double metric) {
    m_evalLoss->addData(step, loss);
    m_accuracy->addData(step, metric);
    m_dirty = true;
}

void TrainingPlot::setLanguageModel(bool languageModel) {
    m_languageModel = languageModel;
    const QString name = languageModel ? tr("Perplexity") : tr("Accuracy");
    m_loss->yAxis2->setLabel(name);
    m_accuracy->setName(name);
    m_dirty = true;
}

void TrainingPlot::setOverlay(const QString& key, const QString& name, const RunHistory& history) {
    removeOverlay(key);
    const QColor colour = kOverlayColours[m_overlayColour++ % std::size(kOverlayColours)];
    Overlay overlay;
    overlay.trainLoss =
        makeGraph(m_loss, m_loss->yAxis, tr("%1 · training loss").arg(name), QPen(colour, 1.2, Qt::DotLine));
    overlay.trainLoss->setData(history.trainSteps, history.trainLoss, true);
    overlay.evalLoss =
        makeGraph(m_loss, m_loss->yAxis, tr("%1 · validation loss").arg(name), QPen(colour, 1.2, Qt::DashLine));
    overlay.evalLoss->setData(history.evalSteps, history.evalLoss, true);
    overlay.evalLoss->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    overlay.accuracy =
        makeGraph(m_loss, m_loss->yAxis2, tr("%1 · accuracy").arg(name), QPen(colour, 1.2, Qt::DashDotLine));
    overlay.accuracy->setData(history.evalSteps, history.evalAccuracy, true);
    overlay.learningRate = makeGraph(m_lr, m_lr->yAxis, name, QPen(colour, 1.0, Qt::DotLine));
    overlay.learningRate->setData(history.trainSteps, history.learningRate, true);
    m_overlays.insert(key, overlay);
    m_followRun = true;
    m_dirty = true;
}

void TrainingPlot::removeOverlay(const QString& key) {
    const auto it = m_overlays.find(key);
    if (it != m_overlays.end()) {
        removeOverlayGraphs(it.value());
        m_overlays.erase(it);
        m_dirty = true;
    }
}

void TrainingPlot::removeOverlayGraphs(const Overlay& overlay) {
    m_loss->removeGraph(overlay.trainLoss);
    m_loss->removeGraph(overlay.evalLoss);
    m_loss->removeGraph(overlay.accuracy);
    m_lr->removeGraph(overlay.learningRate);
}

void TrainingPlot::fit() {
    m_followRun = true;
    m_dirty = true;
    replotIfDirty();
}

int TrainingPlot::trainingPointCount() const {
    return m_trainLoss->dataCount();
}

int TrainingPlot::evaluationPointCount() const {
    return m_evalLoss->dataCount();
}

void TrainingPlot::onUserZoomed() {
    m_followRun = false;
}

void TrainingPlot::replotIfDirty() {
    if (!m_dirty || !isVisible()) {
        return;
    }
    m_dirty = false;
    if (m_followRun) {
        m_loss->xAxis->rescale(true);
        m_loss->yAxis->rescale(true);
        const QCPRange losses = m_loss->yAxis->range();
        m_loss->yAxis->setRange(std::min(0.0, losses.lower), losses.upper * 1.05 + 1e-6);
        if (m_languageModel) {
            // Perplexity starts near the vocabulary size and falls; 0 keeps the fall in proportion.
            // Only the run's own curve counts: overlaid accuracies (0..1) would squash it.
            bool found = false;
            const QCPRange perplexity = m_accuracy->getValueRange(found);
            m_loss->yAxis2->setRange(0, found ? perplexity.upper * 1.05 + 1e-6 : 1);
        } else {
            m_loss->yAxis2->setRange(0, 1);
        }
        m_lr->yAxis->rescale(true);
        const QCPRange rates = m_lr->yAxis->range();
        m_lr->yAxis->setRange(0, rates.upper * 1.1 + 1e-12);
        m_lr->xAxis->setRange(m_loss->xAxis->range());
    }
    m_loss->replot(QCustomPlot::rpQueuedReplot);
    m_lr->replot(QCustomPlot::rpQueuedReplot);
    ++m_replots;
}
