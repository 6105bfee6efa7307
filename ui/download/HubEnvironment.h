// HubEnvironment: the Hugging Face Hub settings a process inherits, read the way huggingface_hub
// reads them (src/huggingface_hub/constants.py), so LiteTune and Python tools agree on the
// endpoint, the cache folder, the token and offline mode. Read afresh on every call: tests and
// users may change the environment between downloads. Reference: docs/formats.md §4.3.
#pragma once

#include <QNetworkRequest>
#include <QString>
#include <QUrl>

class HubEnvironment {
public:
    // HF_ENDPOINT (a mirror), else https://huggingface.co; never ends with '/'.
    static QString endpoint();
    // The cache folder and HF_HOME as the engine resolves them (api/ModelCache.h).
    static QString cacheRoot();
    static QString home();
    // HF_TOKEN, else the first line of $HF_TOKEN_PATH, else of $HF_HOME/token; empty if none.
    static QString token();
    // HF_HUB_OFFLINE or (legacy) TRANSFORMERS_OFFLINE set to 1/ON/YES/TRUE, any case.
    static bool isOffline();
    static bool isTruthy(const QString& value);
    // HF_HUB_DOWNLOAD_TIMEOUT in seconds (default 10), as milliseconds of allowed silence.
    static int transferTimeoutMs();

    // A request with the headers every Hub call carries. The token goes only to the endpoint's own
    // origin: redirects to a CDN must not leak it to another host (requests does the same).
    static QNetworkRequest request(const QUrl& url);

private:
    static QString environment(const char* name);
};
