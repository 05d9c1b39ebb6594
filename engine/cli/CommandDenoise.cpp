// cli/CommandDenoise: `xrs denoise INPUT -o OUT` — Noise2Inverse-2.5D on a raw scan: reconstruct K interleaved
// projection splits (CT engine, one centre for all), train the 2.5D U-Net self-supervised (resuming from the
// checkpoint directory when it holds a run: cluster jobs with a wall-time limit just start again), then denoise the
// volume slab by slab. With --reference the PSNR against ground truth is reported for the plain reconstruction (mean
// of the splits) and the denoised one; with --material-roi/--air-roi the SNR ratio of the two ROIs.
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>

#include "cli/Commands.h"
#include "core/Error.h"
#include "ct/ReconPipeline.h"
#include "io/AtomicFile.h"
#include "io/StackSource.h"
#include "io/StackWriter.h"
#include "metrics/Metrics.h"
#ifdef XRS_WITH_TORCH
#include "denoise/Noise2Inverse.h"
#include "denoise/Splits.h"
#endif

namespace xrs::cli {

namespace fs = std::filesystem;

namespace {

struct Roi {
    std::int64_t x = 0, y = 0, w = 0, h = 0;
    bool empty() const { return w <= 0 || h <= 0; }
};

Roi parseRoi(const std::string& text, const char* what)
{
    Roi r;
    if (text.empty()) return r;
    if (std::sscanf(text.c_str(), "%ld,%ld,%ld,%ld", &r.x, &r.y, &r.w, &r.h) != 4 || r.w <= 0 || r.h <= 0)
        throw Error({}, what, "'" + text + "' must be X,Y,W,H (pixels, W and H > 0)");
    return r;
}

// Mean and standard deviation of a ROI over every slice.
std::pair<double, double> roiStats(const ImageStack& v, const Roi& r)
{
    if (r.x < 0 || r.y < 0 || r.x + r.w > v.cols() || r.y + r.h > v.rows())
        throw Error({}, "ROI", "outside the " + std::to_string(v.cols()) + "×" + std::to_string(v.rows()) + " slices");
    double s = 0, ss = 0, n = 0;
    for (std::int64_t f = 0; f < v.frames(); ++f)
        for (std::int64_t y = r.y; y < r.y + r.h; ++y)
            for (std::int64_t x = r.x; x < r.x + r.w; ++x) {
                const double a = v.at(f, y, x);
                s += a;
                ss += a * a;
                n += 1;
            }
    const double mean = s / n;
    return {mean, std::sqrt(std::max(0.0, ss / n - mean * mean))};
}

}  // namespace

void addDenoiseCommand(CLI::App& app, Context& ctx)
{
    auto* cmd = app.add_subcommand("denoise", "Noise2Inverse-2.5D: self-supervised denoising of a CT reconstruction");
    struct Opts {
        std::string in, out, flats, darks, checkpoint, center = "auto", filter = "ramlak", ring = "none", rows;
        std::vector<std::string> splitRecons;
        std::string reference, report, materialRoi, airRoi, device = "cpu", norm = "batch", loss = "l2";
        int splits = 2, context = 5, depth = 4, width = 32, batch = 2, patch = 256, tile = 2048, overlap = 64;
        int epochs = 25, slicesPerEpoch = 200;
        double lr = 1e-3, checkpointMinutes = 10;
        std::uint64_t seed = 1;
    };
    auto o = std::make_shared<Opts>();
    cmd->add_option("input", o->in, "raw scan: DXchange .h5, or TIFF projections with --flats/--darks")->required();
    cmd->add_option("-o,--output", o->out, "denoised volume (.tif/.h5, or a folder ending in /)")->required();
    cmd->add_option("--flats", o->flats, "flat fields for TIFF input");
    cmd->add_option("--darks", o->darks, "dark fields for TIFF input");
    cmd->add_option("--split-recons", o->splitRecons, "use these split reconstructions instead of reconstructing")
        ->delimiter(',');
    cmd->add_option("--splits", o->splits, "K interleaved projection splits (2 or 4)")->check(CLI::Range(2, 8));
    cmd->add_option("--context", o->context, "±n neighbouring slices as input channels")->check(CLI::Range(0, 16));
    cmd->add_option("--checkpoint", o->checkpoint, "checkpoint folder (default OUTPUT.n2i); a run there is resumed");
    cmd->add_option("--train-epochs", o->epochs, "training epochs (0: use the checkpoint as it is)");
    cmd->add_option("--slices-per-epoch", o->slicesPerEpoch, "training samples per epoch");
    cmd->add_option("--batch", o->batch, "patches per step")->check(CLI::Range(1, 64));
    cmd->add_option("--patch", o->patch, "training patch size (pixels)")->check(CLI::Range(8, 4096));
    cmd->add_option("--depth", o->depth, "U-Net levels")->check(CLI::Range(1, 6));
    cmd->add_option("--width", o->width, "U-Net channels at full resolution")->check(CLI::Range(4, 256));
    cmd->add_option("--norm", o->norm, "batch (BatchNorm + ReLU) or group (GroupNorm + LeakyReLU)")
        ->check(CLI::IsMember({"batch", "group"}));
    cmd->add_option("--loss", o->loss, "l1 or l2")->check(CLI::IsMember({"l1", "l2"}));
    cmd->add_option("--lr", o->lr, "Adam learning rate");
    cmd->add_option("--checkpoint-minutes", o->checkpointMinutes, "minutes between checkpoints");
    cmd->add_option("--seed", o->seed, "random seed (weights and patch sampling)");
    cmd->add_option("--tile", o->tile, "inference tile size for large slices");
    cmd->add_option("--overlap", o->overlap, "inference tile overlap (blended)");
    cmd->add_option("--device", o->device, "cpu, cuda or cuda:N");
    cmd->add_option("--center", o->center, "rotation axis for the split reconstructions, or auto");
    cmd->add_option("--filter", o->filter, "FBP filter");
    cmd->add_option("--ring", o->ring, "ring removal for the split reconstructions");
    cmd->add_option("--rows", o->rows, "detector rows a:b to reconstruct");
    cmd->add_option("--reference", o->reference, "ground truth volume: report PSNR of plain FBP and denoised");
    cmd->add_option("--material-roi", o->materialRoi, "X,Y,W,H of a material region (SNR ratio)");
    cmd->add_option("--air-roi", o->airRoi, "X,Y,W,H of an air region (SNR ratio)");
    cmd->add_option("--report", o->report, "write the figures as JSON here");
    cmd->callback([o, &ctx] {
#ifndef XRS_WITH_TORCH
        (void)ctx;
        throw Error({}, "denoise", "this xrs was built without LibTorch");
#else
        const Progress progress = ctx.makeProgress();
        const fs::path out(o->out);
        fs::path dir = o->checkpoint.empty()
                           ? fs::path(o->out.ends_with('/') ? o->out.substr(0, o->out.size() - 1) : o->out) += ".n2i"
                           : fs::path(o->checkpoint);
        fs::create_directories(dir);
        const Roi material = parseRoi(o->materialRoi, "--material-roi"), air = parseRoi(o->airRoi, "--air-roi");

        // 1. Split reconstructions (reused from the checkpoint folder when a previous run made them).
        std::vector<fs::path> splits(o->splitRecons.begin(), o->splitRecons.end());
        const fs::path splitList = dir / "splits.json";
        nlohmann::json info;
        if (splits.empty() && fs::exists(splitList)) {
            std::ifstream file(splitList);
            info = nlohmann::json::parse(file);
            for (const auto& f : info.at("files")) splits.emplace_back(f.get<std::string>());
            if (int(splits.size()) != o->splits) splits.clear();
            for (const auto& f : splits)
                if (!fs::exists(f)) splits.clear();
        }
        if (splits.empty()) {
            ct::ReconOptions ro;
            if (o->center != "auto") ro.center = std::stod(o->center);
            ro.filter = ct::parseFilter(o->filter);
            const auto ring = ct::parseRingSpec(o->ring);
            if (!ring) throw Error({}, "--ring", "'" + o->ring + "' must be none, sort:N, filter:S, large:N or all");
            ro.ring = *ring;
            if (!o->rows.empty()) ro.rows = Range::parse(o->rows);
            auto open = [&] {
                return io::detectKind(o->in) == io::FileKind::Hdf5 ? ct::openDxchangeInput(o->in)
                                                                   : ct::openTiffInput(o->in, o->flats, o->darks);
            };
            const auto sr = denoise::reconstructSplits(open, dir, o->splits, ro, progress.sub(0, 0.2));
            splits = sr.files;
            info = {{"center", sr.center}, {"files", nlohmann::json::array()}, {"input", o->in}};
            for (const auto& f : splits) info["files"].push_back(f.string());
            io::writeTextAtomically(splitList, info.dump(2) + "\n");
            std::printf("split reconstructions: %d, centre %.3f\n", o->splits, sr.center);
        }

        // 2. Training (resumed when the folder holds a checkpoint; a finished one returns at once).
        denoise::NetworkConfig net;
        net.context = o->context;
        net.depth = o->depth;
        net.width = o->width;
        net.norm = o->norm == "group" ? denoise::NormKind::GroupNormLeakyRelu : denoise::NormKind::BatchNormRelu;
        denoise::TrainConfig tc;
        tc.epochs = o->epochs;
        tc.slicesPerEpoch = o->slicesPerEpoch;
        tc.batch = o->batch;
        tc.patch = o->patch;
        tc.loss = o->loss == "l1" ? denoise::LossKind::L1 : denoise::LossKind::L2;
        tc.learningRate = o->lr;
        tc.checkpointSeconds = o->checkpointMinutes * 60;
        tc.seed = o->seed;
        tc.cuda = o->device != "cpu";
        if (tc.cuda && o->device != "cuda") tc.cudaIndex = parseCudaDevice(o->device);
        nlohmann::json report;
        if (o->epochs > 0 || !denoise::hasCheckpoint(dir)) {
            const auto tr = denoise::train(splits, net, tc, dir, progress.sub(0.2, 0.85));
            std::printf("training: %lld/%lld steps%s, last loss %.4g, %.1f slices/s\n", (long long)tr.steps,
                        (long long)tr.totalSteps,
                        tr.resumedFrom >= 0 ? (" (resumed at " + std::to_string(tr.resumedFrom) + ")").c_str() : "",
                        tr.lastLoss, tr.slicesPerSecond);
            if (tr.rank != 0) return;  // data-parallel: rank 0 alone denoises and writes
            report["training"] = {{"steps", tr.steps},
                                  {"ranks", tr.world},
                                  {"total_steps", tr.totalSteps},
                                  {"resumed_from", tr.resumedFrom},
                                  {"last_loss", tr.lastLoss},
                                  {"slices_per_second", tr.slicesPerSecond}};
        }

        // 3. Inference, slab by slab.
        denoise::InferConfig ic;
        ic.tile = o->tile;
        ic.overlap = o->overlap;
        ic.cuda = tc.cuda;
        ic.cudaIndex = std::max(0, tc.cudaIndex);
        denoise::denoiseVolume(splits, dir, out, ic, {}, progress.sub(0.85, 1.0));
        std::printf("wrote %s\n", o->out.c_str());

        // 4. Figures: PSNR against ground truth, SNR ratio of two ROIs.
        if (!o->reference.empty() || !material.empty()) {
            const ImageStack denoised = io::openStack(out)->readAll();
            ImageStack plain = io::openStack(splits[0])->readAll().clone();
            for (std::size_t k = 1; k < splits.size(); ++k) {
                const ImageStack s = io::openStack(splits[k])->readAll();
                for (std::int64_t f = 0; f < plain.frames(); ++f)
                    for (std::int64_t r = 0; r < plain.rows(); ++r) {
                        auto dst = plain.row(f, r);
                        auto src = s.row(f, r);
                        for (std::size_t c = 0; c < dst.size(); ++c) dst[c] += src[c];
                    }
            }
            for (float& v : plain.values()) v /= float(splits.size());
            if (!o->reference.empty()) {
                const ImageStack ref = io::openStack(o->reference)->readAll();
                const auto range = ref.computeRange();
                metrics::Options mo;
                mo.dataRange = range.max - range.min;
                mo.ssim = true;
                std::vector<double> pPlain, pDenoised, sPlain, sDenoised;
                for (const auto& m : metrics::compareStacks(plain, ref, mo)) {
                    pPlain.push_back(m.psnr);
                    sPlain.push_back(m.ssim);
                }
                for (const auto& m : metrics::compareStacks(denoised, ref, mo)) {
                    pDenoised.push_back(m.psnr);
                    sDenoised.push_back(m.ssim);
                }
                const double a = metrics::summarize(pPlain).mean, b = metrics::summarize(pDenoised).mean;
                const double sa = metrics::summarize(sPlain).mean, sb = metrics::summarize(sDenoised).mean;
                std::printf("vs reference: PSNR plain FBP %.2f dB, denoised %.2f dB (%+.2f dB); SSIM %.4f → %.4f\n", a,
                            b, b - a, sa, sb);
                report["psnr_db"] = {{"plain_fbp", a}, {"denoised", b}, {"data_range", mo.dataRange}};
                report["ssim"] = {{"plain_fbp", sa}, {"denoised", sb}};
            }
            if (!material.empty() && !air.empty()) {
                auto snr = [&](const ImageStack& v) {
                    const auto m = roiStats(v, material), a = roiStats(v, air);
                    return nlohmann::json{{"material_mean", m.first},
                                          {"material_std", m.second},
                                          {"air_mean", a.first},
                                          {"air_std", a.second},
                                          {"mean_ratio", a.first != 0 ? m.first / a.first : 0.0},
                                          {"snr", a.second > 0 ? (m.first - a.first) / a.second : 0.0}};
                };
                report["roi"] = {{"plain_fbp", snr(plain)}, {"denoised", snr(denoised)}};
                std::printf("ROI SNR (material − air)/σ_air: plain %.2f, denoised %.2f\n",
                            report["roi"]["plain_fbp"]["snr"].get<double>(),
                            report["roi"]["denoised"]["snr"].get<double>());
            }
        }
        if (!o->report.empty()) io::writeTextAtomically(o->report, report.dump(2) + "\n");
#endif
    });
}

}  // namespace xrs::cli
