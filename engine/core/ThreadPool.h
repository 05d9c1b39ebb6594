#pragma once
// core/ThreadPool: a fixed pool of worker threads and parallelFor over index ranges.
// One process-wide pool (ThreadPool::global()) sized to the hardware; engine code splits work into chunks and
// checks its stop token between chunks.
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <future>
#include <mutex>
#include <queue>
#include <thread>
#include <vector>

namespace xrs {

class ThreadPool {
public:
    explicit ThreadPool(unsigned threads = 0);  // 0: std::thread::hardware_concurrency()
    ~ThreadPool();
    ThreadPool(const ThreadPool&) = delete;
    ThreadPool& operator=(const ThreadPool&) = delete;

    unsigned size() const noexcept { return unsigned(m_workers.size()); }
    std::future<void> submit(std::function<void()> task);

    // Calls fn(begin, end) on chunks of [0, n) in parallel and waits; rethrows the first exception.
    // grain: minimum chunk size. Runs inline when n is small or the pool has one thread.
    void parallelFor(std::int64_t n, const std::function<void(std::int64_t, std::int64_t)>& fn, std::int64_t grain = 1);

    static ThreadPool& global();

private:
    void work(std::stop_token stop);
    std::vector<std::jthread> m_workers;
    std::queue<std::packaged_task<void()>> m_tasks;
    std::mutex m_mutex;
    std::condition_variable_any m_cv;
};

}  // namespace xrs
