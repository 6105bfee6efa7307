// Report parts without files: number formats as in docs/architecture.md's reference table, locale independence, the
// SVG writers, the results table's best-value marks, the config diff, and both HTML flavors
// (well-formed, escaped, self-contained; the Qt flavor without inline SVG).
#include "report/ConfigTable.h"
#include "report/MetricTable.h"
#include "report/ReportBuilder.h"
#include "report/ReportText.h"
#include "report/SvgBarChart.h"
#include "report/SvgConfusionMatrix.h"
#include "report/SvgLineChart.h"
#include "util/Error.h"

#include "HtmlChecks.h"
#include "ReportFixtures.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <clocale>
#include <cmath>
#include <cstdio>
#include <set>

using namespace litetune;

namespace {

// The best-marked columns of one results row.
std::vector<std::string> bestColumns(const MetricTable& table, const std::string& key) {
    std::vector<std::string> out;
    const MetricRow* row = table.row(key);
    EXPECT_NE(row, nullptr) << key;
    if (!row)
        return out;
    for (std::size_t i = 0; i < row->cells.size(); ++i)
        if (row->cells[i].best)
            out.push_back(table.columns()[i]);
    return out;
}

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (std::size_t i = text.find(part); i != std::string::npos; i = text.find(part, i + 1))
        ++n;
    return n;
}

} // namespace

TEST(ReportText, FormatsAsTheReferenceTable) {
    EXPECT_EQ(ReportText::hoursMinutes(5580), "1 hr 33 min");
    EXPECT_EQ(ReportText::hoursMinutes(5100), "1 hr 25 min");
    EXPECT_EQ(ReportText::minutesSeconds(208), "3 min 28 sec");
    EXPECT_EQ(ReportText::minutesSeconds(219), "3 min 39 sec");
    EXPECT_EQ(ReportText::minutesSeconds(42.4), "42 sec");
    EXPECT_EQ(ReportText::minutesSeconds(0.84), "0.8 sec");
    EXPECT_EQ(ReportText::minutesSeconds(59.7), "1 min 0 sec");
    EXPECT_EQ(ReportText::hoursMinutes(3599.9), "1 hr 0 min");
    EXPECT_EQ(ReportText::percent(0.4732), "47.32%");
    EXPECT_EQ(ReportText::percent(0.28864), "28.86%");
    EXPECT_EQ(ReportText::fixed(1.5625, 4), "1.5625");
    EXPECT_EQ(ReportText::fixed(108.258, 3), "108.258");
    EXPECT_EQ(ReportText::fixed(-0.0001, 2), "0.00");
    EXPECT_EQ(ReportText::fixed(NAN, 2), "nan");
    EXPECT_EQ(ReportText::epoch(1.0), "1.0");
    EXPECT_EQ(ReportText::epoch(0.5), "0.5");
    EXPECT_EQ(ReportText::epoch(1.0 / 3.0), "0.33");
    EXPECT_EQ(ReportText::thousands(124439808), "124,439,808");
    EXPECT_EQ(ReportText::thousands(-1234), "-1,234");
    EXPECT_EQ(ReportText::thousands(999), "999");
    EXPECT_EQ(ReportText::bytes(0), "0 B");
    EXPECT_EQ(ReportText::bytes(1536), "1.50 KiB");
    EXPECT_EQ(ReportText::bytes(std::int64_t(2) << 30), "2.00 GiB");
    EXPECT_EQ(ReportText::bytes(497 << 20), "497 MiB");
}

TEST(ReportText, EscapesAndShortens) {
    EXPECT_EQ(ReportText::escapeXml("a<b&\"c'>"), "a&lt;b&amp;&quot;c&#39;&gt;");
    EXPECT_EQ(ReportText::escapeMarkdownCell("a|b\\c\nd"), "a\\|b\\\\c d");
    EXPECT_EQ(ReportText::escapeMarkdownCell("<b>&"), "\\<b\\>\\&");
    EXPECT_EQ(ReportText::escapeCsv("plain"), "plain");
    EXPECT_EQ(ReportText::escapeCsv("a,\"b\""), "\"a,\"\"b\"\"\"");
    EXPECT_EQ(ReportText::shorten("abcdef", 4), "abc\xE2\x80\xA6");
    EXPECT_EQ(ReportText::shorten("abcd", 4), "abcd");
    // Never cuts inside a multi-byte character: "ééééé" → "ééé…".
    EXPECT_EQ(ReportText::shorten("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 4),
              "\xC3\xA9\xC3\xA9\xC3\xA9\xE2\x80\xA6");
}

TEST(ReportText, IgnoresTheCLocale) {
    // A Qt application sets LC_NUMERIC from the environment; a German locale must not turn 1.5 into 1,5.
    const char* previous = std::setlocale(LC_ALL, nullptr);
    const std::string saved = previous ? previous : "C";
    if (!std::setlocale(LC_ALL, "de_DE.UTF-8") && !std::setlocale(LC_ALL, "de_DE") &&
        !std::setlocale(LC_ALL, "fr_FR.UTF-8")) {
        // packaging/debian-deps.txt installs them (locales-all), so in CI their absence is a fault.
        if (test::sharedRequired())
            FAIL() << "no comma-decimal locale (de_DE.UTF-8, fr_FR.UTF-8) installed: run packaging/install-deps test";
        GTEST_SKIP() << "no comma-decimal locale installed (packaging/install-deps test installs locales-all)";
    }
    // The locale really writes decimal commas, or this test would prove nothing.
    const std::string decimalPoint = std::localeconv()->decimal_point;
    char printed[16];
    std::snprintf(printed, sizeof printed, "%.1f", 1.5);
    const std::string fixed = ReportText::fixed(1.5625, 4);
    const std::string svg = SvgWriter::number(12.5);
    std::setlocale(LC_ALL, saved.c_str());
    ASSERT_EQ(decimalPoint, ",");
    ASSERT_EQ(std::string(printed), "1,5");
    EXPECT_EQ(fixed, "1.5625");
    EXPECT_EQ(svg, "12.5");
}

TEST(SvgPlots, ConfusionMatrixShowsCountsAndRowShares) {
    EXPECT_EQ(SvgConfusionMatrix::heatColor(0.0), "#f7fbff");
    EXPECT_EQ(SvgConfusionMatrix::heatColor(1.0), "#08306b");
    const SvgConfusionMatrix matrix({{"\xE2\x9D\xA4\xEF\xB8\x8F", "red_heart", true}, {"a<b", "a<b", false}},
                                    {3, 1, 0, 0}, "run \"one\"");
    const std::string svg = matrix.svg();
    EXPECT_EQ(test::markupProblem(svg), "");
    EXPECT_NE(svg.find(">3</text>"), std::string::npos);
    EXPECT_NE(svg.find("a&lt;b"), std::string::npos);
    EXPECT_EQ(svg.find("a<b"), std::string::npos);
    EXPECT_NE(svg.find("Noto Color Emoji"), std::string::npos);
    // The empty second row stays white; the 3-of-4 cell is 75% of the ramp.
    EXPECT_NE(svg.find("fill=\"" + SvgConfusionMatrix::heatColor(0.75) + "\""), std::string::npos);
    EXPECT_GT(matrix.width(), 0);
    EXPECT_THROW(SvgConfusionMatrix({{"a", "a", false}}, {1, 2}, "bad"), Error);
}

TEST(SvgPlots, BarAndLineChartsSkipMissingValues) {
    SvgBarChart::Options options;
    options.percent = true;
    options.maxValue = 1.0;
    const SvgBarChart bars("F1", {{"a", "a", false}, {"b", "b", false}}, {{"one", {0.5, NAN}}, {"two", {0.25, 1.0}}},
                           options);
    const std::string barSvg = bars.svg();
    EXPECT_EQ(test::markupProblem(barSvg), "");
    EXPECT_EQ(count(barSvg, "one, "), 1u); // one bar for "one" (its NaN left out), tooltips name the series
    EXPECT_EQ(count(barSvg, "two, "), 2u);
    EXPECT_NE(barSvg.find(">100%</text>"), std::string::npos);

    const SvgLineChart lines("loss", {{"train", {{1, 2.0}, {2, NAN}, {3, 1.0}}, 0, false, false}}, {});
    EXPECT_TRUE(lines.hasData());
    const std::string lineSvg = lines.svg();
    EXPECT_EQ(test::markupProblem(lineSvg), "");
    EXPECT_EQ(lineSvg.find("nan"), std::string::npos);
    EXPECT_FALSE(SvgLineChart("empty", {{"train", {{1, NAN}}, 0, false, false}}, {}).hasData());
}

TEST(MetricTable, MarksTheBestValueOfEachComparableRow) {
    const ReportInput input = test::makeReportFixture(test::freshTempDir("report-table"));
    const MetricTable table(input.runs);
    using Columns = std::vector<std::string>;
    EXPECT_EQ(table.columns(), (Columns{"base", "full", "LoRA r=8"}));
    EXPECT_EQ(bestColumns(table, "train_loss"), Columns{"full"}); // base has no training loss
    EXPECT_EQ(bestColumns(table, "eval_loss"), Columns{"full"});
    EXPECT_EQ(bestColumns(table, "eval_accuracy"), Columns{"full"});
    EXPECT_EQ(bestColumns(table, "eval_f1"), Columns{"full"});
    EXPECT_EQ(bestColumns(table, "eval_precision"), Columns{"full"});
    EXPECT_EQ(bestColumns(table, "eval_recall"), Columns{"full"});
    EXPECT_EQ(bestColumns(table, "train_runtime"), Columns{"LoRA r=8"});
    EXPECT_EQ(bestColumns(table, "eval_runtime"), Columns{"base"});
    EXPECT_EQ(bestColumns(table, "eval_samples_per_second"), Columns{"full"});
    EXPECT_EQ(bestColumns(table, "eval_steps_per_second"), Columns{"base"});
    EXPECT_EQ(bestColumns(table, "epoch"), Columns{});
    EXPECT_EQ(bestColumns(table, "eval_f1_macro"), Columns{"full"});
    EXPECT_EQ(bestColumns(table, "trainable_params"), Columns{});
    EXPECT_EQ(bestColumns(table, "peak_memory_bytes"), Columns{"LoRA r=8"}); // base's 0 is "not measured"
    EXPECT_EQ(bestColumns(table, "adapter_bytes"), Columns{});
    EXPECT_EQ(table.row("train_loss")->cells[0].text, MetricTable::kMissing);

    // A run cancelled before its first step and before any evaluation shows no numbers to win with.
    RunResult cancelled = input.runs[1];
    cancelled.globalStep = 0;
    cancelled.trainLoss = 0.0;
    cancelled.eval = EvalReport{};
    const MetricTable withCancelled({input.runs[1], input.runs[2], cancelled});
    EXPECT_EQ(bestColumns(withCancelled, "train_loss"), Columns{"full"});
    EXPECT_EQ(bestColumns(withCancelled, "eval_loss"), Columns{"full"});
    EXPECT_EQ(withCancelled.row("eval_loss")->cells[2].text, MetricTable::kMissing);

    // Equal values are not a win: two runs with the same accuracy mark nothing.
    std::vector<RunResult> twins = {input.runs[1], input.runs[1]};
    EXPECT_EQ(bestColumns(MetricTable(twins), "eval_accuracy"), Columns{});
}

// The GUI shows the marks of metricTableRows (api/Report.h) without judging again, so the api rows
// must carry the report's marks: ties on the printed text, lower wins for a loss, and a non-finite
// value never wins even where it is the extreme.
TEST(MetricTable, ApiRowsCarryTheReportsMarks) {
    const ReportInput input = test::makeReportFixture(test::freshTempDir("report-api-rows"));
    RunResult twin = input.runs[1];
    twin.name = "full again";
    twin.eval.loss += 0.00004; // 1.50164 prints as the full run's "1.5016": a tie
    RunResult broken = input.runs[2];
    broken.name = "broken";
    broken.eval.loss = -INFINITY; // the lowest, yet no result
    const std::vector<RunResult> runs = {input.runs[1], input.runs[2], twin, broken};
    const std::vector<MetricRow> rows = metricTableRows(runs);
    const auto marks = [&](const std::string& key) {
        std::vector<bool> out;
        for (const MetricRow& row : rows)
            if (row.key == key)
                for (const MetricCell& cell : row.cells)
                    out.push_back(cell.best);
        return out;
    };
    const auto direction = [&](const std::string& key) {
        for (const MetricRow& row : rows)
            if (row.key == key)
                return row.better;
        ADD_FAILURE() << key;
        return Better::Neither;
    };
    using Marks = std::vector<bool>;
    EXPECT_EQ(direction("eval_loss"), Better::Lower);
    EXPECT_EQ(marks("eval_loss"), (Marks{true, false, true, false}));
    EXPECT_EQ(direction("eval_accuracy"), Better::Higher);
    EXPECT_EQ(marks("eval_accuracy"), (Marks{true, false, true, false}));
    EXPECT_EQ(direction("epoch"), Better::Neither);
    EXPECT_EQ(marks("epoch"), (Marks{false, false, false, false}));

    // The same rows, marks and texts as the report's table.
    const MetricTable table(runs);
    ASSERT_EQ(rows.size(), table.rows().size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        EXPECT_EQ(rows[r].key, table.rows()[r].key);
        for (std::size_t c = 0; c < runs.size(); ++c) {
            EXPECT_EQ(rows[r].cells[c].best, table.rows()[r].cells[c].best) << rows[r].key;
            EXPECT_EQ(rows[r].cells[c].text, table.rows()[r].cells[c].text) << rows[r].key;
        }
    }
}

TEST(MetricTable, MarkdownReproducesTheReferenceRows) {
    const ReportInput input = test::makeReportFixture(test::freshTempDir("report-md"));
    const std::string md = MetricTable({input.runs[1], input.runs[2]}).markdown(true);
    EXPECT_EQ(md, "| Metric | full | LoRA r=8 |\n"
                  "|---|---|---|\n"
                  "| Training Loss | 1.5625 | 1.9241 |\n"
                  "| Validation Loss | 1.5016 | 1.9065 |\n"
                  "| Accuracy | 47.32% | 33.87% |\n"
                  "| F1 Score | 46.14% | 28.86% |\n"
                  "| Precision | 51.27% | 40.97% |\n"
                  "| Recall | 47.32% | 33.87% |\n"
                  "| Training Duration | 1 hr 33 min | 1 hr 25 min |\n"
                  "| Eval Runtime | 3 min 28 sec | 3 min 39 sec |\n"
                  "| Samples per Second | 108.258 | 102.473 |\n"
                  "| Steps per Second | 1.696 | 1.605 |\n"
                  "| Epoch | 1.0 | 1.0 |\n");
}

TEST(ConfigTable, FlagsSettingsThatDiffer) {
    const ReportInput input = test::makeReportFixture(test::freshTempDir("report-config"));
    const ConfigTable table(input.runs);
    std::set<std::string> differing;
    for (const ConfigRow* row : table.differing())
        differing.insert(row->key);
    // Base, full and LoRA runs: LoRA's knobs are the LoRA run's alone.
    EXPECT_EQ(differing, (std::set<std::string>{"method", "lr", "lora_alpha", "lora_dropout", "lora_lr", "lora_r",
                                                "lora_rslora", "lora_targets"}));
    EXPECT_EQ(table.rows().front().key, "method");
    for (const ConfigRow& row : table.rows()) {
        EXPECT_NE(row.key, "out");
        if (row.key == "lora_r") {
            EXPECT_EQ(row.values, (std::vector<std::string>{"", "", "8"}));
        }
    }
}

TEST(ReportHtml, BrowserFlavorIsSelfContainedAndEscaped) {
    const ReportBuilder report(test::makeReportFixture(test::freshTempDir("report-html")));
    const std::string html = report.html();
    EXPECT_EQ(test::markupProblem(html), "");
    EXPECT_TRUE(test::referencedFiles(html).empty()); // the standalone page links to nothing
    EXPECT_EQ(html.find("x<&"), std::string::npos);
    EXPECT_NE(html.find("x&lt;&amp;&quot;y&#39;"), std::string::npos);
    EXPECT_NE(html.find("Emoji &lt;runs&gt; &amp; more"), std::string::npos);
    EXPECT_NE(html.find("@page"), std::string::npos);
    EXPECT_NE(html.find("@media print"), std::string::npos);
    EXPECT_EQ(count(html, "<svg "), 3u /*confusion*/ + 1 /*per-class*/ + 1 /*labels*/ + 2 /*curves*/ +
                                        4 /*run diffs: full vs base, LoRA vs full (DiffSectionTest.cpp)*/);
    const std::string accuracy = test::elementWith(html, "tr", "data-metric=\"eval_accuracy\"");
    EXPECT_NE(accuracy.find("<td data-run=\"full\" class=\"best\"><strong>47.32%</strong>"), std::string::npos)
        << accuracy;
    EXPECT_EQ(count(accuracy, "class=\"best\""), 1u);
    const std::string epoch = test::elementWith(html, "tr", "data-metric=\"epoch\"");
    EXPECT_EQ(epoch.find("best"), std::string::npos) << epoch;
    const std::string duration = test::elementWith(html, "tr", "data-metric=\"train_runtime\"");
    EXPECT_NE(duration.find("class=\"best\"><strong>1 hr 25 min</strong>"), std::string::npos) << duration;
    EXPECT_NE(test::elementWith(html, "tr", "class=\"diff\"").find("<code>method</code>"), std::string::npos);
}

TEST(ReportHtml, QtFlavorUsesImagesItsPlotsProvide) {
    const ReportBuilder report(test::makeReportFixture(test::freshTempDir("report-qt")));
    const std::string html = report.qtHtml();
    EXPECT_EQ(test::markupProblem(html), "");
    EXPECT_EQ(html.find("<svg"), std::string::npos);
    EXPECT_EQ(html.find("class="), std::string::npos);
    std::set<std::string> names;
    for (const ReportPlot& plot : report.plots()) {
        names.insert(plot.name);
        EXPECT_EQ(test::markupProblem(plot.svg), "") << plot.name;
        EXPECT_EQ(plot.svg.rfind("<svg ", 0), 0u) << plot.name;
        EXPECT_GT(plot.width, 0);
    }
    const std::vector<std::string> references = test::referencedFiles(html);
    EXPECT_EQ(references.size(), names.size());
    for (const std::string& file : references)
        EXPECT_TRUE(names.count(file)) << file;
    EXPECT_TRUE(names.count("confusion-1.svg") && names.count("per-class-f1.svg") &&
                names.count("label-distribution.svg") && names.count("curves-2.svg"));
    EXPECT_NE(html.find("<b>47.32%</b> \xE2\x98\x85"), std::string::npos);
    EXPECT_NE(html.find("x&lt;&amp;&quot;y&#39;"), std::string::npos);
}

TEST(ReportBuilder, RefusesAnEmptyRunList) {
    EXPECT_THROW(ReportBuilder(ReportInput{}), Error);
}
