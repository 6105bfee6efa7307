// The user's home folder: $HOME, else the password database's entry (a service or a cron job may
// run without HOME), so that runs and caches never land in the current folder by accident.
// Torch-free (litetune_core).
#pragma once

#include <filesystem>

namespace litetune {

// Empty when neither names one.
std::filesystem::path homeDirectory();

} // namespace litetune
