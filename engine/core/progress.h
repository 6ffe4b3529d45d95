// How long-running engine work reports progress and learns it should stop, without knowing who listens
// (tern-cli prints nothing, the GUI's engine controller turns it into queued signals).
#pragma once

#include <functional>
#include <stop_token>

namespace tern {

struct JobControl {
    std::stop_token stop;                          // requested -> the job throws tern::Cancelled soon (< 1 s)
    std::function<void(double fraction)> progress; // 0..1; may be empty

    bool stop_requested() const { return stop.stop_requested(); }
    void report(double fraction) const
    {
        if (progress)
            progress(fraction);
    }
};

}  // namespace tern
