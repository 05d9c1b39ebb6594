// ct/Backproject: the CPU backprojector (see Backproject.h for the geometry).
#include "ct/Backproject.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numbers>
#include <string>

#include "core/Error.h"
#include "core/ThreadPool.h"
#include "ct/Phantom.h"

namespace xrs::ct {

namespace {
constexpr std::int64_t kRowsPerBlock = 16;
constexpr std::int64_t kGuard = 2;  // zeros on each side of a padded detector row
}  // namespace

ImageStack backproject(const ImageStack& filtered, const BackprojectOptions& options, const Progress& progress)
{
    const std::int64_t nAngles = filtered.frames(), slices = filtered.rows(), cols = filtered.cols();
    if (filtered.empty()) throw Error("backproject: empty sinogram");
    const auto angles = options.anglesDeg.empty() ? evenAngles(nAngles) : options.anglesDeg;
    if (std::int64_t(angles.size()) != nAngles)
        throw Error("backproject: " + std::to_string(angles.size()) + " angles for " + std::to_string(nAngles) +
                    " projections");
    const std::int64_t n = options.outputSize > 0 ? options.outputSize : cols;
    const double center = options.center < 0 ? (double(cols) - 1.0) / 2.0 : options.center;
    const double half = (double(n) - 1.0) / 2.0;

    // Per angle: the column read by pixel (r, c) is j0 + r·rowStep + c·colStep (no trig per pixel).
    const auto count = static_cast<std::size_t>(nAngles);
    std::vector<double> colStep(count), rowStep(count), base(count);
    for (std::int64_t a = 0; a < nAngles; ++a) {
        const double th = angles[std::size_t(a)] * std::numbers::pi / 180.0;
        const double ct = std::cos(th), st = std::sin(th);
        colStep[std::size_t(a)] = ct;
        rowStep[std::size_t(a)] = -st;
        base[std::size_t(a)] = center - half * ct + half * st;
    }
    const float scale = float(std::numbers::pi / double(nAngles));
    const std::int64_t width = cols + 2 * kGuard;
    const float tMin = -1.0f, tMax = float(cols);  // clamped positions read only guard zeros

    ImageStack out(Shape{slices, n, n});
    const std::int64_t blocks = (n + kRowsPerBlock - 1) / kRowsPerBlock;
    std::atomic<std::int64_t> done{0};
    ThreadPool::global().parallelFor(slices * blocks, [&](std::int64_t i0, std::int64_t i1) {
        std::vector<float> rows;  // the slice's detector rows with zero guards, all angles
        std::int64_t loadedSlice = -1;
        for (std::int64_t item = i0; item < i1; ++item) {
            progress.throwIfStopped();
            const std::int64_t slice = item / blocks, r0 = (item % blocks) * kRowsPerBlock;
            const std::int64_t r1 = std::min(n, r0 + kRowsPerBlock);
            if (slice != loadedSlice) {
                rows.assign(std::size_t(nAngles * width), 0.0f);
                for (std::int64_t a = 0; a < nAngles; ++a) {
                    const auto in = filtered.row(a, slice);
                    std::copy(in.begin(), in.end(), rows.begin() + a * width + kGuard);
                }
                loadedSlice = slice;
            }
            for (std::int64_t r = r0; r < r1; ++r) {
                float* dst = out.row(slice, r).data();
                for (std::int64_t a = 0; a < nAngles; ++a) {
                    const float* src = rows.data() + a * width + kGuard;
                    const float j0 = float(base[std::size_t(a)] + double(r) * rowStep[std::size_t(a)]);
                    const float step = float(colStep[std::size_t(a)]);
                    for (std::int64_t c = 0; c < n; ++c) {
                        const float t = std::clamp(j0 + float(c) * step, tMin, tMax);
                        const float fl = std::floor(t);
                        const auto i = std::int64_t(fl);
                        const float w = t - fl;
                        dst[c] += src[i] + w * (src[i + 1] - src[i]);
                    }
                }
                for (std::int64_t c = 0; c < n; ++c) dst[c] *= scale;
            }
            progress.report(double(++done) / double(slices * blocks), "backprojecting");
        }
    });
    return out;
}

}  // namespace xrs::ct
