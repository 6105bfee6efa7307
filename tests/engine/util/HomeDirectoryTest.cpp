// Without HOME (a service, a cron job) runs and caches go under the user's home from the password
// database, never into the current folder.
#include "util/HomeDirectory.h"
#include "api/Workbench.h"

#include <gtest/gtest.h>

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>

namespace litetune {
namespace {

TEST(HomeDirectory, WithoutHomeThePasswordDatabaseAnswers) {
    const passwd* entry = ::getpwuid(::getuid());
    ASSERT_NE(entry, nullptr);
    ::unsetenv("HOME");
    ::unsetenv("XDG_DATA_HOME");
    ::unsetenv("LITETUNE_RUNS");
    EXPECT_EQ(homeDirectory(), std::filesystem::path(entry->pw_dir));
    const std::filesystem::path runs = defaultRunsRoot();
    EXPECT_TRUE(runs.is_absolute()) << runs;
    EXPECT_EQ(runs, std::filesystem::path(entry->pw_dir) / ".local" / "share" / "LiteTune" / "runs");
}

} // namespace
} // namespace litetune
