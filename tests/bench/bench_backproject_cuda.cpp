// tests/bench/bench_backproject_cuda: speed of the CUDA backprojector (engine/ct/cuda/BackprojectCuda.cu) on N×N
// slices from `angles` parallel-beam projections: kernel-only G updates/s (updates = N² · angles · slices), the
// time with staging and transfers, and the CPU backprojector's seconds for one slice for comparison (--cpu).
// Without a usable CUDA device it prints "no CUDA device: <reason>" and exits 0. Reports figures, never asserts.
//
// Usage: bench_backproject_cuda [N=2048] [angles=1800] [slices=4] [--repeat=R (best of R, default 3)] [--cpu]
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/Error.h"
#include "ct/Backproject.h"

using namespace xrs;

int main(int argc, char** argv)
{
    std::int64_t positional[3] = {2048, 1800, 4};
    int repeat = 3, count = 0;
    bool cpu = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a.rfind("--repeat=", 0) == 0) repeat = std::max(1, std::atoi(a.c_str() + 9));
        else if (a == "--cpu") cpu = true;
        else if (count < 3) positional[count++] = std::atoll(a.c_str());
    }
    const std::int64_t n = positional[0], angles = positional[1], slices = positional[2];
    if (const std::string why = ct::cudaBackprojectUnavailable(); !why.empty()) {
        std::printf("%s\n", why.c_str());
        return 0;
    }
    // A smooth stand-in for filtered projections: the speed does not depend on the values.
    ImageStack filtered(Shape{angles, slices, n});
    for (std::int64_t a = 0; a < angles; ++a)
        for (std::int64_t s = 0; s < slices; ++s) {
            auto row = filtered.row(a, s);
            for (std::int64_t c = 0; c < n; ++c) row[std::size_t(c)] = float(std::sin(0.003 * double(c * (a + 1) + s)));
        }
    try {
        ct::CudaBackprojectTiming t, best;
        (void)ct::backprojectCuda(filtered, {}, {}, &t);  // warm-up: context creation and module load
        best.kernelSeconds = best.totalSeconds = 1e30;
        for (int r = 0; r < repeat; ++r) {
            (void)ct::backprojectCuda(filtered, {}, {}, &t);
            best.kernelSeconds = std::min(best.kernelSeconds, t.kernelSeconds);
            best.totalSeconds = std::min(best.totalSeconds, t.totalSeconds);
            best.batches = t.batches;
        }
        const double updates = double(n) * double(n) * double(angles) * double(slices);
        std::printf("CUDA backprojection %lld slices of %lld² from %lld angles (%d batch%s): kernel %.2f ms = %.1f G "
                    "updates/s; with staging and transfers %.2f ms = %.1f G updates/s\n",
                    static_cast<long long>(slices), static_cast<long long>(n), static_cast<long long>(angles),
                    best.batches, best.batches == 1 ? "" : "es", best.kernelSeconds * 1e3,
                    updates / best.kernelSeconds * 1e-9, best.totalSeconds * 1e3, updates / best.totalSeconds * 1e-9);
        if (cpu) {
            ImageStack one(Shape{angles, 1, n});
            for (std::int64_t a = 0; a < angles; ++a) {
                const auto in = filtered.row(a, 0);
                std::copy(in.begin(), in.end(), one.row(a, 0).begin());
            }
            const auto t0 = std::chrono::steady_clock::now();
            (void)ct::backproject(one, {});
            const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            std::printf("CPU backprojection, one slice: %.3f s = %.2f G updates/s\n", s,
                        double(n) * double(n) * double(angles) / s * 1e-9);
        }
    } catch (const Error& e) {
        std::printf("CUDA backprojection failed: %s\n", e.what());
        return 1;
    }
    return 0;
}
