#pragma once
// core/Progress: how long operations report progress (fraction + message) and learn they should stop.
// Every long engine call takes a Progress; nested steps get a sub-range with sub(), so a pipeline of stages
// reports one monotone fraction from 0 to 1.
#include <functional>
#include <stop_token>
#include <string>
#include <string_view>

namespace xrs {

using ProgressFn = std::function<void(double fraction, std::string_view message)>;

class Progress {
public:
    Progress() = default;
    Progress(ProgressFn fn, std::stop_token stop = {}) : m_fn(std::move(fn)), m_stop(std::move(stop)) {}

    // fraction in [0, 1] of this (sub-)range.
    void report(double fraction, std::string_view message = {}) const;
    bool stopRequested() const noexcept { return m_stop.stop_requested(); }
    // Throws xrs::Cancelled when a stop was requested.
    void throwIfStopped() const;
    // A child covering [begin, end] of this range (fractions of this range).
    Progress sub(double begin, double end) const;
    const std::stop_token& stopToken() const noexcept { return m_stop; }

private:
    ProgressFn m_fn;
    std::stop_token m_stop;
    double m_begin = 0.0;
    double m_end = 1.0;
};

}  // namespace xrs
