// BatchPredictionModel: the Playground's batch mode — one row per pasted text, one column per run
// with its top label's glyph (as a colour icon), name and probability (the top five in the tooltip) — and its CSV form:
// a header "text", then "<run> label", "<run> glyph", "<run> probability" per run; RFC 4180 quoting, UTF-8.
#pragma once

#include "bridge/EngineTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QVector>

class BatchPredictionModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TextColumn, FirstRunColumn };

    explicit BatchPredictionModel(QObject* parent = nullptr);

    // Clears every prediction: new texts or new runs mean new questions.
    void reset(const QStringList& texts, const QStringList& runNames);
    // Fills a run's column; `glyphs` maps label names to glyphs where the scores carry none.
    void setPredictions(int run, const PredictionTable& predictions, const QHash<QString, QString>& glyphs = {});
    // Why a run has no answers: `message` in its cells, `detail` in their tooltips.
    void setRunMessage(int run, const QString& message, const QString& detail = {});
    // A cancelled run's column: its header says "(partial)"; the CSV's column names stay as they are.
    void setPartial(int run);

    const QStringList& texts() const { return m_texts; }
    int runCount() const { return m_runNames.size(); }
    bool hasPredictions() const;
    bool isPartial() const;
    QString toCsv() const;
    // Writes the CSV atomically (QSaveFile); false with a message on failure.
    bool writeCsv(const QString& path, QString* errorMessage) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct RunColumn {
        PredictionTable predictions; // empty until answered
        QStringList glyphs;          // top label's glyph per text
        QString message;             // why there is no answer
        QString detail;
        bool partial = false; // cancelled: answers for the first texts only
    };

    QStringList m_texts;
    QStringList m_runNames;
    QVector<RunColumn> m_runs;
};
