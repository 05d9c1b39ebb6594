// tests/bench/bench_denoise: Noise2Inverse-2.5D speed with the default network (context ±5 → 11 channels, depth 4,
// width 32, BatchNorm): training samples/s on 256² patches (batch 2, the SPring-8 recipe) and inference time per N²
// slice (K = 2 splits: one forward of a batch of 2, whole slice, no tiling). Random split volumes of
// 11 + 2·5 slices are written to a scratch folder first. Goal on one H100: ≤ 20 ms per 2048² slice.
// Reports figures, never asserts.
//
// Usage: bench_denoise [N=2048] [--steps S (default 10)] [--device cpu|cuda] [--tile T (default N)]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <thread>

#include "denoise/Noise2Inverse.h"
#include "io/StackWriter.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv)
{
    std::int64_t n = 2048;
    int steps = 10, tile = 0;
    bool cuda = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--steps" && i + 1 < argc) steps = std::atoi(argv[++i]);
        else if (a == "--device" && i + 1 < argc) cuda = std::string(argv[++i]) == "cuda";
        else if (a == "--tile" && i + 1 < argc) tile = std::atoi(argv[++i]);
        else n = std::atoll(a.c_str());
    }
    const fs::path dir = fs::temp_directory_path() / ("bench_denoise_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::vector<fs::path> splits;
    std::mt19937 rng(1);
    std::normal_distribution<float> noise(0.f, 1.f);
    for (int k = 0; k < 2; ++k) {
        xrs::ImageStack v(xrs::Shape{3, n, n});
        for (float& x : v.values()) x = noise(rng);
        splits.push_back(dir / ("split_" + std::to_string(k) + ".tif"));
        xrs::io::writeStack(splits.back(), v);
    }
    xrs::denoise::NetworkConfig net;  // the defaults
    xrs::denoise::TrainConfig tc;
    tc.epochs = 1;
    tc.batch = 2;
    tc.slicesPerEpoch = 2 * steps;
    tc.cuda = cuda;
    const auto report = xrs::denoise::train(splits, net, tc, dir / "ck");
    xrs::denoise::InferConfig ic;
    ic.tile = tile > 0 ? tile : int(n);
    ic.cuda = cuda;
    xrs::denoise::denoiseSlices(splits, dir / "ck", {1, 2}, ic);  // warm-up
    const auto t0 = Clock::now();
    xrs::denoise::denoiseSlices(splits, dir / "ck", {0, 3}, ic);
    const double perSlice = std::chrono::duration<double>(Clock::now() - t0).count() / 3.0;
    std::printf("bench_denoise (%s, %u hardware threads): context ±%d, depth %d, width %d\n", cuda ? "cuda" : "cpu",
                std::thread::hardware_concurrency(), net.context, net.depth, net.width);
    std::printf("  training: %.2f samples/s (256² patches, batch 2, %d steps)\n", report.slicesPerSecond, steps);
    std::printf("  inference: %.1f ms per %lld² slice (K = 2, tile %d; goal on one H100: <= 20 ms at 2048²)\n",
                perSlice * 1e3, static_cast<long long>(n), ic.tile);
    fs::remove_all(dir);
    return 0;
}
