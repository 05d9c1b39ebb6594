// ct/Preprocess: flat/dark normalisation (FlatField), zinger removal and detector binning of raw projections.
// All loops run over (frame, row) pairs on ThreadPool::global(); arithmetic is in double per pixel and stored as
// float32, so exact counts give −log values exact up to float rounding.
#include "ct/Preprocess.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/Error.h"
#include "core/ThreadPool.h"

namespace xrs::ct {
namespace {

void checkStop(const Progress& progress)
{
    progress.throwIfStopped();
}

// Median of v (modified: partially sorted); even sizes give the mean of the two middle values.
double medianOf(std::vector<float>& v)
{
    const std::size_t n = v.size(), mid = n / 2;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(mid), v.end());
    double m = v[mid];
    if (n % 2 == 0) {
        const float lower = *std::max_element(v.begin(), v.begin() + std::ptrdiff_t(mid));
        m = 0.5 * (m + double(lower));
    }
    return m;
}

}  // namespace

ImageStack reduceFrames(const ImageStack& stack, Reduction reduction)
{
    if (stack.frames() < 1) throw Error("cannot reduce an empty stack of flat or dark frames");
    const std::int64_t n = stack.frames(), rows = stack.rows(), cols = stack.cols();
    ImageStack out = ImageStack::uninitialized(Shape{1, rows, cols});
    ThreadPool::global().parallelFor(rows, [&](std::int64_t r0, std::int64_t r1) {
        std::vector<float> values(static_cast<std::size_t>(n));
        std::vector<double> sum(static_cast<std::size_t>(cols));
        for (std::int64_t r = r0; r < r1; ++r) {
            auto dst = out.row(0, r);
            if (reduction == Reduction::Mean) {
                std::fill(sum.begin(), sum.end(), 0.0);
                for (std::int64_t f = 0; f < n; ++f) {
                    auto src = stack.row(f, r);
                    for (std::int64_t c = 0; c < cols; ++c) sum[std::size_t(c)] += src[std::size_t(c)];
                }
                for (std::int64_t c = 0; c < cols; ++c) dst[std::size_t(c)] = float(sum[std::size_t(c)] / double(n));
            } else {
                for (std::int64_t c = 0; c < cols; ++c) {
                    for (std::int64_t f = 0; f < n; ++f) values[std::size_t(f)] = stack.at(f, r, c);
                    dst[std::size_t(c)] = float(medianOf(values));
                }
            }
        }
    });
    return out;
}

FlatField::FlatField(const ImageStack& flatsBefore, const ImageStack& flatsAfter, const ImageStack& darks,
                     std::int64_t angles, const FlatFieldOptions& options)
    : m_angles(std::max<std::int64_t>(angles, 1)), m_options(options)
{
    if (flatsBefore.empty()) throw Error("flat-field normalisation needs at least one flat frame");
    const auto sameDetector = [&](const ImageStack& s) {
        return s.rows() == flatsBefore.rows() && s.cols() == flatsBefore.cols();
    };
    if (!flatsAfter.empty() && !sameDetector(flatsAfter))
        throw Error("flats after the scan are " + flatsAfter.shape().str() + ", flats before are " +
                    flatsBefore.shape().str());
    if (!darks.empty() && !sameDetector(darks))
        throw Error("darks are " + darks.shape().str() + ", flats are " + flatsBefore.shape().str());
    if (!(options.minRatio > 0)) throw Error("the minimum transmission must be positive");
    m_before = reduceFrames(flatsBefore, options.flatReduction);
    if (!flatsAfter.empty()) m_after = reduceFrames(flatsAfter, options.flatReduction);
    m_dark = darks.empty() ? ImageStack(Shape{1, flatsBefore.rows(), flatsBefore.cols()})
                           : reduceFrames(darks, options.darkReduction);
}

void FlatField::apply(ImageStack& slab, std::int64_t rowOffset, std::int64_t angleOffset,
                      const Progress& progress) const
{
    if (slab.cols() != cols() || rowOffset < 0 || rowOffset + slab.rows() > rows())
        throw Error("projection slab " + slab.shape().str() + " at row " + std::to_string(rowOffset) +
                    " does not fit the flats' detector of " + std::to_string(rows()) + "×" + std::to_string(cols()));
    if (angleOffset < 0 || angleOffset + slab.frames() > m_angles)
        throw Error("projections " + std::to_string(angleOffset) + "…" + std::to_string(angleOffset + slab.frames()) +
                    " are outside the scan's " + std::to_string(m_angles) + " angles");
    const std::int64_t frames = slab.frames(), srows = slab.rows(), w = slab.cols();
    const double minRatio = m_options.minRatio;
    const bool minusLog = m_options.minusLog;
    const bool interpolate = hasAfter();
    const double span = m_angles > 1 ? double(m_angles - 1) : 1.0;
    const std::int64_t total = frames * srows;
    const std::int64_t grain = std::max<std::int64_t>(1, 4096 / std::max<std::int64_t>(w, 1));
    ThreadPool::global().parallelFor(
        total,
        [&](std::int64_t i0, std::int64_t i1) {
            checkStop(progress);
            for (std::int64_t i = i0; i < i1; ++i) {
                const std::int64_t f = i / srows, r = i % srows, dr = r + rowOffset;
                const double t = interpolate ? double(f + angleOffset) / span : 0.0;
                auto p = slab.row(f, r);
                auto fb = m_before.row(0, dr);
                auto d = m_dark.row(0, dr);
                auto fa = interpolate ? m_after.row(0, dr) : fb;
                for (std::int64_t c = 0; c < w; ++c) {
                    const auto k = std::size_t(c);
                    const double flat = interpolate ? (1.0 - t) * double(fb[k]) + t * double(fa[k]) : double(fb[k]);
                    const double denom = flat - double(d[k]);
                    double ratio = 1.0;  // no beam on this pixel: no information, no attenuation
                    if (denom > 0) ratio = std::max((double(p[k]) - double(d[k])) / denom, minRatio);
                    if (std::isnan(ratio)) ratio = minRatio;
                    p[k] = float(minusLog ? -std::log(ratio) : ratio);
                }
            }
        },
        grain);
    progress.report(1.0, "flat-field normalisation");
}

ImageStack FlatField::applied(const ImageStack& projections, const Progress& progress) const
{
    ImageStack out = projections.clone();
    apply(out, 0, 0, progress);
    out.addProvenance(std::string("flat-field normalised (flats ") +
                      (m_options.flatReduction == Reduction::Median ? "median" : "mean") +
                      (hasAfter() ? ", before/after interpolated" : "") + ")" + (m_options.minusLog ? ", −log" : ""));
    return out;
}

std::int64_t removeZingers(ImageStack& projections, const ZingerOptions& options, const Progress& progress)
{
    if (options.size < 1 || options.size % 2 == 0) throw Error("the zinger median window must be odd");
    if (!(options.threshold >= 0)) throw Error("the zinger threshold must not be negative");
    const std::int64_t frames = projections.frames(), rows = projections.rows(), cols = projections.cols();
    const int half = options.size / 2;
    std::vector<std::int64_t> replaced(std::size_t(std::max<std::int64_t>(frames, 0)), 0);
    ThreadPool::global().parallelFor(frames, [&](std::int64_t f0, std::int64_t f1) {
        // The median must see the original values, so each frame is copied before it is changed.
        std::vector<float> frame(std::size_t(rows * cols));
        std::vector<float> window(std::size_t(options.size * options.size));
        for (std::int64_t f = f0; f < f1; ++f) {
            checkStop(progress);
            for (std::int64_t r = 0; r < rows; ++r) {
                auto src = projections.row(f, r);
                std::copy(src.begin(), src.end(), frame.begin() + std::ptrdiff_t(r * cols));
            }
            std::int64_t count = 0;
            for (std::int64_t r = 0; r < rows; ++r) {
                auto dst = projections.row(f, r);
                for (std::int64_t c = 0; c < cols; ++c) {
                    std::size_t k = 0;
                    for (int dy = -half; dy <= half; ++dy) {
                        const std::int64_t rr = std::clamp<std::int64_t>(r + dy, 0, rows - 1);
                        for (int dx = -half; dx <= half; ++dx) {
                            const std::int64_t cc = std::clamp<std::int64_t>(c + dx, 0, cols - 1);
                            window[k++] = frame[std::size_t(rr * cols + cc)];
                        }
                    }
                    std::nth_element(window.begin(), window.begin() + std::ptrdiff_t(k / 2), window.end());
                    const double median = window[k / 2];
                    const double v = frame[std::size_t(r * cols + c)];
                    const double limit = options.relative ? options.threshold * std::abs(median) : options.threshold;
                    if (std::abs(v - median) > limit) {
                        dst[std::size_t(c)] = float(median);
                        ++count;
                    }
                }
            }
            replaced[std::size_t(f)] = count;
        }
    });
    progress.report(1.0, "zinger removal");
    std::int64_t total = 0;
    for (auto n : replaced) total += n;
    return total;
}

ImageStack binDetector(const ImageStack& projections, int factor, const Progress& progress)
{
    if (factor < 1) throw Error("the binning factor must be at least 1");
    const std::int64_t b = factor, frames = projections.frames();
    const std::int64_t rows = projections.rows() / b, cols = projections.cols() / b;
    ImageStack out = ImageStack::uninitialized(Shape{frames, rows, cols});
    out.copyAttributes(projections.info());
    out.info().shape = Shape{frames, rows, cols};
    out.info().spacing.x *= double(b);
    out.info().spacing.y *= double(b);
    out.info().valueRange.reset();
    const double norm = 1.0 / double(b * b);
    ThreadPool::global().parallelFor(frames * rows, [&](std::int64_t i0, std::int64_t i1) {
        checkStop(progress);
        std::vector<double> sum(static_cast<std::size_t>(cols));
        for (std::int64_t i = i0; i < i1; ++i) {
            const std::int64_t f = i / rows, r = i % rows;
            std::fill(sum.begin(), sum.end(), 0.0);
            for (std::int64_t y = 0; y < b; ++y) {
                auto src = projections.row(f, r * b + y);
                for (std::int64_t c = 0; c < cols; ++c)
                    for (std::int64_t x = 0; x < b; ++x) sum[std::size_t(c)] += src[std::size_t(c * b + x)];
            }
            auto dst = out.row(f, r);
            for (std::int64_t c = 0; c < cols; ++c) dst[std::size_t(c)] = float(sum[std::size_t(c)] * norm);
        }
    });
    out.addProvenance("detector binned " + std::to_string(factor) + "×" + std::to_string(factor) + " (mean)");
    progress.report(1.0, "detector binning");
    return out;
}

namespace {

class BinnedSource final : public io::StackSource {
public:
    BinnedSource(std::unique_ptr<io::StackSource> source, int factor) : m_source(std::move(source)), m_factor(factor)
    {
        m_info = m_source->info();
        m_info.shape.rows /= factor;
        m_info.shape.cols /= factor;
        m_info.spacing.x *= double(factor);
        m_info.spacing.y *= double(factor);
        m_info.valueRange.reset();
        m_info.provenance.push_back("detector binned " + std::to_string(factor) + "×" + std::to_string(factor) +
                                    " (mean)");
    }
    const StackInfo& info() const override { return m_info; }
    ImageStack read(Range frames, Range rows, const Progress& progress) override
    {
        const Range r = rows.resolved(m_info.shape.rows, "binned rows");
        ImageStack raw = m_source->read(frames, {r.begin * m_factor, r.end * m_factor}, progress.sub(0, 0.8));
        return binDetector(raw, m_factor, progress.sub(0.8, 1.0));
    }
    std::string describe() const override
    {
        return m_source->describe() + ", binned " + std::to_string(m_factor) + "×" + std::to_string(m_factor);
    }

private:
    std::unique_ptr<io::StackSource> m_source;
    int m_factor;
    StackInfo m_info;
};

}  // namespace

std::unique_ptr<io::StackSource> binnedSource(std::unique_ptr<io::StackSource> source, int factor)
{
    if (factor < 1) throw Error("the binning factor must be at least 1");
    if (factor == 1) return source;
    const Shape s = source->shape();
    if (s.rows < factor || s.cols < factor)
        throw Error(source->describe() + ": " + s.str() + " is too small to bin " + std::to_string(factor) + "×");
    return std::make_unique<BinnedSource>(std::move(source), factor);
}

}  // namespace xrs::ct
