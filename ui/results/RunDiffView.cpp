#include "results/RunDiffView.h"

#include "results/DiffSampleModel.h"
#include "results/DifferenceMatrixPlot.h"
#include "results/F1DeltaPlot.h"
#include "results/MetricFormat.h"
#include "results/RunDiffLoader.h"
#include "results/RunSelectionModel.h"
#include "runs/RunCatalog.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

bool isFinished(const litetune::RunResult& run) {
    return !run.cancelled && run.heldByPid == 0 && !RunCatalog::isRunning(toQString(run.runDir));
}

// "+6.6" / "−2.0", coloured as the F1 bars are: green for a gain, red for a loss.
QString signedHtml(double change, int decimals) {
    const QString magnitude = QLocale().toString(std::abs(change), 'f', decimals);
    if (QLocale().toString(change, 'f', decimals) == QLocale().toString(0.0, 'f', decimals)) {
        return QStringLiteral("±") + magnitude;
    }
    const QColor color = change > 0 ? F1DeltaPlot::gainColor() : F1DeltaPlot::lossColor();
    return QStringLiteral("<span style=\"color:%1\"><b>%2%3</b></span>")
        .arg(color.name(), change > 0 ? QStringLiteral("+") : QString(QChar(0x2212)), magnitude);
}

} // namespace

RunDiffView::RunDiffView(RunSelectionModel* selection, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_loader(new RunDiffLoader(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_samples(new DiffSampleModel(this)) {
    setObjectName(QStringLiteral("runDiffView"));
    m_message->setObjectName(QStringLiteral("runDiffMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_message);
    m_stack->addWidget(createContent());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createBar());
    layout->addWidget(m_stack, 1);
    connect(m_loader, &RunDiffLoader::finished, this, &RunDiffView::onLoaded);
    showMessage(tr("Tick two runs on the same data to see what changed between them."));
}

void RunDiffView::setRuns(const RunResultList& runs) {
    const QString chosenA = runDirA();
    const QString chosenB = runDirB();
    m_runs.clear();
    // Newest first; runs that started in the same second (a comparison's base and full fine-tune)
    // count as newer the later the catalogue lists them.
    for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
        const auto& run = *it;
        // Only classifiers have predictions to compare.
        if (run.config.task == litetune::Task::Classification && run.eval.perplexity <= 0.0 &&
            !run.eval.labels.empty()) {
            m_runs.push_back(run);
        }
    }
    std::stable_sort(m_runs.begin(), m_runs.end(),
                     [](const auto& a, const auto& b) { return a.startedAt > b.startedAt; });
    fillCombos();
    const auto has = [this](const QString& dir) { return m_runA->findData(dir) >= 0; };
    if (has(chosenA) && has(chosenB) && chosenA != chosenB) {
        setPair(chosenA, chosenB);
        return;
    }
    // The two newest finished runs, B the newer; unfinished ones only when too few have finished.
    QStringList newest; // finished runs first, each part newest first
    QStringList unfinished;
    for (const auto& run : m_runs) {
        (isFinished(run) ? newest : unfinished).append(toQString(run.runDir));
    }
    newest.append(unfinished);
    if (newest.size() >= 2) {
        setPair(newest.at(1), newest.at(0));
    } else {
        onPairChanged();
    }
}

void RunDiffView::fillCombos() {
    const QSignalBlocker blockA(m_runA);
    const QSignalBlocker blockB(m_runB);
    m_runA->clear();
    m_runB->clear();
    for (const auto& run : m_runs) {
        const QString name = RunCatalog::displayName(run);
        m_runA->addItem(name, toQString(run.runDir));
        m_runB->addItem(name, toQString(run.runDir));
    }
}

void RunDiffView::setPair(const QString& runDirA, const QString& runDirB) {
    {
        const QSignalBlocker blockA(m_runA);
        const QSignalBlocker blockB(m_runB);
        m_runA->setCurrentIndex(m_runA->findData(runDirA));
        m_runB->setCurrentIndex(m_runB->findData(runDirB));
    }
    onPairChanged();
}

QString RunDiffView::runDirA() const {
    return m_runA->currentData().toString();
}

QString RunDiffView::runDirB() const {
    return m_runB->currentData().toString();
}

void RunDiffView::swapRuns() {
    setPair(runDirB(), runDirA());
}

QString RunDiffView::message() const {
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void RunDiffView::onPairChanged() {
    const QString a = runDirA();
    const QString b = runDirB();
    if (m_diff && toQString(m_diff->runA) == a && toQString(m_diff->runB) == b) {
        showDiff(); // the same pair: new names, glyphs or texts (a dataset opened) only
        return;
    }
    m_diff.reset();
    m_headline->clear();
    m_cellTrue = m_cellPredicted = -1;
    if (m_list == List::Cell) {
        m_list = List::Fixed;
    }
    m_swap->setEnabled(m_runs.size() >= 2);
    if (m_runs.size() < 2 || a.isEmpty() || b.isEmpty()) {
        m_loading = false;
        showMessage(tr("Tick two runs on the same data to see what changed between them."));
        return;
    }
    if (a == b) {
        m_loading = false;
        showMessage(tr("A and B are the same run: choose another run for one of them."));
        return;
    }
    m_loading = true;
    m_message->setText(tr("Reading both runs' predictions…"));
    m_stack->setCurrentWidget(m_message);
    m_loader->request(a, b);
}

void RunDiffView::onLoaded(const QString& runDirA, const QString& runDirB,
                           std::shared_ptr<const litetune::RunDiff> diff, const QString& refusal) {
    if (runDirA != this->runDirA() || runDirB != this->runDirB() || !m_loading) {
        return; // an answer for a pair no longer shown; the loader is reading the current one
    }
    m_loading = false;
    if (!diff) {
        showMessage(tr("These runs cannot be compared sample by sample: %1").arg(refusal));
        return;
    }
    m_diff = std::move(diff);
    showDiff();
}

void RunDiffView::showMessage(const QString& text) {
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    emit diffShown();
}

QHash<qint64, QString> RunDiffView::sampleTexts() const {
    // The texts come from the open dataset when it is the runs' data: the same split, labels and,
    // for every changed sample, the same true label. Otherwise the table shows rows without text.
    QHash<qint64, QString> texts;
    const DatasetHandle& dataset = m_selection->dataset();
    if (!m_diff || !dataset || dataset->labels.size() != m_diff->labels.size()) {
        return texts;
    }
    for (size_t i = 0; i < dataset->labels.size(); ++i) {
        if (dataset->labels[i].name != m_diff->labels[i]) {
            return texts;
        }
    }
    const auto split = std::find_if(dataset->splits.begin(), dataset->splits.end(),
                                    [this](const auto& one) { return one.name == m_diff->split; });
    if (split == dataset->splits.end()) {
        return texts;
    }
    for (const auto& sample : m_diff->changed) {
        if (sample.index < 0 || static_cast<size_t>(sample.index) >= split->examples.size() ||
            split->examples[static_cast<size_t>(sample.index)].label != sample.label) {
            return {};
        }
        texts.insert(sample.index, toQString(split->examples[static_cast<size_t>(sample.index)].text));
    }
    return texts;
}

void RunDiffView::showDiff() {
    QVector<ConfusionMatrixPlot::Label> labels;
    for (const auto& name : m_diff->labels) {
        QString shown = toQString(name);
        shown.replace(QLatin1Char('_'), QLatin1Char(' '));
        labels.append({m_selection->glyph(name), shown.trimmed()});
    }
    const QString nameA = m_runA->currentText();
    const QString nameB = m_runB->currentText();
    // The combos above name the runs; a title naming them again would not fit a narrow plot.
    m_matrix->setDelta(tr("Confusion matrix of B − A"), labels, m_diff->confusionDelta);
    m_f1->setScores(labels, m_diff->f1A, m_diff->f1B);
    m_samples->setContext(labels, nameA, nameB, sampleTexts());
    updateHeadline();
    showList(m_list);
    m_stack->setCurrentIndex(1);
    emit diffShown();
}

void RunDiffView::updateHeadline() {
    const litetune::RunDiff& diff = *m_diff;
    const QLocale locale;
    m_headline->setText(
        tr("Accuracy %1 → %2 (%3) · macro F1 %4 → %5 (%6) · <b>fixed %7</b>, <b>broken %8</b> of %9 %10 samples")
            .arg(MetricFormat::percent(diff.accuracyA), MetricFormat::percent(diff.accuracyB),
                 signedHtml((diff.accuracyB - diff.accuracyA) * 100.0, 1), locale.toString(diff.macroF1A, 'f', 3),
                 locale.toString(diff.macroF1B, 'f', 3), signedHtml(diff.macroF1B - diff.macroF1A, 3),
                 locale.toString(qlonglong(diff.fixed.size())), locale.toString(qlonglong(diff.broken.size())),
                 locale.toString(qlonglong(diff.samples)), toQString(diff.split).toHtmlEscaped()));
}

void RunDiffView::showList(List list) {
    if (!m_diff) {
        return;
    }
    if (list == List::Cell && m_cellTrue < 0) {
        list = List::Fixed;
    }
    m_list = list;
    switch (list) {
    case List::Fixed:
        m_samples->setSamples(m_diff->fixed);
        break;
    case List::Broken:
        m_samples->setSamples(m_diff->broken);
        break;
    case List::Cell:
        m_samples->setSamples(m_diff->cell(m_cellTrue, m_cellPredicted));
        break;
    }
    m_showInDataset->setEnabled(list != List::Cell);
    updateListCombo();
}

void RunDiffView::showCell(int trueLabel, int predicted) {
    m_cellTrue = trueLabel;
    m_cellPredicted = predicted;
    showList(List::Cell);
}

void RunDiffView::updateListCombo() {
    const QSignalBlocker blocker(m_listChoice);
    const QLocale locale;
    m_listChoice->clear();
    m_listChoice->addItem(tr("Fixed by B (%1)").arg(locale.toString(qlonglong(m_diff->fixed.size()))),
                          int(List::Fixed));
    m_listChoice->addItem(tr("Broken by B (%1)").arg(locale.toString(qlonglong(m_diff->broken.size()))),
                          int(List::Broken));
    if (m_cellTrue >= 0) {
        const auto name = [this](int label) {
            return label >= 0 && static_cast<size_t>(label) < m_diff->labels.size()
                       ? toQString(m_diff->labels[static_cast<size_t>(label)])
                             .replace(QLatin1Char('_'), QLatin1Char(' '))
                             .trimmed()
                       : QString::number(label);
        };
        m_listChoice->addItem(tr("Cell: true %1 → predicted %2 (%3)")
                                  .arg(name(m_cellTrue), name(m_cellPredicted),
                                       locale.toString(qlonglong(m_diff->cell(m_cellTrue, m_cellPredicted).size()))),
                              int(List::Cell));
    }
    m_listChoice->setCurrentIndex(m_listChoice->findData(int(m_list)));
}
