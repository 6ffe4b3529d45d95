// A library call that cannot poll a stop token (OpenCV's SVM training runs from seconds to minutes in one call),
// made to honour one: the call runs on a thread of its own and the caller waits for it or for the stop request,
// whichever comes first. On a stop the caller throws tern::Cancelled at once and the call is abandoned: it runs to
// its end in the background and its result is dropped. The work must therefore own everything it touches (capture
// by value; OpenCV's Mat and Ptr are reference counted). Abandoned calls are awaited, for a bounded time, when the
// process exits, so that none is still inside the library while its static objects are destroyed.
#pragma once

#include <functional>
#include <stop_token>

namespace tern {

// Runs `work` to its end and returns, rethrowing what it threw; or throws tern::Cancelled as soon as `stop` is
// requested (at once when it already is).
void run_interruptible(std::function<void()> work, std::stop_token stop);

// Calls abandoned by run_interruptible that have not yet ended.
int abandoned_calls_running();

}  // namespace tern
