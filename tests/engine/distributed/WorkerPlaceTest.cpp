// workerPlaceFromEnvironment (api/Distributed.h): torchrun's variables read into a WorkerPlace,
// one process without them, each malformed variable refused by name, and workerEnvironment's
// variables read back to the same place.
#include "api/Distributed.h"
#include "api/Error.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <utility>

using namespace litetune;

namespace {

const char* const kVariables[] = {"RANK",
                                  "WORLD_SIZE",
                                  "LOCAL_RANK",
                                  "LOCAL_WORLD_SIZE",
                                  "MASTER_ADDR",
                                  "MASTER_PORT",
                                  "TORCHELASTIC_USE_AGENT_STORE"};

class WorkerPlaceTest : public ::testing::Test {
protected:
    void SetUp() override {
        for (const char* name : kVariables)
            unsetenv(name);
    }
    void TearDown() override { SetUp(); }
};

// The message of the BadInput workerPlaceFromEnvironment throws; empty when it throws nothing.
std::string refusal() {
    try {
        workerPlaceFromEnvironment();
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::BadInput);
        return error.what();
    }
    return {};
}

// Two places agree in every field.
void expectSamePlace(const WorkerPlace& actual, const WorkerPlace& expected) {
    EXPECT_EQ(actual.rank, expected.rank);
    EXPECT_EQ(actual.worldSize, expected.worldSize);
    EXPECT_EQ(actual.localRank, expected.localRank);
    EXPECT_EQ(actual.localWorldSize, expected.localWorldSize);
    EXPECT_EQ(actual.masterAddr, expected.masterAddr);
    EXPECT_EQ(actual.masterPort, expected.masterPort);
    EXPECT_EQ(actual.launcherHostsStore, expected.launcherHostsStore);
}

} // namespace

TEST_F(WorkerPlaceTest, WithoutVariablesIsOneProcess) {
    const WorkerPlace place = workerPlaceFromEnvironment();
    EXPECT_FALSE(place.distributed());
    EXPECT_EQ(place.rank, 0);
    EXPECT_EQ(place.worldSize, 1);
    setenv("RANK", "3", 1); // a rank without a world is one process too
    EXPECT_FALSE(workerPlaceFromEnvironment().distributed());
}

TEST_F(WorkerPlaceTest, ReadsTorchrunsVariables) {
    setenv("RANK", "5", 1);
    setenv("WORLD_SIZE", "8", 1);
    setenv("LOCAL_RANK", "1", 1);
    setenv("LOCAL_WORLD_SIZE", "4", 1);
    setenv("MASTER_ADDR", "10.0.0.1", 1);
    setenv("MASTER_PORT", "29501", 1);
    setenv("TORCHELASTIC_USE_AGENT_STORE", "True", 1);
    const WorkerPlace place = workerPlaceFromEnvironment();
    EXPECT_TRUE(place.distributed());
    expectSamePlace(place, {5, 8, 1, 4, "10.0.0.1", 29501, true});
}

TEST_F(WorkerPlaceTest, DefaultsAreTorchrunsForOneMachine) {
    setenv("RANK", "1", 1);
    setenv("WORLD_SIZE", "2", 1);
    expectSamePlace(workerPlaceFromEnvironment(), {1, 2, 0, 1, "127.0.0.1", 29500, false});
}

TEST_F(WorkerPlaceTest, RefusesMalformedVariablesByName) {
    setenv("WORLD_SIZE", "2", 1);
    EXPECT_NE(refusal().find("RANK is not"), std::string::npos) << refusal();
    setenv("RANK", "2", 1); // rank must be below the world size
    EXPECT_NE(refusal().find("RANK='2'"), std::string::npos) << refusal();
    setenv("RANK", "1", 1);
    EXPECT_EQ(refusal(), "");
    for (const auto& [name, value] : {std::pair<const char*, const char*>{"MASTER_PORT", "x"},
                                      {"MASTER_PORT", "70000"},
                                      {"LOCAL_RANK", "-1"},
                                      {"LOCAL_WORLD_SIZE", "3"}, // more than WORLD_SIZE
                                      {"WORLD_SIZE", "two"}}) {
        setenv(name, value, 1);
        const std::string message = refusal();
        EXPECT_NE(message.find(std::string(name) + "='" + value + "'"), std::string::npos) << message;
        SetUp();
        setenv("WORLD_SIZE", "2", 1);
        setenv("RANK", "1", 1);
    }
}

TEST_F(WorkerPlaceTest, WorkerEnvironmentReadsBack) {
    const WorkerPlace place{2, 4, 0, 2, "node-a", 31000, false};
    for (const auto& [name, value] : workerEnvironment(place))
        setenv(name.c_str(), value.c_str(), 1);
    expectSamePlace(workerPlaceFromEnvironment(), place);
}
