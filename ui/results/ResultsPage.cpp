#include "results/ResultsPage.h"

#include "runs/RunCatalog.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

ResultsPage::ResultsPage(RunCatalog* runs, QWidget* parent)
    : QWidget(parent)
    , m_runs(runs)
    , m_table(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("resultsPage"));
    auto* note = new QLabel(tr("<b>Runs</b> — every finished run in %1. The side-by-side comparison with confusion "
                               "matrices and per-class scores comes in a later version.")
                                .arg(QDir::toNativeSeparators(runs->runsRoot()).toHtmlEscaped()),
                            this);
    note->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setHeaderLabels({tr("Run"), tr("Method"), tr("Accuracy"), tr("F1 (weighted)"), tr("F1 (macro)"),
                              tr("Validation loss"), tr("Training loss"), tr("Training time"), tr("Folder")});
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    connect(m_runs, &RunCatalog::runsChanged, this, &ResultsPage::rebuild);
    rebuild();
}

void ResultsPage::rebuild() {
    m_table->clear();
    const QLocale locale;
    auto percent = [&locale](double value) { return locale.toString(value * 100.0, 'f', 2) + QLatin1Char('%'); };
    for (const auto& run : m_runs->runs()) {
        auto* item = new QTreeWidgetItem(m_table);
        item->setText(0, RunCatalog::displayName(run));
        item->setText(1, QString::fromLatin1(litetune::methodName(run.config.method)));
        item->setText(2, percent(run.eval.accuracy));
        item->setText(3, percent(run.eval.f1Weighted));
        item->setText(4, percent(run.eval.f1Macro));
        item->setText(5, locale.toString(run.eval.loss, 'f', 4));
        item->setText(6, run.config.method == litetune::Method::Evaluate ? QStringLiteral("–")
                                                                         : locale.toString(run.trainLoss, 'f', 4));
        item->setText(7, locale.toString(run.trainRuntime, 'f', 1) + tr(" s"));
        item->setText(8, QDir::toNativeSeparators(toQString(run.runDir)));
        if (run.cancelled) {
            item->setText(0, tr("%1 (cancelled)").arg(item->text(0)));
        }
        for (int column = 2; column <= 7; ++column) {
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
}
