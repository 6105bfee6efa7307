// report.html (see HtmlReport.h). Every piece of text from outside (run names, label names,
// paths, config values) goes through ReportText::escapeXml: tweets' labels hold <, & and quotes.
#include "report/HtmlReport.h"
#include "report/KeptModel.h"

#include "report/DiffSection.h"
#include "report/ReportText.h"

#include <algorithm>

namespace litetune {

namespace {

std::string esc(std::string_view text) {
    return ReportText::escapeXml(text);
}

std::string figure(const ReportPlot& plot) {
    return "<figure>\n" + plot.svg + "<figcaption>" + esc(plot.caption) + "</figcaption>\n</figure>\n";
}

// A relative path as a URL: bytes outside the unreserved set and '/' percent-encoded, so a file
// name with '#', '?' or a space still links to itself.
std::string urlPath(const std::string& path) {
    static const char* const kHex = "0123456789ABCDEF";
    std::string out;
    for (const char c : path) {
        const auto b = static_cast<unsigned char>(c);
        const bool plain = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || c == '-' ||
                           c == '_' || c == '.' || c == '~' || c == '/';
        if (plain)
            out += c;
        else
            out += std::string("%") + kHex[b >> 4] + kHex[b & 15];
    }
    return out;
}

std::string glyphCell(const std::string& glyph) {
    return glyph.empty() ? "<td></td>" : "<td class=\"glyph\">" + esc(glyph) + "</td>";
}

const char* kCss = R"css(
:root { --ink: #1f2933; --muted: #616e7c; --line: #d9e2ec; --head: #f0f4f8; --best: #e3f4e8;
        --best-ink: #1e7b34; --diff: #fff3cd; --accent: #0b5cad; }
* { box-sizing: border-box; }
html { background: #eef2f6; }
body { margin: 0; color: var(--ink);
       font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; }
main { max-width: 1080px; margin: 24px auto; padding: 32px 36px 40px; background: #fff;
       border-radius: 10px; box-shadow: 0 1px 4px rgba(15, 30, 45, 0.12); }
h1 { font-size: 28px; margin: 0 0 4px; letter-spacing: -0.01em; }
h2 { font-size: 19px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--line); }
h3 { font-size: 15px; margin: 20px 0 8px; }
.meta, .note, figcaption { color: var(--muted); }
.meta { margin: 0; }
.note { font-size: 13px; margin: 8px 0 0; }
.warning { color: #9a3412; font-weight: 600; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { padding: 6px 10px; border-bottom: 1px solid var(--line); text-align: right; vertical-align: top; }
th:first-child, td:first-child { text-align: left; }
thead th { background: var(--head); font-weight: 600; border-bottom: 2px solid #bcccdc; }
tbody th { font-weight: 500; }
.run-method { display: block; font-weight: 400; font-size: 12px; color: var(--muted); }
td.best { background: var(--best); }
td.best strong { color: var(--best-ink); }
.mark { color: var(--best-ink); margin-left: 4px; }
tr.extra > * { border-top: 2px solid #bcccdc; }
tr.diff > * { background: var(--diff); }
table.config td, table.env td { text-align: left; word-break: break-word; }
td.glyph { text-align: center; }
.glyph { font-family: "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", sans-serif; }
.figures { display: flex; flex-wrap: wrap; gap: 18px; align-items: flex-start; }
figure { margin: 0; flex: 1 1 300px; min-width: 0; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: 13px; margin-top: 4px; }
#confusion figure { flex-basis: 420px; }
ul.files { columns: 2; font-size: 13px; }
table.diff-samples td { text-align: left; font-size: 13px; }
td.text { word-break: break-word; }
a { color: var(--accent); }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 13px; }
footer { margin-top: 40px; color: var(--muted); font-size: 12px; }
@page { size: auto; margin: 14mm 12mm; }
@media print {
  html, body { background: #fff; }
  body { font-size: 10pt; }
  main { max-width: none; margin: 0; padding: 0; border-radius: 0; box-shadow: none; }
  h2 { break-after: avoid; page-break-after: avoid; margin-top: 22px; }
  table { font-size: 9pt; }
  thead { display: table-header-group; }
  tr, figure { break-inside: avoid; page-break-inside: avoid; }
  figure { flex-basis: 45%; }
  a { color: inherit; text-decoration: none; }
  ul.files { columns: 1; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

} // namespace

HtmlReport::HtmlReport(const ReportModel& model)
    : m_model(model) {}

const char* HtmlReport::styleSheet() {
    return kCss;
}

std::string HtmlReport::render(bool withFiles, const std::vector<std::string>& extraFiles) const {
    const std::string& title = m_model.input().title;
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                      "<meta name=\"generator\" content=\"LiteTune " +
                      esc(m_model.input().runtime.liteTuneVersion) + "\"/>\n<title>" + esc(title) +
                      "</title>\n<style>" + kCss + "</style>\n</head>\n<body>\n<main>\n";
    out += header() + resultsSection() + confusionSection() + perClassSection() + DiffSection(m_model).html() +
           labelSection() + curvesSection() + configSection() + environmentSection();
    if (withFiles)
        out += filesSection(extraFiles);
    out += "<footer>Made with LiteTune " + esc(m_model.input().runtime.liteTuneVersion) + " on " +
           esc(m_model.createdAt()) + ".</footer>\n</main>\n</body>\n</html>\n";
    return out;
}

std::string HtmlReport::header() const {
    const std::size_t n = m_model.runs().size();
    return "<header>\n<h1>" + esc(m_model.input().title) + "</h1>\n<p class=\"meta\">" + std::to_string(n) +
           (n == 1 ? " run" : " runs") + " \xC2\xB7 " + esc(m_model.createdAt()) + "</p>\n</header>\n";
}

std::string HtmlReport::resultsSection() const {
    const MetricTable& table = m_model.metrics();
    std::string out = "<section id=\"results\">\n<h2>Results</h2>\n<table class=\"metrics\">\n<thead>\n<tr><th "
                      "scope=\"col\">Metric</th>";
    for (std::size_t i = 0; i < table.columns().size(); ++i) {
        const RunResult& run = m_model.runs()[i];
        const std::string mark = table.outcomeMark(i);
        out += "<th scope=\"col\">" + esc(table.columns()[i]) + "<span class=\"run-method\">" +
               methodName(run.config.method) + (mark.empty() ? std::string() : ", " + mark) + "</span></th>";
    }
    out += "</tr>\n</thead>\n<tbody>\n";
    bool firstExtra = true;
    for (const MetricRow& row : table.rows()) {
        const bool extra = !row.reference && firstExtra;
        firstExtra = firstExtra && row.reference;
        out += "<tr data-metric=\"" + esc(row.key) + "\"" + (extra ? " class=\"extra\"" : "") + "><th scope=\"row\">" +
               esc(row.label) + "</th>";
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
            const MetricCell& cell = row.cells[i];
            out += "<td data-run=\"" + esc(table.columns()[i]) + "\"";
            if (cell.best)
                out += " class=\"best\"><strong>" + esc(cell.text) +
                       "</strong><span class=\"mark\" title=\"best\">\xE2\x98\x85</span></td>";
            else
                out += ">" + esc(cell.text) + "</td>";
        }
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n<p class=\"note\">\xE2\x98\x85 marks the best value of a row: lower is better for "
           "losses, durations and memory, higher for the scores and throughput; epochs, parameter counts and sizes "
           "are not ranked. Precision, recall and F1 are weighted averages; Macro F1 is TweetEval's metric. Samples "
           "and steps per second are the evaluation's.";
    if (table.anyUnranked())
        out += std::string(" ") + MetricTable::kUnrankedNote;
    if (const std::string kept = keptModelNote(m_model.runs(), table.columns()); !kept.empty())
        out += "</p>\n<p class=\"note\" id=\"kept\">" + esc(kept);
    return out + "</p>\n</section>\n";
}

std::string HtmlReport::confusionSection() const {
    if (m_model.confusionPlots().empty())
        return {};
    std::string out = "<section id=\"confusion\">\n<h2>Confusion matrices</h2>\n<div class=\"figures\">\n";
    for (const ReportPlot& plot : m_model.confusionPlots())
        out += figure(plot);
    return out + "</div>\n<p class=\"note\">Rows are true labels, columns predicted labels; a cell's colour is its "
                 "share of the row.</p>\n</section>\n";
}

std::string HtmlReport::perClassSection() const {
    const auto& plot = m_model.perClassPlot();
    if (!plot)
        return {};
    std::string out = "<section id=\"per-class\">\n<h2>Per-class scores</h2>\n<div class=\"figures\">\n" +
                      figure(*plot) +
                      "</div>\n<table class=\"per-class\">\n<thead>\n<tr><th "
                      "scope=\"col\">Label</th><th scope=\"col\">Glyph</th><th scope=\"col\">Support</th>";
    for (const std::string& column : m_model.metrics().columns())
        out += "<th scope=\"col\">F1 " + esc(column) + "</th>";
    out += "</tr>\n</thead>\n<tbody>\n";
    for (const std::string& name : m_model.labelNames()) {
        std::string support = MetricTable::kMissing;
        std::string cells;
        for (const RunResult& run : m_model.runs()) {
            const auto& labels = run.eval.labels;
            const auto index = static_cast<std::size_t>(std::find(labels.begin(), labels.end(), name) - labels.begin());
            if (index < run.eval.support.size() && support == MetricTable::kMissing)
                support = ReportText::thousands(run.eval.support[index]);
            cells += "<td>" +
                     (index < run.eval.perClassF1.size() ? ReportText::percent(run.eval.perClassF1[index], 1)
                                                         : std::string(MetricTable::kMissing)) +
                     "</td>";
        }
        out += "<tr><th scope=\"row\">" + esc(name) + "</th>" + glyphCell(m_model.glyph(name)) + "<td>" + support +
               "</td>" + cells + "</tr>\n";
    }
    return out + "</tbody>\n</table>\n</section>\n";
}

std::string HtmlReport::labelSection() const {
    const auto& plot = m_model.labelPlot();
    if (!plot)
        return {};
    return "<section id=\"labels\">\n<h2>Label distribution</h2>\n<div class=\"figures\">\n" + figure(*plot) +
           "</div>\n</section>\n";
}

std::string HtmlReport::curvesSection() const {
    std::string out = "<section id=\"curves\">\n<h2>Training curves</h2>\n";
    if (!m_model.curvePlots().empty()) {
        out += "<div class=\"figures\">\n";
        for (const ReportPlot& plot : m_model.curvePlots())
            out += figure(plot);
        out += "</div>\n";
    }
    std::string notes;
    for (std::size_t i = 0; i < m_model.runs().size(); ++i) {
        const ReportRunFiles& files = m_model.runFiles()[i];
        const bool plotted = std::any_of(m_model.curvePlots().begin(), m_model.curvePlots().end(),
                                         [i](const ReportPlot& p) { return p.run == i; });
        if (!files.historyProblem.empty())
            notes += "<li>" + esc(m_model.metrics().columns()[i]) + ": history.csv could not be read (" +
                     esc(files.historyProblem) + ")</li>\n";
        else if (!plotted)
            notes += "<li>" + esc(m_model.metrics().columns()[i]) + ": no training history</li>\n";
    }
    if (!notes.empty())
        out += "<ul class=\"note\">\n" + notes + "</ul>\n";
    return out + "</section>\n";
}

std::string HtmlReport::configSection() const {
    const ConfigTable& configs = m_model.configs();
    const auto& columns = m_model.metrics().columns();
    std::string out = "<section id=\"configs\">\n<h2>Run settings</h2>\n";
    const auto differing = configs.differing();
    if (columns.size() > 1) {
        out += differing.empty() ? std::string("<p class=\"note\">All runs share the same settings.</p>\n")
                                 : "<p>Settings that differ: ";
        for (std::size_t i = 0; i < differing.size(); ++i)
            out += (i ? ", " : "") + std::string("<code>") + esc(differing[i]->key) + "</code>";
        if (!differing.empty())
            out += " (highlighted below).</p>\n";
    }
    out += "<table class=\"config\">\n<thead>\n<tr><th scope=\"col\">Setting</th>";
    for (const std::string& column : columns)
        out += "<th scope=\"col\">" + esc(column) + "</th>";
    out += "</tr>\n</thead>\n<tbody>\n";
    for (const ConfigRow& row : configs.rows()) {
        out += std::string(row.differs ? "<tr class=\"diff\">" : "<tr>") + "<th scope=\"row\"><code>" + esc(row.key) +
               "</code></th>";
        for (const std::string& value : row.values)
            out += "<td>" + esc(value) + "</td>";
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table>\n</section>\n";
}

std::string HtmlReport::environmentSection() const {
    const RuntimeInfo& rt = m_model.input().runtime;
    std::string out = "<section id=\"environment\">\n<h2>Environment</h2>\n<table class=\"env\">\n<tbody>\n";
    const auto row = [&out](const std::string& name, const std::string& htmlValue) {
        out += "<tr><th scope=\"row\">" + name + "</th><td>" + htmlValue + "</td></tr>\n";
    };
    row("LiteTune", esc(rt.liteTuneVersion));
    row("LibTorch", esc(rt.torchVersion));
    row("BLAS", esc(rt.blas) + (rt.referenceBlas ? " <span class=\"warning\">(the slow reference BLAS)</span>" : ""));
    row("CUDA", rt.cudaCompiled ? "compiled in (CUDA " + esc(rt.cudaVersion) + ")" : std::string("not compiled in"));
    row("CPU", std::to_string(rt.cpuCores) + " cores, " + std::to_string(rt.cpuThreads) + " threads for LibTorch");
    std::string devices;
    for (const DeviceInfo& d : rt.devices)
        devices += (devices.empty() ? "" : "<br/>") + esc(d.id) + ": " + esc(d.name) +
                   (d.totalMemoryBytes > 0 ? " (" + ReportText::bytes(d.totalMemoryBytes) + ")" : "");
    row("Devices", devices);
    row("Report date", esc(m_model.createdAt()));
    out += "</tbody>\n</table>\n<h3>Runs</h3>\n<table class=\"env\">\n<thead>\n<tr><th scope=\"col\">Run</th><th "
           "scope=\"col\">Device</th><th scope=\"col\">Precision</th><th scope=\"col\">Seed</th><th "
           "scope=\"col\">Status</th><th scope=\"col\">Started</th><th scope=\"col\">Finished</th></tr>\n</thead>\n"
           "<tbody>\n";
    for (std::size_t i = 0; i < m_model.runs().size(); ++i) {
        const RunResult& run = m_model.runs()[i];
        const auto& manifest = m_model.runFiles()[i].manifest;
        const auto pick = [](const std::string& a, const std::string& b) { return a.empty() ? b : a; };
        out += "<tr><th scope=\"row\">" + esc(m_model.metrics().columns()[i]) + "</th><td>" +
               esc(manifest ? pick(manifest->device, run.config.device) : run.config.device) + "</td><td>" +
               esc(manifest ? pick(manifest->precision, precisionName(run.config.precision))
                            : precisionName(run.config.precision)) +
               "</td><td>" + std::to_string(run.config.seed) + "</td><td>" +
               esc(manifest ? manifest->status : runOutcomeName(m_model.metrics().outcomes()[i])) + "</td><td>" +
               esc(manifest ? manifest->startedAt : "") + "</td><td>" + esc(manifest ? manifest->finishedAt : "") +
               "</td></tr>\n";
    }
    return out + "</tbody>\n</table>\n</section>\n";
}

std::string HtmlReport::filesSection(const std::vector<std::string>& extraFiles) const {
    std::string out = "<section id=\"files\">\n<h2>Files in this bundle</h2>\n<ul class=\"files\">\n";
    const auto link = [&out](const std::string& path) {
        out += "<li><a href=\"" + esc(urlPath(path)) + "\">" + esc(path) + "</a></li>\n";
    };
    for (const std::string& name : extraFiles)
        link(name);
    for (const char* name : {"report.md", "metrics.csv", "metrics.json"})
        link(name);
    for (const ReportPlot* plot : m_model.allPlots())
        link("plots/" + plot->name);
    for (std::size_t i = 0; i < m_model.runs().size(); ++i)
        for (const std::string& path : m_model.bundledFiles(i))
            link(path);
    return out + "</ul>\n</section>\n";
}

} // namespace litetune
