// cli/CommandSynth: `xrs synth` — the virtual experiment (LR/HR/ground truth from a well-sampled sequence).
#include "cli/Commands.h"

namespace xrs::cli {

void addSynthCommand(CLI::App& /*app*/, Context& /*ctx*/) {}

}  // namespace xrs::cli
