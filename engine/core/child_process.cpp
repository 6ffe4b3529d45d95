#include "engine/core/child_process.h"

#include "engine/core/error.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <exception>
#include <fcntl.h>
#include <fmt/format.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace tern {

namespace {

std::atomic<int> g_children{0};

// The child's first byte says whether the rest is the work's result or the words of what it threw.
constexpr char kResult = 'R', kError = 'E';

void write_all(int fd, const char* data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;  // the parent stopped reading: it no longer wants the result
        data += n;
        size -= static_cast<std::size_t>(n);
    }
}

[[noreturn]] void child_main(int fd, const std::function<std::string()>& work)
{
    char kind = kResult;
    std::string out;
    try {
        out = work();
    } catch (const std::exception& e) {
        kind = kError;
        out = e.what();
    } catch (...) {
        kind = kError;
        out = "unknown error";
    }
    write_all(fd, &kind, 1);
    write_all(fd, out.data(), out.size());
    ::_exit(0);  // no destructors or atexit handlers: they belong to the parent's objects
}

// Reaps the child; kill first when the parent gives up on it.
int reap(pid_t pid, bool kill_first)
{
    if (kill_first)
        ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    --g_children;
    return status;
}

}  // namespace

std::string run_in_child_process(const std::function<std::string()>& work, std::stop_token stop)
{
    if (stop.stop_requested())
        throw Cancelled();
    if (!stop.stop_possible())
        return work();

    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        throw WorkError(fmt::format("cannot create a pipe: {}", std::strerror(errno)));
    ++g_children;
    const pid_t pid = ::fork();
    if (pid < 0) {
        --g_children;
        const int err = errno;
        ::close(fds[0]);
        ::close(fds[1]);
        throw WorkError(fmt::format("cannot start a process: {}", std::strerror(err)));
    }
    if (pid == 0) {
        ::close(fds[0]);
        child_main(fds[1], work);
    }
    ::close(fds[1]);

    std::string received;
    char buffer[1 << 16];
    for (;;) {
        if (stop.stop_requested()) {
            ::close(fds[0]);
            reap(pid, true);
            throw Cancelled();
        }
        pollfd p{fds[0], POLLIN, 0};
        const int ready = ::poll(&p, 1, 100);  // a stop request is seen within 0.1 s
        if (ready < 0 && errno != EINTR) {
            const int err = errno;  // before close and waitpid overwrite it
            ::close(fds[0]);
            reap(pid, true);
            throw WorkError(fmt::format("cannot wait for a child process: {}", std::strerror(err)));
        }
        if (ready <= 0)
            continue;
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;  // end of file: the child has written all and exited (or died)
        received.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fds[0]);
    const int status = reap(pid, false);
    if (WIFSIGNALED(status))
        throw WorkError(fmt::format("the child process was ended by signal {} ({})", WTERMSIG(status),
                                    ::strsignal(WTERMSIG(status))));
    if (received.empty() || (received[0] != kResult && received[0] != kError))
        throw WorkError("the child process ended without a result");
    if (received[0] == kError)
        throw WorkError(received.substr(1));
    return received.substr(1);
}

int child_processes_running()
{
    return g_children.load();
}

}  // namespace tern
