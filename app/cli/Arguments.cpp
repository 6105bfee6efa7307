#include "Arguments.h"
#include "NearMiss.h"

#include "api/Error.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace litetune::cli {

Arguments::Arguments(int argc, char** argv, int first, std::set<std::string> switches) {
    for (int i = first; i < argc; ++i) {
        std::string word = argv[i];
        if (word.rfind("--", 0) != 0 || word.size() == 2) {
            m_positional.push_back(word);
            continue;
        }
        std::string name = word.substr(2);
        std::string value;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
        } else if (switches.count(name)) {
            value = "1";
        } else {
            if (i + 1 >= argc)
                throwBadInput("option --" + name + " needs a value");
            value = argv[++i];
        }
        if (m_values.count(name))
            throwBadInput("option --" + name + " is given twice");
        m_values[name] = value;
    }
}

std::optional<std::string> Arguments::value(const std::string& name) {
    m_used.insert(name);
    const auto it = m_values.find(name);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

std::string Arguments::require(const std::string& name) {
    auto v = value(name);
    if (!v)
        throwBadInput("option --" + name + " is required");
    return *v;
}

std::string Arguments::valueOr(const std::string& name, const std::string& fallback) {
    return value(name).value_or(fallback);
}

std::int64_t Arguments::integerOr(const std::string& name, std::int64_t fallback) {
    const auto v = value(name);
    if (!v)
        return fallback;
    char* end = nullptr;
    errno = 0;
    const long long parsed = std::strtoll(v->c_str(), &end, 10);
    if (v->empty() || *end != '\0' || errno == ERANGE)
        throwBadInput("option --" + name + " expects an integer, got '" + *v + "'");
    return parsed;
}

double Arguments::numberOr(const std::string& name, double fallback) {
    const auto v = value(name);
    if (!v)
        return fallback;
    char* end = nullptr;
    errno = 0;
    const double parsed = std::strtod(v->c_str(), &end);
    if (v->empty() || *end != '\0' || errno == ERANGE || !std::isfinite(parsed))
        throwBadInput("option --" + name + " expects a finite number, got '" + *v + "'");
    return parsed;
}

bool Arguments::has(const std::string& name) {
    m_used.insert(name);
    return m_values.count(name) > 0;
}

void Arguments::rejectUnused() const {
    // The options the verb asked for are exactly the ones it takes: the candidates of a near miss.
    const std::vector<std::string> known(m_used.begin(), m_used.end());
    for (const auto& [name, v] : m_values)
        if (!m_used.count(name))
            throwBadInput("unknown option --" + name + didYouMean(name, known, "--"));
}

} // namespace litetune::cli
