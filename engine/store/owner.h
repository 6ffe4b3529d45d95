// Who owns a "running" run or OCR job: the writing process, identified by host, pid and that process's start
// time. A row whose owner is gone (crash, kill -9, power loss) is shown as "interrupted" instead of running forever.
#pragma once

#include <cstdint>
#include <string>

namespace tern::store {

struct ProcessIdentity {
    std::string host;
    std::int64_t pid = 0;
    std::string started; // "<boot id>/<start time in clock ticks>": a pid reused after exit or reboot differs
};

ProcessIdentity current_process();

// The identity of a live process with that pid on this machine; `started` is empty if no such process exists.
ProcessIdentity process_identity(std::int64_t pid);

// True when the owner certainly no longer runs: it was on this host and its pid is gone or now names another
// process. Owners on other hosts (distributed workers) are assumed alive: this host cannot tell.
bool owner_gone(const ProcessIdentity& owner);

} // namespace tern::store
