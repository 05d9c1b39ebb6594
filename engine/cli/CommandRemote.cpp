// cli/CommandRemote: `xrs remote …` — cluster jobs (hosts, submit, status, cancel, fetch, monitor). The engine links no
// Qt or libssh, so this only replaces the process with the separate `xrs-remote` tool found next to `xrs`
// ($XRS_REMOTE overrides), passing every argument after `remote` unchanged.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/Commands.h"
#include "core/Error.h"

namespace xrs::cli {

namespace {
std::filesystem::path remoteTool()
{
    if (const char* env = std::getenv("XRS_REMOTE"); env && *env) return env;
    std::error_code ec;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    return (ec ? std::filesystem::path("xrs") : self).parent_path() / "xrs-remote";
}
}  // namespace

void addRemoteCommand(CLI::App& app, Context& /*ctx*/)
{
    auto* cmd = app.add_subcommand("remote",
                                   "Cluster jobs: hosts, submit, status, cancel, fetch, monitor "
                                   "(runs xrs-remote; `xrs remote --help` for its usage)");
    cmd->prefix_command();  // everything after `remote` belongs to xrs-remote
    cmd->set_help_flag();   // and so does --help
    cmd->callback([cmd] {
        const std::filesystem::path tool = remoteTool();
        if (::access(tool.c_str(), X_OK) != 0)
            throw Error(tool, {},
                        "xrs-remote is not installed next to xrs (build the xrs-remote target, or set "
                        "XRS_REMOTE)");
        std::vector<std::string> args{tool.string()};
        for (const auto& a : cmd->remaining()) args.push_back(a);
        std::vector<char*> argv;
        for (auto& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        std::fflush(nullptr);
        ::execv(tool.c_str(), argv.data());
        throw Error(tool, {}, std::string("cannot run xrs-remote: ") + std::strerror(errno));
    });
}

}  // namespace xrs::cli
