// DiffSampleModel: the samples of a run diff as a table — the sample's row in the evaluated split,
// its text (when the open dataset holds that split), its true label, and each run's prediction with
// its probability, coloured right or wrong. Shows one list at a time: what B fixed, what B broke,
// or the changed samples of one cell of the difference matrix (api/RunDiff.h).
#pragma once

#include "results/ConfusionMatrixPlot.h"

#include "api/RunDiff.h"

#include <QAbstractTableModel>
#include <QHash>

class DiffSampleModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { IndexColumn, TextColumn, TrueColumn, RunAColumn, RunBColumn, ColumnCount };
    enum Role { SampleIndexRole = Qt::UserRole + 1 };

    explicit DiffSampleModel(QObject* parent = nullptr);

    // Labels in the diff's class order; texts by the split's row (may be empty: rows without text).
    void setContext(const QVector<ConfusionMatrixPlot::Label>& labels, const QString& nameA, const QString& nameB,
                    const QHash<qint64, QString>& texts);
    void setSamples(std::vector<litetune::DiffSample> samples);
    const std::vector<litetune::DiffSample>& samples() const { return m_samples; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString labelName(int label) const;
    QVariant predictionData(int label, int predicted, float probability, int role) const;

    QVector<ConfusionMatrixPlot::Label> m_labels;
    QString m_nameA;
    QString m_nameB;
    QHash<qint64, QString> m_texts;
    std::vector<litetune::DiffSample> m_samples;
};
