// SWIN-XVR inference speed: ms per output frame for the paper and baseline presets on 400×1024 HR frames (LR
// 100×256) on the CPU (or --device cuda), whole frames or tiles. Prints figures; never a pass/fail timer.
//   bench_fusion [--preset paper|baseline|all] [--frames N] [--warmup N] [--lr-rows R] [--lr-cols C] [--tile T]
//   [--overlap M]
//                [--batch B] [--device cpu|cuda] [--precision fp32|bf16|fp16]
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "core/Error.h"
#include "fusion/FusionInference.h"
#include "fusion/FusionModel.h"
#include "fusion/SyntheticVideo.h"
#include "nn/TorchRuntime.h"

using namespace xrs;
using namespace xrs::fusion;

int main(int argc, char** argv)
{
    std::string preset = "all", device = "cpu", precision = "fp32";
    std::int64_t frames = 2, warmup = 1, lrRows = 100, lrCols = 256, tile = 0, overlap = 8, batch = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string k = argv[i], v = argv[i + 1];
        if (k == "--preset")
            preset = v;
        else if (k == "--frames")
            frames = std::stoll(v);
        else if (k == "--warmup")
            warmup = std::stoll(v);
        else if (k == "--lr-rows")
            lrRows = std::stoll(v);
        else if (k == "--lr-cols")
            lrCols = std::stoll(v);
        else if (k == "--tile")
            tile = std::stoll(v);
        else if (k == "--overlap")
            overlap = std::stoll(v);
        else if (k == "--batch")
            batch = std::stoll(v);
        else if (k == "--device")
            device = v;
        else if (k == "--precision")
            precision = v;
        else {
            std::fprintf(stderr, "unknown option %s\n", k.c_str());
            return 2;
        }
    }
    try {
        const auto info = nn::torchInfo();
        VideoParams vp;
        vp.frames = frames + warmup;
        vp.rows = 4 * lrRows;
        vp.cols = 4 * lrCols;
        const auto gt = makeMeltPoolVideo(vp);
        const auto lr = binFrames(gt, 4), hr = everyNthFrame(gt, 1);
        std::vector<double> lrT, hrT;
        for (std::int64_t i = 0; i < lr.frames(); ++i) lrT.push_back(double(i));
        for (std::int64_t i = 0; i < hr.frames(); ++i) hrT.push_back(double(i));
        auto pairs = pairFrames(lrT, hrT, 3);
        std::printf(
            "SWIN-XVR inference: LR %lldx%lld -> HR %lldx%lld, %lld frames (+%lld warm-up), tile %lld/%lld, batch "
            "%lld, device %s %s, torch %s, %d CPU threads\n",
            (long long)lrRows, (long long)lrCols, (long long)(4 * lrRows), (long long)(4 * lrCols), (long long)frames,
            (long long)warmup, (long long)tile, (long long)overlap, (long long)batch, device.c_str(), precision.c_str(),
            info.version.c_str(), info.cpuThreads);
        for (const std::string name : {"paper", "baseline"}) {
            if (preset != "all" && preset != name) continue;
            FusionModel model(presetConfig(name), 1);
            model.setDevice(device);
            model.setPrecision(parsePrecision(precision));
            InferenceOptions opts;
            opts.tile = tile;
            opts.overlap = overlap;
            opts.batch = batch;
            // Warm-up on one frame (allocator, kernels), then the timed frames.
            if (warmup > 0) fuseVideo(model, lr, hr, std::span(pairs).first(std::size_t(warmup)), opts);
            // Wall time, and the process CPU time (all threads): on a shared machine the latter tells the load apart.
            const auto t0 = std::chrono::steady_clock::now();
            const auto c0 = std::clock();
            fuseVideo(model, lr, hr, std::span(pairs).subspan(std::size_t(warmup)), opts);
            const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            const double cpu = double(std::clock() - c0) / CLOCKS_PER_SEC;
            std::printf("  %-8s (%5.1f M params): %9.1f ms/frame wall, %7.3f frames/s, %9.1f CPU-ms/frame\n",
                        name.c_str(), double(model.parameterCount()) / 1e6, 1000.0 * s / double(frames),
                        double(frames) / s, 1000.0 * cpu / double(frames));
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_fusion: %s\n", e.what());
        return 1;
    }
    return 0;
}
