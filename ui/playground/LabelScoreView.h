// LabelScoreView: one run's answer to the Playground's text — its top labels, each a row of glyph
// (colour emoji font), name, a bar as long as the probability and the percentage. Until the answer
// comes, or when the run cannot answer, it shows a short message instead.
#pragma once

#include "bridge/EngineTypes.h"

#include <QWidget>

class LabelScoreView : public QWidget {
    Q_OBJECT

public:
    explicit LabelScoreView(const QString& title, const QColor& accent, QWidget* parent = nullptr);

    // Glyphs missing from the scores are taken from `glyphs` (index-aligned, may be shorter).
    void setScores(const std::vector<litetune::LabelScore>& scores, const QStringList& glyphs = {});
    void setMessage(const QString& message);
    void setBusy(bool busy);
    const std::vector<litetune::LabelScore>& scores() const { return m_scores; }
    QString message() const { return m_message; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_title;
    QColor m_accent;
    std::vector<litetune::LabelScore> m_scores;
    QStringList m_glyphs;
    QString m_message;
    bool m_busy = false;
};
