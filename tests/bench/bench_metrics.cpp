// tests/bench/bench_metrics: speed of our SSIM (engine/metrics/Ssim.cpp) and per-frame metrics on melt-pool video
// frames (default 16 frames of 400×1024, the size of the paper's videos), in the 8-bit convention, against
// scikit-image on the same frames: the bench writes both stacks as TIFF and runs bench_metrics_reference.py with the
// reference python (XRS_REF_PYTHON, default /usr/bin/python3) in the same run. Prints Mpixel/s for the uniform
// (skimage default) and Gaussian windows — through metrics::compareStacks with the whole thread pool, and the
// kernel alone on one thread — PSNR/AAD alone, skimage's figures and the mean values of both (they must agree).
// Reports figures, never asserts.
//
// Usage: bench_metrics [frames=16] [rows=400] [cols=1024] [--repeat=R (best of R, default 3)] [--no-reference]
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "core/ThreadPool.h"
#include "fusion/SyntheticVideo.h"
#include "io/StackWriter.h"
#include "metrics/Metrics.h"
#include "metrics/Ssim.h"

namespace {

using Clock = std::chrono::steady_clock;

double bestOf(int repeat, const std::function<void()>& fn)
{
    double best = 1e300;
    for (int k = 0; k < repeat; ++k) {
        const auto t0 = Clock::now();
        fn();
        best = std::min(best, std::chrono::duration<double>(Clock::now() - t0).count());
    }
    return best;
}

double mean(const std::vector<xrs::metrics::FrameMetrics>& v, double xrs::metrics::FrameMetrics::*field)
{
    double s = 0;
    for (const auto& m : v) s += m.*field;
    return s / double(v.size());
}

std::vector<double> eightBit(const xrs::ImageStack& s, std::int64_t f)
{
    std::vector<double> out;
    out.reserve(std::size_t(s.rows() * s.cols()));
    for (std::int64_t r = 0; r < s.rows(); ++r)
        for (const float v : s.row(f, r)) out.push_back(std::nearbyint(std::clamp(double(v), 0.0, 1.0) * 255.0));
    return out;
}

}  // namespace

int main(int argc, char** argv)
{
    std::vector<long> sizes{16, 400, 1024};
    int repeat = 3;
    bool reference = true;
    for (int i = 1, n = 0; i < argc; ++i) {
        const std::string a = argv[i];
        if (a.rfind("--repeat=", 0) == 0)
            repeat = std::max(1, std::atoi(a.c_str() + 9));
        else if (a == "--no-reference")
            reference = false;
        else if (n < 3)
            sizes[std::size_t(n++)] = std::atol(a.c_str());
    }
    using namespace xrs;
    fusion::VideoParams vp;
    vp.frames = sizes[0];
    vp.rows = sizes[1];
    vp.cols = sizes[2];
    const ImageStack ref = fusion::makeMeltPoolVideo(vp);
    // The result: the reference with a deterministic texture of errors (like a reconstruction's).
    ImageStack res = ref.clone();
    for (std::int64_t f = 0; f < res.frames(); ++f)
        for (std::int64_t r = 0; r < res.rows(); ++r) {
            auto row = res.row(f, r);
            for (std::size_t c = 0; c < row.size(); ++c)
                row[c] += 0.03f * float(std::sin(12.9898 * double(r * 1031 + std::int64_t(c)) + double(f)));
        }
    const double mpix = double(ref.shape().count()) / 1e6;
    std::printf("bench_metrics: %s frames (8-bit convention), %u pool threads, best of %d\n", ref.shape().str().c_str(),
                ThreadPool::global().size(), repeat);

    metrics::Options o;
    o.scale = metrics::Scale::EightBit;
    std::vector<metrics::FrameMetrics> plain, uni, gau;
    const double tPlain = bestOf(repeat, [&] { plain = metrics::compareStacks(res, ref, o); });
    o.ssim = true;
    const double tUni = bestOf(repeat, [&] { uni = metrics::compareStacks(res, ref, o); });
    o.ssim = false;
    o.ssimGaussian = true;
    const double tGau = bestOf(repeat, [&] { gau = metrics::compareStacks(res, ref, o); });
    // The SSIM kernel alone on one thread (frames converted to 8-bit doubles beforehand).
    std::vector<std::vector<double>> xs, ys;
    for (std::int64_t f = 0; f < ref.frames(); ++f) {
        xs.push_back(eightBit(res, f));
        ys.push_back(eightBit(ref, f));
    }
    double sink = 0;
    auto kernel = [&](metrics::SsimWindow w) {
        metrics::SsimParams p;
        p.window = w;
        p.dataRange = 255;
        return bestOf(repeat, [&] {
            for (std::size_t f = 0; f < xs.size(); ++f)
                sink += metrics::ssim(xs[f], ys[f], ref.rows(), ref.cols(), p, false);
        });
    };
    const double t1Uni = kernel(metrics::SsimWindow::Uniform), t1Gau = kernel(metrics::SsimWindow::Gaussian);

    std::printf("%-34s %10s %12s %14s\n", "", "seconds", "Mpixel/s", "mean value");
    std::printf("%-34s %10.4f %12.1f %14.6f\n", "xrs PSNR+AAD (pool)", tPlain, mpix / tPlain,
                mean(plain, &metrics::FrameMetrics::psnr));
    std::printf("%-34s %10.4f %12.1f %14.9f\n", "xrs SSIM uniform 7x7 (pool)", tUni, mpix / tUni,
                mean(uni, &metrics::FrameMetrics::ssim));
    std::printf("%-34s %10.4f %12.1f %14.9f\n", "xrs SSIM gaussian 11x11 (pool)", tGau, mpix / tGau,
                mean(gau, &metrics::FrameMetrics::ssimGaussian));
    std::printf("%-34s %10.4f %12.1f\n", "xrs SSIM uniform kernel (1 thread)", t1Uni, mpix / t1Uni);
    std::printf("%-34s %10.4f %12.1f\n", "xrs SSIM gaussian kernel (1 thread)", t1Gau, mpix / t1Gau);
    if (sink == 0) std::printf("\n");  // keeps the kernel runs observable

    if (!reference) return 0;
    const auto dir = std::filesystem::temp_directory_path() / ("bench_metrics_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    io::writeStack(dir / "res.tif", res);
    io::writeStack(dir / "ref.tif", ref);
    const char* env = std::getenv("XRS_REF_PYTHON");
    const std::string python = env && *env ? env : "/usr/bin/python3";
    const std::string cmd = python + " " + XRS_BENCH_DIR "/bench_metrics_reference.py " + (dir / "res.tif").string() +
                            " " + (dir / "ref.tif").string() + " " + std::to_string(repeat);
    std::string text;
    if (FILE* p = ::popen(cmd.c_str(), "r")) {
        char buf[4096];
        while (std::fgets(buf, sizeof buf, p)) text += buf;
        ::pclose(p);
    }
    std::filesystem::remove_all(dir);
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.contains("ssim_uniform")) {
        std::printf("skimage reference: not available (%s)\n", cmd.c_str());
        return 0;
    }
    const struct {
        const char* name;
        const char* key;
        double ours, oursMean;
    } rows[] = {
        {"skimage PSNR (1 thread)", "psnr", tPlain, mean(plain, &metrics::FrameMetrics::psnr)},
        {"skimage SSIM uniform 7x7", "ssim_uniform", tUni, mean(uni, &metrics::FrameMetrics::ssim)},
        {"skimage SSIM gaussian 11x11", "ssim_gaussian", tGau, mean(gau, &metrics::FrameMetrics::ssimGaussian)}};
    std::printf("(skimage is given frames already in 8-bit units; the xrs figures include that conversion)\n");
    for (const auto& r : rows) {
        const double t = j[r.key]["seconds"].get<double>(), m = j[r.key]["mean"].get<double>();
        std::printf("%-34s %10.4f %12.1f %14.9f   xrs (pool) speed-up ×%.1f, |mean diff| %.1e\n", r.name, t, mpix / t,
                    m, t / r.ours, std::abs(m - r.oursMean));
    }
    return 0;
}
