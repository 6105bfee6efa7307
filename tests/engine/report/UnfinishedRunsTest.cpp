// Runs that did not finish, in the results table and every report format: the fixture's three
// finished runs beside a cancelled run with the shortest training and the best scores, a run
// cancelled before any evaluation, and a failed run whose folder holds run.json alone — all three
// loaded from their folders as the GUI and the CLI load them. None of the three is ever marked best,
// each is named with how it ended, and a number it never reached is "—" (empty in metrics.csv).
#include "api/Workbench.h"
#include "report/MetricTable.h"
#include "report/ReportBuilder.h"
#include "runs/ResultJson.h"
#include "runs/RunManifest.h"
#include "util/AtomicFile.h"

#include "HtmlChecks.h"
#include "ReportFixtures.h"
#include "TestPaths.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

using namespace litetune;
namespace fs = std::filesystem;

namespace {

const char* const kStar = "\xE2\x98\x85";

// A run folder as RunLifecycle leaves it: run.json with `status`, metrics.json unless it failed.
RunResult writeAndLoad(const fs::path& dir, const RunResult& run, const std::string& status) {
    fs::create_directories(dir);
    RunManifest manifest;
    manifest.name = run.name;
    manifest.config = run.config;
    manifest.status = status;
    writeRunManifest(dir, manifest);
    if (status != "failed")
        writeFileAtomically(dir / "metrics.json", runResultToJson(run).dump(2));
    return loadRun(dir);
}

class UnfinishedRuns : public ::testing::Test {
protected:
    void SetUp() override {
        const fs::path root = test::freshTempDir("report-unfinished");
        m_input = test::makeReportFixture(root);
        const RunResult lora = m_input.runs[2]; // a copy: the pushes below move the vector

        RunResult quick = lora; // faster and better than every finished run, but cancelled
        quick.name = "quick";
        quick.cancelled = true;
        quick.trainRuntime = 60.0;
        quick.trainLoss = 0.5;
        quick.eval.loss = 0.4;
        quick.eval.accuracy = 0.95;
        quick.eval.f1Macro = 0.9;
        quick.peakMemoryBytes = 0; // never measured
        m_input.runs.push_back(writeAndLoad(root / "quick", quick, "cancelled"));

        RunResult early = lora; // trained a little, cancelled before any evaluation
        early.name = "early";
        early.cancelled = true;
        early.trainRuntime = 30.0;
        early.trainLoss = 0.1;
        early.eval = EvalReport{};
        m_input.runs.push_back(writeAndLoad(root / "early", early, "cancelled"));

        RunResult broken; // failed while loading its data: no metrics.json at all
        broken.name = "broken";
        broken.config.method = Method::Full;
        m_input.runs.push_back(writeAndLoad(root / "broken", broken, "failed"));
    }

    static constexpr std::size_t kFinished = 3; // columns 0..2; then quick, early, broken

    ReportInput m_input;
};

TEST_F(UnfinishedRuns, AreNamedAndNeverRanked) {
    ASSERT_EQ(m_input.runs.size(), 6u);
    EXPECT_TRUE(m_input.runs[3].cancelled); // as loadRun reads it from run.json
    EXPECT_FALSE(m_input.runs[5].cancelled);
    const MetricTable table(m_input.runs);
    EXPECT_EQ(table.outcomes(),
              (std::vector<RunOutcome>{RunOutcome::Finished, RunOutcome::Finished, RunOutcome::Finished,
                                       RunOutcome::Cancelled, RunOutcome::Cancelled, RunOutcome::Failed}));
    EXPECT_TRUE(table.anyUnranked());
    EXPECT_EQ(table.heading(2), "LoRA r=8");
    EXPECT_EQ(table.heading(3), "quick (cancelled)");
    EXPECT_EQ(table.heading(5), "broken (failed)");

    std::size_t marked = 0;
    for (const MetricRow& row : table.rows())
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
            EXPECT_FALSE(i >= kFinished && row.cells[i].best) << row.key << " of " << table.columns()[i];
            marked += row.cells[i].best;
        }
    EXPECT_GT(marked, 0u);                                  // the finished runs still compete
    EXPECT_TRUE(table.row("train_runtime")->cells[2].best); // LoRA, not the quicker cancelled runs
    EXPECT_TRUE(table.row("train_loss")->cells[1].best);
    EXPECT_TRUE(table.row("eval_accuracy")->cells[1].best);
    EXPECT_TRUE(table.row("eval_f1_macro")->cells[1].best);

    // What they reached is shown; what they did not is "—", never a 0 that looks like a result.
    EXPECT_EQ(table.row("train_runtime")->cells[3].text, "1 min 0 sec");
    EXPECT_EQ(table.row("eval_accuracy")->cells[3].text, "95.00%");
    EXPECT_EQ(table.row("peak_memory_bytes")->cells[3].text, MetricTable::kMissing);
    EXPECT_EQ(table.row("train_loss")->cells[4].text, "0.1000");
    for (const char* key : {"eval_loss", "eval_accuracy", "eval_f1", "eval_f1_macro", "eval_runtime"})
        EXPECT_EQ(table.row(key)->cells[4].text, MetricTable::kMissing) << key;
    for (const MetricRow& row : table.rows()) {
        EXPECT_EQ(row.cells[5].text, MetricTable::kMissing) << row.key;
        EXPECT_FALSE(row.cells[5].value) << row.key;
    }
    // The GUI's rows are the same.
    const std::vector<MetricRow> rows = metricTableRows(m_input.runs);
    ASSERT_EQ(rows.size(), table.rows().size());
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t i = 0; i < rows[r].cells.size(); ++i)
            EXPECT_EQ(rows[r].cells[i].best, table.rows()[r].cells[i].best) << rows[r].key;
}

TEST_F(UnfinishedRuns, EveryFormatMarksThem) {
    const ReportBuilder report(m_input);

    const std::string html = report.html();
    EXPECT_EQ(test::markupProblem(html), "");
    EXPECT_NE(html.find("quick<span class=\"run-method\">lora, cancelled</span>"), std::string::npos);
    EXPECT_NE(html.find("broken<span class=\"run-method\">full, failed</span>"), std::string::npos);
    EXPECT_NE(html.find(MetricTable::kUnrankedNote), std::string::npos);
    EXPECT_NE(html.find("<td data-run=\"LoRA r=8\" class=\"best\">"), std::string::npos);
    for (const char* run : {"quick", "early", "broken"})
        EXPECT_EQ(html.find("<td data-run=\"" + std::string(run) + "\" class=\"best\">"), std::string::npos) << run;
    const std::string macro = test::elementWith(html, "tr", "data-metric=\"eval_f1_macro\"");
    EXPECT_NE(macro.find("<td data-run=\"early\">\xE2\x80\x94</td>"), std::string::npos) << macro;

    // The PDF's HTML: the results table is its first; a column's cells are its <td>s in order.
    const std::string qt = report.qtHtml();
    EXPECT_EQ(test::markupProblem(qt), "");
    EXPECT_NE(qt.find("lora, cancelled</span>"), std::string::npos);
    EXPECT_NE(qt.find("full, failed</span>"), std::string::npos);
    EXPECT_NE(qt.find(MetricTable::kUnrankedNote), std::string::npos);
    const std::string results = qt.substr(0, qt.find("</table>"));
    std::size_t stars = 0;
    std::size_t rows = 0;
    for (std::size_t tr = results.find("<tr><td>"); tr != std::string::npos; tr = results.find("<tr><td>", tr + 1)) {
        const std::string row = results.substr(tr, results.find("</tr>", tr) - tr);
        std::vector<std::string> cells;
        for (std::size_t td = row.find("<td"); td != std::string::npos; td = row.find("<td", td + 1))
            cells.push_back(row.substr(td, row.find("</td>", td) - td));
        ASSERT_EQ(cells.size(), 1 + m_input.runs.size()) << row;
        for (std::size_t i = 1; i < cells.size(); ++i) {
            EXPECT_FALSE(i - 1 >= kFinished && cells[i].find(kStar) != std::string::npos) << row;
            stars += cells[i].find(kStar) != std::string::npos;
        }
        ++rows;
    }
    EXPECT_EQ(rows, MetricTable(m_input.runs).rows().size());
    EXPECT_GT(stars, 0u);

    const std::string md = report.markdown();
    EXPECT_NE(md.find("| Metric | base | full | LoRA r=8 | quick (cancelled) | early (cancelled) | broken (failed) |"),
              std::string::npos)
        << md;
    EXPECT_NE(md.find("| Macro F1 | 20.00% | 35.00% | 25.00% | 90.00% | \xE2\x80\x94 | \xE2\x80\x94 |"),
              std::string::npos)
        << md;
    EXPECT_NE(md.find(MetricTable::kUnrankedNote), std::string::npos);
    EXPECT_EQ(md.find(kStar), std::string::npos);

    const nlohmann::json json = nlohmann::json::parse(report.metricsJson());
    const std::vector<std::string> statuses = {"finished", "finished", "finished", "cancelled", "cancelled", "failed"};
    for (std::size_t i = 0; i < statuses.size(); ++i)
        EXPECT_EQ(json.at("runs")[i].at("status"), statuses[i]) << i;

    const std::string csv = report.metricsCsv();
    EXPECT_NE(csv.find("\neval_accuracy,0.4,0.4732,0.3387,0.95,,\n"), std::string::npos) << csv;
}

// Finished runs alone: no outcome in any heading and no note.
TEST_F(UnfinishedRuns, FinishedRunsCarryNoMark) {
    const std::vector<RunResult> finished(m_input.runs.begin(), m_input.runs.begin() + kFinished);
    ReportInput input = m_input;
    input.runs = finished;
    const ReportBuilder report(input);
    EXPECT_FALSE(report.model().metrics().anyUnranked());
    EXPECT_EQ(report.markdown().find(MetricTable::kUnrankedNote), std::string::npos);
    EXPECT_EQ(report.html().find(MetricTable::kUnrankedNote), std::string::npos);
    EXPECT_EQ(report.qtHtml().find("cancelled"), std::string::npos);
}

} // namespace
