#include "dataset/DatasetLoadingView.h"

#include "bridge/EngineController.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace {

constexpr int kBarSteps = 1000;

} // namespace

DatasetLoadingView::DatasetLoadingView(EngineController* engine, QStackedWidget* stack, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_stack(stack)
    , m_title(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_detail(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setObjectName(QStringLiteral("datasetLoadingView"));
    m_title->setObjectName(QStringLiteral("datasetLoadingTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_bar->setObjectName(QStringLiteral("datasetLoadingProgress"));
    m_bar->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    m_detail->setObjectName(QStringLiteral("datasetLoadingDetail"));
    m_detail->setAlignment(Qt::AlignCenter);
    m_cancel->setObjectName(QStringLiteral("datasetLoadingCancel"));
    m_cancel->setToolTip(tr("Stop opening this dataset; the one open before stays open."));

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_bar, 0, Qt::AlignHCenter);
    layout->addWidget(m_detail);
    layout->addWidget(m_cancel, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    m_stack->addWidget(this);

    connect(m_cancel, &QPushButton::clicked, this, &DatasetLoadingView::cancel);
    connect(m_engine, &EngineController::datasetLoadProgressed, this, &DatasetLoadingView::onProgress);
    connect(m_engine, &EngineController::datasetLoaded, this,
            [this](const DatasetHandle&, const litetune::DatasetOptions& options) { finish(options); });
    connect(m_engine, &EngineController::datasetFailed, this,
            [this](const litetune::DatasetOptions& options, const QString&) { finish(options); });
    connect(m_engine, &EngineController::datasetLoadCancelled, this, &DatasetLoadingView::finish);
}

void DatasetLoadingView::start(const litetune::DatasetOptions& options) {
    const QString path = toQString(options.path);
    const QString name = QFileInfo(path).fileName();
    m_title->setText(tr("Opening %1").arg(name.isEmpty() ? path : name));
    m_title->setToolTip(path);
    m_bar->setRange(0, 0); // busy until the engine tells the size
    m_detail->setText(m_engine->isRunning() ? tr("Waits for the current run to end.") : tr("Reading…"));
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("Cancel"));
    if (!m_options) {
        m_previous = m_stack->currentWidget();
    }
    m_options = options;
    m_stack->setCurrentWidget(this);
}

bool DatasetLoadingView::follows(const litetune::DatasetOptions& options) const {
    return m_options && m_options->path == options.path && m_options->cleanText == options.cleanText;
}

void DatasetLoadingView::onProgress(const litetune::DatasetOptions& options, qint64 bytesRead, qint64 totalBytes,
                                    qint64 rows) {
    if (!follows(options) || !m_cancel->isEnabled()) {
        return;
    }
    const QLocale locale;
    const int rowCount = static_cast<int>(std::min<qint64>(rows, std::numeric_limits<int>::max()));
    if (totalBytes <= 0) {
        m_bar->setRange(0, 0);
        m_detail->setText(tr("%n row(s) read", nullptr, rowCount));
        return;
    }
    m_bar->setRange(0, kBarSteps);
    m_bar->setValue(static_cast<int>(std::clamp<qint64>(bytesRead * kBarSteps / totalBytes, 0, kBarSteps)));
    m_detail->setText(bytesRead >= totalBytes
                          ? tr("%n row(s) read; checking them and building the splits…", nullptr, rowCount)
                          : tr("%1 of %2 · %n row(s)", nullptr, rowCount)
                                .arg(locale.formattedDataSize(bytesRead), locale.formattedDataSize(totalBytes)));
}

void DatasetLoadingView::finish(const litetune::DatasetOptions& options) {
    if (!follows(options)) {
        return;
    }
    m_options.reset();
    if (m_stack->currentWidget() == this && m_previous) {
        m_stack->setCurrentWidget(m_previous);
    }
    m_previous.clear();
}

void DatasetLoadingView::cancel() {
    m_cancel->setEnabled(false);
    m_cancel->setText(tr("Cancelling…"));
    m_detail->setText(tr("Stopping…"));
    m_engine->cancelLoad();
}
