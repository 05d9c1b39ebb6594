#include "fusion/SyntheticVideo.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>
#include <vector>

#include "core/Error.h"
#include "core/ThreadPool.h"

namespace xrs::fusion {

namespace {
// Coverage of a pixel by a region whose signed distance (pixels, negative inside) is d: a one-pixel ramp keeps
// edges sharp but not aliased.
float inside(double d) { return float(std::clamp(0.5 - d, 0.0, 1.0)); }

struct Pore {
    double birth, x, y, radius, vx, vy;
};
}  // namespace

ImageStack makeMeltPoolVideo(const VideoParams& p, const Progress& progress)
{
    if (p.frames <= 0 || p.rows < 8 || p.cols < 8) throw Error("synthetic video: needs frames > 0 and at least 8×8 pixels");
    std::mt19937_64 rng(p.seed);
    std::uniform_real_distribution<double> U(0.0, 1.0);
    const double W = double(p.cols), H = double(p.rows), scale = W / 256.0;

    // Static texture of the solid: a few random sinusoids plus fine grain.
    struct Wave { double kx, ky, phase, amp; };
    std::vector<Wave> waves;
    for (int i = 0; i < 12; ++i) {
        const double k = (0.02 + 0.25 * U(rng)) / scale, a = 2.0 * std::numbers::pi * U(rng);
        waves.push_back({k * std::cos(a), k * std::sin(a), 2.0 * std::numbers::pi * U(rng), 0.012 + 0.02 * U(rng)});
    }
    std::vector<float> grain(std::size_t(p.rows * p.cols));
    std::normal_distribution<double> N(0.0, 0.015);
    for (auto& g : grain) g = float(N(rng));

    std::vector<Pore> pores;
    const double travel = 0.6 * W;
    for (int i = 0; i < 6 + int(p.frames / 8); ++i)
        pores.push_back({U(rng) * double(p.frames), 0.0, 0.0, (1.5 + 3.0 * U(rng)) * scale, (U(rng) - 0.5) * 0.6 * scale,
                         (0.1 + 0.3 * U(rng)) * scale});

    const double surface = 0.3 * H;  // solid below this row
    ImageStack v(Shape{p.frames, p.rows, p.cols});
    ThreadPool::global().parallelFor(p.frames, [&](std::int64_t f0, std::int64_t f1) {
        for (std::int64_t f = f0; f < f1; ++f) {
            progress.throwIfStopped();
            const double t = double(f);
            const double kx = 0.2 * W + std::fmod(p.speed * scale * t, travel);              // keyhole x
            const double depth = (0.18 + 0.06 * std::sin(0.7 * t) + 0.03 * std::sin(2.3 * t + 1.0)) * H;
            const double kw = (5.0 + 1.5 * std::sin(1.3 * t)) * scale;                      // keyhole half width
            const double poolA = 0.12 * W + 0.02 * W * std::sin(0.31 * t), poolB = 0.75 * depth + 0.1 * H;
            for (std::int64_t r = 0; r < p.rows; ++r) {
                auto row = v.row(f, r);
                const double y = double(r) + 0.5;
                for (std::int64_t c = 0; c < p.cols; ++c) {
                    const double x = double(c) + 0.5;
                    // Air above the wavy surface, solid below.
                    const double surf = surface + 2.0 * scale * std::sin(x * 0.05 / scale + 0.2 * t);
                    double tex = grain[std::size_t(r * p.cols + c)];
                    for (const auto& w : waves) tex += w.amp * std::sin(w.kx * x + w.ky * y + w.phase);
                    const float solid = inside(surf - y);
                    double val = 0.82 * (1.0f - solid) + (0.32 + tex) * solid;
                    // Melt pool: a half-ellipse trailing the keyhole, slightly more transmissive than the solid.
                    const double ex = (x - (kx - 0.5 * poolA)) / poolA, ey = (y - surf) / poolB;
                    const double pool = std::sqrt(ex * ex + ey * ey);
                    val += 0.08 * inside((pool - 1.0) * std::min(poolA, poolB)) * solid;
                    // Keyhole: a narrow vapour depression, bright.
                    const double dx = std::abs(x - kx) - kw * std::sqrt(std::max(0.0, 1.0 - (y - surf) / depth));
                    if (y > surf - 2 && y < surf + depth + 2) val += 0.4 * inside(std::max(dx, y - (surf + depth))) * solid;
                    row[std::size_t(c)] = float(val);
                }
            }
            // Pores: born at the keyhole tip, drifting up and back; bright discs.
            for (const auto& pr : pores) {
                if (t < pr.birth) continue;
                const double age = t - pr.birth;
                const double bx = 0.2 * W + std::fmod(p.speed * scale * pr.birth, travel);
                const double px = bx + pr.vx * age, py = surface + 0.2 * H - pr.vy * age + 0.1 * H * std::sin(pr.birth);
                if (py < surface + pr.radius) continue;  // escaped through the surface
                const auto r0 = std::max<std::int64_t>(0, std::int64_t(py - pr.radius - 2));
                const auto r1 = std::min<std::int64_t>(p.rows, std::int64_t(py + pr.radius + 3));
                const auto c0 = std::max<std::int64_t>(0, std::int64_t(px - pr.radius - 2));
                const auto c1 = std::min<std::int64_t>(p.cols, std::int64_t(px + pr.radius + 3));
                for (std::int64_t r = r0; r < r1; ++r)
                    for (std::int64_t c = c0; c < c1; ++c) {
                        const double d = std::hypot(double(c) + 0.5 - px, double(r) + 0.5 - py) - pr.radius;
                        v.at(f, r, c) += 0.3f * inside(d);
                    }
            }
            for (std::int64_t r = 0; r < p.rows; ++r)
                for (auto& x : v.row(f, r)) x = std::clamp(x, 0.0f, 1.0f);
        }
    });
    v.addProvenance("synthetic melt-pool video " + v.shape().str() + " seed " + std::to_string(p.seed));
    progress.report(1.0, "synthetic video");
    return v;
}

ImageStack binFrames(const ImageStack& s, int k)
{
    if (k < 1) throw Error("binning factor must be at least 1");
    const std::int64_t rows = s.rows() / k, cols = s.cols() / k;
    if (rows == 0 || cols == 0) throw Error("binning " + std::to_string(k) + "×: frames of " + s.shape().str() + " are too small");
    ImageStack out(Shape{s.frames(), rows, cols});
    out.copyAttributes(s.info());
    const float norm = 1.0f / float(k * k);
    ThreadPool::global().parallelFor(s.frames(), [&](std::int64_t f0, std::int64_t f1) {
        for (std::int64_t f = f0; f < f1; ++f)
            for (std::int64_t r = 0; r < rows; ++r) {
                auto o = out.row(f, r);
                for (int dr = 0; dr < k; ++dr) {
                    const auto in = s.row(f, r * k + dr);
                    for (std::int64_t c = 0; c < cols; ++c)
                        for (int dc = 0; dc < k; ++dc) o[std::size_t(c)] += in[std::size_t(c * k + dc)];
                }
                for (auto& x : o) x *= norm;
            }
    });
    out.info().spacing.x *= k;
    out.info().spacing.y *= k;
    out.addProvenance(std::to_string(k) + "×" + std::to_string(k) + " binning");
    return out;
}

ImageStack everyNthFrame(const ImageStack& s, std::int64_t delta, std::int64_t offset)
{
    if (delta < 1 || offset < 0) throw Error("frame step must be at least 1 and the offset not negative");
    const std::int64_t n = offset < s.frames() ? (s.frames() - offset + delta - 1) / delta : 0;
    ImageStack out(Shape{n, s.rows(), s.cols()});
    out.copyAttributes(s.info());
    out.info().spacing.z *= double(delta);
    for (std::int64_t i = 0; i < n; ++i)
        for (std::int64_t r = 0; r < s.rows(); ++r) std::ranges::copy(s.row(offset + i * delta, r), out.row(i, r).begin());
    out.addProvenance("every " + std::to_string(delta) + "th frame from " + std::to_string(offset));
    return out;
}

}  // namespace xrs::fusion
