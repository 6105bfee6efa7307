// The GUI's side of metric_for_best_model (api/TrainConfig.h): the Train plot marks the best
// evaluation by the run's metric, live (strictly better only, in the metric's direction) and then
// as the engine recorded it for the finished run; the Configure form lists eval_f1_macro first on
// imbalanced training data and says why, without changing the user's choice, and offers a text
// corpus only the metrics a causal LM has.
#include "configure/BestMetricAdvisor.h"
#include "configure/ConfigValidator.h"
#include "configure/HyperParameterForm.h"
#include "training/TrainingPlot.h"

#include "NamedChild.h"

#include <QComboBox>
#include <QLabel>
#include <QStandardItemModel>
#include <QtTest>
#include <qcustomplot.h>

namespace {

litetune::EvalReport evaluation(std::int64_t step, double loss, double f1Macro) {
    litetune::EvalReport report;
    report.step = step;
    report.loss = loss;
    report.f1Macro = f1Macro;
    return report;
}

// The plot's visible text items: the best mark's label among them.
QStringList visibleTexts(QCustomPlot* plot) {
    QStringList texts;
    for (int i = 0; i < plot->itemCount(); ++i) {
        auto* text = qobject_cast<QCPItemText*>(plot->item(i));
        if (text && text->visible()) {
            texts << text->text();
        }
    }
    return texts;
}

int visibleLines(QCustomPlot* plot) {
    int lines = 0;
    for (int i = 0; i < plot->itemCount(); ++i) {
        auto* line = qobject_cast<QCPItemStraightLine*>(plot->item(i));
        lines += line && line->visible() ? 1 : 0;
    }
    return lines;
}

QStringList comboNames(QComboBox* combo) {
    QStringList names;
    for (int i = 0; i < combo->count(); ++i) {
        names << combo->itemData(i).toString();
    }
    return names;
}

bool itemEnabled(QComboBox* combo, const QString& name) {
    auto* items = qobject_cast<QStandardItemModel*>(combo->model());
    return items && items->item(combo->findData(name))->isEnabled();
}

} // namespace

class BestCheckpointUiTest : public QObject {
    Q_OBJECT

private slots:
    void plotMarksTheBestEvaluationLiveAndWhenFinished();
    void imbalancedDataPutsMacroF1FirstWithItsReason();
    void validatorRefusesWhatTheEngineRefuses();
};

void BestCheckpointUiTest::plotMarksTheBestEvaluationLiveAndWhenFinished() {
    TrainingPlot plot;
    plot.setBestMetric("eval_f1_macro");
    QVERIFY(!plot.hasBestMark());
    QCOMPARE(visibleLines(plot.lossPlot()), 0);
    // Higher is better for macro-F1; the tie at step 40 keeps step 20, as the engine does.
    plot.considerForBest(evaluation(10, 1.0, 0.50));
    plot.considerForBest(evaluation(20, 0.9, 0.70));
    plot.considerForBest(evaluation(30, 0.8, 0.60));
    plot.considerForBest(evaluation(40, 0.7, 0.70));
    QCOMPARE(plot.bestStep(), 20.0);
    QCOMPARE(plot.bestText(), QStringLiteral("best eval_f1_macro at step 20"));
    QVERIFY(visibleTexts(plot.lossPlot()).contains(QStringLiteral("best eval_f1_macro at step 20")));
    QCOMPARE(visibleLines(plot.lossPlot()), 1);

    // Lower is better for a loss: the same evaluations mark the last step.
    plot.clear();
    QVERIFY(!plot.hasBestMark());
    QCOMPARE(visibleLines(plot.lossPlot()), 0);
    plot.setBestMetric("eval_loss");
    for (const auto& report : {evaluation(10, 1.0, 0.5), evaluation(20, 0.9, 0.7), evaluation(40, 0.7, 0.7)}) {
        plot.considerForBest(report);
    }
    QCOMPARE(plot.bestStep(), 40.0);

    // The finished run's record wins over what the evaluations suggested.
    litetune::RunResult result;
    result.config.metricForBestModel = "eval_accuracy";
    result.bestGlobalStep = 30;
    result.bestMetric = 0.8;
    plot.showBest(result);
    QCOMPARE(plot.bestText(), QStringLiteral("best eval_accuracy at step 30"));
    QVERIFY(visibleTexts(plot.lossPlot()).contains(QStringLiteral("best eval_accuracy at step 30")));
}

void BestCheckpointUiTest::imbalancedDataPutsMacroF1FirstWithItsReason() {
    QVERIFY(!BestMetricAdvisor::imbalance({30, 20, 11}));
    QCOMPARE(*BestMetricAdvisor::imbalance({52, 20, 10}), 5.2);

    HyperParameterForm form;
    auto* combo = uitest::child<QComboBox>(&form, "metricForBestModelCombo");
    auto* reason = uitest::child<QLabel>(&form, "bestMetricReason");
    QVERIFY(combo && reason);
    litetune::TrainConfig config;
    config.metricForBestModel = "eval_accuracy";
    form.setConfig(config);
    QCOMPARE(comboNames(combo).first(), QStringLiteral("eval_loss"));
    QVERIFY(reason->isHidden());

    form.setClassCounts({52, 20, 10});
    QCOMPARE(comboNames(combo).first(), QStringLiteral("eval_f1_macro"));
    QCOMPARE(comboNames(combo).count(QStringLiteral("eval_f1_macro")), 1);
    QVERIFY(!reason->isHidden());
    QVERIFY2(reason->text().contains(QStringLiteral("5.2")) && reason->text().contains(QStringLiteral("macro-F1")),
             qPrintable(reason->text()));
    // The user's choice stays.
    litetune::TrainConfig written;
    form.writeTo(written);
    QCOMPARE(written.metricForBestModel, std::string("eval_accuracy"));
    QVERIFY(!itemEnabled(combo, QStringLiteral("perplexity")));

    form.setClassCounts({30, 20, 11});
    QCOMPARE(comboNames(combo).first(), QStringLiteral("eval_loss"));
    QVERIFY(reason->isHidden());

    // A text corpus: a causal LM has eval_loss and perplexity only, and no classes to balance.
    form.setClassCounts({});
    form.setTextCorpus(true);
    QVERIFY(itemEnabled(combo, QStringLiteral("perplexity")));
    QVERIFY(itemEnabled(combo, QStringLiteral("eval_loss")));
    QVERIFY(!itemEnabled(combo, QStringLiteral("eval_f1_macro")));
    QVERIFY(reason->isHidden());
}

void BestCheckpointUiTest::validatorRefusesWhatTheEngineRefuses() {
    litetune::TrainConfig config;
    config.modelPath = "demo";
    QVERIFY(ConfigValidator::problems(config, true, ConfigValidator::Action::Train).isEmpty());
    config.loadBestModelAtEnd = true; // without --eval-every
    const QStringList problems = ConfigValidator::problems(config, true, ConfigValidator::Action::Train);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first(), QString::fromStdString(litetune::bestModelProblem(config)) + QLatin1Char('.'));
    QVERIFY(problems.first().startsWith(QStringLiteral("--load-best-model-at-end needs evaluations")));
    config.evalEvery = 10;
    QVERIFY(ConfigValidator::problems(config, true, ConfigValidator::Action::Train).isEmpty());
    config.task = litetune::Task::CausalLm;
    config.metricForBestModel = "eval_f1_macro";
    QCOMPARE(ConfigValidator::problems(config, true, ConfigValidator::Action::Train).size(), 1);
}

QTEST_MAIN(BestCheckpointUiTest)
#include "BestCheckpointUiTest.moc"
