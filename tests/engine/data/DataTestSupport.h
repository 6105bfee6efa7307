// Helpers shared by the dataset tests: loading with options, and the message of an expected error.
#pragma once

#include "TestPaths.h"
#include "api/Dataset.h"
#include "util/Error.h"

#include <gtest/gtest.h>

#include <string>

namespace litetune::test {

inline std::filesystem::path datasetFile(const std::string& relative) {
    return testDataDir() / "datasets" / relative;
}

inline std::filesystem::path badDatasetFile(const std::string& relative) {
    return testDataDir() / "bad" / "datasets" / relative;
}

inline DatasetOptions optionsFor(const std::filesystem::path& path, bool splitSingleFile = false) {
    DatasetOptions options;
    options.path = path.string();
    options.splitSingleFile = splitSingleFile;
    return options;
}

// The message of the litetune::Error (of `kind`) that `action` throws; "" and a failure when none.
template <typename Action> std::string errorMessage(Action&& action, ErrorKind kind = ErrorKind::BadInput) {
    try {
        action();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), kind) << e.what();
        return e.what();
    } catch (const std::exception& e) {
        ADD_FAILURE() << "expected litetune::Error, got: " << e.what();
        return e.what();
    }
    ADD_FAILURE() << "expected an error";
    return {};
}

inline std::vector<std::string> labelNames(const Dataset& dataset) {
    std::vector<std::string> names;
    for (const LabelInfo& label : dataset.labels)
        names.push_back(label.name);
    return names;
}

} // namespace litetune::test
