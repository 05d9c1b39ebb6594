// cli/CommandSample: `xrs sample ct|video` — the built-in sample data (a simulated CT scan in DXchange form, a
// synthetic high-speed video with its LR/HR camera pair), so demos and tests need no download.
#include <nlohmann/json.hpp>

#include <cstdio>

#include "cli/Commands.h"
#include "cli/SampleData.h"

namespace xrs::cli {

void addSampleCommand(CLI::App& app, Context& ctx)
{
    auto* cmd = app.add_subcommand("sample", "Generate sample data: a simulated CT scan or an LR/HR video pair");
    cmd->require_subcommand(1);

    auto ct = std::make_shared<CtSampleOptions>();
    auto* ctCmd = cmd->add_subcommand("ct", "Simulated parallel-beam scan of the 3D Shepp-Logan phantom (DXchange HDF5)");
    ctCmd->add_option("output", ct->output, "output .h5 file")->required();
    ctCmd->add_option("--cols", ct->cols, "detector width in pixels");
    ctCmd->add_option("--rows", ct->rows, "detector rows (slices)");
    ctCmd->add_option("--angles", ct->angles, "projections over 180°");
    ctCmd->add_option("--seed", ct->seed, "noise seed");
    ctCmd->add_flag("--no-noise", ct->noNoise, "exact counts, no Poisson noise");
    ctCmd->add_option("--phantom", ct->phantomTiff, "also write the phantom volume (ground truth) as TIFF");
    ctCmd->callback([ct, &ctx] {
        writeCtSample(*ct, ctx.makeProgress());
        std::printf("wrote %s\n", ct->output.c_str());
    });

    auto video = std::make_shared<VideoSampleOptions>();
    auto* vCmd = cmd->add_subcommand("video", "Synthetic melt-pool video: ground truth, LR (k×k binned) and HR (every δ-th frame)");
    vCmd->add_option("output", video->outputDir, "output folder")->required();
    vCmd->add_option("--frames", video->frames, "number of frames");
    vCmd->add_option("--size", video->size, "ground-truth frame size (square, pixels)");
    vCmd->add_option("--bin", video->bin, "LR binning factor k");
    vCmd->add_option("--hr-step", video->hrStep, "HR camera keeps every δ-th frame");
    vCmd->add_option("--seed", video->seed, "random seed");
    vCmd->callback([video, &ctx] {
        const auto manifest = writeVideoSample(*video, ctx.makeProgress());
        std::printf("wrote %s\n", manifest.c_str());
    });
}

}  // namespace xrs::cli
