// Report bundles end to end: three fixture runs written as .zip and .tar.gz, opened again through
// the archive interface, and every part checked — HTML well-formed and referencing only files in
// the bundle, best-value marks, escaping, report.md rows, metrics.json equal to trainerMetrics(),
// metrics.csv, copied run files and the LoRA adapter. Bad extensions are refused and a failure
// leaves neither the target nor a temporary folder behind.
#include "api/Workbench.h"
#include "archive/Archive.h"
#include "report/ReportBuilder.h"
#include "util/Error.h"

#include "HtmlChecks.h"
#include "ReportFixtures.h"
#include "TestPaths.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

using namespace litetune;
namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::vector<std::string> listing(const fs::path& dir) {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& item : fs::recursive_directory_iterator(dir, ec))
        names.push_back(fs::relative(item.path(), dir).generic_string());
    std::sort(names.begin(), names.end());
    return names;
}

// Points TMPDIR at a fresh folder for one test, so leftovers of the bundle writer are visible.
class ReportBundle : public ::testing::Test {
protected:
    void SetUp() override {
        m_root = test::freshTempDir("report-bundle");
        m_input = test::makeReportFixture(m_root / "runs");
        m_out = m_root / "out";
        m_tmp = m_root / "tmp";
        fs::create_directories(m_out);
        fs::create_directories(m_tmp);
        const char* previous = std::getenv("TMPDIR");
        m_savedTmp = previous ? previous : "";
        m_hadTmp = previous != nullptr;
        ::setenv("TMPDIR", m_tmp.c_str(), 1);
    }
    void TearDown() override {
        if (m_hadTmp)
            ::setenv("TMPDIR", m_savedTmp.c_str(), 1);
        else
            ::unsetenv("TMPDIR");
    }

    template <typename Action> std::string errorOf(ErrorKind kind, Action&& action) {
        try {
            action();
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), kind) << e.what();
            return e.what();
        }
        ADD_FAILURE() << "expected an error";
        return {};
    }

    void checkBundle(const fs::path& bundle, const std::string& stem);

    fs::path m_root, m_out, m_tmp;
    ReportInput m_input;
    std::string m_savedTmp;
    bool m_hadTmp = false;
};

void ReportBundle::checkBundle(const fs::path& bundle, const std::string& stem) {
    ASSERT_TRUE(fs::is_regular_file(bundle));
    EXPECT_TRUE(listing(m_tmp).empty()) << "temporary files left in TMPDIR";
    const Archive archive(bundle);
    std::set<std::string> files;
    for (const ArchiveEntry& entry : archive.entries())
        if (entry.kind == ArchiveEntry::Kind::File)
            files.insert(entry.path);
    const std::string root = stem + "/";
    for (const char* name :
         {"report.html", "report.md", "metrics.csv", "metrics.json", "plots/confusion-1.svg", "plots/per-class-f1.svg",
          "plots/label-distribution.svg", "plots/curves-2.svg", "runs/base/run.json", "runs/base/metrics.json",
          "runs/base/predictions.csv", "runs/full/history.csv", "runs/full/predictions.csv", "runs/LoRA_r_8/run.json",
          "runs/LoRA_r_8/history.csv", "runs/LoRA_r_8/adapter/adapter_config.json",
          "runs/LoRA_r_8/adapter/adapter_model.safetensors"})
        EXPECT_TRUE(files.count(root + name)) << name;
    EXPECT_FALSE(files.count(root + "runs/base/history.csv")); // the base run has none
    for (const std::string& path : files)
        EXPECT_EQ(path.rfind(root, 0), 0u) << path;

    const auto contents =
        archive.read({root + "report.html", root + "report.md", root + "metrics.json", root + "metrics.csv",
                      root + "runs/LoRA_r_8/adapter/adapter_config.json", root + "runs/full/history.csv"});
    // report.html: well-formed, escaped, marked, and linking only to files in the bundle.
    const std::string& html = contents.at(root + "report.html");
    EXPECT_EQ(test::markupProblem(html), "");
    const std::vector<std::string> references = test::referencedFiles(html);
    EXPECT_FALSE(references.empty());
    for (const std::string& reference : references) {
        EXPECT_EQ(reference.find(':'), std::string::npos) << "absolute URL " << reference;
        EXPECT_NE(reference.front(), '/') << reference;
        EXPECT_TRUE(files.count(root + reference)) << "dangling reference " << reference;
    }
    EXPECT_TRUE(std::count(references.begin(), references.end(), "runs/LoRA_r_8/adapter/adapter_config.json"));
    EXPECT_EQ(html.find("x<&"), std::string::npos);
    EXPECT_NE(html.find("x&lt;&amp;&quot;y&#39;"), std::string::npos);
    const std::string loss = test::elementWith(html, "tr", "data-metric=\"eval_loss\"");
    EXPECT_NE(loss.find("<td data-run=\"full\" class=\"best\"><strong>1.5016</strong>"), std::string::npos) << loss;
    const std::string memory = test::elementWith(html, "tr", "data-metric=\"peak_memory_bytes\"");
    EXPECT_NE(memory.find("<td data-run=\"LoRA r=8\" class=\"best\"><strong>1.00 GiB</strong>"), std::string::npos)
        << memory;

    // report.md: the reference rows with runs as columns.
    const std::string& md = contents.at(root + "report.md");
    EXPECT_EQ(md.rfind("# Emoji \\<runs\\> \\& more\n", 0), 0u) << md; // no raw HTML in the Markdown
    EXPECT_NE(md.find("| Metric | base | full | LoRA r=8 |\n|---|---|---|---|\n"), std::string::npos) << md;
    EXPECT_NE(md.find("| Training Duration | \xE2\x80\x94 | 1 hr 33 min | 1 hr 25 min |\n"), std::string::npos);
    EXPECT_NE(md.find("| Eval Runtime | 12 sec | 3 min 28 sec | 3 min 39 sec |\n"), std::string::npos);
    EXPECT_NE(md.find("| Accuracy | 40.00% | 47.32% | 33.87% |\n"), std::string::npos);
    EXPECT_NE(md.find("| Macro F1 | 20.00% | 35.00% | 25.00% |\n"), std::string::npos);
    EXPECT_LT(md.find("| Training Loss"), md.find("| Validation Loss"));
    EXPECT_LT(md.find("| Steps per Second"), md.find("| Epoch"));

    // metrics.json: one object per run, the flat metrics equal to trainerMetrics().
    const nlohmann::json json = nlohmann::json::parse(contents.at(root + "metrics.json"));
    ASSERT_EQ(json.at("runs").size(), m_input.runs.size());
    for (std::size_t i = 0; i < m_input.runs.size(); ++i) {
        const RunResult& run = m_input.runs[i];
        const nlohmann::json& object = json.at("runs")[i];
        EXPECT_EQ(object.at("name"), run.name);
        EXPECT_EQ(object.at("method"), methodName(run.config.method));
        for (const auto& [key, value] : run.trainerMetrics())
            EXPECT_DOUBLE_EQ(object.at(key).get<double>(), value) << run.name << " " << key;
        EXPECT_EQ(object.at("labels").get<std::vector<std::string>>(), run.eval.labels);
        EXPECT_EQ(object.at("per_class").at("f1").get<std::vector<double>>(), run.eval.perClassF1);
        EXPECT_EQ(object.at("confusion_matrix")[1].get<std::vector<std::int64_t>>(),
                  (std::vector<std::int64_t>{1, 3, 0}));
    }
    EXPECT_FALSE(json.at("runs")[0].contains("train_loss")); // a base evaluation has no training

    const std::string& csv = contents.at(root + "metrics.csv");
    EXPECT_EQ(csv.rfind("metric,base,full,LoRA r=8\n", 0), 0u) << csv;
    EXPECT_NE(csv.find("\ntrain_loss,,1.5625,1.9241\n"), std::string::npos) << csv;
    EXPECT_NE(csv.find("\neval_accuracy,0.4,0.4732,0.3387\n"), std::string::npos) << csv;

    EXPECT_EQ(contents.at(root + "runs/LoRA_r_8/adapter/adapter_config.json"),
              readFile(m_root / "runs" / "lora" / "adapter" / "adapter_config.json"));
    EXPECT_EQ(contents.at(root + "runs/full/history.csv"), readFile(m_root / "runs" / "full" / "history.csv"));
}

} // namespace

TEST_F(ReportBundle, ZipHoldsEveryPart) {
    if (!Archive::available())
        GTEST_SKIP() << "built without libarchive";
    writeReportBundle(m_input, m_out / "emoji report.zip");
    checkBundle(m_out / "emoji report.zip", "emoji_report");
    EXPECT_EQ(listing(m_out), std::vector<std::string>{"emoji report.zip"});
}

TEST_F(ReportBundle, TarGzHoldsEveryPart) {
    if (!Archive::available())
        GTEST_SKIP() << "built without libarchive";
    writeReportBundle(m_input, m_out / "report.tar.gz");
    checkBundle(m_out / "report.tar.gz", "report");
    writeReportBundle(m_input.runs, m_input.runtime, m_out / "plain.tgz");
    EXPECT_TRUE(fs::is_regular_file(m_out / "plain.tgz"));
}

TEST_F(ReportBundle, FolderMatchesTheBundleLayout) {
    const ReportBuilder report(m_input);
    report.writeFolder(m_out / "folder");
    const std::vector<std::string> files = listing(m_out / "folder");
    for (const char* name : {"report.html", "report.md", "metrics.csv", "metrics.json", "plots/curves-3.svg",
                             "runs/LoRA_r_8/adapter/adapter_model.safetensors"})
        EXPECT_TRUE(std::count(files.begin(), files.end(), name)) << name;
    const std::string html = readFile(m_out / "folder" / "report.html");
    for (const std::string& reference : test::referencedFiles(html))
        EXPECT_TRUE(fs::is_regular_file(m_out / "folder" / reference)) << reference;
    std::vector<std::string> topLevel; // no staging folder left beside it
    for (const auto& item : fs::directory_iterator(m_out))
        topLevel.push_back(item.path().filename().string());
    EXPECT_EQ(topLevel, std::vector<std::string>{"folder"});
    errorOf(ErrorKind::BadInput, [&] { report.writeFolder(m_out / "folder"); });
}

// The front ends' report.pdf (ui/report/ReportBundleWriter.h) goes in beside report.html, byte for
// byte, and into its list of files; a name that would leave the top folder or replace a part of the
// report is refused.
TEST_F(ReportBundle, HoldsAFrontEndsExtraFile) {
    if (!Archive::available())
        GTEST_SKIP() << "built without libarchive";
    const ReportBuilder report(m_input);
    const std::string pdf("%PDF-1.4\n\0binary\xff", 17);
    report.writeBundle(m_out / "r.zip", {{"report.pdf", pdf}});
    const Archive archive(m_out / "r.zip");
    const auto contents = archive.read({"r/report.pdf", "r/report.html"});
    EXPECT_EQ(contents.at("r/report.pdf"), pdf);
    // report.html's file list, the bundle's index, names it.
    EXPECT_NE(contents.at("r/report.html").find("<li><a href=\"report.pdf\">report.pdf</a></li>"), std::string::npos);
    for (const char* name : {"../x.pdf", "sub/x.pdf", "report.html", "plots", "runs", ""}) {
        const auto write = [&] { report.writeBundle(m_out / "bad.zip", {{name, "x"}}); };
        EXPECT_NE(errorOf(ErrorKind::BadInput, write).find("cannot add the file"), std::string::npos) << name;
    }
    EXPECT_EQ(listing(m_out), std::vector<std::string>{"r.zip"});
    EXPECT_TRUE(listing(m_tmp).empty());
}

TEST_F(ReportBundle, RefusesOtherExtensionsBeforeWritingAnything) {
    for (const char* name : {"report.rar", "report.tar.xz", "report", "report.zip.part"}) {
        const std::string message = errorOf(ErrorKind::BadInput, [&] { writeReportBundle(m_input, m_out / name); });
        const std::string extension = fs::path(name).extension().string();
        EXPECT_NE(message.find(extension.empty() ? "no extension" : extension), std::string::npos) << message;
    }
    EXPECT_NE(errorOf(ErrorKind::BadInput, [] { ReportBuilder::checkBundleName("x.tar.xz"); }).find("\".tar.xz\""),
              std::string::npos);
    EXPECT_TRUE(listing(m_out).empty());
    EXPECT_TRUE(listing(m_tmp).empty());
}

TEST_F(ReportBundle, FailureLeavesNothingHalfWritten) {
    if (!Archive::available())
        GTEST_SKIP() << "built without libarchive";
    // The target's folder does not exist.
    errorOf(ErrorKind::BadInput, [&] { writeReportBundle(m_input, m_out / "missing" / "r.zip"); });
    // A run file vanishes between reading the runs and writing the bundle.
    const ReportBuilder report(m_input);
    fs::remove(m_root / "runs" / "full" / "predictions.csv");
    const std::string message = errorOf(ErrorKind::Failure, [&] { report.writeBundle(m_out / "r.zip"); });
    EXPECT_NE(message.find("predictions.csv"), std::string::npos) << message;
    // The archive cannot be put in place: a folder already holds the name.
    fs::create_directories(m_out / "taken.tar.gz");
    const ReportBuilder again(test::makeReportFixture(m_root / "runs2"));
    EXPECT_THROW(again.writeBundle(m_out / "taken.tar.gz"), Error);
    EXPECT_TRUE(fs::is_directory(m_out / "taken.tar.gz"));
    EXPECT_EQ(listing(m_out), std::vector<std::string>{"taken.tar.gz"});
    EXPECT_TRUE(listing(m_tmp).empty()) << "temporary files left in TMPDIR";
}

TEST_F(ReportBundle, ReadsRunsAsLoadRunReturnsThem) {
    std::vector<RunResult> loaded;
    for (const char* folder : {"base", "full", "lora"})
        loaded.push_back(loadRun(m_root / "runs" / folder));
    ReportInput input = m_input;
    input.runs = loaded;
    const ReportBuilder report(input);
    EXPECT_EQ(report.markdown(), ReportBuilder(m_input).markdown());
    EXPECT_EQ(report.model().runFiles()[2].adapterFiles,
              (std::vector<std::string>{"adapter_config.json", "adapter_model.safetensors"}));
    EXPECT_EQ(report.model().curvePlots().size(), 2u);
}
