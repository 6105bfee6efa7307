// SamplePane: one example up close — its text, its tokens as the model sees them (each token
// on its own pastel background, so merges and leading spaces are visible), and, once runs
// exist, every run's prediction, probability and loss for it.
#pragma once

#include "bridge/EngineTypes.h"

#include <QWidget>

class PredictionIndex;
class QTextBrowser;

class SamplePane : public QWidget {
    Q_OBJECT

public:
    explicit SamplePane(QWidget* parent = nullptr);

    void showSample(const DatasetHandle& dataset, int split, int example, const TokenizerHandle& tokenizer,
                    const PredictionIndex& predictions);
    void clear();
    QString plainText() const;

private:
    QString tokensHtml(const std::string& text, const litetune::Tokenizer& tokenizer) const;
    QString predictionsHtml(const DatasetHandle& dataset, int split, int example,
                            const PredictionIndex& predictions) const;
    QString labelHtml(const DatasetHandle& dataset, int label) const;

    QTextBrowser* m_view = nullptr;
};
