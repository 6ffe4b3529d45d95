// A minimal deterministic parallel loop for the hand-written families (forests, k-NN): [0, n) is cut into
// contiguous chunks handed to up to `threads` std::threads. Results must be written per index, so the outcome
// does not depend on the thread count. The first exception thrown by any chunk is rethrown to the caller.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace tern::models {

template <typename Fn>  // fn(std::size_t begin, std::size_t end)
void parallel_chunks(std::size_t n, int threads, std::size_t chunk, Fn&& fn)
{
    chunk = std::max<std::size_t>(1, chunk);
    const std::size_t chunks = (n + chunk - 1) / chunk;
    const int workers = static_cast<int>(std::min<std::size_t>(std::max(1, threads), chunks));
    if (workers <= 1) {
        for (std::size_t b = 0; b < n; b += chunk)
            fn(b, std::min(n, b + chunk));
        return;
    }
    std::atomic<std::size_t> next{0};
    std::exception_ptr error;
    std::mutex error_mutex;
    const auto work = [&] {
        for (std::size_t c; (c = next.fetch_add(1)) < chunks;) {
            try {
                fn(c * chunk, std::min(n, (c + 1) * chunk));
            } catch (...) {
                std::lock_guard lock(error_mutex);
                if (!error)
                    error = std::current_exception();
                next.store(chunks);
            }
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < workers; ++t)
        pool.emplace_back(work);
    work();
    for (auto& t : pool)
        t.join();
    if (error)
        std::rethrow_exception(error);
}

}  // namespace tern::models
