// The Dataset place for raw text (causal-LM training): opening a corpus through the engine thread
// (EngineController::loadTextCorpus) and showing it as documents only. A corpus is a Dataset
// without labels (bridge/EngineTypes.h isTextCorpus), so the label column, the label filter and the
// label chart have nothing to show and are hidden; the token-length histogram stays.
#include "dataset/DatasetPage.h"

#include "dataset/DatasetTableModel.h"
#include "dataset/LabelChart.h"
#include "dataset/LengthHistogram.h"

#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>

void DatasetPage::openTextCorpus(const QString& path) {
    m_error->hide();
    litetune::DatasetOptions options;
    options.path = toStdString(path);
    options.cleanText = m_cleanText->isChecked();
    load(options, /*corpus=*/true);
}

void DatasetPage::chooseTextCorpusFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Text Corpus"), {}, tr("Text files (*.txt);;All files (*)"));
    if (!path.isEmpty()) {
        openTextCorpus(path);
    }
}

void DatasetPage::chooseTextCorpusFolder() {
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open a Folder of Text Files"));
    if (!path.isEmpty()) {
        openTextCorpus(path);
    }
}

void DatasetPage::showCorpusState(const DatasetHandle& dataset) {
    const bool corpus = isTextCorpus(dataset);
    m_table->setColumnHidden(DatasetTableModel::GlyphColumn, corpus);
    m_table->setColumnHidden(DatasetTableModel::LabelColumn, corpus);
    if (auto* labelFilter = findChild<QComboBox*>(QStringLiteral("labelFilter"))) {
        labelFilter->setVisible(!corpus);
    }
    m_charts->setTabVisible(m_charts->indexOf(m_labelChart), !corpus);
    if (corpus) {
        m_charts->setCurrentWidget(m_lengths);
    }
    m_corpusInfo->setVisible(corpus);
    if (!corpus) {
        return;
    }
    const QLocale locale;
    QStringList counts;
    for (const auto& split : dataset->splits) {
        const QString count = locale.toString(static_cast<qlonglong>(split.examples.size()));
        counts << (split.name == "train"        ? tr("%1 training documents").arg(count)
                   : split.name == "validation" ? tr("%1 validation documents").arg(count)
                                                : tr("%1 documents (%2)").arg(count, toQString(split.name)));
    }
    m_corpusInfo->setText(tr("Text corpus for causal-LM training: %1. No labels: the model learns to continue the "
                             "text.")
                              .arg(locale.createSeparatedList(counts)));
}
