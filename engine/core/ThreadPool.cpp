#include "core/ThreadPool.h"

#include <algorithm>

namespace xrs {

ThreadPool::ThreadPool(unsigned threads)
{
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    m_workers.reserve(threads);
    for (unsigned i = 0; i < threads; ++i) m_workers.emplace_back([this](std::stop_token st) { work(st); });
}

ThreadPool::~ThreadPool()
{
    for (auto& w : m_workers) w.request_stop();
    m_cv.notify_all();
}

std::future<void> ThreadPool::submit(std::function<void()> task)
{
    std::packaged_task<void()> pt(std::move(task));
    auto fut = pt.get_future();
    {
        std::lock_guard lock(m_mutex);
        m_tasks.push(std::move(pt));
    }
    m_cv.notify_one();
    return fut;
}

void ThreadPool::work(std::stop_token stop)
{
    for (;;) {
        std::packaged_task<void()> task;
        {
            std::unique_lock lock(m_mutex);
            if (!m_cv.wait(lock, stop, [this] { return !m_tasks.empty(); })) return;
            task = std::move(m_tasks.front());
            m_tasks.pop();
        }
        task();
    }
}

void ThreadPool::parallelFor(std::int64_t n, const std::function<void(std::int64_t, std::int64_t)>& fn, std::int64_t grain)
{
    if (n <= 0) return;
    grain = std::max<std::int64_t>(grain, 1);
    const std::int64_t maxChunks = std::min<std::int64_t>(std::int64_t(size()) * 4, (n + grain - 1) / grain);
    if (maxChunks <= 1 || size() == 1) {
        fn(0, n);
        return;
    }
    const std::int64_t chunk = (n + maxChunks - 1) / maxChunks;
    std::vector<std::future<void>> futures;
    for (std::int64_t b = chunk; b < n; b += chunk) {
        const std::int64_t e = std::min(n, b + chunk);
        futures.push_back(submit([&fn, b, e] { fn(b, e); }));
    }
    std::exception_ptr first;
    try {
        fn(0, std::min(n, chunk));  // the caller works too
    } catch (...) {
        first = std::current_exception();
    }
    for (auto& f : futures) {
        try {
            f.get();
        } catch (...) {
            if (!first) first = std::current_exception();
        }
    }
    if (first) std::rethrow_exception(first);
}

ThreadPool& ThreadPool::global()
{
    static ThreadPool pool;
    return pool;
}

}  // namespace xrs
