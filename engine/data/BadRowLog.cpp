// BadRowLog: bad rows reported together (see BadRowLog.h).
#include "data/BadRowLog.h"

#include "util/Error.h"

namespace litetune {

namespace {
constexpr std::size_t kListed = 5;
}

void BadRowLog::add(const std::string& file, std::int64_t line, const std::string& reason) {
    m_rows.push_back({file, line, reason});
}

void BadRowLog::settle(bool skip, std::vector<BadRow>& skipped) {
    if (m_rows.empty())
        return;
    if (skip) {
        skipped.insert(skipped.end(), m_rows.begin(), m_rows.end());
        m_rows.clear();
        return;
    }
    std::string message;
    for (std::size_t i = 0; i < m_rows.size() && i < kListed; ++i)
        message += (i ? "; " : "") + m_rows[i].file + ":" + std::to_string(m_rows[i].line) + ": " + m_rows[i].reason;
    if (m_rows.size() > kListed)
        message += "; and " + std::to_string(m_rows.size() - kListed) + " more";
    const std::string count = m_rows.size() == 1 ? "1 bad row" : std::to_string(m_rows.size()) + " bad rows";
    throwBadInput(message + " (" + count + "; fix them or skip bad rows)");
}

} // namespace litetune
