// HubFileInfo: what the Hub says about one file of a repository at a revision, read from the
// first response to `HEAD {endpoint}/{repo}/resolve/{revision}/{file}` (docs/formats.md §4.1).
#pragma once

#include <QString>
#include <QUrl>

struct HubFileInfo {
    QString name; // path inside the repository, e.g. "config.json"
    bool optional = false;
    bool missing = false; // the repository has no such file at this revision
    QString commit;       // X-Repo-Commit
    QString etag;         // X-Linked-Etag, else ETag; without W/ and quotes: the blob's file name
    qint64 size = -1;     // X-Linked-Size, else Content-Length; -1 when unknown
    QUrl downloadUrl;     // where the bytes are: the CDN the Hub redirects LFS files to, else the Hub

    // LFS files are named by the SHA-256 of their content, git files by their git blob SHA-1.
    bool hasSha256Etag() const { return isHex(etag, 64); }
    bool hasGitSha1Etag() const { return isHex(etag, 40); }

    static bool isHex(const QString& text, int length) {
        if (text.size() != length) {
            return false;
        }
        for (const QChar c : text) {
            if (!c.isDigit() && (c < QLatin1Char('a') || c > QLatin1Char('f'))) {
                return false;
            }
        }
        return true;
    }
};
