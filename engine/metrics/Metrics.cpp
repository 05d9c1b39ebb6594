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
    return std::nearbyint(std::clamp(double(v), 0.0, 1.0) * 255.0);
}

// The cropped frame in the metric's units, row-major, for SSIM.
std::vector<double> scaledFrame(const ImageStack& s, std::int64_t f, std::int64_t b, Scale scale)
{
    std::vector<double> out;
    out.reserve(std::size_t((s.rows() - 2 * b) * (s.cols() - 2 * b)));
    for (std::int64_t r = b; r < s.rows() - b; ++r) {
        const auto x = s.row(f, r);
        for (std::int64_t c = b; c < s.cols() - b; ++c) out.push_back(toScale(x[std::size_t(c)], scale));
    }
    return out;
}

FrameMetrics compareFrameImpl(const ImageStack& result, const ImageStack& reference, std::int64_t f, const Options& opts,
                              bool parallel)
{
    if (result.rows() != reference.rows() || result.cols() != reference.cols())
        throw Error({}, "metrics", "shapes differ: " + result.shape().str() + " vs " + reference.shape().str());
    const std::int64_t b = opts.borderCrop;
    if (b < 0) throw Error({}, "metrics", "the border crop cannot be negative");
    if (2 * b >= result.rows() || 2 * b >= result.cols()) throw Error({}, "metrics", "border crop leaves no pixels");
    double se = 0.0, ae = 0.0;
    std::int64_t n = 0;
    for (std::int64_t r = b; r < result.rows() - b; ++r) {
        const auto x = result.row(f, r);
        const auto y = reference.row(f, r);
        for (std::int64_t c = b; c < result.cols() - b; ++c) {
            const double d = toScale(x[c], opts.scale) - toScale(y[c], opts.scale);
            se += d * d;
            ae += std::abs(d);
            ++n;
        }
    }
    FrameMetrics m;
    m.mse = se / double(n);
    m.aad = ae / double(n);
    const double peak = opts.scale == Scale::EightBit ? 255.0 : opts.dataRange;
    m.psnr = m.mse > 0 ? 10.0 * std::log10(peak * peak / m.mse) : std::numeric_limits<double>::infinity();
    if (opts.ssim || opts.ssimGaussian) {
        const auto x = scaledFrame(result, f, b, opts.scale);
        const auto y = scaledFrame(reference, f, b, opts.scale);
        const std::int64_t rows = result.rows() - 2 * b, cols = result.cols() - 2 * b;
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
