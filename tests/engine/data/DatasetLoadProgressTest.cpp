// loadDataset with a LoadControl (api/Dataset.h): progress in bytes and rows that only grows and
// ends at the total, reports at a bounded rate, and a cancel flag that stops a large load part
// way with Error(Cancelled), or before it reads anything when set while the load waited; the same
// for loadTextCorpus.
#include "DataTestSupport.h"

#include <atomic>
#include <chrono>
#include <fstream>

using namespace litetune;
using namespace litetune::test;

namespace {

constexpr int kRows = 200000;

// `rows` labelled texts as CSV (or JSON Lines), about 60 bytes a row.
std::filesystem::path writeLarge(const std::filesystem::path& file, int rows, bool jsonLines = false) {
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    if (!jsonLines)
        out << "text,label\n";
    const char* labels[] = {"red_heart", "fire", "sun"};
    for (int i = 0; i < rows; ++i) {
        const std::string text = "a sunny day with friends, number " + std::to_string(i);
        if (jsonLines)
            out << "{\"text\": \"" << text << "\", \"label\": \"" << labels[i % 3] << "\"}\n";
        else
            out << '"' << text << "\"," << labels[i % 3] << '\n';
    }
    return file;
}

struct Recorder {
    std::vector<LoadProgress> reports;
    LoadControl control(double interval = 0.0) {
        LoadControl c;
        c.progressed = [this](const LoadProgress& p) { reports.push_back(p); };
        c.progressIntervalSeconds = interval;
        return c;
    }
};

void expectGrowing(const std::vector<LoadProgress>& reports, std::uint64_t total) {
    for (std::size_t i = 0; i < reports.size(); ++i) {
        EXPECT_EQ(reports[i].totalBytes, total) << "report " << i;
        EXPECT_LE(reports[i].bytesRead, reports[i].totalBytes) << "report " << i;
        if (i > 0) {
            EXPECT_GE(reports[i].bytesRead, reports[i - 1].bytesRead) << "report " << i;
            EXPECT_GE(reports[i].rows, reports[i - 1].rows) << "report " << i;
        }
    }
}

} // namespace

TEST(DatasetLoadProgress, CancelMidWayStopsEarlyWithCancelled) {
    const auto file = writeLarge(freshTempDir("load-cancel") / "large.csv", kRows);
    const auto total = static_cast<std::uint64_t>(std::filesystem::file_size(file));
    std::atomic<bool> cancel{false};
    Recorder recorder;
    LoadControl control = recorder.control();
    control.progressed = [&](const LoadProgress& p) {
        recorder.reports.push_back(p);
        if (p.bytesRead >= total / 4)
            cancel = true;
    };
    control.cancel = &cancel;
    errorMessage([&] { loadDataset(optionsFor(file, true), control); }, ErrorKind::Cancelled);

    ASSERT_GE(recorder.reports.size(), 3u);
    expectGrowing(recorder.reports, total);
    EXPECT_EQ(recorder.reports.front().bytesRead, 0u); // the total is announced before parsing
    EXPECT_GT(recorder.reports.back().bytesRead, recorder.reports[1].bytesRead);
    EXPECT_GT(recorder.reports.back().rows, recorder.reports[1].rows);
    // Stopped soon after the flag, far from the end: at most one stride of records later.
    EXPECT_LT(recorder.reports.back().bytesRead, total / 2);
    EXPECT_LT(recorder.reports.back().rows, kRows / 2);
}

TEST(DatasetLoadProgress, FullLoadEndsAtTheTotalAtABoundedRate) {
    const auto file = writeLarge(freshTempDir("load-full") / "large.csv", kRows);
    const auto total = static_cast<std::uint64_t>(std::filesystem::file_size(file));
    Recorder recorder;
    const double interval = 0.05;
    const auto start = std::chrono::steady_clock::now();
    const Dataset dataset = loadDataset(optionsFor(file), recorder.control(interval));
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    ASSERT_EQ(dataset.splits.size(), 1u);
    EXPECT_EQ(dataset.splits[0].examples.size(), static_cast<std::size_t>(kRows));
    ASSERT_GE(recorder.reports.size(), 2u);
    expectGrowing(recorder.reports, total);
    EXPECT_EQ(recorder.reports.back().bytesRead, total);
    EXPECT_EQ(recorder.reports.back().rows, kRows);
    // The announcement and the end, and in between at most one report per interval.
    EXPECT_LE(static_cast<double>(recorder.reports.size()), 3.0 + elapsed / interval);
}

TEST(DatasetLoadProgress, JsonLinesCancelledToo) {
    const auto file = writeLarge(freshTempDir("load-jsonl") / "large.jsonl", kRows, true);
    std::atomic<bool> cancel{false};
    std::int64_t lastRows = 0;
    LoadControl control;
    control.progressIntervalSeconds = 0.0;
    control.cancel = &cancel;
    control.progressed = [&](const LoadProgress& p) {
        lastRows = p.rows;
        if (p.rows > 0)
            cancel = true;
    };
    errorMessage([&] { loadDataset(optionsFor(file), control); }, ErrorKind::Cancelled);
    EXPECT_GT(lastRows, 0);
    EXPECT_LT(lastRows, kRows / 2);
}

TEST(DatasetLoadProgress, SplitFilesCountTogether) {
    const auto dir = freshTempDir("load-folder");
    writeLarge(dir / "train.csv", 3000);
    writeLarge(dir / "validation.csv", 1000);
    const auto total = static_cast<std::uint64_t>(std::filesystem::file_size(dir / "train.csv") +
                                                  std::filesystem::file_size(dir / "validation.csv"));
    Recorder recorder;
    const Dataset dataset = loadDataset(optionsFor(dir), recorder.control());
    EXPECT_EQ(dataset.splits.size(), 2u);
    ASSERT_GE(recorder.reports.size(), 2u);
    expectGrowing(recorder.reports, total);
    EXPECT_EQ(recorder.reports.back().bytesRead, total);
    EXPECT_EQ(recorder.reports.back().rows, 4000);
}

TEST(DatasetLoadProgress, TextCorpusReportsLinesAndCancels) {
    const auto file = freshTempDir("load-corpus") / "corpus.txt";
    {
        std::ofstream out(file, std::ios::binary);
        for (int i = 0; i < kRows; ++i)
            out << "a line of raw text for a language model, number " << i << '\n';
    }
    const auto total = static_cast<std::uint64_t>(std::filesystem::file_size(file));
    Recorder full;
    EXPECT_EQ(loadTextCorpus(optionsFor(file), full.control()).splits.at(0).examples.size(),
              static_cast<std::size_t>(kRows));
    ASSERT_GE(full.reports.size(), 3u);
    expectGrowing(full.reports, total);
    EXPECT_EQ(full.reports.back().bytesRead, total);
    EXPECT_EQ(full.reports.back().rows, kRows);

    std::atomic<bool> cancel{false};
    Recorder part;
    LoadControl control = part.control();
    control.cancel = &cancel;
    control.progressed = [&](const LoadProgress& p) {
        part.reports.push_back(p);
        if (p.rows > 0)
            cancel = true;
    };
    errorMessage([&] { loadTextCorpus(optionsFor(file), control); }, ErrorKind::Cancelled);
    ASSERT_FALSE(part.reports.empty());
    EXPECT_LT(part.reports.back().rows, kRows / 2);
}

TEST(DatasetLoadProgress, CancelledBeforeStartReadsNothing) {
    const auto file = writeLarge(freshTempDir("load-early") / "small.csv", 10);
    std::atomic<bool> cancel{true};
    Recorder recorder;
    LoadControl control = recorder.control();
    control.cancel = &cancel;
    errorMessage([&] { loadDataset(optionsFor(file), control); }, ErrorKind::Cancelled);
    EXPECT_TRUE(recorder.reports.empty());
    cancel = false;
    EXPECT_EQ(loadDataset(optionsFor(file), control).splits.at(0).examples.size(), 10u);
    cancel = true;
    errorMessage([&] { loadTextCorpus(optionsFor(file), control); }, ErrorKind::Cancelled);
}
