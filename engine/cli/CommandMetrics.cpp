// cli/CommandMetrics: `xrs metrics` — PSNR / SSIM / AAD per frame with summary statistics.
#include "cli/Commands.h"

namespace xrs::cli {

void addMetricsCommand(CLI::App& /*app*/, Context& /*ctx*/) {}

}  // namespace xrs::cli
