// "What changed between runs" (see DiffSection.h). Sample texts are the users' data: every one goes
// through ReportText's escaping, and is shortened so one tweet cannot stretch the table.
#include "report/DiffSection.h"

#include "report/ReportText.h"
#include "report/SvgDeltaBars.h"
#include "report/SvgDifferenceMatrix.h"

#include <algorithm>

namespace litetune {

namespace {

constexpr std::size_t kTextChars = 120;
constexpr double kQtHalfWidth = 300; // half of QtHtmlReport::kTextWidth, less the cell padding

std::string esc(std::string_view text) {
    return ReportText::escapeXml(text);
}

std::string md(std::string_view text) {
    return ReportText::escapeMarkdownCell(text);
}

std::string score(double value) {
    return ReportText::percent(value, 2);
}

std::string scoreChange(double a, double b) {
    return score(a) + " \xE2\x86\x92 " + score(b) + " (" + SvgDeltaBars::points(b - a) + ")";
}

std::string summary(const ReportDiff& item) {
    const RunDiff& d = item.diff;
    return "Accuracy " + scoreChange(d.accuracyA, d.accuracyB) + "; macro F1 " + scoreChange(d.macroF1A, d.macroF1B) +
           ". Of " + ReportText::thousands(d.samples) + " samples of the " + (d.split.empty() ? "evaluated" : d.split) +
           " split, " + ReportText::thousands(static_cast<std::int64_t>(d.fixed.size())) + " fixed and " +
           ReportText::thousands(static_cast<std::int64_t>(d.broken.size())) + " broken.";
}

std::string listTitle(const std::string& what, const std::vector<DiffSample>& samples) {
    const std::size_t shown = std::min(samples.size(), DiffSection::kListed);
    return what + ": " + std::to_string(samples.size()) +
           (shown < samples.size() ? " (the first " + std::to_string(shown) + " listed)" : std::string());
}

std::string fixedTitle(const std::string& a, const std::string& b) {
    return "Fixed by " + b + " (" + a + " wrong, " + b + " right)";
}

std::string brokenTitle(const std::string& a, const std::string& b) {
    return "Broken by " + b + " (" + a + " right, " + b + " wrong)";
}

const char* const kMatrixNote =
    "Difference matrix: each cell is the run's count minus its reference's, rows true labels, columns "
    "predicted labels; more on the diagonal means more correct, more off it more errors.";

} // namespace

DiffSection::DiffSection(const ReportModel& model)
    : m_model(model) {}

std::string DiffSection::label(int id, const ReportDiff& item) const {
    if (id < 0 || static_cast<std::size_t>(id) >= item.diff.labels.size())
        return std::to_string(id);
    const std::string& name = item.diff.labels[static_cast<std::size_t>(id)];
    const std::string glyph = m_model.glyph(name);
    return glyph.empty() || glyph == name ? name : glyph + " " + name;
}

std::string DiffSection::prediction(int id, float probability, const ReportDiff& item) const {
    return label(id, item) + " (" + ReportText::percent(probability, 1) + ")";
}

std::string DiffSection::labelMarkup(int id, const ReportDiff& item, bool qt) const {
    if (id < 0 || static_cast<std::size_t>(id) >= item.diff.labels.size())
        return std::to_string(id);
    const std::string& name = item.diff.labels[static_cast<std::size_t>(id)];
    const std::string glyph = m_model.glyph(name);
    if (glyph.empty() || glyph == name)
        return esc(name);
    // The colour-emoji font, as the rest of each flavor draws glyphs (HtmlReport.cpp, QtHtmlReport.cpp).
    return (qt ? std::string("<span style=\"font-family: 'Noto Color Emoji';\">")
               : std::string("<span class=\"glyph\">")) +
           esc(glyph) + "</span> " + esc(name);
}

std::string DiffSection::predictionMarkup(int id, float probability, const ReportDiff& item, bool qt) const {
    return labelMarkup(id, item, qt) + " (" + ReportText::percent(probability, 1) + ")";
}

std::string DiffSection::html() const {
    const std::vector<ReportDiff>& diffs = m_model.diffs();
    if (diffs.empty())
        return {};
    std::string out = std::string("<section id=\"run-diff\">\n<h2>") + kHeading + "</h2>\n";
    for (const ReportDiff& item : diffs) {
        out += "<h3>" + esc(item.title) + "</h3>\n";
        if (!item.refusal.empty()) {
            out += "<p class=\"note\">Not compared: " + esc(item.refusal) + "</p>\n";
            continue;
        }
        out += "<p>" + esc(summary(item)) + "</p>\n<div class=\"figures\">\n";
        for (const ReportPlot* plot : {&item.matrix, &item.f1Delta})
            out += "<figure>\n" + plot->svg + "<figcaption>" + esc(plot->caption) + "</figcaption>\n</figure>\n";
        out += "</div>\n";
        const std::string& a = m_model.metrics().columns()[item.runA];
        const std::string& b = m_model.metrics().columns()[item.runB];
        const auto list = [&](const std::string& what, const char* kind, const std::vector<DiffSample>& samples) {
            out += "<h4>" + esc(listTitle(what, samples)) + "</h4>\n";
            if (samples.empty())
                return;
            out += "<table class=\"diff-samples\" data-list=\"" + std::string(kind) +
                   "\">\n<thead>\n<tr><th scope=\"col\">Index</th><th scope=\"col\">Text</th><th "
                   "scope=\"col\">True label</th><th scope=\"col\">" +
                   esc(a) + "</th><th scope=\"col\">" + esc(b) + "</th></tr>\n</thead>\n<tbody>\n";
            for (std::size_t i = 0; i < samples.size() && i < kListed; ++i) {
                const DiffSample& s = samples[i];
                out += "<tr><td>" + std::to_string(s.index) + "</td><td class=\"text\">" +
                       esc(ReportText::shorten(item.text(s.index), kTextChars)) + "</td><td>" +
                       labelMarkup(s.label, item, false) + "</td><td>" +
                       predictionMarkup(s.predictedA, s.probabilityA, item, false) + "</td><td>" +
                       predictionMarkup(s.predictedB, s.probabilityB, item, false) + "</td></tr>\n";
            }
            out += "</tbody>\n</table>\n";
        };
        list(fixedTitle(a, b), "fixed", item.diff.fixed);
        list(brokenTitle(a, b), "broken", item.diff.broken);
    }
    return out + "<p class=\"note\">" + esc(kMatrixNote) +
           " A full fine-tune is compared with the base evaluation, a LoRA, head or BitFit run with the full "
           "fine-tune, every other run with the first run. Probabilities are each run's for its own prediction.</p>\n"
           "</section>\n";
}

std::string DiffSection::qtHtml() const {
    const std::vector<ReportDiff>& diffs = m_model.diffs();
    if (diffs.empty())
        return {};
    const auto note = [](const std::string& text) {
        return "<p style=\"color: #616e7c; font-size: small;\">" + esc(text) + "</p>\n";
    };
    const auto image = [](const ReportPlot& plot) {
        const double scale = std::min(1.0, kQtHalfWidth / plot.width);
        return "<td valign=\"top\"><img src=\"" + esc(plot.name) + "\" width=\"" +
               std::to_string(static_cast<int>(plot.width * scale)) + "\" height=\"" +
               std::to_string(static_cast<int>(plot.height * scale)) + "\"/></td>";
    };
    std::string out = std::string("<h2 style=\"color: #1f2933;\">") + kHeading + "</h2>\n";
    for (const ReportDiff& item : diffs) {
        out += "<h3>" + esc(item.title) + "</h3>\n";
        if (!item.refusal.empty()) {
            out += note("Not compared: " + item.refusal);
            continue;
        }
        out += "<p>" + esc(summary(item)) + "</p>\n" +
               "<table border=\"0\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n<tr>" + image(item.matrix) +
               image(item.f1Delta) + "</tr>\n</table>\n";
        const std::string& a = m_model.metrics().columns()[item.runA];
        const std::string& b = m_model.metrics().columns()[item.runB];
        const auto list = [&](const std::string& what, const std::vector<DiffSample>& samples) {
            out += "<h4>" + esc(listTitle(what, samples)) + "</h4>\n";
            if (samples.empty())
                return;
            out += "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" style=\"border-collapse: "
                   "collapse; border-color: #bcccdc; font-size: small;\">\n<tr>";
            for (const std::string& head : {std::string("Index"), std::string("Text"), std::string("True label"), a, b})
                out += "<th bgcolor=\"#f0f4f8\" align=\"left\">" + esc(head) + "</th>";
            out += "</tr>\n";
            for (std::size_t i = 0; i < samples.size() && i < kListed; ++i) {
                const DiffSample& s = samples[i];
                out += "<tr><td>" + std::to_string(s.index) + "</td><td>" +
                       esc(ReportText::shorten(item.text(s.index), kTextChars)) + "</td><td>" +
                       labelMarkup(s.label, item, true) + "</td><td>" +
                       predictionMarkup(s.predictedA, s.probabilityA, item, true) + "</td><td>" +
                       predictionMarkup(s.predictedB, s.probabilityB, item, true) + "</td></tr>\n";
            }
            out += "</table>\n";
        };
        list(fixedTitle(a, b), item.diff.fixed);
        list(brokenTitle(a, b), item.diff.broken);
    }
    return out + note(kMatrixNote);
}

std::string DiffSection::markdown() const {
    const std::vector<ReportDiff>& diffs = m_model.diffs();
    if (diffs.empty())
        return {};
    std::string out = std::string("\n## ") + kHeading + "\n";
    for (const ReportDiff& item : diffs) {
        out += "\n### " + md(item.title) + "\n\n";
        if (!item.refusal.empty()) {
            out += "Not compared: " + md(item.refusal) + "\n";
            continue;
        }
        const RunDiff& d = item.diff;
        const std::string& rawA = m_model.metrics().columns()[item.runA];
        const std::string& rawB = m_model.metrics().columns()[item.runB];
        const std::string a = md(rawA);
        const std::string b = md(rawB);
        out += md(summary(item)) + "\n\n| Metric | " + a + " | " + b + " | Change |\n|---|---:|---:|---:|\n" +
               "| Accuracy | " + score(d.accuracyA) + " | " + score(d.accuracyB) + " | " +
               SvgDeltaBars::points(d.accuracyB - d.accuracyA) + " |\n| Macro F1 | " + score(d.macroF1A) + " | " +
               score(d.macroF1B) + " | " + SvgDeltaBars::points(d.macroF1B - d.macroF1A) + " |\n";
        for (std::size_t c = 0; c < d.labels.size(); ++c)
            out += "| F1 " + md(label(static_cast<int>(c), item)) + " | " + score(d.f1A[c]) + " | " + score(d.f1B[c]) +
                   " | " + SvgDeltaBars::points(d.f1B[c] - d.f1A[c]) + " |\n";
        out +=
            "\nConfusion difference (" + b + " minus " + a + "; rows true, columns predicted):\n\n| True / predicted |";
        for (std::size_t c = 0; c < d.labels.size(); ++c)
            out += " " + md(label(static_cast<int>(c), item)) + " |";
        out += "\n|---|";
        for (std::size_t c = 0; c < d.labels.size(); ++c)
            out += "---:|";
        out += "\n";
        const std::size_t n = d.labels.size();
        for (std::size_t t = 0; t < n; ++t) {
            out += "| " + md(label(static_cast<int>(t), item)) + " |";
            for (std::size_t p = 0; p < n; ++p)
                out += " " + SvgDifferenceMatrix::signedCount(d.confusionDelta[t * n + p]) + " |";
            out += "\n";
        }
        const auto list = [&](const std::string& what, const std::vector<DiffSample>& samples) {
            out += "\n" + md(listTitle(what, samples)) + "\n";
            if (samples.empty())
                return;
            out += "\n| Index | Text | True label | " + a + " | " + b + " |\n|---:|---|---|---|---|\n";
            for (std::size_t i = 0; i < samples.size() && i < kListed; ++i) {
                const DiffSample& s = samples[i];
                out += "| " + std::to_string(s.index) + " | " +
                       md(ReportText::shorten(item.text(s.index), kTextChars)) + " | " + md(label(s.label, item)) +
                       " | " + md(prediction(s.predictedA, s.probabilityA, item)) + " | " +
                       md(prediction(s.predictedB, s.probabilityB, item)) + " |\n";
            }
        };
        list(fixedTitle(rawA, rawB), d.fixed);
        list(brokenTitle(rawA, rawB), d.broken);
    }
    return out + "\n" + md(kMatrixNote) + "\n";
}

} // namespace litetune
