// The report bundle of `compare --report` and `report --runs`. With the GUI built
// (LITETUNE_BUILD_GUI=ON: the .deb, CI) it is the GUI's bundle, report.pdf included, rendered by the
// GUI's own code without a display (ReportBundlePdf.cpp); a CLI built without Qt writes the rest
// and says that the PDF needs the GUI build (ReportBundlePlain.cpp). app/CMakeLists.txt picks one.
#pragma once

#include <string>

namespace litetune {
struct ReportInput;
}

namespace litetune::cli {

// Writes the bundle at `out` (checked with ReportBuilder::checkBundleName beforehand); throws
// litetune::Error naming the file when it cannot.
void writeCliReportBundle(const ReportInput& input, const std::string& out);

} // namespace litetune::cli
