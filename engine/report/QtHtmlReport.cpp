// report HTML for QTextDocument (see QtHtmlReport.h). Styling is attributes and inline style
// only, the part of Qt's rich-text CSS that reliably reaches the PDF.
#include "report/QtHtmlReport.h"
#include "report/KeptModel.h"

#include "report/DiffSection.h"
#include "report/ReportText.h"

#include <algorithm>

namespace litetune {

namespace {

constexpr const char* kTable = "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                               "style=\"border-collapse: collapse; border-color: #bcccdc;\">\n";
constexpr const char* kHeadColor = "#f0f4f8";
constexpr const char* kBestColor = "#e3f4e8";
constexpr const char* kDiffColor = "#fff3cd";

std::string esc(std::string_view text) {
    return ReportText::escapeXml(text);
}

std::string headCell(const std::string& htmlText, const char* align = "left") {
    return std::string("<th bgcolor=\"") + kHeadColor + "\" align=\"" + align + "\">" + htmlText + "</th>";
}

std::string glyphSpan(const std::string& glyph) {
    return glyph.empty() ? std::string() : "<span style=\"font-family: 'Noto Color Emoji';\">" + esc(glyph) + "</span>";
}

std::string heading(const std::string& text) {
    return "<h2 style=\"color: #1f2933;\">" + esc(text) + "</h2>\n";
}

std::string note(const std::string& text) {
    return "<p style=\"color: #616e7c; font-size: small;\">" + esc(text) + "</p>\n";
}

} // namespace

QtHtmlReport::QtHtmlReport(const ReportModel& model)
    : m_model(model) {}

std::string QtHtmlReport::render() const {
    const std::size_t n = m_model.runs().size();
    std::string out = "<html>\n<head><meta charset=\"utf-8\"/><title>" + esc(m_model.input().title) +
                      "</title></head>\n<body style=\"color: #1f2933;\">\n<h1>" + esc(m_model.input().title) +
                      "</h1>\n<p style=\"color: #616e7c;\">" + std::to_string(n) + (n == 1 ? " run" : " runs") +
                      " \xC2\xB7 " + esc(m_model.createdAt()) + "</p>\n";
    out += heading("Results") + resultsTable() +
           note(std::string("\xE2\x98\x85 marks the best value of a row: lower is better for losses, durations and "
                            "memory, higher for the scores and throughput. Precision, recall and F1 are weighted "
                            "averages.") +
                (m_model.metrics().anyUnranked() ? std::string(" ") + MetricTable::kUnrankedNote : std::string()));
    if (const std::string kept = keptModelNote(m_model.runs(), m_model.metrics().columns()); !kept.empty())
        out += note(kept);
    std::vector<const ReportPlot*> plots;
    for (const ReportPlot& plot : m_model.confusionPlots())
        plots.push_back(&plot);
    if (!plots.empty())
        out += heading("Confusion matrices") + plotGrid(plots, 2) +
               note("Rows are true labels, columns predicted labels; a cell's colour is its share of the row.");
    if (m_model.perClassPlot())
        out += heading("Per-class scores") + plotGrid({&*m_model.perClassPlot()}, 1) + perClassTable();
    out += DiffSection(m_model).qtHtml();
    if (m_model.labelPlot())
        out += heading("Label distribution") + plotGrid({&*m_model.labelPlot()}, 1);
    plots.clear();
    for (const ReportPlot& plot : m_model.curvePlots())
        plots.push_back(&plot);
    if (!plots.empty())
        out += heading("Training curves") + plotGrid(plots, 2);
    out += heading("Run settings") + configTable() + heading("Environment") + environmentTable();
    return out + "</body>\n</html>\n";
}

std::string QtHtmlReport::resultsTable() const {
    const MetricTable& table = m_model.metrics();
    std::string out = std::string(kTable) + "<tr>" + headCell("Metric");
    for (std::size_t i = 0; i < table.columns().size(); ++i) {
        const std::string mark = table.outcomeMark(i);
        out += headCell(esc(table.columns()[i]) + "<br/><span style=\"font-weight: normal; color: #616e7c;\">" +
                            methodName(m_model.runs()[i].config.method) + (mark.empty() ? std::string() : ", " + mark) +
                            "</span>",
                        "right");
    }
    out += "</tr>\n";
    for (const MetricRow& row : table.rows()) {
        out += "<tr><td>" + esc(row.label) + "</td>";
        for (const MetricCell& cell : row.cells) {
            if (cell.best)
                out += std::string("<td align=\"right\" bgcolor=\"") + kBestColor + "\"><b>" + esc(cell.text) +
                       "</b> \xE2\x98\x85</td>";
            else
                out += "<td align=\"right\">" + esc(cell.text) + "</td>";
        }
        out += "</tr>\n";
    }
    return out + "</table>\n";
}

std::string QtHtmlReport::plotGrid(const std::vector<const ReportPlot*>& plots, int perRow) const {
    const double cellWidth = kTextWidth / perRow - 8;
    std::string out = "<table border=\"0\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n";
    for (std::size_t i = 0; i < plots.size(); i += static_cast<std::size_t>(perRow)) {
        out += "<tr>";
        for (std::size_t j = i; j < i + static_cast<std::size_t>(perRow); ++j) {
            if (j >= plots.size()) {
                out += "<td></td>";
                continue;
            }
            const ReportPlot& plot = *plots[j];
            const double scale = std::min(1.0, cellWidth / plot.width);
            out += "<td valign=\"top\"><img src=\"" + esc(plot.name) + "\" width=\"" +
                   std::to_string(static_cast<int>(plot.width * scale)) + "\" height=\"" +
                   std::to_string(static_cast<int>(plot.height * scale)) +
                   "\"/><br/><span style=\"color: #616e7c; font-size: small;\">" + esc(plot.caption) + "</span></td>";
        }
        out += "</tr>\n";
    }
    return out + "</table>\n";
}

std::string QtHtmlReport::perClassTable() const {
    std::string out = std::string(kTable) + "<tr>" + headCell("Label") + headCell("Support", "right");
    for (const std::string& column : m_model.metrics().columns())
        out += headCell("F1 " + esc(column), "right");
    out += "</tr>\n";
    for (const std::string& name : m_model.labelNames()) {
        std::string support = MetricTable::kMissing;
        std::string cells;
        for (const RunResult& run : m_model.runs()) {
            const auto& labels = run.eval.labels;
            const auto index = static_cast<std::size_t>(std::find(labels.begin(), labels.end(), name) - labels.begin());
            if (index < run.eval.support.size() && support == MetricTable::kMissing)
                support = ReportText::thousands(run.eval.support[index]);
            cells += "<td align=\"right\">" +
                     (index < run.eval.perClassF1.size() ? ReportText::percent(run.eval.perClassF1[index], 1)
                                                         : std::string(MetricTable::kMissing)) +
                     "</td>";
        }
        const std::string glyph = m_model.glyph(name);
        out += "<tr><td>" + (glyph.empty() ? "" : glyphSpan(glyph) + " ") + esc(name) + "</td><td align=\"right\">" +
               support + "</td>" + cells + "</tr>\n";
    }
    return out + "</table>\n";
}

std::string QtHtmlReport::configTable() const {
    std::string out = std::string(kTable) + "<tr>" + headCell("Setting");
    for (const std::string& column : m_model.metrics().columns())
        out += headCell(esc(column));
    out += "</tr>\n";
    for (const ConfigRow& row : m_model.configs().rows()) {
        const std::string open = row.differs ? std::string("<td bgcolor=\"") + kDiffColor + "\">" : "<td>";
        out += "<tr>" + open + (row.differs ? "<b>" + esc(row.key) + "</b>" : esc(row.key)) + "</td>";
        for (const std::string& value : row.values)
            out += open + esc(value) + "</td>";
        out += "</tr>\n";
    }
    out += "</table>\n";
    if (m_model.runs().size() > 1)
        out += note(m_model.configs().differing().empty() ? "All runs share the same settings."
                                                          : "Highlighted rows differ between runs.");
    return out;
}

std::string QtHtmlReport::environmentTable() const {
    const RuntimeInfo& rt = m_model.input().runtime;
    std::string out = kTable;
    const auto row = [&out](const char* name, const std::string& htmlValue) {
        out += std::string("<tr><td width=\"25%\"><b>") + name + "</b></td><td>" + htmlValue + "</td></tr>\n";
    };
    row("LiteTune", esc(rt.liteTuneVersion));
    row("LibTorch", esc(rt.torchVersion));
    row("BLAS", esc(rt.blas) + (rt.referenceBlas ? " (the slow reference BLAS)" : ""));
    row("CUDA", rt.cudaCompiled ? "compiled in (CUDA " + esc(rt.cudaVersion) + ")" : std::string("not compiled in"));
    row("CPU", std::to_string(rt.cpuCores) + " cores, " + std::to_string(rt.cpuThreads) + " threads for LibTorch");
    std::string devices;
    for (const DeviceInfo& d : rt.devices)
        devices += (devices.empty() ? "" : "<br/>") + esc(d.id) + ": " + esc(d.name);
    row("Devices", devices);
    row("Report date", esc(m_model.createdAt()));
    for (std::size_t i = 0; i < m_model.runs().size(); ++i) {
        const RunResult& run = m_model.runs()[i];
        const auto& manifest = m_model.runFiles()[i].manifest;
        std::string text = "seed " + std::to_string(run.config.seed);
        if (const std::string mark = m_model.metrics().outcomeMark(i); !mark.empty())
            text += ", " + mark;
        if (manifest && !manifest->device.empty())
            text += ", " + esc(manifest->device) + ", " + esc(manifest->precision);
        if (manifest && !manifest->startedAt.empty())
            text += ", " + esc(manifest->startedAt) + " \xE2\x80\x93 " + esc(manifest->finishedAt);
        out += "<tr><td width=\"25%\"><b>Run " + esc(m_model.metrics().columns()[i]) + "</b></td><td>" + text +
               "</td></tr>\n";
    }
    return out + "</table>\n";
}

} // namespace litetune
