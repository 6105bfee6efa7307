// BestMetricAdvisor: the Configure form's help for --metric-for-best-model (engine/config/OptionTable.cpp).
// On imbalanced training data (the largest class at least kImbalanceRatio times the smallest) it
// lists eval_f1_macro first and says why beside the combo box: accuracy and weighted F1 reward a
// model that favours the common classes, macro-F1 weighs every class equally. It never changes
// the user's choice. For a text corpus (a causal LM) it offers only eval_loss and perplexity, the
// metrics such a run has; for a classifier everything but perplexity.
#pragma once

#include <QObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;

class BestMetricAdvisor : public QObject {
    Q_OBJECT

public:
    static constexpr double kImbalanceRatio = 3.0;

    // Adds its reason label in the row under `combo` of the combo's form layout.
    explicit BestMetricAdvisor(QComboBox* combo);

    // The training split's count per class (empty for a corpus or no dataset).
    void setClassCounts(const std::vector<std::int64_t>& trainCounts, bool textCorpus);

    // Largest over smallest class count, when the counts are imbalanced by kImbalanceRatio or more
    // (infinity when a class has no training example); nothing otherwise.
    static std::optional<double> imbalance(const std::vector<std::int64_t>& trainCounts);

    QLabel* reasonLabel() const { return m_reason; }

private:
    void order(bool macroFirst);

    QComboBox* m_combo;
    QLabel* m_reason;
};
