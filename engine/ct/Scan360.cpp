// ct/Scan360: pairing of opposite projections, the stitcher and the mirrored-pair centre finder (see the header).
#include "ct/Scan360.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "core/Error.h"

namespace xrs::ct {

namespace {

double wrap360(double a)
{
    a = std::fmod(a, 360.0);
    return a < 0 ? a + 360.0 : a;
}

// (first-half index, index of the projection nearest θ + 180°) for every projection in [θ0, θ0 + 180°).
std::vector<std::pair<std::int64_t, std::int64_t>> oppositePairs(const std::vector<double>& angles)
{
    if (!spans360(angles)) throw Error("360° scan expected: the angles span less than a full turn");
    const double first = *std::min_element(angles.begin(), angles.end());
    std::vector<std::pair<std::int64_t, std::int64_t>> pairs;
    for (std::size_t i = 0; i < angles.size(); ++i) {
        if (angles[i] - first >= 180.0 - 1e-6) continue;
        const double target = wrap360(angles[i] + 180.0);
        std::size_t best = 0;
        double bestDist = std::numeric_limits<double>::max();
        for (std::size_t k = 0; k < angles.size(); ++k) {
            const double d = std::abs(wrap360(angles[k] - target + 180.0) - 180.0);
            if (d < bestDist) bestDist = d, best = k;
        }
        pairs.emplace_back(std::int64_t(i), std::int64_t(best));
    }
    std::sort(pairs.begin(), pairs.end(),
              [&](const auto& a, const auto& b) { return angles[std::size_t(a.first)] < angles[std::size_t(b.first)]; });
    return pairs;
}

// Linear interpolation of a detector row at a fractional column (caller guarantees 0 ≤ x ≤ cols − 1).
double sampleAt(const float* row, std::int64_t cols, double x)
{
    const std::int64_t j = std::min<std::int64_t>(std::int64_t(std::floor(x)), cols - 2);
    if (j < 0) return row[0];
    const double t = x - double(j);
    return (1.0 - t) * row[j] + t * row[j + 1];
}

// Feathering weight: distance to the nearer detector edge (0 at both edges).
double edgeWeight(double x, std::int64_t cols) { return std::max(0.0, std::min(x, double(cols - 1) - x)); }

std::int64_t resolvedMinOverlap(std::int64_t minOverlap, std::int64_t cols)
{
    return minOverlap > 0 ? minOverlap : std::max<std::int64_t>(16, cols / 10);
}

}  // namespace

bool spans360(const std::vector<double>& anglesDeg)
{
    if (anglesDeg.size() < 4) return false;
    const auto [lo, hi] = std::minmax_element(anglesDeg.begin(), anglesDeg.end());
    const double step = (*hi - *lo) / double(anglesDeg.size() - 1);
    return *hi - *lo + step >= 270.0;
}

StitchGeometry stitchGeometry(std::int64_t cols, double center)
{
    StitchGeometry g;
    // Axis left of the middle: the mirrored half extends the detector to the left, so shift by whole columns.
    g.offset = std::max<std::int64_t>(0, std::int64_t(std::ceil(double(cols - 1) - 2 * center - 1e-9)));
    g.center = center + double(g.offset);
    g.width = std::max(cols + g.offset, std::int64_t(std::floor(2 * g.center + 1e-9)) + 1);
    return g;
}

Stitched360 stitch360(const ImageStack& projections, const std::vector<double>& anglesDeg, double center)
{
    const std::int64_t cols = projections.cols(), rows = projections.rows();
    if (std::int64_t(anglesDeg.size()) != projections.frames())
        throw Error("stitch360: one angle per projection expected");
    if (cols < 2 || center < 0 || center > double(cols - 1))
        throw Error("stitch360: the rotation axis must lie on the detector");
    const auto pairs = oppositePairs(anglesDeg);

    const StitchGeometry geo = stitchGeometry(cols, center);
    const std::int64_t offset = geo.offset, width = geo.width;
    const double outCenter = geo.center;

    Stitched360 out;
    out.sinograms = ImageStack(Shape{std::int64_t(pairs.size()), rows, width});
    out.center = outCenter;
    out.offset = offset;
    for (std::size_t p = 0; p < pairs.size(); ++p) {
        out.anglesDeg.push_back(anglesDeg[std::size_t(pairs[p].first)]);
        for (std::int64_t r = 0; r < rows; ++r) {
            const float* direct = projections.row(pairs[p].first, r).data();
            const float* opposite = projections.row(pairs[p].second, r).data();
            float* dst = out.sinograms.row(std::int64_t(p), r).data();
            for (std::int64_t k = 0; k < width; ++k) {
                const double j = double(k - offset);                // column of the direct projection
                const double jm = 2 * center - j;                   // column of the mirrored one (same s)
                const bool hasDirect = j >= 0 && j <= double(cols - 1);
                const bool hasMirror = jm >= -1e-9 && jm <= double(cols - 1) + 1e-9;
                const double jmc = std::clamp(jm, 0.0, double(cols - 1));
                if (hasDirect && hasMirror) {
                    const double wd = edgeWeight(j, cols), wm = edgeWeight(jmc, cols);
                    const double d = direct[std::int64_t(j)], m = sampleAt(opposite, cols, jmc);
                    dst[k] = float(wd + wm > 0 ? (wd * d + wm * m) / (wd + wm) : 0.5 * (d + m));
                } else if (hasDirect) {
                    dst[k] = direct[std::int64_t(j)];
                } else if (hasMirror) {
                    dst[k] = float(sampleAt(opposite, cols, jmc));
                } else {
                    dst[k] = 0.0f;  // cannot happen with the width above; air otherwise
                }
            }
        }
    }
    return out;
}

double centerMetric360(const ImageStack& projections, const std::vector<double>& anglesDeg, std::int64_t row,
                       double center, std::int64_t minOverlap)
{
    const std::int64_t cols = projections.cols();
    const auto pairs = oppositePairs(anglesDeg);
    // Sample s = t on the direct side and s = −t on the mirrored side at the same fractional phase δ.
    const double twoC = 2 * center;
    const double delta = (twoC - std::floor(twoC)) / 2;
    const std::int64_t twoCi = std::int64_t(std::floor(twoC));
    // Direct position j + δ pairs with (twoCi − j) + δ; both need j, twoCi − j in [0, cols − 2].
    const std::int64_t jLo = std::max<std::int64_t>(0, twoCi - (cols - 2));
    const std::int64_t jHi = std::min<std::int64_t>(cols - 2, twoCi);
    if (jHi - jLo + 1 < resolvedMinOverlap(minOverlap, cols)) return std::numeric_limits<double>::infinity();
    double sd = 0, sa = 0, saa = 0, sb = 0, sbb = 0, whole = 0;
    std::int64_t n = 0;
    for (const auto& [i, k] : pairs) {
        const float* a = projections.row(i, row).data();
        const float* b = projections.row(k, row).data();
        for (std::int64_t j = 0; j < cols; ++j) whole += double(a[j]) * a[j] + double(b[j]) * b[j];
        for (std::int64_t j = jLo; j <= jHi; ++j) {
            const double va = (1 - delta) * a[j] + delta * a[j + 1];
            const std::int64_t jm = twoCi - j;
            const double vb = (1 - delta) * b[jm] + delta * b[jm + 1];
            sd += (va - vb) * (va - vb);
            sa += va, saa += va * va, sb += vb, sbb += vb * vb;
            ++n;
        }
    }
    const double nn = double(n);
    const double var = (saa - sa * sa / nn) / nn + (sbb - sb * sb / nn) / nn;
    // An overlap without structure (air on both sides) matches trivially and says nothing about the axis.
    const double scale = whole / double(2 * cols * std::int64_t(pairs.size()));
    if (!(var > 1e-4 * scale) || !(scale > 0)) return std::numeric_limits<double>::infinity();
    return sd / nn / var;
}

double findCenter360(const ImageStack& projections, const std::vector<double>& anglesDeg,
                     const std::vector<std::int64_t>& rows, const Center360Options& options)
{
    const std::int64_t cols = projections.cols();
    const std::int64_t minOverlap = resolvedMinOverlap(options.minOverlap, cols);
    if (cols < minOverlap + 2) throw Error("findCenter360: detector narrower than the minimum overlap");
    // Overlap ≈ cols − |2c − (cols − 1)|: the candidates keep at least minOverlap columns.
    const double lo = options.searchMin >= 0 ? options.searchMin : (double(minOverlap) + 1) / 2;
    const double hi = options.searchMax >= 0 ? options.searchMax : double(cols - 1) - (double(minOverlap) + 1) / 2;
    std::vector<std::int64_t> useRows = rows;
    if (useRows.empty()) useRows.push_back(projections.rows() / 2);

    std::vector<double> found;
    for (const std::int64_t row : useRows) {
        auto metric = [&](double c) { return centerMetric360(projections, anglesDeg, row, c, minOverlap); };
        auto search = [&](double from, double to, double step) {
            double best = from, bestScore = std::numeric_limits<double>::infinity();
            for (double c = from; c <= to + 1e-9; c += step) {
                const double s = metric(c);
                if (s < bestScore) bestScore = s, best = c;
            }
            return best;
        };
        const double coarse = search(lo, hi, options.coarseStep);
        if (!std::isfinite(metric(coarse))) continue;  // a row without structure in any overlap
        const double fineLo = std::max(lo, coarse - options.fineRadius), fineHi = std::min(hi, coarse + options.fineRadius);
        double c = search(fineLo, fineHi, options.fineStep);
        // Parabola through the minimum and its neighbours.
        const double h = options.fineStep;
        const double f0 = metric(c - h), f1 = metric(c), f2 = metric(c + h);
        const double denom = f0 - 2 * f1 + f2;
        if (std::isfinite(denom) && denom > 0) c += std::clamp(0.5 * h * (f0 - f2) / denom, -h, h);
        found.push_back(c);
    }
    if (found.empty()) throw Error("findCenter360: no detector row with structure to match");
    std::sort(found.begin(), found.end());
    const std::size_t m = found.size() / 2;
    return found.size() % 2 ? found[m] : 0.5 * (found[m - 1] + found[m]);
}

}  // namespace xrs::ct
