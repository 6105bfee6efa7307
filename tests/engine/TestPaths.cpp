#include "TestPaths.h"

#include <cstdlib>
#include <random>
#include <vector>

namespace litetune::test {

namespace fs = std::filesystem;

fs::path sharedDir() {
    const char* env = std::getenv("LITETUNE_SHARED");
    fs::path dir = env && *env ? fs::path(env) : fs::path(LITETUNE_SOURCE_DIR) / ".." / "shared";
    return fs::exists(dir) ? fs::canonical(dir) : fs::path();
}

fs::path sharedFile(const std::string& relative) {
    const fs::path dir = sharedDir();
    if (dir.empty() || !fs::exists(dir / relative))
        return {};
    return dir / relative;
}

bool sharedRequired() {
    const char* require = std::getenv("LITETUNE_REQUIRE_SHARED");
    return require && std::string(require) == "1";
}

fs::path testDataDir() {
    const char* env = std::getenv("LITETUNE_TEST_DATA");
    return env && *env ? fs::path(env) : fs::path(LITETUNE_SOURCE_DIR) / "tests" / "data";
}

namespace {
std::vector<fs::path>& tempDirs() {
    static std::vector<fs::path> dirs;
    static const bool registered = [] {
        std::atexit([] {
            std::error_code ec;
            for (const auto& d : tempDirs())
                fs::remove_all(d, ec);
        });
        return true;
    }();
    (void)registered;
    return dirs;
}
} // namespace

fs::path freshTempDir(const std::string& tag) {
    std::random_device rd;
    fs::path dir = fs::temp_directory_path() / ("litetune-test-" + tag + "-" + std::to_string(rd()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    tempDirs().push_back(dir);
    return dir;
}

} // namespace litetune::test
