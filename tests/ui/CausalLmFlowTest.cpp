// Causal-LM training through the main window, offscreen, with the real engine thread: File ▸ Demo
// Text Corpus opens raw text without labels, Configure switches to the causal-LM task (only full
// fine-tune and LoRA offered, Compare refused), a tiny run trains, the Train place plots perplexity
// where a classifier's accuracy goes, and the Results place shows a Perplexity row and a "no
// classes" note instead of a confusion matrix.
#include "IsolatedTestMain.h"
#include "NamedChild.h"
#include "bridge/EngineController.h"
#include "configure/ConfigurePage.h"
#include "dataset/DatasetPage.h"
#include "main/MainWindow.h"
#include "results/ConfusionMatrixPlot.h"
#include "results/ResultsPage.h"
#include "results/ResultsTableModel.h"
#include "results/RunSelectionModel.h"
#include "training/TrainPage.h"
#include "training/TrainingPlot.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

#include <qcustomplot.h>

namespace {

constexpr int kTimeoutMs = 60000;

using uitest::child;

} // namespace

class CausalLmFlowTest : public QObject {
    Q_OBJECT

private slots:
    void demoTextTrainsACausalLm();
};

void CausalLmFlowTest::demoTextTrainsACausalLm() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Dataset: documents only, counted per split.
    child<QAction>(&window, "openDemoTextAction")->trigger();
    QCOMPARE(window.currentPlace(), MainWindow::Place::Dataset);
    QTRY_VERIFY_WITH_TIMEOUT(isTextCorpus(window.datasetPage()->dataset()), kTimeoutMs);
    QCOMPARE(window.datasetPage()->options().path, std::string(litetune::kDemoCorpusName));
    auto* table = child<QTableView>(&window, "datasetTable");
    QVERIFY(table->isColumnHidden(1) && table->isColumnHidden(2)); // glyph and label
    auto* corpusInfo = child<QLabel>(&window, "corpusInfo");
    QVERIFY(corpusInfo->isVisible());
    QVERIFY2(corpusInfo->text().contains(QLatin1String("training documents")), qPrintable(corpusInfo->text()));

    // Configure: the task follows the data; only Full and LoRA; no comparison.
    auto* method = child<QComboBox>(&window, "methodCombo");
    const auto* methods = qobject_cast<QStandardItemModel*>(method->model());
    QVERIFY(!methods->item(method->findData(int(litetune::Method::Head)))->isEnabled());
    QVERIFY(!methods->item(method->findData(int(litetune::Method::Evaluate)))->isEnabled());
    QVERIFY(methods->item(method->findData(int(litetune::Method::Lora)))->isEnabled());
    QVERIFY(child<QLabel>(&window, "taskLabel")->text().contains(QLatin1String("Causal language model")));
    auto* compare = child<QPushButton>(&window, "compareButton");
    QVERIFY(!compare->isEnabled());
    QVERIFY(compare->toolTip().contains(QLatin1String("compare sets classifiers side by side"), Qt::CaseInsensitive));
    QVERIFY(!window.configurePage()->requestCompare());
    litetune::TrainConfig config = window.configurePage()->config();
    QCOMPARE(config.task, litetune::Task::CausalLm);
    QCOMPARE(config.dataPath, std::string(litetune::kDemoCorpusName));

    // A tiny run: six steps, evaluated at 3 and 6.
    config.modelPath = "demo";
    config.method = litetune::Method::Full;
    config.maxSteps = 6;
    config.evalEvery = 3;
    config.batchSize = 4;
    config.evalBatchSize = 8;
    config.maxLength = 32;
    config.limitTrain = 24;
    config.limitEval = 8;
    config.threads = 1;
    QSignalSpy evaluations(window.engine(), &EngineController::evaluationReported);
    QSignalSpy finished(window.engine(), &EngineController::runFinished);
    QSignalSpy failed(window.engine(), &EngineController::runFailed);
    QVERIFY(window.engine()->train(config));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1 || failed.count() > 0, kTimeoutMs);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    const auto result = finished.first().first().value<litetune::RunResult>();
    QVERIFY(!result.cancelled);
    QVERIFY(result.eval.perplexity > 0.0);

    // Train: every evaluation a perplexity, plotted on the right axis.
    QVERIFY(!evaluations.isEmpty());
    for (const auto& arguments : evaluations) {
        QVERIFY(arguments.first().value<litetune::EvalReport>().perplexity > 0.0);
    }
    TrainingPlot* plot = window.trainPage()->plot();
    QVERIFY(plot->isLanguageModel());
    QCOMPARE(plot->evaluationPointCount(), int(evaluations.count()));
    QCOMPARE(plot->lossPlot()->yAxis2->label(), QStringLiteral("Perplexity"));

    // Results: the Perplexity row has the run's value; no confusion matrix, a note instead.
    auto* results = child<ResultsPage>(&window, "resultsPage");
    results->runSelection()->setSelectedRunDirs({toQString(result.runDir)});
    ResultsTableModel* model = results->tableModel();
    QCOMPARE(model->rowCount(), int(ResultsTableModel::RowCount));
    const auto perplexity = model->value(ResultsTableModel::PerplexityRow, 0);
    QVERIFY(perplexity && *perplexity > 0.0);
    QCOMPARE(model->headerData(ResultsTableModel::TrainableParamsRow + 1, Qt::Vertical).toString(),
             QStringLiteral("Perplexity"));
    QVERIFY(model->value(ResultsTableModel::AccuracyRow, 0) == std::nullopt);
    QVERIFY(results->confusionPlots().isEmpty());
    QVERIFY(child<QLabel>(&window, "confusionNote1")->text().contains(QLatin1String("No classes")));
}

LITETUNE_ISOLATED_TEST_MAIN(CausalLmFlowTest)

#include "CausalLmFlowTest.moc"
