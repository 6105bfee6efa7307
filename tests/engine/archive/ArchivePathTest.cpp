// ArchivePath: which stored names and link targets are safe.
#include "archive/ArchivePath.h"

#include <gtest/gtest.h>

using litetune::ArchivePath;

namespace {

std::string normalized(const std::string& raw) {
    std::string whyNot;
    return ArchivePath::normalize(raw, whyNot);
}

std::string reason(const std::string& raw) {
    std::string whyNot;
    ArchivePath::normalize(raw, whyNot);
    return whyNot;
}

} // namespace

TEST(ArchivePath, KeepsOrdinaryNamesAndDropsDotComponents) {
    EXPECT_EQ(normalized("train.csv"), "train.csv");
    EXPECT_EQ(normalized("./data//train.csv"), "data/train.csv");
    EXPECT_EQ(normalized("data/"), "data");
    EXPECT_EQ(normalized("data\\win\\train.csv"), "data/win/train.csv");
}

TEST(ArchivePath, RefusesTraversalAbsoluteAndDriveNames) {
    EXPECT_EQ(normalized("../evil.txt"), "");
    EXPECT_EQ(reason("../evil.txt"), "a \"..\" component");
    EXPECT_EQ(normalized("data/../../evil.txt"), "");
    EXPECT_EQ(normalized("..\\evil.txt"), "");
    EXPECT_EQ(reason("/etc/passwd"), "an absolute path");
    EXPECT_EQ(reason("\\windows\\evil"), "an absolute path");
    EXPECT_EQ(reason("C:/evil.txt"), "a drive-letter path");
    EXPECT_EQ(reason(""), "an empty name");
    EXPECT_EQ(reason("./"), "an empty name");
    EXPECT_EQ(reason("bad\nname"), "a control character");
}

TEST(ArchivePath, LinksMustStayInside) {
    EXPECT_TRUE(ArchivePath::linkStaysInside("data/link", "train.csv", false));
    EXPECT_TRUE(ArchivePath::linkStaysInside("data/link", "../other/train.csv", false));
    EXPECT_FALSE(ArchivePath::linkStaysInside("data/link", "../../etc/passwd", false));
    EXPECT_FALSE(ArchivePath::linkStaysInside("link", "..", false));
    EXPECT_FALSE(ArchivePath::linkStaysInside("link", "/etc/passwd", false));
    EXPECT_FALSE(ArchivePath::linkStaysInside("link", "", false));
    // Hardlink targets are archive paths, resolved from the root.
    EXPECT_TRUE(ArchivePath::linkStaysInside("a/b/hard", "a/file.txt", true));
    EXPECT_FALSE(ArchivePath::linkStaysInside("a/b/hard", "../file.txt", true));
}
