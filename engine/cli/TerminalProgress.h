#pragma once
// cli/TerminalProgress: progress on the terminal. "bar": a redrawn bar on stderr (only on a terminal); "lines": one
// machine-readable line per update, `XRS-PROGRESS <fraction> <message>`, which the local runner and cluster job
// wrappers parse; "none": quiet. Updates are throttled so reporting never slows the work down.
#include <chrono>
#include <mutex>
#include <stop_token>
#include <string>

#include "core/Progress.h"

namespace xrs::cli {

class TerminalProgress {
public:
    enum class Mode { Auto, Bar, Lines, None };
    static Mode parseMode(const std::string& s);

    explicit TerminalProgress(Mode mode = Mode::Auto);
    ~TerminalProgress();

    void setMode(Mode mode);
    Progress makeProgress(std::stop_token stop);
    void update(double fraction, std::string_view message);
    void finish();  // ends a bar line

private:
    Mode m_mode;
    std::mutex m_mutex;
    std::chrono::steady_clock::time_point m_last{};
    double m_lastFraction = -1.0;
    bool m_barDrawn = false;
};

}  // namespace xrs::cli
