#include "metrics/Metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "core/Error.h"
#include "core/ThreadPool.h"
#include "metrics/Ssim.h"

namespace xrs::metrics {

namespace {
double toScale(float v, Scale s)
{
    if (s == Scale::Float) return v;
    // Round half to even like nearbyint in the default rounding mode, without the libm call: adding 1.5·2⁵² leaves
    // no fraction bits (exact for |x| < 2⁵¹).
    constexpr double kRound = 6755399441055744.0;
    return (std::clamp(double(v), 0.0, 1.0) * 255.0 + kRound) - kRound;
}

FrameMetrics compareFrameImpl(const ImageStack& result, const ImageStack& reference, std::int64_t f,
                              const Options& opts, bool parallel)
{
    if (result.rows() != reference.rows() || result.cols() != reference.cols())
        throw Error({}, "metrics", "shapes differ: " + result.shape().str() + " vs " + reference.shape().str());
    const std::int64_t b = opts.borderCrop;
    if (b < 0) throw Error({}, "metrics", "the border crop cannot be negative");
    if (2 * b >= result.rows() || 2 * b >= result.cols()) throw Error({}, "metrics", "border crop leaves no pixels");
    const std::int64_t rows = result.rows() - 2 * b, cols = result.cols() - 2 * b;
    const bool withSsim = opts.ssim || opts.ssimGaussian;
    // One pass: the cropped frames in the metric's units (kept for SSIM) and per-row error sums, added in order so
    // the result does not depend on the thread count.
    std::vector<double> x(withSsim ? std::size_t(rows * cols) : 0), y(x.size());
    std::vector<double> rowSe(std::size_t(rows), 0.0), rowAe(std::size_t(rows), 0.0);
    auto body = [&](std::int64_t r0, std::int64_t r1) {
        for (std::int64_t r = r0; r < r1; ++r) {
            const float* xr = result.row(f, r + b).data() + b;
            const float* yr = reference.row(f, r + b).data() + b;
            double se = 0.0, ae = 0.0;
            for (std::int64_t c = 0; c < cols; ++c) {
                const double u = toScale(xr[c], opts.scale), v = toScale(yr[c], opts.scale);
                if (withSsim) {
                    x[std::size_t(r * cols + c)] = u;
                    y[std::size_t(r * cols + c)] = v;
                }
                const double d = u - v;
                se += d * d;
                ae += std::abs(d);
            }
            rowSe[std::size_t(r)] = se;
            rowAe[std::size_t(r)] = ae;
        }
    };
    if (parallel)
        ThreadPool::global().parallelFor(rows, body, 16);
    else
        body(0, rows);
    const double n = double(rows) * double(cols);
    FrameMetrics m;
    m.mse = std::accumulate(rowSe.begin(), rowSe.end(), 0.0) / n;
    m.aad = std::accumulate(rowAe.begin(), rowAe.end(), 0.0) / n;
    const double peak = opts.scale == Scale::EightBit ? 255.0 : opts.dataRange;
    m.psnr = m.mse > 0 ? 10.0 * std::log10(peak * peak / m.mse) : std::numeric_limits<double>::infinity();
    if (withSsim) {
        SsimParams sp;
        sp.dataRange = peak;
        if (opts.ssim) m.ssim = ssim(x, y, rows, cols, sp, parallel);
        sp.window = SsimWindow::Gaussian;
        if (opts.ssimGaussian) m.ssimGaussian = ssim(x, y, rows, cols, sp, parallel);
    }
    return m;
}
}  // namespace

FrameMetrics compareFrame(const ImageStack& result, const ImageStack& reference, std::int64_t f, const Options& opts)
{
    return compareFrameImpl(result, reference, f, opts, true);
}

std::vector<FrameMetrics> compareStacks(const ImageStack& result, const ImageStack& reference, const Options& opts,
                                        const Progress& progress)
{
    if (result.shape() != reference.shape())
        throw Error({}, "metrics", "shapes differ: " + result.shape().str() + " vs " + reference.shape().str());
    std::vector<FrameMetrics> out(std::size_t(result.frames()));
    if (opts.ssim || opts.ssimGaussian) {
        // SSIM dominates and parallelises over rows; frames in order (the pool does not nest).
        for (std::int64_t f = 0; f < result.frames(); ++f) {
            progress.throwIfStopped();
            out[std::size_t(f)] = compareFrameImpl(result, reference, f, opts, true);
            progress.report(double(f + 1) / double(result.frames()), "metrics");
        }
        return out;
    }
    ThreadPool::global().parallelFor(result.frames(), [&](std::int64_t b, std::int64_t e) {
        for (std::int64_t f = b; f < e; ++f) {
            progress.throwIfStopped();
            out[std::size_t(f)] = compareFrameImpl(result, reference, f, opts, false);
        }
    });
    progress.report(1.0, "metrics");
    return out;
}

Summary summarize(std::span<const double> values)
{
    Summary s;
    s.count = values.size();
    if (values.empty()) return s;
    std::vector<double> v(values.begin(), values.end());
    std::sort(v.begin(), v.end());
    auto quantile = [&](double q) {
        const double pos = q * double(v.size() - 1);
        const auto lo = std::size_t(std::floor(pos));
        const auto hi = std::min(lo + 1, v.size() - 1);
        return v[lo] + (v[hi] - v[lo]) * (pos - double(lo));
    };
    s.mean = std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
    s.median = quantile(0.5);
    s.q1 = quantile(0.25);
    s.q3 = quantile(0.75);
    s.min = v.front();
    s.max = v.back();
    return s;
}

}  // namespace xrs::metrics
