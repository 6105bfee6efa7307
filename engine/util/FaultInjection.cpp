// FaultInjection: see the header.
#include "util/FaultInjection.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <mutex>
#include <string>

namespace litetune {

namespace {

struct FaultPlan {
    bool active = false;
    FaultStage stage = FaultStage::Write;
    int error = 0; // 0: kill
    std::string name;
    long nth = 1;
    long seen = 0;
};

FaultPlan readPlan() {
    FaultPlan plan;
    const char* spec = std::getenv("LITETUNE_TEST_FAULT");
    if (!spec || !*spec)
        return plan;
    const std::string text(spec);
    const std::size_t first = text.find(':');
    if (first == std::string::npos)
        return plan;
    const std::string action = text.substr(0, first);
    const std::size_t second = text.find(':', first + 1);
    plan.name = text.substr(first + 1, second == std::string::npos ? std::string::npos : second - first - 1);
    if (second != std::string::npos)
        plan.nth = std::strtol(text.c_str() + second + 1, nullptr, 10);
    if (action == "ENOSPC") {
        plan.stage = FaultStage::Write;
        plan.error = ENOSPC;
    } else if (action == "EROFS") {
        plan.stage = FaultStage::Create;
        plan.error = EROFS;
    } else if (action == "EIO") {
        plan.stage = FaultStage::Flush;
        plan.error = EIO;
    } else if (action == "kill") {
        plan.stage = FaultStage::BeforeRename;
    } else {
        return plan;
    }
    plan.active = !plan.name.empty() && plan.nth >= 1;
    return plan;
}

std::mutex& planMutex() {
    static std::mutex mutex;
    return mutex;
}

FaultPlan& plan() {
    static FaultPlan instance = readPlan();
    return instance;
}

} // namespace

bool faultChosenFor(const std::filesystem::path& target) {
    std::lock_guard<std::mutex> lock(planMutex());
    FaultPlan& p = plan();
    if (!p.active || (p.name != "*" && target.filename().string() != p.name))
        return false;
    return ++p.seen == p.nth;
}

bool injectFault(FaultStage stage) {
    const FaultPlan& p = plan();
    if (stage != p.stage)
        return false;
    if (p.error == 0)
        std::raise(SIGKILL);
    errno = p.error;
    return true;
}

} // namespace litetune
