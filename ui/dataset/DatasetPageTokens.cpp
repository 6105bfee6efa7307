// Token counts on the Dataset place: the tokenizer of the model chosen in Configure, loaded on the
// engine thread, feeds the sample pane's tokens and the length histogram with its truncation share,
// and a line above the sample names that tokenizer. The names matter: the demo model's byte-level
// vocabulary counts one token per byte, several times GPT-2's count for the same text.
#include "dataset/DatasetPage.h"

#include "bridge/EngineController.h"
#include "configure/HfCacheScanner.h"
#include "dataset/DatasetFilterBar.h"
#include "dataset/LengthHistogram.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>

namespace {

// A model of the Hugging Face cache by its repository ("openai-community/gpt2"), any other folder
// by its own name.
QString modelName(const QString& modelPath) {
    const QString path = QDir::cleanPath(modelPath);
    for (const auto& cached : HfCacheScanner::scan()) {
        if (cached.snapshotPath == path) {
            return cached.repoId;
        }
    }
    return QFileInfo(path).fileName();
}

bool isDemoModel(const QString& modelPath) {
    return modelPath == QLatin1String(litetune::kDemoModelName);
}

} // namespace

void DatasetPage::setTokenizerModel(const QString& modelPath) {
    if (modelPath == m_tokenizerModel) {
        return;
    }
    m_tokenizerModel = modelPath;
    m_tokenizerName = modelPath.isEmpty() || isDemoModel(modelPath) ? QString() : modelName(modelPath);
    m_tokenizer.reset();
    m_lengths->clear();
    if (!modelPath.isEmpty()) {
        m_engine->loadTokenizer(modelPath);
    }
    showTokenizer();
    showCurrentSample(); // no counts of the previous tokenizer while the new one loads
}

void DatasetPage::setMaxLength(int maxLength) {
    if (maxLength != m_maxLength) {
        m_maxLength = maxLength;
        requestLengthStats();
    }
}

void DatasetPage::onTokenizerLoaded(const TokenizerHandle& tokenizer, const QString& modelPath) {
    if (modelPath != m_tokenizerModel) {
        return;
    }
    m_tokenizer = tokenizer;
    showTokenizer();
    requestLengthStats();
    showCurrentSample();
}

void DatasetPage::showTokenizer() {
    QString text;
    if (m_tokenizerModel.isEmpty()) {
        text = tr("No model is chosen, so tokens are not counted: choose one in Configure.");
    } else if (!m_tokenizer) {
        text = isDemoModel(m_tokenizerModel) ? tr("Loading the demo model's tokenizer…")
                                             : tr("Loading %1's tokenizer…").arg(m_tokenizerName);
    } else if (isDemoModel(m_tokenizerModel)) {
        text = tr("Tokens counted with the demo model's byte-level tokenizer: one token per byte, several times "
                  "GPT-2's count. Choose another model in Configure to count with its tokenizer.");
    } else {
        text = tr("Tokens counted with %1's tokenizer, the model chosen in Configure.").arg(m_tokenizerName);
    }
    m_tokenizerLabel->setText(text);
}

void DatasetPage::requestLengthStats() {
    const DatasetHandle& data = dataset();
    if (!data || !m_tokenizer || data->splits.empty()) {
        return;
    }
    const int split = m_filterBar->split();
    const auto& chosen = data->splits[static_cast<size_t>(split >= 0 ? split : 0)];
    m_engine->computeLengthStats(data, m_tokenizer, toQString(chosen.name), m_maxLength);
}

void DatasetPage::onLengthStats(const litetune::LengthStats& stats, const QString& splitName) {
    // Without a tokenizer the model has just changed: these counts are the previous tokenizer's.
    if (dataset() && m_tokenizer && stats.maxLength == m_maxLength) {
        m_lengths->setStats(stats, splitName);
    }
}
