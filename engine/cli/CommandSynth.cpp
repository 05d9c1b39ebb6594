// cli/CommandSynth: `xrs synth` — the virtual experiment (LR/HR/ground truth from a well-sampled sequence), written
// as lr.tif, hr.tif, ground_truth.tif and manifest.json (the video sample's manifest keys plus the synthesis settings).
#include <nlohmann/json.hpp>

#include <cstdio>

#include "cli/Commands.h"
#include "cli/StackSpec.h"
#include "core/Error.h"
#include "fusion/VirtualExperiment.h"
#include "io/AtomicFile.h"
#include "io/StackWriter.h"

namespace xrs::cli {

namespace fs = std::filesystem;

void addSynthCommand(CLI::App& app, Context& ctx)
{
    auto* cmd = app.add_subcommand(
        "synth",
        "Virtual experiment: LR (k×k binned, Poisson noise) and HR (every δ-th frame) cameras from a sequence");
    struct Opts {
        std::string input, output, dataset, frames, percentiles = "0.35:99.65", dtype = "float32";
        fusion::SynthOptions synth;
        double b0 = 0, lrPsnr = 0, frameInterval = 1.0;
        bool noNoise = false;
    };
    auto o = std::make_shared<Opts>();
    cmd->add_option("input", o->input, "well-sampled sequence (TIFF, folder, HDF5; FILE.h5:/dataset)")->required();
    cmd->add_option("-o,--output", o->output, "output folder")->required();
    cmd->add_option("--dataset", o->dataset, "HDF5 dataset of the input");
    cmd->add_option("--bin", o->synth.bin, "LR binning factor k (default 4)");
    cmd->add_option("--hr-step", o->synth.hrStep, "HR camera keeps every δ-th frame (default 20)");
    cmd->add_option("--hr-offset", o->synth.hrOffset, "first HR frame (default 0)");
    auto* b0 = cmd->add_option("--b0", o->b0, "Poisson noise on LR with blank-scan factor b0");
    auto* psnr = cmd->add_option("--lr-psnr", o->lrPsnr, "Poisson noise with the b0 giving this LR PSNR (dB)");
    auto* none = cmd->add_flag("--no-noise", o->noNoise, "no noise on LR (the default without --b0/--lr-psnr)");
    b0->excludes(psnr)->excludes(none);
    psnr->excludes(none);
    cmd->add_option("--seed", o->synth.seed, "noise seed (default 1)");
    cmd->add_option("--frames", o->frames, "frame range a:b of the input (end exclusive)");
    cmd->add_option("--percentiles", o->percentiles, "clipping percentiles LOW:HIGH (default 0.35:99.65)");
    cmd->add_option("--frame-interval", o->frameInterval, "time between input frames (manifest times; default 1)");
    cmd->add_option("--dtype", o->dtype, "output type: float32 or uint16 ([0,1] → 0..65535)")
        ->check(CLI::IsMember({"float32", "uint16"}));
    cmd->callback([o, b0, psnr, &ctx] {
        const Progress progress = ctx.makeProgress();
        auto src = openStackSpec(o->input, o->dataset);
        const Range frames =
            (o->frames.empty() ? Range::all() : Range::parse(o->frames)).resolved(src->shape().frames, "--frames");
        if (frames.size() <= 0) throw Error({}, "--frames", "the frame range is empty");
        const ValueRange pct = ValueRange::parse(o->percentiles, "--percentiles");
        fusion::SynthOptions so = o->synth;
        so.lowPercentile = pct.min;
        so.highPercentile = pct.max;
        if (b0->count()) so.b0 = o->b0;
        if (psnr->count()) so.targetLrPsnr = o->lrPsnr;
        if (!(o->frameInterval > 0)) throw Error({}, "--frame-interval", "the frame interval must be positive");

        const ImageStack seq = src->read(frames, Range::all(), progress.sub(0.0, 0.2));
        auto res = fusion::runVirtualExperiment(seq, so, progress.sub(0.2, 0.8));

        const fs::path dir(o->output);
        std::error_code ec;
        fs::create_directories(dir, ec);
        if (ec) throw Error(dir, {}, "could not create the folder: " + ec.message());
        io::WriteOptions wo;
        if (o->dtype == "uint16") {
            wo.dtype = DType::UInt16;
            wo.range = ValueRange{0.0, 1.0};
        }
        const std::string origin = "xrs synth " + src->describe() + " frames " + std::to_string(frames.begin) + ":" +
                                   std::to_string(frames.end);
        for (ImageStack* s : {&res.groundTruth, &res.lr, &res.hr}) s->addProvenance(origin);
        io::writeStack(dir / "ground_truth.tif", res.groundTruth, wo, progress.sub(0.8, 0.93));
        io::writeStack(dir / "lr.tif", res.lr, wo, progress.sub(0.93, 0.97));
        io::writeStack(dir / "hr.tif", res.hr, wo, progress.sub(0.97, 0.99));

        // Times in input-frame units × the frame interval; HR times are the kept ground-truth frames.
        std::vector<double> lrTimes, hrTimes;
        for (std::int64_t i = 0; i < res.lr.frames(); ++i) lrTimes.push_back(double(i) * o->frameInterval);
        for (const auto i : res.hrIndices) hrTimes.push_back(double(i) * o->frameInterval);
        nlohmann::ordered_json m;
        m["kind"] = "xrs-synth";
        m["k"] = so.bin;
        m["delta"] = so.hrStep;
        m["seed"] = so.seed;
        m["b0"] = res.b0 ? nlohmann::ordered_json(*res.b0) : nlohmann::ordered_json(nullptr);
        m["lr_psnr"] = res.lrPsnr ? nlohmann::ordered_json(*res.lrPsnr) : nlohmann::ordered_json(nullptr);
        m["target_lr_psnr"] =
            so.targetLrPsnr ? nlohmann::ordered_json(*so.targetLrPsnr) : nlohmann::ordered_json(nullptr);
        m["percentiles"] = {so.lowPercentile, so.highPercentile};
        m["clip"] = {{"ground_truth", {res.gtClip.min, res.gtClip.max}},
                     {"lr", {res.lrClip.min, res.lrClip.max}},
                     {"hr", {res.hrClip.min, res.hrClip.max}}};
        m["hr_offset"] = so.hrOffset;
        m["source"] = o->input;
        m["frame_range"] = {frames.begin, frames.end};
        m["frame_interval"] = o->frameInterval;
        m["cropped_size"] = {res.croppedRows, res.croppedCols};
        m["dtype"] = o->dtype;
        m["files"] = {{"ground_truth", "ground_truth.tif"}, {"lr", "lr.tif"}, {"hr", "hr.tif"}};
        m["lr_times"] = lrTimes;
        m["hr_times"] = hrTimes;
        io::writeTextAtomically(dir / "manifest.json", m.dump(2) + "\n");
        progress.report(1.0, "synth");
        std::printf("wrote %s: ground truth %s, LR %s, HR %s", (dir / "manifest.json").c_str(),
                    res.groundTruth.shape().str().c_str(), res.lr.shape().str().c_str(), res.hr.shape().str().c_str());
        if (res.b0) std::printf(", b0 %.6g, LR PSNR %.3f dB", *res.b0, *res.lrPsnr);
        std::printf("\n");
    });
}

}  // namespace xrs::cli
