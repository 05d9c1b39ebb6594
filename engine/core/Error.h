#pragma once
// core/Error: the one exception type of the engine. It names the file, where in it, and what is wrong, so the CLI
// and the GUI can print one clear line. Cancellation has its own type so callers can tell it from failure.
#include <filesystem>
#include <stdexcept>
#include <string>

namespace xrs {

class Error : public std::runtime_error {
public:
    // file: the file concerned (may be empty); location: where in it (page 3, dataset /exchange/data, row 12…);
    // reason: what is wrong, in words a user understands.
    Error(std::filesystem::path file, std::string location, std::string reason);
    explicit Error(std::string reason) : Error({}, {}, std::move(reason)) {}

    const std::filesystem::path& file() const noexcept { return m_file; }
    const std::string& location() const noexcept { return m_location; }
    const std::string& reason() const noexcept { return m_reason; }

private:
    std::filesystem::path m_file;
    std::string m_location;
    std::string m_reason;
};

// Thrown when a stop was requested through a std::stop_token.
class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("cancelled") {}
};

}  // namespace xrs
