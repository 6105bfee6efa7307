// ReportInput: everything a report is made from. Declared in the public header api/Report.h
// (the GUI includes that one); this header remains so engine code can keep including it.
#pragma once

#include "api/Report.h"
