// cli/CommandFuse: `xrs fuse` — SWIN-XVR inference on every LR frame (LibTorch): inputs from a synth/sample manifest
// or LR/HR files with frame times, a reference-layout checkpoint or a preset with random weights, tiling, batching,
// CPU/CUDA; output via the stack writers with provenance, optionally the bicubic ×4 baseline beside it.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "cli/Commands.h"
#include "core/Error.h"
#include "core/Resample.h"
#include "io/StackSource.h"
#include "io/StackWriter.h"
#ifdef XRS_WITH_TORCH
#include "fusion/FusionInference.h"
#include "fusion/FusionModel.h"
#endif

namespace xrs::cli {

namespace {

namespace fs = std::filesystem;

struct FuseOptions {
    std::string input, hr, lrTimes, hrTimes, checkpoint, preset, output, dtype = "float32", baseline;
    std::string device = "cpu", precision = "fp32";
    double hrStep = 0.0;
    std::int64_t numLr = 3, tile = 0, overlap = 8, batch = 1;
    std::uint64_t seed = 0;
};

#ifdef XRS_WITH_TORCH
// "0,1,2.5" or "@file" (numbers separated by whitespace or commas, or a JSON array).
std::vector<double> parseTimes(const std::string& text, const char* option)
{
    std::string body = text;
    if (!text.empty() && text[0] == '@') {
        std::ifstream in(text.substr(1));
        if (!in) throw Error(text.substr(1), {}, std::string("cannot read the frame times of ") + option);
        std::ostringstream s;
        s << in.rdbuf();
        body = s.str();
    }
    for (char& c : body)
        if (c == ',' || c == '[' || c == ']') c = ' ';
    std::istringstream s(body);
    std::vector<double> out;
    double v = 0;
    while (s >> v) out.push_back(v);
    if (!s.eof()) throw Error({}, option, "cannot parse the frame times '" + text.substr(0, 40) + "'");
    return out;
}

std::vector<double> jsonTimes(const nlohmann::json& m, const char* key, const fs::path& file)
{
    if (!m.contains(key) || !m[key].is_array()) throw Error(file, key, "the manifest has no frame times array");
    std::vector<double> out;
    for (const auto& v : m[key]) {
        if (!v.is_number()) throw Error(file, key, "frame times must be numbers");
        out.push_back(v.get<double>());
    }
    return out;
}

void runFuse(const FuseOptions& o, const Progress& progress)
{
    // Inputs: a manifest (files + times) or an LR file with --hr and times.
    fs::path lrPath = o.input, hrPath = o.hr;
    std::vector<double> lrTimes, hrTimes;
    if (fs::path(o.input).extension() == ".json") {
        std::ifstream in(o.input);
        if (!in) throw Error(o.input, {}, "cannot open the manifest");
        nlohmann::json m;
        try {
            m = nlohmann::json::parse(in);
        } catch (const std::exception& e) {
            throw Error(o.input, {}, std::string("not valid JSON: ") + e.what());
        }
        const fs::path dir = fs::path(o.input).parent_path();
        if (!m.contains("files") || !m["files"].contains("lr") || !m["files"].contains("hr"))
            throw Error(o.input, "files", "the manifest names no 'lr' and 'hr' files");
        lrPath = dir / m["files"]["lr"].get<std::string>();
        if (hrPath.empty()) hrPath = dir / m["files"]["hr"].get<std::string>();
        lrTimes = jsonTimes(m, "lr_times", o.input);
        hrTimes = jsonTimes(m, "hr_times", o.input);
    }
    if (hrPath.empty()) throw Error({}, "--hr", "no HR frames: give a manifest or --hr FILE");
    auto lrSrc = io::openStack(lrPath);
    auto hrSrc = io::openStack(hrPath);
    const auto lr = lrSrc->readAll(progress.sub(0.0, 0.02));
    const auto hr = hrSrc->readAll(progress.sub(0.02, 0.04));
    if (!o.lrTimes.empty()) lrTimes = parseTimes(o.lrTimes, "--lr-times");
    if (!o.hrTimes.empty()) hrTimes = parseTimes(o.hrTimes, "--hr-times");
    if (lrTimes.empty() && hrTimes.empty() && o.hrStep > 0.0) {
        for (std::int64_t i = 0; i < lr.frames(); ++i) lrTimes.push_back(double(i));
        for (std::int64_t i = 0; i < hr.frames(); ++i) hrTimes.push_back(double(i) * o.hrStep);
    }
    if (lrTimes.empty() || hrTimes.empty())
        throw Error({}, "--lr-times", "no frame times: give a manifest, --lr-times and --hr-times, or --hr-step");
    if (std::int64_t(lrTimes.size()) != lr.frames())
        throw Error(lrPath, {},
                    std::to_string(lrTimes.size()) + " LR frame times for " + std::to_string(lr.frames()) + " frames");
    if (std::int64_t(hrTimes.size()) != hr.frames())
        throw Error(hrPath, {},
                    std::to_string(hrTimes.size()) + " HR frame times for " + std::to_string(hr.frames()) + " frames");

    // The model: a checkpoint (its preset given or found among the presets) or a preset with random weights.
    if (o.checkpoint.empty() && o.preset.empty())
        throw Error({}, "--checkpoint", "give --checkpoint FILE or --preset NAME");
    std::vector<std::string> presets = o.preset.empty() ? fusion::presetNames() : std::vector<std::string>{o.preset};
    std::optional<fusion::FusionModel> model;
    std::string source, firstMismatch;
    for (const auto& name : presets) {
        fusion::FusionModel candidate(fusion::presetConfig(name, o.numLr), o.seed);
        if (o.checkpoint.empty()) {
            source = "random weights (seed " + std::to_string(o.seed) + ")";
        } else {
            try {
                source = o.checkpoint + " [" + candidate.loadCheckpoint(o.checkpoint) + "]";
            } catch (const Error& e) {
                // A mismatch may just mean the other preset; anything else (unreadable file) is final.
                if (presets.size() == 1 || e.reason().find("does not match") == std::string::npos) throw;
                if (firstMismatch.empty()) firstMismatch = e.what();
                continue;
            }
        }
        model.emplace(std::move(candidate));
        break;
    }
    if (!model) throw Error(firstMismatch + " (nor does it match the paper preset; give --preset and --num-lr)");
    model->setDevice(o.device);
    model->setPrecision(fusion::parsePrecision(o.precision));

    const auto pairs = fusion::pairFrames(lrTimes, hrTimes, o.numLr);
    fusion::InferenceOptions inf;
    inf.tile = o.tile;
    inf.overlap = o.overlap;
    inf.batch = o.batch;

    io::WriteOptions wopts;
    const auto dtype = parseDType(o.dtype);
    if (!dtype || (*dtype != DType::Float32 && *dtype != DType::UInt16))
        throw Error({}, "--dtype", "output type must be float32 or uint16 (got '" + o.dtype + "')");
    wopts.dtype = *dtype;
    if (*dtype == DType::UInt16) wopts.range = ValueRange{0.0, 1.0};

    StackInfo info;
    info.shape = {std::int64_t(pairs.size()), 4 * lr.rows(), 4 * lr.cols()};
    info.spacing = hr.info().spacing;
    const auto& cfg = model->config();
    info.metadata["fusion.model"] = "SWIN-XVR";
    info.metadata["fusion.config"] = cfg.describe();
    info.metadata["fusion.preset"] = cfg.preset;
    info.metadata["fusion.num_lr"] = std::to_string(cfg.numLr);
    info.metadata["fusion.weights"] = source;
    info.metadata["fusion.pairing"] =
        "LR window reflected at the ends; HR = last frame strictly before and first "
        "strictly after the LR time, clamped at the ends";
    info.metadata["fusion.frames"] = fusion::describePairing(pairs);
    info.metadata["fusion.device"] = model->device() + " " + o.precision;
    info.provenance = hr.info().provenance;
    info.provenance.push_back("xrs fuse " + lrPath.string() + " + " + hrPath.string() + " → " + o.output + " (" +
                              cfg.describe() + ", weights " + source + ", tile " + std::to_string(o.tile) + "/" +
                              std::to_string(o.overlap) + ")");
    auto writer = io::openWriter(o.output, info, wopts);
    fusion::fuseVideo(
        *model, lr, hr, pairs, inf, [&](std::int64_t, const ImageStack& frames) { writer->append(frames); },
        progress.sub(0.04, o.baseline.empty() ? 1.0 : 0.97));
    writer->commit();
    std::printf("wrote %s: %s (%s)\n", o.output.c_str(), info.shape.str().c_str(), cfg.describe().c_str());

    if (!o.baseline.empty()) {
        auto base = resizeFrames(lr, 4 * lr.rows(), 4 * lr.cols(), Interpolation::Bicubic);
        base.info().metadata["fusion.model"] = "bicubic x4 baseline";
        base.addProvenance("xrs fuse --baseline: bicubic ×4 of " + lrPath.string());
        io::writeStack(o.baseline, base, wopts, progress.sub(0.97, 1.0));
        std::printf("wrote %s: bicubic x4 baseline\n", o.baseline.c_str());
    }
}
#endif

}  // namespace

void addFuseCommand(CLI::App& app, Context& ctx)
{
    auto* cmd =
        app.add_subcommand("fuse", "SWIN-XVR fusion: an HR frame for every LR frame from LR + sparse HR videos");
    auto o = std::make_shared<FuseOptions>();
    cmd->add_option("input", o->input, "manifest.json (xrs synth / xrs sample video) or the LR stack")->required();
    cmd->add_option("--hr", o->hr, "HR stack (frames 4× the LR size; default: from the manifest)");
    cmd->add_option("--lr-times", o->lrTimes, "LR frame times: 'a,b,c' or @file (default: from the manifest)");
    cmd->add_option("--hr-times", o->hrTimes, "HR frame times, same unit: 'a,b,c' or @file");
    cmd->add_option("--hr-step", o->hrStep, "without times: LR frame i at time i, HR frame j at time j·STEP");
    cmd->add_option("--checkpoint", o->checkpoint, "net_g_*.pth in the reference layout (params_ema preferred)");
    cmd->add_option("--preset", o->preset, "baseline or paper (with no checkpoint: random weights, for testing)")
        ->check(CLI::IsMember({"baseline", "paper"}));
    cmd->add_option("--num-lr", o->numLr, "LR frames per input window (3, 5, 7, 9)")
        ->check(CLI::IsMember({3, 5, 7, 9}));
    cmd->add_option("--seed", o->seed, "seed of the random weights (no checkpoint)");
    cmd->add_option("-o,--output", o->output, "output .tif/.h5 (or a folder ending in /)")->required();
    cmd->add_option("--dtype", o->dtype, "float32 or uint16 ([0, 1] → 0..65535)")
        ->check(CLI::IsMember({"float32", "uint16"}));
    cmd->add_option("--tile", o->tile, "tile side in LR pixels (0: whole frames)");
    cmd->add_option("--overlap", o->overlap, "tile overlap in LR pixels (blended)");
    cmd->add_option("--batch", o->batch, "network inputs per forward pass");
    cmd->add_option("--device", o->device, "cpu, cuda or cuda:N");
    cmd->add_option("--precision", o->precision, "fp32, bf16 or fp16 (autocast, CUDA only)")
        ->check(CLI::IsMember({"fp32", "bf16", "fp16"}));
    cmd->add_option("--baseline", o->baseline, "also write the bicubic ×4 upsampling of the LR frames here");
    cmd->callback([o, &ctx] {
#ifdef XRS_WITH_TORCH
        runFuse(*o, ctx.makeProgress());
#else
        (void)ctx;
        throw Error("xrs fuse needs LibTorch: this xrs was built with XRS_WITH_TORCH=OFF");
#endif
    });
}

}  // namespace xrs::cli
