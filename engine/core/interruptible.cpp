#include "engine/core/interruptible.h"

#include "engine/core/error.h"

#include <chrono>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace tern {

namespace {

struct Call {
    std::mutex mutex;
    std::condition_variable_any changed;
    bool done = false;
    std::exception_ptr error;
};

// The threads of abandoned calls. Constructed on the first abandonment, so after the libraries' static objects, and
// destroyed before them: the destructor gives the unfinished calls a short grace period to end, then lets go.
class AbandonedCalls {
public:
    static AbandonedCalls& instance()
    {
        static AbandonedCalls calls;
        return calls;
    }

    void keep(std::thread thread, std::shared_ptr<Call> call)
    {
        std::lock_guard lock(m_mutex);
        join_finished();
        m_calls.emplace_back(std::move(thread), std::move(call));
    }

    int running()
    {
        std::lock_guard lock(m_mutex);
        join_finished();
        return static_cast<int>(m_calls.size());
    }

    ~AbandonedCalls()
    {
        const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(2);
        for (auto& [thread, call] : m_calls) {
            std::unique_lock lock(call->mutex);
            if (call->changed.wait_until(lock, give_up, [&] { return call->done; })) {
                lock.unlock();
                thread.join();
            } else {
                thread.detach();  // still inside the library after the grace period: the exit ends it
            }
        }
    }

private:
    void join_finished()
    {
        std::erase_if(m_calls, [](auto& entry) {
            bool done = false;
            {
                std::lock_guard lock(entry.second->mutex);
                done = entry.second->done;
            }
            if (done)
                entry.first.join();  // the call has returned; its thread is only unwinding
            return done;
        });
    }

    std::mutex m_mutex;
    std::vector<std::pair<std::thread, std::shared_ptr<Call>>> m_calls;
};

}  // namespace

void run_interruptible(std::function<void()> work, std::stop_token stop)
{
    if (stop.stop_requested())
        throw Cancelled();
    if (!stop.stop_possible()) {  // nothing can ever stop it (a fit without a stop source): no thread needed
        work();
        return;
    }
    auto call = std::make_shared<Call>();
    std::thread thread([call, work = std::move(work)] {
        std::exception_ptr error;
        try {
            work();
        } catch (...) {
            error = std::current_exception();
        }
        std::lock_guard lock(call->mutex);
        call->error = error;
        call->done = true;
        call->changed.notify_all();
    });
    bool finished = false;
    {
        std::unique_lock lock(call->mutex);
        finished = call->changed.wait(lock, stop, [&] { return call->done; });
    }
    if (!finished) {
        AbandonedCalls::instance().keep(std::move(thread), std::move(call));
        throw Cancelled();
    }
    thread.join();
    if (call->error)
        std::rethrow_exception(call->error);
}

int abandoned_calls_running()
{
    return AbandonedCalls::instance().running();
}

}  // namespace tern
