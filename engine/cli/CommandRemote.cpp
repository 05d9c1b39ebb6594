// cli/CommandRemote: `xrs remote` — cluster jobs; runs the separate xrs-remote tool so the engine links no Qt/libssh.
#include "cli/Commands.h"

namespace xrs::cli {

void addRemoteCommand(CLI::App& /*app*/, Context& /*ctx*/) {}

}  // namespace xrs::cli
