// Small file and error helpers the engine suites share.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

namespace litetune::test {

std::string readText(const std::filesystem::path& file);
void writeText(const std::filesystem::path& file, const std::string& text);

// Runs `action`, expects a litetune::Error of kind BadInput and returns its message (a test
// failure, and an empty string, for any other outcome).
std::string badInputMessage(const std::function<void()>& action);

} // namespace litetune::test
