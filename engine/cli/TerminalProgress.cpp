#include "cli/TerminalProgress.h"

#include <unistd.h>

#include <cstdio>

namespace xrs::cli {

TerminalProgress::Mode TerminalProgress::parseMode(const std::string& s)
{
    if (s == "bar") return Mode::Bar;
    if (s == "lines") return Mode::Lines;
    if (s == "none") return Mode::None;
    return Mode::Auto;
}

TerminalProgress::TerminalProgress(Mode mode) { setMode(mode); }

void TerminalProgress::setMode(Mode mode)
{
    m_mode = mode == Mode::Auto ? (::isatty(STDERR_FILENO) ? Mode::Bar : Mode::None) : mode;
}

TerminalProgress::~TerminalProgress() { finish(); }

Progress TerminalProgress::makeProgress(std::stop_token stop)
{
    return Progress([this](double f, std::string_view msg) { update(f, msg); }, std::move(stop));
}

void TerminalProgress::update(double fraction, std::string_view message)
{
    if (m_mode == Mode::None) return;
    std::lock_guard lock(m_mutex);
    const auto now = std::chrono::steady_clock::now();
    // Throttle to ~10 updates/s, but always show the end of a step.
    if (fraction < 1.0 && now - m_last < std::chrono::milliseconds(100) && fraction - m_lastFraction < 0.05) return;
    m_last = now;
    m_lastFraction = fraction;
    const std::string msg(message);
    if (m_mode == Mode::Lines) {
        std::fprintf(stderr, "XRS-PROGRESS %.4f %s\n", fraction, msg.c_str());
        std::fflush(stderr);
        return;
    }
    constexpr int width = 30;
    const int filled = int(fraction * width + 0.5);
    std::string bar(std::size_t(filled), '#');
    bar.resize(width, '.');
    std::fprintf(stderr, "\r[%s] %5.1f%% %-40.40s", bar.c_str(), fraction * 100.0, msg.c_str());
    std::fflush(stderr);
    m_barDrawn = true;
}

void TerminalProgress::finish()
{
    std::lock_guard lock(m_mutex);
    if (m_barDrawn) std::fputc('\n', stderr);
    m_barDrawn = false;
}

}  // namespace xrs::cli
