// One owner per run: a second holder is refused naming the first one's PID, and a holder that dies
// (even by SIGKILL) leaves the run free.
#include "util/RunLock.h"
#include "util/Error.h"

#include "TestPaths.h"

#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>

namespace litetune {
namespace {

TEST(RunLock, ASecondOwnerIsRefusedNamingTheFirstAndADeadOneFreesTheRun) {
    const auto dir = test::freshTempDir("run-lock");
    int ready[2];
    ASSERT_EQ(::pipe(ready), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) { // the first owner: lock, tell the parent, wait to be killed
        const RunLock lock(dir);
        [[maybe_unused]] const auto written = ::write(ready[1], "x", 1);
        ::pause();
        ::_exit(0);
    }
    char byte = 0;
    ASSERT_EQ(::read(ready[0], &byte, 1), 1);
    EXPECT_EQ(runLockHolder(dir), static_cast<long>(child));
    try {
        const RunLock second(dir);
        ADD_FAILURE() << "a second owner was let in";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::BadInput);
        EXPECT_NE(std::string(error.what()).find("PID " + std::to_string(child)), std::string::npos) << error.what();
        EXPECT_NE(std::string(error.what()).find(dir.string()), std::string::npos) << error.what();
    }
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    EXPECT_EQ(runLockHolder(dir), 0);
    EXPECT_NO_THROW(RunLock{dir});
    ::close(ready[0]);
    ::close(ready[1]);
}

TEST(RunLock, AFolderWithoutALockFileIsFree) {
    EXPECT_EQ(runLockHolder(test::freshTempDir("no-lock")), 0);
}

} // namespace
} // namespace litetune
