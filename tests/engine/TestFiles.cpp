#include "TestFiles.h"

#include "util/Error.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace litetune::test {

std::string readText(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeText(const std::filesystem::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

std::string badInputMessage(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::BadInput) << error.what();
        return error.what();
    }
    ADD_FAILURE() << "expected a BadInput error";
    return {};
}

} // namespace litetune::test
