#include "core/Error.h"

namespace xrs {
namespace {
std::string compose(const std::filesystem::path& file, const std::string& location, const std::string& reason)
{
    std::string s;
    if (!file.empty()) s += file.string() + ": ";
    if (!location.empty()) s += location + ": ";
    return s + reason;
}
}  // namespace

Error::Error(std::filesystem::path file, std::string location, std::string reason)
    : std::runtime_error(compose(file, location, reason)), m_file(std::move(file)), m_location(std::move(location)),
      m_reason(std::move(reason))
{
}

}  // namespace xrs
