#include "download/DownloadDialog.h"

#include "download/HubDownloader.h"
#include "download/HubEnvironment.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace {
// Bars count in per-mille: a byte count of a multi-gigabyte model does not fit a bar's int range.
constexpr int barScale = 1000;
} // namespace

DownloadDialog::DownloadDialog(QWidget* parent)
    : QDialog(parent)
    , m_downloader(new HubDownloader(this))
    , m_repoEdit(new QLineEdit(this))
    , m_revisionEdit(new QLineEdit(QStringLiteral("main"), this))
    , m_statusLabel(new QLabel(this))
    , m_progressGrid(new QGridLayout)
    , m_overallBar(nullptr)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_downloadButton(m_buttons->addButton(tr("&Download"), QDialogButtonBox::AcceptRole)) {
    setWindowTitle(tr("Download a Model"));
    setMinimumWidth(520);

    m_repoEdit->setObjectName(QStringLiteral("repoEdit"));
    m_repoEdit->setPlaceholderText(QStringLiteral("openai-community/gpt2"));
    m_repoEdit->setToolTip(tr("The model's repository on the Hugging Face Hub, as ORGANIZATION/NAME. "
                              "A copied address (https://huggingface.co/…) works too."));
    m_revisionEdit->setObjectName(QStringLiteral("revisionEdit"));
    m_revisionEdit->setToolTip(tr("A branch, a tag or a commit hash."));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_downloadButton->setObjectName(QStringLiteral("downloadButton"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Repository:"), m_repoEdit);
    form->addRow(tr("Re&vision:"), m_revisionEdit);

    auto* cacheNote = new QLabel(tr("Models are stored in the Hugging Face cache, shared with Python tools: %1")
                                     .arg(QDir::toNativeSeparators(m_downloader->cacheRoot())),
                                 this);
    cacheNote->setWordWrap(true);
    if (HubEnvironment::isOffline()) {
        m_statusLabel->setText(tr("Offline mode is on (HF_HUB_OFFLINE): only models already in the cache open."));
    }

    for (const QString& file : HubDownloader::defaultFiles()) {
        m_fileBars.insert(file, addProgressRow(file, QStringLiteral("progress_") + file));
    }
    m_overallBar = addProgressRow(tr("Total"), QStringLiteral("overallProgress"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(cacheNote);
    layout->addLayout(m_progressGrid);
    layout->addWidget(m_statusLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_repoEdit, &QLineEdit::textChanged, this, &DownloadDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DownloadDialog::startDownload);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DownloadDialog::reject);
    connect(m_downloader, &HubDownloader::progressed, this, &DownloadDialog::onProgressed);
    connect(m_downloader, &HubDownloader::overallProgressed, this,
            [this](qint64 received, qint64 total) { showBytes(m_overallBar, received, total); });
    connect(m_downloader, &HubDownloader::fileSkipped, this, [this](const QString& file) {
        if (QProgressBar* bar = m_fileBars.value(file)) {
            bar->setRange(0, barScale);
            bar->setValue(0);
            bar->setFormat(tr("not in this repository (optional)"));
        }
    });
    connect(m_downloader, &HubDownloader::finished, this, &DownloadDialog::onFinished);
    connect(m_downloader, &HubDownloader::failed, this, &DownloadDialog::onFailed);
    updateButtons();
}

QString DownloadDialog::run(QWidget* parent, const QString& repoId) {
    DownloadDialog dialog(parent);
    dialog.setRepoId(repoId);
    return dialog.exec() == QDialog::Accepted ? dialog.snapshotPath() : QString();
}

void DownloadDialog::setRepoId(const QString& repoId) {
    m_repoEdit->setText(repoId);
}

QString DownloadDialog::repoId() const {
    QString text = m_repoEdit->text().trimmed();
    // A pasted model page address: keep ORGANIZATION/NAME.
    const QUrl url(text);
    if (url.scheme().startsWith(QLatin1String("http")) && !url.host().isEmpty()) {
        const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        text = parts.mid(0, 2).join(QLatin1Char('/'));
    }
    return text;
}

QProgressBar* DownloadDialog::addProgressRow(const QString& title, const QString& objectName) {
    auto* bar = new QProgressBar(this);
    bar->setObjectName(objectName);
    bar->setRange(0, barScale);
    bar->setValue(0);
    bar->setFormat(QString());
    const int row = m_progressGrid->rowCount();
    m_progressGrid->addWidget(new QLabel(title, this), row, 0);
    m_progressGrid->addWidget(bar, row, 1);
    return bar;
}

void DownloadDialog::updateButtons() {
    const bool running = m_downloader->isRunning();
    m_downloadButton->setEnabled(!running && HubDownloader::isValidRepoId(repoId()));
    m_repoEdit->setEnabled(!running);
    m_revisionEdit->setEnabled(!running);
}

void DownloadDialog::startDownload() {
    if (m_downloader->isRunning() || !HubDownloader::isValidRepoId(repoId())) {
        return;
    }
    for (QProgressBar* bar : std::as_const(m_fileBars)) {
        bar->setValue(0);
        bar->setFormat(QString());
    }
    m_overallBar->setValue(0);
    m_statusLabel->setText(tr("Downloading %1 from %2…").arg(repoId(), HubEnvironment::endpoint()));
    m_downloader->download(repoId(), m_revisionEdit->text());
    updateButtons();
}

void DownloadDialog::reject() {
    // Closing the dialog stops the download; what arrived so far resumes next time.
    m_downloader->cancel();
    QDialog::reject();
}

void DownloadDialog::onProgressed(const QString& file, qint64 bytesReceived, qint64 bytesTotal) {
    if (QProgressBar* bar = m_fileBars.value(file)) {
        showBytes(bar, bytesReceived, bytesTotal);
    }
}

void DownloadDialog::onFinished(const QString& snapshotPath) {
    m_snapshotPath = snapshotPath;
    updateButtons();
    accept();
}

void DownloadDialog::onFailed(const QString& message) {
    updateButtons();
    m_statusLabel->setText(message);
}

void DownloadDialog::showBytes(QProgressBar* bar, qint64 bytesReceived, qint64 bytesTotal) {
    const QLocale locale;
    if (bytesTotal <= 0) {
        bar->setValue(0);
        bar->setFormat(locale.formattedDataSize(bytesReceived));
        return;
    }
    bar->setValue(int(std::min(bytesReceived, bytesTotal) * barScale / bytesTotal));
    bar->setFormat(tr("%1 of %2").arg(locale.formattedDataSize(bytesReceived), locale.formattedDataSize(bytesTotal)));
}
