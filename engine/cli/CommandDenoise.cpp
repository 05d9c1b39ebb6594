// cli/CommandDenoise: `xrs denoise` — Noise2Inverse-2.5D self-supervised denoising.
#include "cli/Commands.h"

namespace xrs::cli {

void addDenoiseCommand(CLI::App& /*app*/, Context& /*ctx*/) {}

}  // namespace xrs::cli
