#include "fusion/VirtualExperiment.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <mutex>
#include <random>
#include <sstream>

#include "core/Error.h"
#include "core/ThreadPool.h"
#include "fusion/SyntheticVideo.h"

namespace xrs::fusion {

namespace {

// Monotone map of float32 bit patterns to unsigned keys: key order = numeric order (−0 just before +0).
std::uint32_t floatKey(float v)
{
    const auto bits = std::bit_cast<std::uint32_t>(v);
    return (bits & 0x80000000u) ? ~bits : bits | 0x80000000u;
}
float keyFloat(std::uint32_t key)
{
    const std::uint32_t bits = (key & 0x80000000u) ? key & 0x7FFFFFFFu : ~key;
    return std::bit_cast<float>(bits);
}

using Histogram = std::vector<std::uint64_t>;

// Histogram of 16 bits of the keys (shift 16: the high half; shift 0: the low half of keys whose high half is
// `high`), over all values of the stack, in parallel over frames.
Histogram keyHistogram(const ImageStack& s, int shift, std::uint32_t high)
{
    Histogram total(1u << 16, 0);
    std::mutex m;
    ThreadPool::global().parallelFor(s.frames(), [&](std::int64_t f0, std::int64_t f1) {
        Histogram h(1u << 16, 0);
        std::uint64_t nans = 0;
        for (std::int64_t f = f0; f < f1; ++f)
            for (std::int64_t r = 0; r < s.rows(); ++r)
                for (const float v : s.row(f, r)) {
                    if (std::isnan(v)) {
                        ++nans;
                        continue;
                    }
                    const std::uint32_t k = floatKey(v);
                    if (shift == 16)
                        ++h[k >> 16];
                    else if ((k >> 16) == high)
                        ++h[k & 0xFFFFu];
                }
        if (nans) throw Error({}, "percentile", "the data hold NaN values");
        std::lock_guard lock(m);
        for (std::size_t i = 0; i < h.size(); ++i) total[i] += h[i];
    });
    return total;
}

// Finds the bucket holding the rank-th smallest count (0-based); rank becomes the rank inside that bucket.
std::uint32_t bucketOf(const Histogram& h, std::uint64_t& rank)
{
    for (std::uint32_t i = 0; i < h.size(); ++i) {
        if (rank < h[i]) return i;
        rank -= h[i];
    }
    throw Error({}, "percentile", "rank beyond the data");
}

// The k-th smallest value (0-based) by two 16-bit radix passes: exact, no copy of the data.
float kthValue(const ImageStack& s, std::uint64_t k)
{
    std::uint64_t rank = k;
    const std::uint32_t high = bucketOf(keyHistogram(s, 16, 0), rank);
    const std::uint32_t low = bucketOf(keyHistogram(s, 0, high), rank);
    return keyFloat((high << 16) | low);
}

std::uint64_t splitMix(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

std::string fmt(double v)
{
    std::ostringstream s;
    s.precision(6);
    s << v;
    return s.str();
}

// Ground-truth frames cropped to multiples of k (top-left kept), as a contiguous copy to renormalise in place.
ImageStack croppedCopy(const ImageStack& s, std::int64_t rows, std::int64_t cols)
{
    ImageStack out = ImageStack::uninitialized(Shape{s.frames(), rows, cols});
    out.copyAttributes(s.info());
    ThreadPool::global().parallelFor(s.frames(), [&](std::int64_t f0, std::int64_t f1) {
        for (std::int64_t f = f0; f < f1; ++f)
            for (std::int64_t r = 0; r < rows; ++r) std::copy_n(s.row(f, r).begin(), cols, out.row(f, r).begin());
    });
    return out;
}

ValueRange renormalise(ImageStack& s, const SynthOptions& o)
{
    const double lo = stackPercentile(s, o.lowPercentile);
    const double hi = stackPercentile(s, o.highPercentile);
    clipAndScale(s, lo, hi);
    s.addProvenance("clipped at the " + fmt(o.lowPercentile) + "/" + fmt(o.highPercentile) + " percentiles (" +
                    fmt(lo) + ", " + fmt(hi) + "), scaled to [0, 1]");
    return {lo, hi};
}

}  // namespace

double stackPercentile(const ImageStack& s, double q)
{
    if (!(q >= 0.0 && q <= 100.0)) throw Error({}, "percentile", "percentile " + fmt(q) + " is outside 0–100");
    const auto n = std::uint64_t(s.shape().count());
    if (n == 0) throw Error({}, "percentile", "no values");
    // numpy's "linear" method: virtual index q/100·(n − 1), interpolated between its neighbours.
    const double index = q / 100.0 * double(n - 1);
    const auto below = std::min<std::uint64_t>(std::uint64_t(std::floor(index)), n - 1);
    const double t = index - double(below);
    const double a = kthValue(s, below);
    if (t == 0.0 || below + 1 >= n) return a;
    const double b = kthValue(s, below + 1);
    // numpy's _lerp: from the nearer end, so the result is exact at both ends.
    return t < 0.5 ? a + (b - a) * t : b - (b - a) * (1.0 - t);
}

ValueRange clipAndScale(ImageStack& s, double lo, double hi)
{
    if (!(hi >= lo)) throw Error({}, "renormalise", "the clipping range is empty");
    // Min and max of the clipped values across all frames.
    double mn = std::numeric_limits<double>::infinity(), mx = -mn;
    std::mutex m;
    ThreadPool::global().parallelFor(s.frames(), [&](std::int64_t f0, std::int64_t f1) {
        double a = std::numeric_limits<double>::infinity(), b = -a;
        for (std::int64_t f = f0; f < f1; ++f)
            for (std::int64_t r = 0; r < s.rows(); ++r)
                for (float& v : s.row(f, r)) {
                    v = float(std::clamp(double(v), lo, hi));
                    a = std::min(a, double(v));
                    b = std::max(b, double(v));
                }
        std::lock_guard lock(m);
        mn = std::min(mn, a);
        mx = std::max(mx, b);
    });
    if (!(mx > mn))
        throw Error({}, "renormalise", "the data are constant between the clipping percentiles (" + fmt(lo) + ")");
    const double scale = 1.0 / (mx - mn);
    ThreadPool::global().parallelFor(s.frames(), [&](std::int64_t f0, std::int64_t f1) {
        for (std::int64_t f = f0; f < f1; ++f)
            for (std::int64_t r = 0; r < s.rows(); ++r)
                for (float& v : s.row(f, r)) v = float((double(v) - mn) * scale);
    });
    s.info().valueRange = ValueRange{0.0, 1.0};
    return {mn, mx};
}

ImageStack addPoissonNoise(const ImageStack& clean, double b0, std::uint64_t seed, const Progress& progress)
{
    if (!(b0 > 0) || !std::isfinite(b0)) throw Error({}, "--b0", "b0 must be a positive number, not " + fmt(b0));
    ImageStack out = ImageStack::uninitialized(clean.shape());
    out.copyAttributes(clean.info());
    ThreadPool::global().parallelFor(clean.frames(), [&](std::int64_t f0, std::int64_t f1) {
        for (std::int64_t f = f0; f < f1; ++f) {
            progress.throwIfStopped();
            // One stream per frame: the same seed gives the same noise whatever the thread count.
            std::mt19937_64 rng(splitMix(seed ^ splitMix(std::uint64_t(f) + 0x5EEDull)));
            std::poisson_distribution<std::int64_t> poisson;
            using Param = std::poisson_distribution<std::int64_t>::param_type;
            for (std::int64_t r = 0; r < clean.rows(); ++r) {
                const auto in = clean.row(f, r);
                auto o = out.row(f, r);
                for (std::size_t c = 0; c < in.size(); ++c) {
                    const double mean = double(in[c]) * b0;
                    const double counts = mean > 0 ? double(poisson(rng, Param(mean))) : 0.0;
                    o[c] = float(std::clamp(counts / b0, 0.0, 1.0));
                }
            }
        }
    });
    out.addProvenance("Poisson noise, b0 " + fmt(b0) + ", seed " + std::to_string(seed));
    return out;
}

double stackPsnr(const ImageStack& noisy, const ImageStack& clean)
{
    if (noisy.shape() != clean.shape())
        throw Error({}, "PSNR", "shapes differ: " + noisy.shape().str() + " vs " + clean.shape().str());
    std::vector<double> perFrame(std::size_t(clean.frames()), 0.0);
    ThreadPool::global().parallelFor(clean.frames(), [&](std::int64_t f0, std::int64_t f1) {
        for (std::int64_t f = f0; f < f1; ++f) {
            double se = 0;
            for (std::int64_t r = 0; r < clean.rows(); ++r) {
                const auto a = noisy.row(f, r), b = clean.row(f, r);
                for (std::size_t c = 0; c < a.size(); ++c) se += (double(a[c]) - b[c]) * (double(a[c]) - b[c]);
            }
            perFrame[std::size_t(f)] = se;
        }
    });
    double se = 0;
    for (const double v : perFrame) se += v;
    const double mse = se / double(clean.shape().count());
    return mse > 0 ? 10.0 * std::log10(1.0 / mse) : std::numeric_limits<double>::infinity();
}

SynthResult runVirtualExperiment(const ImageStack& seq, const SynthOptions& o, const Progress& progress)
{
    if (seq.empty()) throw Error({}, "synth", "the input sequence is empty");
    if (o.bin < 1) throw Error({}, "--bin", "the binning factor must be at least 1");
    if (o.hrStep < 1) throw Error({}, "--hr-step", "the HR step must be at least 1");
    if (o.hrOffset < 0 || o.hrOffset >= seq.frames())
        throw Error({}, "--hr-offset", "the HR offset must lie in 0.." + std::to_string(seq.frames() - 1));
    if (!(o.lowPercentile >= 0 && o.lowPercentile < o.highPercentile && o.highPercentile <= 100))
        throw Error({}, "--percentiles", "need 0 ≤ low < high ≤ 100");
    if (o.b0 && o.targetLrPsnr) throw Error({}, "synth", "give either b0 or a target LR PSNR, not both");
    const std::int64_t rows = seq.rows() / o.bin * o.bin, cols = seq.cols() / o.bin * o.bin;
    if (rows == 0 || cols == 0)
        throw Error({}, "--bin",
                    "frames of " + seq.shape().str() + " are smaller than the " + std::to_string(o.bin) + "× binning");

    SynthResult res;
    res.croppedRows = rows;
    res.croppedCols = cols;
    ImageStack raw = croppedCopy(seq, rows, cols);
    progress.throwIfStopped();

    // LR and HR from the raw frames, each renormalised on its own histogram; then the ground truth in place.
    res.lr = binFrames(raw, o.bin);
    res.lrClip = renormalise(res.lr, o);
    progress.report(0.15, "LR camera");
    progress.throwIfStopped();
    res.hr = everyNthFrame(raw, o.hrStep, o.hrOffset);
    for (std::int64_t i = o.hrOffset; i < raw.frames(); i += o.hrStep) res.hrIndices.push_back(i);
    res.hrClip = renormalise(res.hr, o);
    progress.report(0.25, "HR camera");
    progress.throwIfStopped();
    res.gtClip = renormalise(raw, o);
    res.groundTruth = std::move(raw);
    progress.report(0.4, "ground truth");

    const Progress noise = progress.sub(0.4, 1.0);
    if (o.b0) {
        ImageStack noisy = addPoissonNoise(res.lr, *o.b0, o.seed, noise);
        res.lrPsnr = stackPsnr(noisy, res.lr);
        res.b0 = *o.b0;
        res.lr = std::move(noisy);
    } else if (o.targetLrPsnr) {
        // PSNR grows with b0 (MSE ≈ mean(LR)/b0): bisection on log10 b0 with the seed fixed, from a bracket around
        // that estimate, widened until it holds the target.
        const double target = *o.targetLrPsnr;
        double mean = 0;
        for (std::int64_t f = 0; f < res.lr.frames(); ++f)
            for (std::int64_t r = 0; r < res.lr.rows(); ++r)
                for (const float v : res.lr.row(f, r)) mean += v;
        mean /= double(res.lr.shape().count());
        const double guess = std::log10(std::max(mean, 1e-6)) + target / 10.0;
        struct Trial {
            double logB0, psnr;
        };
        std::optional<Trial> best;
        auto trial = [&](double logB0) {
            noise.throwIfStopped();
            const double psnr = stackPsnr(addPoissonNoise(res.lr, std::pow(10.0, logB0), o.seed), res.lr);
            if (!best || std::abs(psnr - target) < std::abs(best->psnr - target)) best = Trial{logB0, psnr};
            return psnr;
        };
        double lo = guess - 1, hi = guess + 1;
        for (int i = 0; i < 12 && trial(lo) > target; ++i) lo -= 2;
        for (int i = 0; i < 12 && trial(hi) < target; ++i) hi += 2;
        for (int i = 0; i < 40 && std::abs(best->psnr - target) > 0.005; ++i) {
            const double mid = 0.5 * (lo + hi);
            (trial(mid) < target ? lo : hi) = mid;
            noise.report(double(i + 1) / 40.0, "finding b0 for the target LR PSNR");
        }
        if (std::abs(best->psnr - target) > 0.2)
            throw Error({}, "--lr-psnr",
                        "no b0 gives an LR PSNR of " + fmt(target) + " dB (closest " + fmt(best->psnr) + " dB)");
        res.b0 = std::pow(10.0, best->logB0);
        ImageStack noisy = addPoissonNoise(res.lr, *res.b0, o.seed);
        res.lrPsnr = stackPsnr(noisy, res.lr);
        res.lr = std::move(noisy);
    }
    res.lr.info().valueRange = ValueRange{0.0, 1.0};
    progress.report(1.0, "virtual experiment");
    return res;
}

}  // namespace xrs::fusion
