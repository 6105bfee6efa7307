// HubCacheLayout: one repository's folder in the Hugging Face cache, laid out exactly as
// huggingface_hub lays it out, so Python tools and LiteTune share downloads:
//   <cache>/models--ORG--NAME/blobs/<etag>                content, named by its hash
//                             refs/<revision>             the commit a branch or tag points at
//                             snapshots/<commit>/<file>   relative symlink to ../../blobs/<etag>
//                             .no_exist/<commit>/<file>   a file known to be absent
// It does not take huggingface_hub's .locks (filelock's locks are not Qt's), so two programs
// downloading the same blob at once each write their own .incomplete and the last rename wins.
// Reference: huggingface_hub file_download.py; docs/formats.md §4.2.
#pragma once

#include <QCoreApplication>
#include <QString>

class HubCacheLayout {
    Q_DECLARE_TR_FUNCTIONS(HubCacheLayout)

public:
    HubCacheLayout(const QString& cacheRoot, const QString& repoId);

    // "openai-community/gpt2" → "models--openai-community--gpt2".
    static QString repoFolderName(const QString& repoId);
    // A header's etag as a file name: no W/ prefix, no quotes.
    static QString normalizeEtag(const QString& etag);
    static bool isCommitHash(const QString& revision);

    QString repoDir() const { return m_repoDir; }
    QString blobPath(const QString& etag) const;
    QString incompletePath(const QString& etag) const;
    QString snapshotDir(const QString& commit) const;
    QString refPath(const QString& revision) const;

    // The commit a revision names in the cache: a commit hash with a snapshot folder names itself,
    // a branch or tag reads refs/<revision>. Empty when the cache cannot tell.
    QString resolveRevision(const QString& revision) const;
    bool writeRef(const QString& revision, const QString& commit, QString* errorMessage) const;
    // snapshots/<commit>/<file> → blobs/<etag>, relative so the cache can be moved. Replaces an
    // existing link; copies the blob where the file system has no symlinks.
    bool linkSnapshotFile(const QString& commit, const QString& file, const QString& etag, QString* errorMessage) const;
    // Records that a file does not exist at a commit (the empty marker huggingface_hub writes).
    void markMissing(const QString& commit, const QString& file) const;

private:
    QString m_repoDir;
};
