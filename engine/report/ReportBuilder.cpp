// The report front door (see ReportBuilder.h): strings from the model, then the folder and bundle
// writers. Temporary folders come from mkdtemp, so two exports at once never collide.
#include "report/ReportBuilder.h"
#include "report/KeptModel.h"

#include "archive/Archive.h"
#include "data/EmojiTable.h"
#include "report/DiffSection.h"
#include "report/HtmlReport.h"
#include "report/MetricsFiles.h"
#include "report/QtHtmlReport.h"
#include "report/ReportText.h"
#include "util/AtomicFile.h"
#include "util/Error.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace litetune {

namespace fs = std::filesystem;

namespace {

bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A fresh folder `prefix` + random suffix, removed with everything in it unless released.
class TemporaryFolder {
public:
    explicit TemporaryFolder(const fs::path& prefix) {
        std::string pattern = prefix.string() + "XXXXXX";
        if (!::mkdtemp(pattern.data()))
            throwFailure("cannot create a temporary folder at " + pattern + ": " + std::strerror(errno));
        m_path = pattern;
    }
    ~TemporaryFolder() {
        if (!m_path.empty()) {
            std::error_code ec;
            fs::remove_all(m_path, ec);
        }
    }
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;
    const fs::path& path() const { return m_path; }
    void release() { m_path.clear(); }

private:
    fs::path m_path;
};

void makeFolder(const fs::path& dir) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        throwFailure("cannot create " + dir.string() + ": " + ec.message());
}

void copyInto(const fs::path& from, const fs::path& to) {
    makeFolder(to.parent_path());
    std::error_code ec;
    fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec);
    if (ec)
        throwFailure("cannot copy " + from.string() + " into the report: " + ec.message());
}

std::string bundleStem(const std::string& fileName) {
    for (const char* suffix : {".tar.gz", ".tgz", ".zip"})
        if (endsWith(fileName, suffix))
            return ReportModel::safeFolderName(fileName.substr(0, fileName.size() - std::strlen(suffix)));
    return "report";
}

// The kept-weights line (KeptModel.h) as a paragraph of its own, or nothing.
std::string keptMarkdown(const std::vector<RunResult>& runs, const std::vector<std::string>& columns) {
    const std::string kept = keptModelNote(runs, columns);
    return kept.empty() ? kept : "\n" + kept + "\n";
}

} // namespace

ReportBuilder::ReportBuilder(ReportInput input)
    : m_model(std::make_unique<ReportModel>(std::move(input))) {}

ReportBuilder::ReportBuilder(ReportBuilder&&) noexcept = default;
ReportBuilder& ReportBuilder::operator=(ReportBuilder&&) noexcept = default;
ReportBuilder::~ReportBuilder() = default;

std::string ReportBuilder::html() const {
    return HtmlReport(*m_model).render(false);
}

std::string ReportBuilder::qtHtml() const {
    return QtHtmlReport(*m_model).render();
}

std::vector<ReportPlot> ReportBuilder::plots() const {
    std::vector<ReportPlot> out;
    for (const ReportPlot* plot : m_model->allPlots())
        out.push_back(*plot);
    return out;
}

std::string ReportBuilder::markdown() const {
    const MetricTable& table = m_model->metrics();
    return "# " + ReportText::escapeMarkdownCell(m_model->input().title) + "\n\n" + table.markdown() +
           "\nPrecision, recall and F1 are weighted averages; Macro F1 is TweetEval's metric. Samples and steps per "
           "second are the evaluation's." +
           (table.anyUnranked() ? std::string(" ") + MetricTable::kUnrankedNote : std::string()) + "\n" +
           keptMarkdown(m_model->runs(), table.columns()) + DiffSection(*m_model).markdown();
}

std::string ReportBuilder::metricsCsv() const {
    return MetricsFiles(*m_model).csv();
}

std::string ReportBuilder::metricsJson() const {
    return MetricsFiles(*m_model).json();
}

void ReportBuilder::checkBundleName(const fs::path& target) {
    const std::string name = target.filename().string();
    if (endsWith(name, ".zip") || endsWith(name, ".tar.gz") || endsWith(name, ".tgz"))
        return;
    const std::string stem = fs::path(name).stem().string();
    const std::string extension =
        endsWith(stem, ".tar") ? ".tar" + target.extension().string() : target.extension().string();
    throwBadInput("report bundle " + target.string() + ": cannot write a \"" +
                  (extension.empty() ? std::string("(no extension)") : extension) +
                  "\" archive; name it .zip, .tar.gz or .tgz");
}

void ReportBuilder::writeContents(const fs::path& dir, const std::vector<std::string>& extraFiles) const {
    writeFileAtomically(dir / "report.html", HtmlReport(*m_model).render(true, extraFiles));
    writeFileAtomically(dir / "report.md", markdown());
    const MetricsFiles metrics(*m_model);
    writeFileAtomically(dir / "metrics.csv", metrics.csv());
    writeFileAtomically(dir / "metrics.json", metrics.json());
    makeFolder(dir / "plots");
    for (const ReportPlot* plot : m_model->allPlots())
        writeFileAtomically(dir / "plots" / plot->name, plot->svg);
    for (std::size_t i = 0; i < m_model->runs().size(); ++i) {
        const ReportRunFiles& files = m_model->runFiles()[i];
        const fs::path source = m_model->runs()[i].runDir;
        const fs::path target = dir / "runs" / files.folder;
        for (const std::string& name : files.files)
            copyInto(source / name, target / name);
        for (const std::string& name : files.adapterFiles)
            copyInto(source / "adapter" / name, target / "adapter" / name);
    }
}

void ReportBuilder::writeFolder(const fs::path& dir) const {
    std::error_code ec;
    if (fs::exists(dir, ec))
        throwBadInput("report folder " + dir.string() + " already exists; choose a new name");
    const fs::path parent = dir.has_parent_path() ? dir.parent_path() : fs::path(".");
    if (!fs::is_directory(parent, ec))
        throwBadInput("cannot write report folder " + dir.string() + ": " + parent.string() + " is not a folder");
    TemporaryFolder staging(parent / ("." + dir.filename().string() + ".tmp-"));
    writeContents(staging.path());
    fs::rename(staging.path(), dir, ec);
    if (ec)
        throwFailure("cannot move the report into " + dir.string() + ": " + ec.message());
    staging.release();
    syncDirectory(parent);
}

void ReportBuilder::writeBundle(const fs::path& target) const {
    writeBundle(target, {});
}

void ReportBuilder::writeBundle(const fs::path& target, const std::map<std::string, std::string>& extraFiles) const {
    checkBundleName(target);
    for (const auto& extra : extraFiles) {
        const std::string& name = extra.first;
        if (name.empty() || name != fs::path(name).filename().string() || name == "." || name == ".." ||
            name == "report.html" || name == "report.md" || name == "metrics.csv" || name == "metrics.json" ||
            name == "plots" || name == "runs")
            throwBadInput("report bundle " + target.string() + ": cannot add the file \"" + name +
                          "\"; name a new file beside report.html");
    }
    if (!Archive::available())
        throwFailure("cannot write " + target.string() + ": this build has no archive support (libarchive)");
    std::error_code ec;
    const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (!fs::is_directory(parent, ec))
        throwBadInput("cannot write report bundle " + target.string() + ": " + parent.string() + " is not a folder");
    TemporaryFolder staging(parent / ("." + target.filename().string() + ".tmp-")); // a sibling, like every temporary
    const fs::path root = staging.path() / bundleStem(target.filename().string());
    std::vector<std::string> extraNames;
    for (const auto& extra : extraFiles)
        extraNames.push_back(extra.first);
    makeFolder(root);
    writeContents(root, extraNames);
    for (const auto& [name, bytes] : extraFiles)
        writeFileAtomically(root / name, bytes);
    Archive::writeBundle(staging.path(), target);
}

std::string defaultLabelGlyph(const std::string& labelName) {
    return EmojiTable::glyphForLabel(labelName);
}

void writeReportBundle(const ReportInput& input, const fs::path& outputPath) {
    ReportBuilder::checkBundleName(outputPath); // before reading any run folder
    ReportBuilder(input).writeBundle(outputPath);
}

void writeReportBundle(const std::vector<RunResult>& runs, const RuntimeInfo& runtime, const fs::path& outputPath) {
    ReportInput input;
    input.runs = runs;
    input.runtime = runtime;
    writeReportBundle(input, outputPath);
}

} // namespace litetune
