// cli/CommandTrain: `xrs train` — SWIN-XVR training, data-parallel over processes.
#include "cli/Commands.h"

namespace xrs::cli {

void addTrainCommand(CLI::App& /*app*/, Context& /*ctx*/) {}

}  // namespace xrs::cli
