// cli/CommandFuse: `xrs fuse` — SWIN-XVR inference on every LR frame (LibTorch).
#include "cli/Commands.h"

namespace xrs::cli {

void addFuseCommand(CLI::App& /*app*/, Context& /*ctx*/) {}

}  // namespace xrs::cli
