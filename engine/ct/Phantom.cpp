#include "ct/Phantom.h"

#include <cmath>
#include <numbers>
#include <random>

#include "core/Error.h"
#include "core/ThreadPool.h"

namespace xrs::ct {

namespace {
constexpr double kDeg = std::numbers::pi / 180.0;

struct Ellipse {
    double density, a, b, x0, y0, cosPhi, sinPhi, phi;
};

// The ellipses cut from the ellipsoids at height z.
std::vector<Ellipse> sliceAt(const std::vector<Ellipsoid>& phantom, double z)
{
    std::vector<Ellipse> out;
    for (const auto& e : phantom) {
        const double t = (z - e.z0) / e.c;
        if (t * t >= 1.0) continue;
        const double s = std::sqrt(1.0 - t * t);
        const double phi = e.phiDeg * kDeg;
        out.push_back({e.density, e.a * s, e.b * s, e.x0, e.y0, std::cos(phi), std::sin(phi), phi});
    }
    return out;
}

double sliceZ(std::int64_t row, std::int64_t rows) { return 1.0 - (2.0 * double(row) + 1.0) / double(rows); }
}  // namespace

std::vector<Ellipsoid> sheppLogan3D()
{
    return {
        {1.0, 0.6900, 0.920, 0.810, 0.0, 0.0, 0.0, 0.0},       {-0.8, 0.6624, 0.874, 0.780, 0.0, -0.0184, 0.0, 0.0},
        {-0.2, 0.1100, 0.310, 0.220, 0.22, 0.0, 0.0, -18.0},   {-0.2, 0.1600, 0.410, 0.280, -0.22, 0.0, 0.0, 18.0},
        {0.1, 0.2100, 0.250, 0.410, 0.0, 0.35, -0.15, 0.0},    {0.1, 0.0460, 0.046, 0.050, 0.0, 0.1, 0.25, 0.0},
        {0.1, 0.0460, 0.046, 0.050, 0.0, -0.1, 0.25, 0.0},     {0.1, 0.0460, 0.023, 0.050, -0.08, -0.605, 0.0, 0.0},
        {0.1, 0.0230, 0.023, 0.020, 0.0, -0.606, 0.0, 0.0},    {0.1, 0.0230, 0.046, 0.020, 0.06, -0.605, 0.0, 0.0},
    };
}

std::vector<double> evenAngles(std::int64_t count, double spanDeg)
{
    std::vector<double> a(std::size_t(std::max<std::int64_t>(count, 0)));
    for (std::size_t i = 0; i < a.size(); ++i) a[i] = double(i) * spanDeg / double(count);
    return a;
}

ImageStack projectPhantom(const std::vector<Ellipsoid>& phantom, const ParallelGeometry& g, const Progress& progress)
{
    if (g.cols <= 0 || g.rows <= 0 || g.anglesDeg.empty()) throw Error("projectPhantom: empty geometry");
    const auto nAngles = std::int64_t(g.anglesDeg.size());
    ImageStack p(Shape{nAngles, g.rows, g.cols});
    const double center = g.resolvedCenter(), R = g.resolvedRadius();
    ThreadPool::global().parallelFor(g.rows, [&](std::int64_t r0, std::int64_t r1) {
        for (std::int64_t row = r0; row < r1; ++row) {
            progress.throwIfStopped();
            const auto ellipses = sliceAt(phantom, sliceZ(row, g.rows));
            for (std::int64_t ai = 0; ai < nAngles; ++ai) {
                const double th = g.anglesDeg[std::size_t(ai)] * kDeg;
                const double ct = std::cos(th), st = std::sin(th);
                auto out = p.row(ai, row);
                for (const auto& e : ellipses) {
                    const double gamma = th - e.phi;
                    const double a2 = e.a * e.a * std::cos(gamma) * std::cos(gamma) + e.b * e.b * std::sin(gamma) * std::sin(gamma);
                    const double s0 = e.x0 * ct + e.y0 * st;
                    for (std::int64_t j = 0; j < g.cols; ++j) {
                        const double s = (double(j) - center) / R - s0;
                        if (s * s < a2) out[std::size_t(j)] += float(2.0 * e.density * e.a * e.b * std::sqrt(a2 - s * s) / a2 * R);
                    }
                }
            }
        }
    });
    progress.report(1.0, "projected phantom");
    return p;
}

ImageStack samplePhantom(const std::vector<Ellipsoid>& phantom, std::int64_t rows, std::int64_t n, double radius)
{
    const double R = radius < 0 ? double(n) / 2.0 : radius;
    ImageStack v(Shape{rows, n, n});
    ThreadPool::global().parallelFor(rows, [&](std::int64_t r0, std::int64_t r1) {
        for (std::int64_t slice = r0; slice < r1; ++slice) {
            const auto ellipses = sliceAt(phantom, sliceZ(slice, rows));
            for (std::int64_t r = 0; r < n; ++r) {
                const double y = ((double(n) - 1.0) / 2.0 - double(r)) / R;
                auto out = v.row(slice, r);
                for (std::int64_t c = 0; c < n; ++c) {
                    const double x = (double(c) - (double(n) - 1.0) / 2.0) / R;
                    double sum = 0.0;
                    for (const auto& e : ellipses) {
                        const double dx = x - e.x0, dy = y - e.y0;
                        const double u = dx * e.cosPhi + dy * e.sinPhi, w = -dx * e.sinPhi + dy * e.cosPhi;
                        if ((u * u) / (e.a * e.a) + (w * w) / (e.b * e.b) <= 1.0) sum += e.density;
                    }
                    out[std::size_t(c)] = float(sum);
                }
            }
        }
    });
    return v;
}

SimulatedScan simulateScan(const std::vector<Ellipsoid>& phantom, const ParallelGeometry& g, const ScanSimulation& sim,
                           const Progress& progress)
{
    SimulatedScan scan;
    scan.anglesDeg = g.anglesDeg;
    scan.muPerPixel = sim.muPerPixel < 0 ? 2.0 / double(g.cols) : sim.muPerPixel;
    scan.projections = projectPhantom(phantom, g, progress.sub(0.0, 0.6));
    auto counts = [&](double mean, std::mt19937_64& rng) {
        if (!sim.poisson) return float(mean);
        return float(std::poisson_distribution<std::int64_t>(mean)(rng));
    };
    // One generator per frame, seeded from (seed, stream, frame), so the result does not depend on thread count.
    auto fill = [&](ImageStack& s, std::uint64_t stream, auto&& meanOf) {
        ThreadPool::global().parallelFor(s.frames(), [&](std::int64_t f0, std::int64_t f1) {
            for (std::int64_t f = f0; f < f1; ++f) {
                std::mt19937_64 rng(sim.seed * 0x9E3779B97F4A7C15ull + stream * 1000003ull + std::uint64_t(f));
                for (std::int64_t r = 0; r < s.rows(); ++r)
                    for (auto& v : s.row(f, r)) v = counts(meanOf(v), rng);
            }
        });
    };
    fill(scan.projections, 1, [&](float line) { return sim.darkCounts + sim.flatCounts * std::exp(-double(line) * scan.muPerPixel); });
    scan.flats = ImageStack(Shape{sim.flats, g.rows, g.cols});
    fill(scan.flats, 2, [&](float) { return sim.darkCounts + sim.flatCounts; });
    scan.darks = ImageStack(Shape{sim.darks, g.rows, g.cols});
    fill(scan.darks, 3, [&](float) { return sim.darkCounts; });
    for (auto* s : {&scan.projections, &scan.flats, &scan.darks}) {
        s->info().sourceType = DType::UInt16;
        s->addProvenance("simulated parallel-beam scan of the 3D Shepp-Logan phantom (seed " + std::to_string(sim.seed) + ")");
    }
    progress.report(1.0, "simulated scan");
    return scan;
}

}  // namespace xrs::ct
