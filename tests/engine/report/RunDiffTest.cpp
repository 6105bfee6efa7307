// diffRuns (api/RunDiff.h): the fixed and broken lists and the confusion difference agree with an
// independent reading of both runs' predictions.csv (parsed here as plain CSV, not through the
// engine's reader), cell() lists exactly the samples behind a cell's change, and pairs evaluated
// on different data (fingerprint, split size, row labels, label set) or without predictions are
// refused with BadInput naming the run folder; the same label names in another order are matched
// by name.
#include "api/RunDiff.h"
#include "util/Error.h"

#include "RunDiffFixtures.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

using namespace litetune;

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kLabels{"red_heart", "sun", "fire", "joy"};

struct CsvRow {
    long long index = 0;
    int label = 0, predicted = 0;
    double probability = 0;
};

std::vector<CsvRow> parseCsv(const fs::path& file) {
    std::ifstream in(file);
    std::string line;
    std::getline(in, line);
    EXPECT_EQ(line, "index,label,predicted,probability,loss");
    std::vector<CsvRow> rows;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string cell;
        std::vector<std::string> cells;
        while (std::getline(fields, cell, ','))
            cells.push_back(cell);
        EXPECT_EQ(cells.size(), 5u) << line;
        if (cells.size() != 5)
            continue;
        rows.push_back({std::stoll(cells[0]), std::stoi(cells[1]), std::stoi(cells[2]), std::stod(cells[3])});
    }
    return rows;
}

std::string refusal(const fs::path& a, const fs::path& b) {
    try {
        diffRuns(a.string(), b.string());
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::BadInput) << error.what();
        return error.what();
    }
    return "";
}

} // namespace

TEST(RunDiff, FixedAndBrokenAgreeWithBothPredictionFiles) {
    const fs::path root = test::freshTempDir("run-diff-agree");
    test::writeDiffRun(root / "a", "Full fine-tune", Method::Full, "f00d", kLabels, test::drawRows(400, 4, 0.5, 1));
    test::writeDiffRun(root / "b", "LoRA", Method::Lora, "f00d", kLabels, test::drawRows(400, 4, 0.7, 2));
    const RunDiff diff = diffRuns((root / "a").string(), (root / "b").string());

    const std::vector<CsvRow> a = parseCsv(root / "a" / "predictions.csv");
    const std::vector<CsvRow> b = parseCsv(root / "b" / "predictions.csv");
    ASSERT_EQ(a.size(), 400u);
    ASSERT_EQ(b.size(), a.size());
    std::vector<long long> fixed, broken;
    std::vector<std::int64_t> delta(16, 0);
    long long rightA = 0, rightB = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        ASSERT_EQ(a[i].index, b[i].index);
        ASSERT_EQ(a[i].label, b[i].label);
        const bool okA = a[i].predicted == a[i].label, okB = b[i].predicted == b[i].label;
        rightA += okA;
        rightB += okB;
        if (!okA && okB)
            fixed.push_back(a[i].index);
        if (okA && !okB)
            broken.push_back(a[i].index);
        --delta[static_cast<std::size_t>(a[i].label * 4 + a[i].predicted)];
        ++delta[static_cast<std::size_t>(b[i].label * 4 + b[i].predicted)];
    }
    ASSERT_FALSE(fixed.empty());
    ASSERT_FALSE(broken.empty());

    std::vector<long long> gotFixed, gotBroken;
    for (const DiffSample& s : diff.fixed) {
        gotFixed.push_back(s.index);
        const auto i = static_cast<std::size_t>(s.index);
        EXPECT_EQ(s.label, a[i].label);
        EXPECT_EQ(s.predictedA, a[i].predicted);
        EXPECT_EQ(s.predictedB, b[i].predicted);
        EXPECT_NEAR(s.probabilityA, a[i].probability, 1e-5);
        EXPECT_NEAR(s.probabilityB, b[i].probability, 1e-5);
    }
    for (const DiffSample& s : diff.broken) {
        gotBroken.push_back(s.index);
        const auto i = static_cast<std::size_t>(s.index);
        EXPECT_EQ(s.predictedA, a[i].predicted);
        EXPECT_EQ(s.predictedB, b[i].predicted);
        EXPECT_NEAR(s.probabilityB, b[i].probability, 1e-5);
    }
    EXPECT_EQ(gotFixed, fixed);
    EXPECT_EQ(gotBroken, broken);
    EXPECT_EQ(diff.confusionDelta, delta);
    EXPECT_EQ(diff.labels, kLabels);
    EXPECT_EQ(diff.samples, 400);
    EXPECT_EQ(diff.split, "validation");
    EXPECT_DOUBLE_EQ(diff.accuracyA, static_cast<double>(rightA) / 400.0);
    EXPECT_DOUBLE_EQ(diff.accuracyB, static_cast<double>(rightB) / 400.0);
    EXPECT_EQ(diff.nameA, "Full fine-tune");
    EXPECT_EQ(diff.nameB, "LoRA");
    ASSERT_EQ(diff.f1A.size(), 4u);
    ASSERT_EQ(diff.f1B.size(), 4u);
    // The net change of correct answers is what the diagonal of the difference says.
    std::int64_t diagonal = 0;
    for (int c = 0; c < 4; ++c)
        diagonal += diff.confusionDelta[static_cast<std::size_t>(c * 4 + c)];
    EXPECT_EQ(diagonal, static_cast<std::int64_t>(fixed.size()) - static_cast<std::int64_t>(broken.size()));
}

TEST(RunDiff, CellListsTheSamplesBehindEachChange) {
    const fs::path root = test::freshTempDir("run-diff-cell");
    test::writeDiffRun(root / "a", "A", Method::Full, "", kLabels, test::drawRows(300, 4, 0.4, 3));
    test::writeDiffRun(root / "b", "B", Method::Lora, "", kLabels, test::drawRows(300, 4, 0.6, 4));
    const RunDiff diff = diffRuns((root / "a").string(), (root / "b").string());
    for (int t = 0; t < 4; ++t)
        for (int p = 0; p < 4; ++p) {
            std::int64_t gained = 0, lost = 0;
            for (const DiffSample& s : diff.cell(t, p)) {
                EXPECT_EQ(s.label, t);
                EXPECT_NE(s.predictedA == p, s.predictedB == p);
                gained += s.predictedB == p;
                lost += s.predictedA == p;
            }
            EXPECT_EQ(gained - lost, diff.confusionDelta[static_cast<std::size_t>(t * 4 + p)]) << t << "," << p;
        }
    // Two identical runs: nothing changed anywhere.
    test::writeDiffRun(root / "c", "C", Method::Lora, "", kLabels, test::drawRows(300, 4, 0.4, 3));
    const RunDiff same = diffRuns((root / "a").string(), (root / "c").string());
    EXPECT_TRUE(same.fixed.empty());
    EXPECT_TRUE(same.broken.empty());
    EXPECT_TRUE(same.cell(0, 1).empty());
    for (const std::int64_t d : same.confusionDelta)
        EXPECT_EQ(d, 0);
}

TEST(RunDiff, RefusesRunsOnDifferentData) {
    const fs::path root = test::freshTempDir("run-diff-refuse");
    const auto rows = test::drawRows(50, 4, 0.5, 5);
    test::writeDiffRun(root / "a", "A", Method::Full, "aaaa", kLabels, rows);
    test::writeDiffRun(root / "fingerprint", "B", Method::Lora, "bbbb", kLabels, rows);
    test::writeDiffRun(root / "size", "B", Method::Lora, "aaaa", kLabels, test::drawRows(49, 4, 0.5, 5));
    test::writeDiffRun(root / "rows", "B", Method::Lora, "aaaa", kLabels, test::drawRows(50, 4, 0.5, 5, 8));
    test::writeDiffRun(root / "labels", "B", Method::Lora, "aaaa", {"red_heart", "sun", "fire", "cry"}, rows);
    fs::create_directories(root / "none");
    test::writeDiffRun(root / "none", "B", Method::Lora, "aaaa", kLabels, rows);
    fs::remove(root / "none" / "predictions.csv");

    EXPECT_NE(refusal(root / "a", root / "fingerprint").find("data_fingerprint"), std::string::npos);
    EXPECT_NE(refusal(root / "a", root / "size").find("50 and 49 rows"), std::string::npos);
    EXPECT_NE(refusal(root / "a", root / "rows").find("different data"), std::string::npos);
    EXPECT_NE(refusal(root / "a", root / "labels").find("label sets"), std::string::npos);
    const std::string none = refusal(root / "a", root / "none");
    EXPECT_NE(none.find((root / "none").string()), std::string::npos) << none;
    EXPECT_NE(none.find("predictions.csv"), std::string::npos) << none;
    EXPECT_NE(refusal(root / "a", root / "fingerprint").find((root / "fingerprint").string()), std::string::npos);
    EXPECT_EQ(diffRefusal((root / "a").string(), (root / "a").string()), "");
    EXPECT_NE(diffRefusal((root / "a").string(), (root / "size").string()), "");
    // Same data: accepted even when one run predates the fingerprint.
    test::writeDiffRun(root / "old", "Old", Method::Lora, "", kLabels, rows);
    EXPECT_EQ(refusal(root / "a", root / "old"), "");
}

TEST(RunDiff, MatchesLabelsByName) {
    const fs::path root = test::freshTempDir("run-diff-names");
    const auto rowsA = test::drawRows(80, 4, 0.5, 21);
    const auto rowsB = test::drawRows(80, 4, 0.6, 22);
    test::writeDiffRun(root / "a", "A", Method::Full, "", kLabels, rowsA);
    test::writeDiffRun(root / "b", "B", Method::Lora, "", kLabels, rowsB);
    // The same predictions with the head's classes in reverse order.
    auto reversed = rowsB;
    for (test::DiffRow& row : reversed) {
        row.label = 3 - row.label;
        row.predicted = 3 - row.predicted;
    }
    test::writeDiffRun(root / "reversed", "B", Method::Lora, "", {"joy", "fire", "sun", "red_heart"}, reversed);
    const RunDiff plain = diffRuns((root / "a").string(), (root / "b").string());
    const RunDiff byName = diffRuns((root / "a").string(), (root / "reversed").string());
    EXPECT_EQ(byName.labels, kLabels);
    EXPECT_EQ(byName.confusionDelta, plain.confusionDelta);
    EXPECT_EQ(byName.f1B, plain.f1B);
    ASSERT_EQ(byName.fixed.size(), plain.fixed.size());
    for (std::size_t i = 0; i < plain.fixed.size(); ++i) {
        EXPECT_EQ(byName.fixed[i].index, plain.fixed[i].index);
        EXPECT_EQ(byName.fixed[i].predictedB, plain.fixed[i].predictedB);
    }
    EXPECT_EQ(byName.broken.size(), plain.broken.size());
}
