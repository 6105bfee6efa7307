// Arguments: the command line of one verb, as `--name value` options, `--flag` switches and
// positional words. Unknown or repeated options are errors naming the option, so a typo never
// silently falls back to a default.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace litetune::cli {

class Arguments {
public:
    // `switches` are the options that take no value (e.g. "skip-bad-rows").
    Arguments(int argc, char** argv, int first, std::set<std::string> switches = {});

    std::optional<std::string> value(const std::string& name);
    std::string require(const std::string& name);
    std::string valueOr(const std::string& name, const std::string& fallback);
    std::int64_t integerOr(const std::string& name, std::int64_t fallback);
    double numberOr(const std::string& name, double fallback);
    bool has(const std::string& name); // for switches
    const std::vector<std::string>& positional() const { return m_positional; }

    // Throws a BadInput error naming the first option no verb asked for.
    void rejectUnused() const;

private:
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_used;
    std::vector<std::string> m_positional;
};

} // namespace litetune::cli
