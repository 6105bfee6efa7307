// ExistingFolder: what a writer may do with a target folder that holds files already (the CLI's
// `--overwrite`, the GUI's confirmed dialog). Refuse: only a new or empty folder is written;
// ReplaceOwnFiles: a LiteTune folder of the same kind is replaced, its foreign files kept
// (util/StagedDirectory.h has the rules).
#pragma once

namespace litetune {

enum class ExistingFolder { Refuse, ReplaceOwnFiles };

} // namespace litetune
