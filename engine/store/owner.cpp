#include "engine/store/owner.h"

#include <fstream>
#include <sstream>
#include <unistd.h>

namespace tern::store {

namespace {

std::string read_first_line(const std::string& path)
{
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    return line;
}

std::string host_name()
{
    char buffer[256] = {};
    if (gethostname(buffer, sizeof buffer - 1) != 0)
        return "localhost";
    return buffer;
}

// Field 22 of /proc/<pid>/stat, the start time in clock ticks after boot; "" if the process is gone or a zombie
// (killed but not yet reaped by its parent: it will never write again). The command name (field 2) is in
// parentheses and may hold spaces or ')', so fields are counted from the last ')'.
std::string start_ticks(std::int64_t pid)
{
    const std::string stat = read_first_line("/proc/" + std::to_string(pid) + "/stat");
    const auto close = stat.rfind(')');
    if (close == std::string::npos)
        return {};
    std::istringstream fields(stat.substr(close + 1));
    std::string field;
    for (int index = 3; index <= 22 && fields >> field; ++index) {
        if (index == 3 && (field == "Z" || field == "X"))
            return {};
        if (index == 22)
            return field;
    }
    return {};
}

} // namespace

ProcessIdentity process_identity(std::int64_t pid)
{
    ProcessIdentity identity{host_name(), pid, {}};
    const std::string ticks = start_ticks(pid);
    if (!ticks.empty())
        identity.started = read_first_line("/proc/sys/kernel/random/boot_id") + "/" + ticks;
    return identity;
}

ProcessIdentity current_process()
{
    // Cached per pid: a child made by fork() must not inherit its parent's identity.
    thread_local ProcessIdentity self;
    if (self.pid != getpid())
        self = process_identity(getpid());
    return self;
}

bool owner_gone(const ProcessIdentity& owner)
{
    if (owner.host != host_name() || owner.pid <= 0)
        return false;
    const ProcessIdentity now = process_identity(owner.pid);
    return now.started.empty() || now.started != owner.started;
}

} // namespace tern::store
