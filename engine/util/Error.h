// Error (BadInput / Failure / Cancelled): declared in api/Error.h, the header the CLI and the GUI
// use; engine code keeps including this one.
#pragma once

#include "api/Error.h"
