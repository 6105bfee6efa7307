// Where tests find their data: the shared reference fixtures (LITETUNE_SHARED, default ../shared
// beside the checkout) and the project's own test inputs (tests/data).
#pragma once

#include <filesystem>
#include <string>

namespace litetune::test {

// The shared folder, or an empty path when it is absent (the caller skips with a message).
std::filesystem::path sharedDir();

// The full path of a shared fixture, or an empty path when it is absent.
std::filesystem::path sharedFile(const std::string& relative);

// True when LITETUNE_REQUIRE_SHARED=1 (set by .ci/run): a missing fixture then fails instead of skipping,
// and so does a missing prerequisite that packaging/debian-deps.txt installs (e.g. a locale).
bool sharedRequired();

std::filesystem::path testDataDir();

// A fresh, empty temporary folder removed at process exit.
std::filesystem::path freshTempDir(const std::string& tag);

} // namespace litetune::test

// Declares `var` as the path of a shared fixture; skips the test (or fails it in CI) when absent.
#define LITETUNE_SHARED_FILE(var, relative)                                                                            \
    const std::filesystem::path var = ::litetune::test::sharedFile(relative);                                          \
    if (var.empty()) {                                                                                                 \
        if (::litetune::test::sharedRequired())                                                                        \
            FAIL() << "shared fixture missing: " << (relative) << " (LITETUNE_SHARED)";                                \
        GTEST_SKIP() << "shared fixture missing, set LITETUNE_SHARED: " << (relative);                                 \
    }
