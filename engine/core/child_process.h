// Work that cannot poll a stop token (OpenCV's SVM training: one library call of seconds to minutes) done in a
// forked child process, so that a stop request ends it at once and for good: the child is killed and no core stays
// busy with a result nobody will read. The child inherits a copy of the process, computes, sends its result back
// as bytes through a pipe and exits without running destructors; the work must touch nothing but its own inputs
// and the library it calls (no locks another thread may hold, no Qt, no store).
#pragma once

#include <functional>
#include <stop_token>
#include <string>

namespace tern {

// The bytes `work` returned in the child. Throws tern::Cancelled as soon as `stop` is requested (at once when it
// already is), and WorkError with the child's words when the work threw there or the child died. Without a
// possible stop request the work runs here, in this process.
std::string run_in_child_process(const std::function<std::string()>& work, std::stop_token stop);

// Children started by run_in_child_process that have not yet been reaped (0 whenever no call is in progress).
int child_processes_running();

}  // namespace tern
