// cli/CommandTrain: `xrs train` — SWIN-XVR training with the reference recipe (fusion/FusionTrainer). Every value
// can come from a JSON config (`--config`, keys as the long options without dashes, e.g. {"iterations": 30000,
// "lr": 2e-4, "preset": "paper"}); options on the command line win. Run it several times with RANK/WORLD_SIZE (or
// under srun / mpiexec) for data-parallel training; a folder that holds a run is resumed.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>

#include "cli/Commands.h"
#include "core/Error.h"
#ifdef XRS_WITH_TORCH
#include "fusion/FusionTrainer.h"
#endif

namespace xrs::cli {

namespace fs = std::filesystem;

void addTrainCommand(CLI::App& app, Context& ctx)
{
    auto* cmd =
        app.add_subcommand("train", "Train SWIN-XVR on an LR video and its ground truth (resumable, multi-process)");
    struct Opts {
        std::string config, manifest, lr, gt, dir, init, preset = "baseline", device = "cpu";
        std::int64_t numLr = 3, embed = 0, iterations = 30000, warmup = 500, crop = 96, valEvery = 1000,
                     checkpointEvery = 5000;
        int batch = 1, maxHrOffset = 20;
        double lr_ = 2e-4, minLr = 1e-7, ema = 0.999, dropPath = -1, valFraction = 0.1;
        std::vector<std::int64_t> depths, heads, window;
        bool noPoisson = false;
        std::uint64_t seed = 0;
    };
    auto o = std::make_shared<Opts>();
    cmd->add_option("manifest", o->manifest, "manifest.json of xrs synth / xrs sample video (gives --lr and --gt)");
    cmd->add_option("--config", o->config, "JSON file with any of the options below");
    cmd->add_option("--lr-stack", o->lr, "LR frames (frames, h, w) in [0, 1]");
    cmd->add_option("--gt", o->gt, "ground-truth frames (frames, 4h, 4w) in [0, 1]");
    cmd->add_option("-o,--output", o->dir, "checkpoint folder (a run there is resumed)")->required();
    cmd->add_option("--init", o->init, "fine-tune from this checkpoint (net_g_*.pth)");
    cmd->add_option("--preset", o->preset, "baseline or paper");
    cmd->add_option("--num-lr", o->numLr, "LR frames per sample (3, 5, 7, 9)");
    cmd->add_option("--embed", o->embed, "embedding dimension (overrides the preset)");
    cmd->add_option("--depths", o->depths, "blocks per stage, 4 values")->delimiter(',');
    cmd->add_option("--heads", o->heads, "heads per stage, 4 values")->delimiter(',');
    cmd->add_option("--window", o->window, "window Wd,Wh,Ww")->delimiter(',');
    cmd->add_option("--drop-path", o->dropPath, "stochastic depth rate");
    cmd->add_option("--iterations", o->iterations, "total iterations");
    cmd->add_option("--batch", o->batch, "samples per iteration and rank");
    cmd->add_option("--lr", o->lr_, "Adam learning rate");
    cmd->add_option("--min-lr", o->minLr, "cosine annealing floor");
    cmd->add_option("--warmup", o->warmup, "linear warm-up iterations");
    cmd->add_option("--ema", o->ema, "EMA decay of the weights");
    cmd->add_option("--crop", o->crop, "HR crop (LR crop = crop/4)");
    cmd->add_option("--max-hr-offset", o->maxHrOffset, "HR neighbours t−m1, t+m2 with m ~ U{1..this}");
    cmd->add_flag("--no-poisson", o->noPoisson, "no Poisson noise augmentation on LR");
    cmd->add_option("--validate-every", o->valEvery, "iterations between validations");
    cmd->add_option("--validation-fraction", o->valFraction, "the last frames held out for validation");
    cmd->add_option("--checkpoint-every", o->checkpointEvery, "iterations between checkpoints");
    cmd->add_option("--seed", o->seed, "random seed");
    cmd->add_option("--device", o->device, "cpu, cuda or cuda:N");
    cmd->callback([o, cmd, &ctx] {
#ifndef XRS_WITH_TORCH
        (void)ctx;
        (void)cmd;
        throw Error({}, "train", "this xrs was built without LibTorch");
#else
        // A config file fills what the command line did not set.
        if (!o->config.empty()) {
            std::ifstream in(o->config);
            if (!in) throw Error(o->config, {}, "cannot read the config");
            nlohmann::json j;
            try {
                j = nlohmann::json::parse(in);
            } catch (const nlohmann::json::exception& e) {
                throw Error(o->config, {}, std::string("not JSON: ") + e.what());
            }
            for (auto it = j.begin(); it != j.end(); ++it) {
                auto* opt = cmd->get_option_no_throw("--" + it.key());
                if (!opt) throw Error(o->config, it.key(), "not an option of xrs train");
                if (opt->count() > 0) continue;
                if (it->is_array()) {
                    std::vector<std::string> parts;
                    for (const auto& v : *it) parts.push_back(v.dump());
                    std::string joined;
                    for (auto& p : parts) joined += (joined.empty() ? "" : ",") + p;
                    opt->add_result(joined);
                } else if (it->is_boolean()) {
                    if (it->get<bool>()) opt->add_result("true");
                } else {
                    opt->add_result(it->is_string() ? it->get<std::string>() : it->dump());
                }
                opt->run_callback();
            }
        }
        fusion::TrainOptions t;
        t.model = fusion::presetConfig(o->preset, o->numLr);
        if (o->embed > 0) t.model.embedDim = o->embed;
        auto four = [](const std::vector<std::int64_t>& v, const char* what) {
            if (v.size() != 4) throw Error({}, what, "needs 4 values");
            return std::array<std::int64_t, 4>{v[0], v[1], v[2], v[3]};
        };
        if (!o->depths.empty()) t.model.depths = four(o->depths, "--depths");
        if (!o->heads.empty()) t.model.heads = four(o->heads, "--heads");
        if (!o->window.empty()) {
            if (o->window.size() != 3) throw Error({}, "--window", "needs 3 values");
            t.model.window = {o->window[0], o->window[1], o->window[2]};
        }
        if (o->dropPath >= 0) t.model.dropPathRate = o->dropPath;
        if (!o->manifest.empty()) {
            std::ifstream in(o->manifest);
            if (!in) throw Error(o->manifest, {}, "cannot read the manifest");
            const auto m = nlohmann::json::parse(in);
            const fs::path base = fs::path(o->manifest).parent_path();
            if (o->lr.empty()) o->lr = (base / m.at("files").at("lr").get<std::string>()).string();
            if (o->gt.empty()) o->gt = (base / m.at("files").at("ground_truth").get<std::string>()).string();
        }
        if (o->lr.empty() || o->gt.empty()) throw Error({}, "train", "give a manifest or --lr-stack and --gt");
        t.lr = o->lr;
        t.groundTruth = o->gt;
        t.dir = o->dir;
        t.init = o->init;
        t.iterations = o->iterations;
        t.batch = o->batch;
        t.learningRate = o->lr_;
        t.minLearningRate = o->minLr;
        t.warmup = o->warmup;
        t.emaDecay = o->ema;
        t.cropHr = o->crop;
        t.maxHrOffset = o->maxHrOffset;
        t.poisson = !o->noPoisson;
        t.validateEvery = o->valEvery;
        t.validationFraction = o->valFraction;
        t.checkpointEvery = o->checkpointEvery;
        t.seed = o->seed;
        t.device = o->device;
        const auto r = fusion::trainFusion(t, ctx.makeProgress());
        if (r.rank != 0) return;
        std::printf("trained %s: %lld iterations%s, %.2f it/s (%d rank%s), last L1 %.4g\n", t.model.describe().c_str(),
                    (long long)r.iterations,
                    r.resumedFrom >= 0 ? (" (resumed at " + std::to_string(r.resumedFrom) + ")").c_str() : "",
                    r.iterationsPerSecond, r.world, r.world == 1 ? "" : "s", r.lastLoss);
        std::printf("validation PSNR %.2f dB (bicubic %.2f dB, %+.2f dB)\n", r.validationPsnr, r.bicubicPsnr,
                    r.validationPsnr - r.bicubicPsnr);
        std::printf("wrote %s\n", r.checkpoint.string().c_str());
#endif
    });
}

}  // namespace xrs::cli
