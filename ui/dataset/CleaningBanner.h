// CleaningBanner: the Dataset place's warning that the training texts hold far more invisible
// characters and extra white space than the held-out texts, with a button that asks for cleaning.
// Why: datasets made by deleting emoji keep invisible remnants (TweetEval emoji: a U+FE0F where ❤️
// was, in 19.8% of the training tweets against 1.6% of validation), and a model learns the remnant
// instead of the text (docs/data.md, "Text cleaning"). It only shows what it is given: the shares
// come from the engine thread (EngineController::computeCleaningShares), never from the GUI thread.
#pragma once

#include "bridge/EngineTypes.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;

class CleaningBanner : public QFrame {
    Q_OBJECT

public:
    // A training share below this is noise (tweets with a double space), whatever validation has.
    static constexpr double kMinTrainShare = 0.05;
    // How many times the held-out split's share the training share must be to warn.
    static constexpr double kMinRatio = 3.0;

    explicit CleaningBanner(QWidget* parent = nullptr);

    // The warning for `shares` (litetune::cleaningShare per split, in the order of dataset.splits),
    // comparing training with validation, else test; empty when there is nothing to warn about.
    static QString warning(const litetune::Dataset& dataset, const QList<double>& shares);
    // Shows the warning, or hides the banner when there is none.
    void showShares(const litetune::Dataset& dataset, const QList<double>& shares);

signals:
    void cleanRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateIcon();

    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_clean = nullptr;
};
