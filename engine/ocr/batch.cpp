// Worker pool for batch OCR: one walker thread, N worker threads, the caller delivers results in order.
#include "engine/ocr/batch.h"

#include "engine/core/error.h"
#include "engine/data/file_walker.h"
#include "engine/data/image_header.h"
#include "engine/ocr/image_io.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

namespace tern::ocr {

namespace {

struct Shared {
    std::mutex m;
    std::condition_variable work, result, space;
    std::deque<std::pair<std::size_t, std::string>> queue;
    std::map<std::size_t, OcrResult> done; // finished, waiting for their turn; bounded by the window
    std::size_t discovered = 0, delivered = 0;
    bool walk_done = false, stop = false;
    int workers_alive = 0;
    std::exception_ptr error;
};

void walk(Shared& s, const std::vector<std::string>& inputs, std::size_t window)
{
    // PDFs in a folder too: a label scanned to PDF is listed with why it was not read, not passed over in silence.
    data::FileWalker walker(inputs, [](const std::string& path) {
        return has_image_extension(path) || data::lower_extension(path) == ".pdf";
    });
    while (true) {
        {
            std::unique_lock lock(s.m);
            s.space.wait(lock, [&] { return s.stop || s.discovered - s.delivered < window; });
            if (s.stop)
                break;
        }
        auto path = walker.next(); // file system access outside the lock
        std::lock_guard lock(s.m);
        if (!path)
            break;
        s.queue.emplace_back(s.discovered++, std::move(*path));
        s.work.notify_one();
    }
    std::lock_guard lock(s.m);
    s.walk_done = true;
    s.work.notify_all();
    s.result.notify_all();
}

void work(Shared& s, const PipelineOptions& options, const JobControl& control)
{
    try {
        Pipeline pipeline(options);
        while (true) {
            std::pair<std::size_t, std::string> item;
            {
                std::unique_lock lock(s.m);
                s.work.wait(lock, [&] { return s.stop || !s.queue.empty() || s.walk_done; });
                if (s.stop || s.queue.empty())
                    break;
                item = std::move(s.queue.front());
                s.queue.pop_front();
            }
            if (control.stop_requested())
                break;
            OcrResult r = pipeline.read_file(item.second);
            std::lock_guard lock(s.m);
            s.done.emplace(item.first, std::move(r));
            s.result.notify_all();
        }
    } catch (...) {
        std::lock_guard lock(s.m);
        if (!s.error)
            s.error = std::current_exception();
        s.stop = true;
        s.work.notify_all();
        s.space.notify_all();
    }
    std::lock_guard lock(s.m);
    --s.workers_alive;
    s.result.notify_all();
}

} // namespace

BatchSummary run_batch(const std::vector<std::string>& inputs, const BatchOptions& options, const JobControl& control,
                       const std::function<void(std::size_t, OcrResult&&)>& on_result)
{
    Shared s;
    const int n = std::max(1, options.threads);
    const std::size_t window = std::max<std::size_t>(options.window, static_cast<std::size_t>(2 * n));
    s.workers_alive = n;
    std::vector<std::thread> threads;
    threads.emplace_back(walk, std::ref(s), std::cref(inputs), window);
    for (int i = 0; i < n; ++i)
        threads.emplace_back(work, std::ref(s), std::cref(options.pipeline), std::cref(control));

    BatchSummary summary;
    auto deliver = [&](std::unique_lock<std::mutex>& lock, std::map<std::size_t, OcrResult>::iterator it) {
        const std::size_t index = it->first;
        OcrResult r = std::move(it->second);
        s.done.erase(it);
        ++summary.images;
        summary.failed += r.ok() ? 0 : 1;
        lock.unlock();
        on_result(index, std::move(r));
        lock.lock();
    };

    std::unique_lock lock(s.m);
    while (true) {
        s.result.wait_for(lock, std::chrono::milliseconds(100), [&] {
            // After a stop, only the end of the images in progress matters.
            return s.workers_alive == 0 || (!s.stop && s.done.count(s.delivered) > 0);
        });
        if (control.stop_requested() && !s.stop) {
            s.stop = summary.cancelled = true;
            s.work.notify_all();
            s.space.notify_all();
        }
        while (!s.stop) {
            auto it = s.done.find(s.delivered);
            if (it == s.done.end())
                break;
            deliver(lock, it);
            ++s.delivered;
            s.space.notify_one();
            const double total = s.walk_done ? static_cast<double>(s.discovered) : s.discovered + 1.0;
            const double fraction = std::min(1.0, s.delivered / std::max(1.0, total));
            lock.unlock();
            control.report(fraction);
            lock.lock();
        }
        if (s.workers_alive == 0)
            break; // every result is in `done` now (workers store before they leave)
    }
    // After a stop: images that finished out of order are still delivered, in order.
    while (!s.done.empty())
        deliver(lock, s.done.begin());
    std::exception_ptr error = s.error;
    s.stop = true;
    s.work.notify_all();
    s.space.notify_all();
    lock.unlock();
    for (auto& t : threads)
        t.join();
    if (control.stop_requested())
        summary.cancelled = true;
    if (error && summary.images == 0)
        std::rethrow_exception(error);
    return summary;
}

} // namespace tern::ocr
