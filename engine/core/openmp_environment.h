// libgomp reads its OMP_* variables once, when it loads (before main): a process that needs other values must set
// them and restart itself. This is the one place that does so, for tern-cli, the GUI and the benchmark programs.
#pragma once

#include <initializer_list>
#include <utility>

namespace tern {

// Sets each variable that is not set yet and, if any was missing, re-executes /proc/self/exe with the same
// arguments. Returns when nothing was missing, or when exec failed (the process then runs on, slower but correct).
void ensure_openmp_environment(std::initializer_list<std::pair<const char*, const char*>> defaults);

}  // namespace tern
