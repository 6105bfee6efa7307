#include "dataset/DatasetFilterBar.h"

#include "common/LabelGlyphs.h"
#include "dataset/DatasetFilterModel.h"
#include "dataset/PredictionIndex.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>

DatasetFilterBar::DatasetFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_split(new QComboBox(this))
    , m_label(new QComboBox(this))
    , m_runView(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_searchDelay(new QTimer(this)) {
    m_search->setObjectName(QStringLiteral("datasetSearch"));
    m_search->setPlaceholderText(tr("Search text…"));
    m_search->setClearButtonEnabled(true);
    m_split->setObjectName(QStringLiteral("splitFilter"));
    m_split->setToolTip(tr("Show one split only."));
    m_label->setObjectName(QStringLiteral("labelFilter"));
    m_label->setToolTip(tr("Show one label only."));
    m_label->setMaxVisibleItems(21);
    m_runView->setObjectName(QStringLiteral("runViewFilter"));
    m_count->setObjectName(QStringLiteral("rowCount"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_split, 1);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_runView, 1);
    layout->addWidget(m_count);

    // Typing waits for a pause; one filter pass over 100k rows per keystroke would stutter.
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &DatasetFilterBar::filtersChanged);
    connect(m_split, &QComboBox::currentIndexChanged, this, &DatasetFilterBar::filtersChanged);
    connect(m_split, &QComboBox::currentIndexChanged, this, &DatasetFilterBar::splitChanged);
    connect(m_label, &QComboBox::currentIndexChanged, this, &DatasetFilterBar::filtersChanged);
    connect(m_runView, &QComboBox::currentIndexChanged, this, &DatasetFilterBar::filtersChanged);
    setRunViews(PredictionIndex());
}

void DatasetFilterBar::setDataset(const DatasetHandle& dataset) {
    const QSignalBlocker splitBlocker(m_split);
    const QSignalBlocker labelBlocker(m_label);
    const QSignalBlocker searchBlocker(m_search);
    const QLocale locale;
    m_search->clear();
    m_split->clear();
    m_split->addItem(tr("All splits"), -1);
    m_label->clear();
    m_label->addItem(tr("All labels"), -1);
    if (dataset) {
        for (size_t i = 0; i < dataset->splits.size(); ++i) {
            const auto& split = dataset->splits[i];
            const auto size = static_cast<qlonglong>(split.examples.size());
            m_split->addItem(QStringLiteral("%1 (%2)").arg(toQString(split.name), locale.toString(size)),
                             static_cast<int>(i));
        }
        for (size_t i = 0; i < dataset->labels.size(); ++i) {
            const auto& label = dataset->labels[i];
            m_label->addItem(LabelGlyphs::icon(LabelGlyphs::glyph(label)), LabelGlyphs::displayName(label),
                             static_cast<int>(i));
        }
    }
}

void DatasetFilterBar::setRunViews(const PredictionIndex& predictions) {
    const QSignalBlocker blocker(m_runView);
    m_runView->clear();
    m_runView->addItem(tr("All rows"));
    using View = DatasetFilterModel::RunView;
    for (int run = 0; run < predictions.runCount(); ++run) {
        m_runView->addItem(tr("Misclassified by %1").arg(predictions.run(run).name),
                           QVariantList{int(View::MisclassifiedBy), run});
    }
    for (const PredictionIndex::Pair& pair : predictions.diffPairs()) {
        const QString b = predictions.run(pair.runB).name;
        const QString a = predictions.run(pair.runA).name;
        m_runView->addItem(tr("Fixed by %1 vs %2").arg(b, a), QVariantList{int(View::FixedBy), pair.runB, pair.runA});
        m_runView->addItem(tr("Broken by %1 vs %2").arg(b, a), QVariantList{int(View::BrokenBy), pair.runB, pair.runA});
    }
    if (predictions.runCount() >= 2) {
        m_runView->addItem(tr("Runs disagree"), QVariantList{int(View::RunsDisagree), -1});
    }
    if (predictions.runCount() >= 1) {
        m_runView->addItem(tr("Highest loss first"), QVariantList{int(View::HighestLossFirst), -1});
    }
    m_runView->setEnabled(predictions.runCount() > 0);
    m_runView->setToolTip(predictions.runCount() > 0
                              ? tr("Views that use the predictions of finished runs on this dataset.")
                              : tr("Finished runs on this dataset add views such as \"misclassified by run\"."));
}

bool DatasetFilterBar::selectRunView(const PredictionIndex& predictions, DatasetFilterModel::RunView view, int run,
                                     int otherRun) {
    using View = DatasetFilterModel::RunView;
    const bool pair = view == View::FixedBy || view == View::BrokenBy;
    if (run < 0 || run >= predictions.runCount() || (pair && (otherRun < 0 || otherRun >= predictions.runCount()))) {
        return false;
    }
    const QVariantList data{int(view), run, pair ? otherRun : -1};
    int index = -1;
    for (int i = 1; i < m_runView->count() && index < 0; ++i) {
        QVariantList item = m_runView->itemData(i).toList();
        if (item.size() == 2) {
            item.append(-1);
        }
        index = item == data ? i : -1;
    }
    if (index < 0) {
        const QString b = predictions.run(run).name;
        const QString a = pair ? predictions.run(otherRun).name : QString();
        const QString text = view == View::FixedBy    ? tr("Fixed by %1 vs %2").arg(b, a)
                             : view == View::BrokenBy ? tr("Broken by %1 vs %2").arg(b, a)
                                                      : tr("Misclassified by %1").arg(b);
        m_runView->addItem(text, data);
        index = m_runView->count() - 1;
    }
    m_runView->setCurrentIndex(index); // filtersChanged, when it changed
    return true;
}

int DatasetFilterBar::split() const {
    return m_split->currentIndex() > 0 ? m_split->currentData().toInt() : -1;
}

void DatasetFilterBar::applyTo(DatasetFilterModel* model) const {
    model->setSearchText(m_search->text());
    model->setSplitFilter(split());
    model->setLabelFilter(m_label->currentIndex() > 0 ? m_label->currentData().toInt() : -1);
    const QVariantList view = m_runView->currentData().toList();
    if (m_runView->currentIndex() > 0 && view.size() >= 2) {
        model->setRunView(static_cast<DatasetFilterModel::RunView>(view.at(0).toInt()), view.at(1).toInt(),
                          view.size() >= 3 ? view.at(2).toInt() : -1);
    } else {
        model->setRunView(DatasetFilterModel::RunView::AllRows);
    }
}

void DatasetFilterBar::setCount(int shown, int total) {
    const QLocale locale;
    m_count->setText(tr("%1 of %2 rows").arg(locale.toString(shown), locale.toString(total)));
}
