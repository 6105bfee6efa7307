// The bundle without its PDF, for a litetune-cli built without Qt (see ReportBundle.h): every other
// file is the GUI's, and the missing report.pdf is named on stderr so nobody looks for it.
#include "ReportBundle.h"

#include "api/Report.h"

#include <iostream>

namespace litetune::cli {

void writeCliReportBundle(const ReportInput& input, const std::string& out) {
    writeReportBundle(input, out);
    std::cerr << "note: " << out
              << " holds no report.pdf: this litetune-cli was built without the GUI (LITETUNE_BUILD_GUI=OFF), "
                 "whose Qt code renders the PDF\n";
}

} // namespace litetune::cli
