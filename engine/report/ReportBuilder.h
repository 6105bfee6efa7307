// ReportBuilder: the report of one or more runs. Its public interface (ReportInput, ReportPlot,
// ReportBuilder, writeReportBundle) and the GUI's PDF contract are declared in api/Report.h, which
// the GUI includes; this header adds the prepared ReportModel that ReportBuilder::model() returns,
// for engine code and the report tests. Reference: docs/report.md.
#pragma once

#include "api/Report.h"
#include "report/ReportModel.h"
