// DownloadDialog: asks for a Hugging Face repository id and revision, downloads the model with
// HubDownloader while showing each file's progress and the total, and hands back the snapshot
// folder, which opens like any local model folder. Cancel stops the download; the partial file
// stays in the cache and the next download of the same model resumes it.
#pragma once

#include <QDialog>
#include <QHash>

class HubDownloader;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

class DownloadDialog : public QDialog {
    Q_OBJECT

public:
    explicit DownloadDialog(QWidget* parent = nullptr);

    // Opens the dialog modally; the downloaded snapshot folder, or empty when cancelled or failed.
    static QString run(QWidget* parent, const QString& repoId = {});

    void setRepoId(const QString& repoId);
    QString repoId() const;
    QString snapshotPath() const { return m_snapshotPath; }
    HubDownloader* downloader() const { return m_downloader; }

public slots:
    void startDownload();
    void reject() override;

private:
    QProgressBar* addProgressRow(const QString& title, const QString& objectName);
    void updateButtons();
    void onProgressed(const QString& file, qint64 bytesReceived, qint64 bytesTotal);
    void onFinished(const QString& snapshotPath);
    void onFailed(const QString& message);
    static void showBytes(QProgressBar* bar, qint64 bytesReceived, qint64 bytesTotal);

    HubDownloader* m_downloader;
    QLineEdit* m_repoEdit;
    QLineEdit* m_revisionEdit;
    QLabel* m_statusLabel;
    QGridLayout* m_progressGrid;
    QProgressBar* m_overallBar;
    QHash<QString, QProgressBar*> m_fileBars;
    QDialogButtonBox* m_buttons;
    QPushButton* m_downloadButton;
    QString m_snapshotPath;
};
