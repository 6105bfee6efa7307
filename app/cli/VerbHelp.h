// Per-verb help text for `litetune-cli VERB --help` (VerbHelp.cpp).
#pragma once

#include <ostream>
#include <string>

namespace litetune::cli {

// Whether argv[first..] asks for help (--help or -h).
bool wantsHelp(int argc, char** argv, int first);
// Prints the help of `verb`; false when the verb has none.
bool printVerbHelp(const std::string& verb, std::ostream& out);

} // namespace litetune::cli
