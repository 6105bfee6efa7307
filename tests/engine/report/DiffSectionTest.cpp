// The reports' "What changed between runs" (report/DiffSection.h): a base → full → LoRA report
// diffs full against base and LoRA against full, in report.html (inline SVG, well-formed), the
// GUI's Qt HTML (images its plots provide) and report.md (tables), with the fixed and broken
// totals of diffRuns; runs on other data get a one-line note instead; the diverging palette's ends.
#include "report/DiffSection.h"
#include "api/RunDiff.h"
#include "report/ReportBuilder.h"
#include "report/SvgDeltaBars.h"
#include "report/SvgDifferenceMatrix.h"

#include "HtmlChecks.h"
#include "RunDiffFixtures.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <set>

using namespace litetune;

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kLabels{"red_heart", "sun", "fire"};

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

ReportInput threeRuns(const fs::path& root, const std::string& loraFingerprint = "d1") {
    ReportInput input;
    input.runs.push_back(
        test::writeDiffRun(root / "base", "Base", Method::Evaluate, "d1", kLabels, test::drawRows(120, 3, 0.3, 11)));
    input.runs.push_back(test::writeDiffRun(root / "full", "Full fine-tune", Method::Full, "d1", kLabels,
                                            test::drawRows(120, 3, 0.6, 12)));
    input.runs.push_back(test::writeDiffRun(root / "lora", "LoRA", Method::Lora, loraFingerprint, kLabels,
                                            test::drawRows(120, 3, 0.7, 13)));
    input.createdAt = "2026-12-05T10:00:00Z";
    return input;
}

} // namespace

TEST(DiffSection, ComparesEachRunWithItsReference) {
    const fs::path root = test::freshTempDir("diff-section");
    const ReportBuilder report(threeRuns(root));
    const RunDiff fullVsBase = diffRuns((root / "base").string(), (root / "full").string());
    const RunDiff loraVsFull = diffRuns((root / "full").string(), (root / "lora").string());
    ASSERT_FALSE(loraVsFull.fixed.empty());
    ASSERT_FALSE(loraVsFull.broken.empty());

    const std::string html = report.html();
    EXPECT_EQ(test::markupProblem(html), "");
    const std::string section = test::elementWith(html, "section", "id=\"run-diff\"");
    ASSERT_NE(section, "");
    EXPECT_NE(section.find("<h2>What changed between runs</h2>"), std::string::npos);
    EXPECT_NE(section.find("<h3>Full fine-tune vs Base</h3>"), std::string::npos);
    EXPECT_NE(section.find("<h3>LoRA vs Full fine-tune</h3>"), std::string::npos);
    EXPECT_EQ(section.find("LoRA vs Base"), std::string::npos);
    EXPECT_EQ(count(section, "<svg "), 4u); // a difference matrix and F1 bars per diff
    EXPECT_NE(
        section.find("Fixed by LoRA (Full fine-tune wrong, LoRA right): " + std::to_string(loraVsFull.fixed.size())),
        std::string::npos);
    EXPECT_NE(
        section.find("Broken by LoRA (Full fine-tune right, LoRA wrong): " + std::to_string(loraVsFull.broken.size())),
        std::string::npos);
    EXPECT_NE(section.find("Fixed by Full fine-tune (Base wrong, Full fine-tune right): " +
                           std::to_string(fullVsBase.fixed.size())),
              std::string::npos);
    // At most kListed rows per list, and the first fixed sample is listed.
    const std::string fixedTable = test::elementWith(section, "table", "data-list=\"fixed\"");
    EXPECT_LE(count(fixedTable, "<tr>") - 1, DiffSection::kListed);
    EXPECT_NE(fixedTable.find("<span class=\"glyph\">"), std::string::npos) << fixedTable; // red_heart's ❤️
    EXPECT_NE(fixedTable.find("<tr><td>" + std::to_string(fullVsBase.fixed.front().index) + "</td>"),
              std::string::npos);

    const std::string markdown = report.markdown();
    EXPECT_NE(markdown.find("\n## What changed between runs\n"), std::string::npos);
    EXPECT_NE(markdown.find("\n### LoRA vs Full fine-tune\n"), std::string::npos);
    EXPECT_NE(markdown.find("| Metric | Full fine-tune | LoRA | Change |"), std::string::npos);
    EXPECT_NE(markdown.find("| Index | Text | True label | Full fine-tune | LoRA |"), std::string::npos);
    EXPECT_NE(
        markdown.find("Fixed by LoRA (Full fine-tune wrong, LoRA right): " + std::to_string(loraVsFull.fixed.size())),
        std::string::npos);

    const std::string qt = report.qtHtml();
    EXPECT_EQ(test::markupProblem(qt), "");
    EXPECT_EQ(qt.find("<svg"), std::string::npos);
    std::set<std::string> plots;
    for (const ReportPlot& plot : report.plots())
        plots.insert(plot.name);
    for (const char* name : {"diff-2-1.svg", "diff-f1-2-1.svg", "diff-3-2.svg", "diff-f1-3-2.svg"}) {
        EXPECT_EQ(plots.count(name), 1u) << name;
        EXPECT_NE(qt.find(std::string("<img src=\"") + name + "\""), std::string::npos) << name;
    }
    for (const std::string& file : test::referencedFiles(qt))
        EXPECT_EQ(plots.count(file), 1u) << file;
}

TEST(DiffSection, RunsOnOtherDataGetANote) {
    const fs::path root = test::freshTempDir("diff-section-other");
    const ReportBuilder report(threeRuns(root, "d2"));
    const std::string html = report.html();
    EXPECT_EQ(test::markupProblem(html), "");
    const std::string section = test::elementWith(html, "section", "id=\"run-diff\"");
    EXPECT_NE(section.find("<h3>Full fine-tune vs Base</h3>"), std::string::npos);
    EXPECT_EQ(count(section, "<svg "), 2u);
    EXPECT_EQ(count(section, "Not compared: "), 1u);
    EXPECT_NE(section.find("data_fingerprint"), std::string::npos);
    EXPECT_NE(report.markdown().find("Not compared: "), std::string::npos);
    for (const ReportPlot& plot : report.plots())
        EXPECT_NE(plot.name, "diff-3-2.svg");
}

TEST(DiffSection, OneRunHasNoSection) {
    ReportInput input = threeRuns(test::freshTempDir("diff-section-one"));
    input.runs.resize(1);
    const ReportBuilder report(input);
    EXPECT_EQ(report.html().find("run-diff"), std::string::npos);
    EXPECT_EQ(report.markdown().find("What changed"), std::string::npos);
}

TEST(DiffSection, DivergingPaletteAndSigns) {
    EXPECT_EQ(SvgDifferenceMatrix::divergingColor(-1.0), "#2166ac");
    EXPECT_EQ(SvgDifferenceMatrix::divergingColor(0.0), "#ffffff");
    EXPECT_EQ(SvgDifferenceMatrix::divergingColor(1.0), "#d6604d");
    EXPECT_EQ(SvgDifferenceMatrix::signedCount(3), "+3");
    EXPECT_EQ(SvgDifferenceMatrix::signedCount(-2), "\xE2\x88\x92"
                                                    "2");
    EXPECT_EQ(SvgDeltaBars::points(0.042), "+4.2 pts");
    const SvgDifferenceMatrix matrix({{"a", "a", false}, {"b", "b", false}}, {2, -2, 1, -1}, "B vs A");
    const std::string svg = matrix.svg();
    EXPECT_EQ(test::markupProblem(svg), "");
    EXPECT_NE(svg.find("#d6604d"), std::string::npos); // +2 is the largest change: full red
    EXPECT_NE(svg.find("#2166ac"), std::string::npos);
    EXPECT_NE(svg.find(">+2<"), std::string::npos);
}
