// ForecastPanel: see the header. The probe's thread owns nothing of the panel: it writes into a
// shared job that outlives either side, and a cancelled job is simply dropped.
#include "configure/ForecastPanel.h"

#include "api/Error.h"
#include "results/MetricFormat.h"

#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <array>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

// The parts in stack order, each with its colour (distinct in light and dark schemes).
const std::array<QColor, 5> kColors{QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59),
                                    QColor(0x59, 0xa1, 0x4f), QColor(0x9c, 0x75, 0x5f)};

// The units of the Results place and the report ("265 MiB"), so a forecast reads like the measured peak.
QString bytesText(qint64 bytes) {
    return MetricFormat::bytes(bytes);
}

// "4.2 s", "38 s", "12 min", "3.5 h": as precise as a forecast from a few steps deserves.
QString durationText(double seconds) {
    if (seconds < 10)
        return ForecastPanel::tr("%1 s").arg(seconds, 0, 'f', 1);
    if (seconds < 90)
        return ForecastPanel::tr("%1 s").arg(seconds, 0, 'f', 0);
    if (seconds < 90 * 60)
        return ForecastPanel::tr("%1 min").arg(seconds / 60, 0, 'f', 0);
    return ForecastPanel::tr("%1 h").arg(seconds / 3600, 0, 'f', 1);
}

} // namespace

// One horizontal bar: the parts stacked in proportion, a line where the available memory ends.
class ForecastBar : public QWidget {
public:
    explicit ForecastBar(QWidget* parent)
        : QWidget(parent) {
        setMinimumHeight(18);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    void setParts(const std::array<qint64, 5>& parts, qint64 available) {
        m_parts = parts;
        m_available = available;
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        qint64 total = 0;
        for (const qint64 part : m_parts)
            total += part;
        // The parts fill the bar; the available memory's line shows only when it is near or below the
        // peak (an overflow then shows past it), or a 20 GB machine would leave the parts a sliver.
        const bool showAvailable = m_available > 0 && m_available < 2 * total;
        const double scale = static_cast<double>(std::max<qint64>({total, showAvailable ? m_available : 0, 1}));
        double x = area.left();
        for (std::size_t i = 0; i < m_parts.size(); ++i) {
            const double width = area.width() * static_cast<double>(m_parts[i]) / scale;
            painter.fillRect(QRectF(x, area.top(), width, area.height()), kColors[i]);
            x += width;
        }
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawRect(area);
        if (showAvailable) {
            const double at = area.left() + area.width() * static_cast<double>(m_available) / scale;
            painter.setPen(QPen(palette().color(QPalette::WindowText), 2, Qt::DashLine));
            painter.drawLine(QPointF(at, area.top()), QPointF(at, area.bottom()));
        }
    }

private:
    std::array<qint64, 5> m_parts{};
    qint64 m_available = 0;
};

struct ForecastPanel::ProbeJob {
    litetune::TrainConfig config;
    QString dataKey;
    QString probeKey;
    bool measureData = false; // read the dataset's token lengths first (the CLI's estimate does too)
    bool haveShape = false;
    litetune::ForecastInputs shape;
    std::atomic<bool> cancel{false};
    litetune::TimeForecast result;
    QString error;
};

ForecastPanel::ForecastPanel(QWidget* parent)
    : QGroupBox(tr("Forecast"), parent)
    , m_bar(new ForecastBar(this))
    , m_parts(new QLabel(this))
    , m_peak(new QLabel(this))
    , m_time(new QLabel(this))
    , m_debounce(new QTimer(this)) {
    setObjectName(QStringLiteral("forecastPanel"));
    m_bar->setObjectName(QStringLiteral("forecastBar"));
    m_parts->setObjectName(QStringLiteral("forecastParts"));
    m_peak->setObjectName(QStringLiteral("forecastPeak"));
    m_time->setObjectName(QStringLiteral("forecastTime"));
    m_parts->setTextFormat(Qt::RichText);
    m_parts->setWordWrap(true);
    m_peak->setWordWrap(true);
    m_time->setWordWrap(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(700); // a burst of spin-box steps starts one probe, not one each
    connect(m_debounce, &QTimer::timeout, this, &ForecastPanel::startProbe);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_parts);
    layout->addWidget(m_peak);
    layout->addWidget(m_time);
    m_ask = [this](const QString& question) {
        return QMessageBox::question(this, tr("Run may not fit"), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
}

ForecastPanel::~ForecastPanel() {
    cancelProbe();
    if (m_thread) { // cancelled: it stops after the step it is in
        m_thread->wait();
        delete m_thread;
    }
}

// What the measured lengths depend on: another value of any of these needs a new measurement.
QString ForecastPanel::dataKey(const litetune::TrainConfig& c) {
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
        .arg(QString::fromStdString(c.dataPath), QString::fromStdString(c.modelPath),
             QString::fromStdString(c.textColumn), QString::fromStdString(c.labelColumn))
        .arg(c.maxLength)
        .arg(c.limitTrain)
        .arg(c.validationFraction + 10 * c.testFraction)
        .arg(int(c.task));
}

// What a step's time depends on beyond the data: a learning rate or an epoch count needs no new probe.
QString ForecastPanel::probeKey(const litetune::TrainConfig& c) {
    QStringList targets;
    for (const std::string& target : c.lora.targets)
        targets << QString::fromStdString(target);
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
        .arg(dataKey(c), QString::fromLatin1(litetune::methodName(c.method)))
        .arg(c.batchSize)
        .arg(c.lora.r)
        .arg(targets.join(QLatin1Char(',')), QString::fromStdString(c.device),
             QString::fromLatin1(litetune::precisionName(c.precision)))
        .arg(c.threads)
        .arg(int(c.trainSamplingStrategy));
}

void ForecastPanel::setConfig(const litetune::TrainConfig& config) {
    m_config = config;
    if (dataKey(config) != m_dataKey)
        m_haveDataShape = false;
    recompute();
    if (m_probeEnabled && probeKey(config) != m_probedKey) {
        cancelProbe();
        m_time->setText(tr("Time per epoch: measuring shortly…"));
        m_debounce->start();
    }
}

void ForecastPanel::setTrainExamples(qint64 examples) {
    m_trainExamples = examples;
}

void ForecastPanel::setDataset(const litetune::Dataset& dataset, double heldOutFraction) {
    qint64 examples = 0;
    for (const auto& split : dataset.splits)
        examples += static_cast<qint64>(split.examples.size());
    const litetune::Split* train = dataset.split("train");
    // A single file is split at run time: its training share is what an epoch goes through.
    m_haveDataShape = false;
    m_probedKey.clear();
    m_trainExamples = train && dataset.splits.size() > 1
                          ? static_cast<qint64>(train->examples.size())
                          : static_cast<qint64>(static_cast<double>(examples) * (1.0 - heldOutFraction));
    if (m_probeEnabled && m_valid) { // the epoch needs the new count: measure again
        cancelProbe();
        m_debounce->start();
    }
}

void ForecastPanel::setAvailableOverride(qint64 bytes) {
    m_availableOverride = bytes;
    recompute();
}

void ForecastPanel::setProbeEnabled(bool enabled) {
    m_probeEnabled = enabled;
    if (!enabled) {
        m_probedKey.clear();
        m_debounce->stop();
        cancelProbe();
        m_time->setText(tr("Time per epoch: not measured"));
    }
}

void ForecastPanel::setConfirmation(std::function<bool(const QString&)> ask) {
    m_ask = std::move(ask);
}

void ForecastPanel::recompute() {
    litetune::ForecastInputs inputs;
    inputs.availableBytes = m_availableOverride;
    inputs.trainExamples = m_trainExamples;
    if (m_haveDataShape) {
        inputs.paddedLength = m_dataShape.paddedLength;
        inputs.lengthSource = m_dataShape.lengthSource;
        inputs.meanLength = m_dataShape.meanLength;
        inputs.trainExamples = m_dataShape.trainExamples;
    }
    try {
        m_forecast = litetune::forecastResources(m_config, inputs);
        m_valid = true;
    } catch (const std::exception& error) {
        m_valid = false;
        m_bar->setParts({}, 0);
        m_parts->setText(QString());
        m_peak->setText(tr("No forecast: %1").arg(QString::fromStdString(error.what())));
        emit forecastChanged();
        return;
    }
    const litetune::ResourceForecast& f = m_forecast;
    const std::array<qint64, 5> parts{f.weightsBytes, f.gradientsBytes, f.optimizerBytes, f.activationsBytes,
                                      f.runtimeBytes};
    m_bar->setParts(parts, f.availableBytes);
    const QString names[] = {tr("weights"), tr("gradients"), tr("optimizer"), tr("activations"), tr("runtime")};
    QStringList rows;
    for (std::size_t i = 0; i < parts.size(); ++i)
        rows << QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2&nbsp;%3") // a part never wraps apart
                    .arg(kColors[i].name(), names[i],
                         bytesText(parts[i]).toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
    m_parts->setText(rows.join(QStringLiteral(" &nbsp; ")));
    m_parts->setToolTip(QString::fromStdString(f.assumptions.empty() ? std::string() : f.assumptions.front()));
    const QString available =
        f.availableBytes > 0 ? tr("%1 available").arg(bytesText(f.availableBytes)) : tr("available memory unknown");
    const QString padded = m_haveDataShape ? tr("padded to the longest training example, %1 tokens")
                                           : tr("padded to the max length, %1 tokens");
    m_peak->setText(f.fits ? tr("Peak %1 of %2 (%3, %4)")
                                 .arg(bytesText(f.peakBytes), available, QString::fromStdString(f.device),
                                      padded.arg(f.paddedLength))
                           : tr("Peak %1 exceeds the %2: lower the batch size or max length, or use LoRA")
                                 .arg(bytesText(f.peakBytes), available));
    m_peak->setStyleSheet(f.fits ? QString() : QStringLiteral("color: #c0392b; font-weight: bold"));
    emit forecastChanged();
}

void ForecastPanel::startProbe() {
    if (!m_valid || !m_probeEnabled)
        return;
    if (m_thread) { // the previous probe has not seen its cancel yet: try again when it ends
        m_probePending = true;
        return;
    }
    auto job = std::make_shared<ProbeJob>();
    job->config = m_config;
    job->dataKey = dataKey(m_config);
    job->probeKey = probeKey(m_config);
    job->measureData = !m_haveDataShape && m_trainExamples > 0;
    job->haveShape = m_haveDataShape;
    if (m_haveDataShape) {
        job->shape = m_dataShape;
    } else {
        job->shape.paddedLength = m_forecast.paddedLength;
        job->shape.trainExamples = m_trainExamples;
        job->shape.meanLength = m_forecast.paddedLength;
    }
    m_job = job;
    m_time->setText(tr("Time per epoch: measuring…"));
    m_thread = QThread::create([job] {
        try {
            if (job->measureData) {
                job->shape = litetune::measureDatasetShape(job->config);
                job->haveShape = true;
            }
            if (job->cancel)
                return;
            job->result = litetune::probeTime(job->config, job->shape, 2, [job] { return job->cancel.load(); });
        } catch (const std::exception& error) {
            job->error = QString::fromStdString(error.what());
        }
    });
    m_thread->setObjectName(QStringLiteral("ForecastProbe"));
    connect(m_thread, &QThread::finished, this, &ForecastPanel::probeFinished);
    m_thread->start(QThread::LowPriority);
}

void ForecastPanel::cancelProbe() {
    if (m_job)
        m_job->cancel = true;
    m_job.reset();
}

void ForecastPanel::probeFinished() {
    QThread* thread = m_thread;
    m_thread = nullptr;
    thread->deleteLater();
#ifdef __GLIBC__
    // The probe's model, data copy and batches are freed but glibc keeps the pages (its thread's arena
    // above all); the runtime part measures this process's resident set, so give them back first.
    malloc_trim(0);
#endif
    if (m_job && !m_job->cancel) {
        if (m_job->haveShape && !m_haveDataShape && m_job->dataKey == dataKey(m_config)) {
            m_dataShape = m_job->shape;
            m_dataKey = m_job->dataKey;
            m_haveDataShape = true;
            recompute(); // the memory forecast at the dataset's own padded length
        }
        const litetune::TimeForecast& t = m_job->result;
        if (m_job->error.isEmpty())
            m_probedKey = m_job->probeKey;
        if (!m_job->error.isEmpty())
            m_time->setText(tr("Time per epoch: not measured (%1)").arg(m_job->error));
        else if (t.secondsPerEpoch > 0)
            m_time->setText(tr("Time per epoch: about %1 (%2 steps at %3 s a step, measured)")
                                .arg(durationText(t.secondsPerEpoch))
                                .arg(t.stepsPerEpoch)
                                .arg(t.secondsPerStep, 0, 'f', 2));
        else
            m_time->setText(
                tr("Time per step: %1 s (measured; load a dataset for the epoch)").arg(t.secondsPerStep, 0, 'f', 2));
        m_job.reset();
        emit timeChanged();
    }
    if (m_probePending) {
        m_probePending = false;
        startProbe();
    }
}

bool ForecastPanel::confirmRun() {
    if (!m_valid || m_forecast.fits)
        return true;
    const QString question =
        tr("The forecast peak memory of this run is %1, but only %2 is available. Training may fail or "
           "swap heavily. Start it anyway?")
            .arg(bytesText(m_forecast.peakBytes), bytesText(m_forecast.availableBytes));
    return m_ask(question);
}
