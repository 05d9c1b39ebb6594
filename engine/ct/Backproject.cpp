// ct/Backproject: the CPU backprojector (see Backproject.h for the geometry).
#include "ct/Backproject.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numbers>
#include <string>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define XRS_BP_AVX2 1  // an AVX2 path chosen at run time; other targets use the portable loop
#endif

#include "core/Devices.h"
#include "core/Error.h"
#include "core/Half.h"
#include "core/ThreadPool.h"
#include "ct/Phantom.h"
#ifdef XRS_WITH_CUDA
#include "ct/cuda/BackprojectCuda.h"
#endif

namespace xrs::ct {

namespace {
constexpr std::int64_t kRowsPerBlock = 16;
constexpr std::int64_t kGuard = 2;  // zeros on each side of a padded detector row

// The inner loop: adds one angle's linearly interpolated detector row to one slice row. The detector position is
// t = j0 + c·step as before; u = t + 1 is clamped to [0, uMax], so it is never negative and truncation is floor
// (vectorisable, unlike std::floor without SSE4.1); src points one sample before column 0.
void addInterpolatedRow(float* __restrict dst, const float* __restrict src, float j0, float step, float uMax,
                        std::int64_t c, std::int64_t n)
{
    for (; c < n; ++c) {
        const float u = std::clamp((j0 + float(c) * step) + 1.0f, 0.0f, uMax);
        const auto i = static_cast<std::int32_t>(u);
        const float w = u - float(i);
        dst[c] += src[i] + w * (src[i + 1] - src[i]);
    }
}

#ifdef XRS_BP_AVX2
// The same with AVX2 gathers, 8 pixels at a time, the same operations in the same order (no FMA, so the rounding
// matches the scalar loop). GCC 12 did not vectorise the scalar loop even in an avx2 clone, hence the intrinsics.
__attribute__((target("avx2"))) void addInterpolatedRowAvx2(float* __restrict dst, const float* __restrict src,
                                                            float j0, float step, float uMax, std::int64_t n)
{
    const __m256 lane = _mm256_setr_ps(0, 1, 2, 3, 4, 5, 6, 7);
    const __m256 vj0 = _mm256_set1_ps(j0), vstep = _mm256_set1_ps(step), one = _mm256_set1_ps(1.0f);
    const __m256 zero = _mm256_setzero_ps(), vmax = _mm256_set1_ps(uMax);
    std::int64_t c = 0;
    for (; c + 8 <= n; c += 8) {
        const __m256 cf = _mm256_add_ps(_mm256_set1_ps(float(c)), lane);  // exact: c < 2^24
        const __m256 t = _mm256_add_ps(vj0, _mm256_mul_ps(cf, vstep));
        const __m256 u = _mm256_min_ps(_mm256_max_ps(_mm256_add_ps(t, one), zero), vmax);
        const __m256i i = _mm256_cvttps_epi32(u);
        const __m256 w = _mm256_sub_ps(u, _mm256_cvtepi32_ps(i));
        const __m256 a = _mm256_i32gather_ps(src, i, 4), b = _mm256_i32gather_ps(src + 1, i, 4);
        const __m256 v = _mm256_add_ps(a, _mm256_mul_ps(w, _mm256_sub_ps(b, a)));
        _mm256_storeu_ps(dst + c, _mm256_add_ps(_mm256_loadu_ps(dst + c), v));
    }
    addInterpolatedRow(dst, src, j0, step, uMax, c, n);  // the last n mod 8 pixels
}
#endif

// Per angle: the column read by pixel (r, c) is base + r·rowStep + c·colStep (no trig per pixel). Shared by the CPU
// and CUDA paths so their geometry cannot drift apart.
struct AngleTables {
    std::int64_t n = 0;
    std::vector<double> colStep, rowStep, base;
    float scale = 1.0f;
};

AngleTables angleTables(const ImageStack& filtered, const BackprojectOptions& options)
{
    const std::int64_t nAngles = filtered.frames(), cols = filtered.cols();
    if (filtered.empty()) throw Error("backproject: empty sinogram");
    const auto angles = options.anglesDeg.empty() ? evenAngles(nAngles) : options.anglesDeg;
    if (std::int64_t(angles.size()) != nAngles)
        throw Error("backproject: " + std::to_string(angles.size()) + " angles for " + std::to_string(nAngles) +
                    " projections");
    AngleTables t;
    t.n = options.outputSize > 0 ? options.outputSize : cols;
    const double center = options.center < 0 ? (double(cols) - 1.0) / 2.0 : options.center;
    const double half = (double(t.n) - 1.0) / 2.0;
    const auto count = static_cast<std::size_t>(nAngles);
    t.colStep.resize(count);
    t.rowStep.resize(count);
    t.base.resize(count);
    for (std::int64_t a = 0; a < nAngles; ++a) {
        const double th = angles[std::size_t(a)] * std::numbers::pi / 180.0;
        const double ct = std::cos(th), st = std::sin(th);
        t.colStep[std::size_t(a)] = ct;
        t.rowStep[std::size_t(a)] = -st;
        t.base[std::size_t(a)] = center - half * ct + half * st;
    }
    t.scale = float(std::numbers::pi / double(nAngles));
    return t;
}
}  // namespace

ImageStack backproject(const ImageStack& filtered, const BackprojectOptions& options, const Progress& progress)
{
    const std::int64_t nAngles = filtered.frames(), slices = filtered.rows(), cols = filtered.cols();
    const AngleTables tables = angleTables(filtered, options);
    const std::int64_t n = tables.n;
    const std::vector<double>&colStep = tables.colStep, &rowStep = tables.rowStep, &base = tables.base;
    const float scale = tables.scale;
    const std::int64_t width = cols + 2 * kGuard;
    const float uMax = float(cols) + 1.0f;  // u = position + 1 in [0, cols + 1]: clamps read only guard zeros

#ifdef XRS_BP_AVX2
    static const bool avx2 = __builtin_cpu_supports("avx2");  // checked once; the baseline build is x86-64 (SSE2)
#endif

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
                    const auto to = rows.begin() + a * width + kGuard;
                    if (options.halfStorage)
                        std::transform(in.begin(), in.end(), to, roundToHalf);
                    else
                        std::copy(in.begin(), in.end(), to);
                }
                loadedSlice = slice;
            }
            // Angles outside, rows of the block inside: the block's slice rows (16 · n floats) stay in L2 and one
            // detector row in L1, instead of streaming every angle's row (angles · cols floats) once per slice row.
            // Each pixel still sums its angles in the same order.
            for (std::int64_t a = 0; a < nAngles; ++a) {
                const float* src = rows.data() + a * width + kGuard - 1;  // src[u] = column u − 1
                const float step = float(colStep[std::size_t(a)]);
                for (std::int64_t r = r0; r < r1; ++r) {
                    const float j0 = float(base[std::size_t(a)] + double(r) * rowStep[std::size_t(a)]);
                    float* dst = out.row(slice, r).data();
#ifdef XRS_BP_AVX2
                    if (avx2) {
                        addInterpolatedRowAvx2(dst, src, j0, step, uMax, n);
                        continue;
                    }
#endif
                    addInterpolatedRow(dst, src, j0, step, uMax, 0, n);
                }
            }
            for (std::int64_t r = r0; r < r1; ++r)
                for (float& v : out.row(slice, r)) v *= scale;
            progress.report(double(++done) / double(slices * blocks), "backprojecting");
        }
    });
    return out;
}

std::string cudaBackprojectUnavailable(int device)
{
#ifdef XRS_WITH_CUDA
    const DeviceReport report = queryDevices(false);
    for (const auto& d : report.cuda)
        if (d.index == device) return {};
    if (!report.cuda.empty()) return "no CUDA device " + std::to_string(device) + ": " + report.cudaStatus;
    // cudaStatus reads "no CUDA device (<the runtime's reason>)": keep the reason, in the engine's usual form.
    std::string reason = report.cudaStatus;
    const std::string prefix = "no CUDA device (";
    if (reason.rfind(prefix, 0) == 0 && reason.size() > prefix.size() && reason.back() == ')')
        reason = reason.substr(prefix.size(), reason.size() - prefix.size() - 1);
    return "no CUDA device: " + reason;
#else
    (void)device;
    return "no CUDA device: engine built without CUDA";
#endif
}

ImageStack backprojectCuda(const ImageStack& filtered, const BackprojectOptions& options,
                           const CudaBackprojectOptions& cudaOptions, CudaBackprojectTiming* timing)
{
#ifdef XRS_WITH_CUDA
    const AngleTables tables = angleTables(filtered, options);
    if (const std::string reason = cudaBackprojectUnavailable(cudaOptions.device); !reason.empty())
        throw Error("CUDA backprojection: " + reason);
    const std::int64_t nAngles = filtered.frames(), slices = filtered.rows(), cols = filtered.cols(), n = tables.n;
    constexpr std::int64_t kIntMax = 0x7fffffff;
    if (slices > kIntMax || nAngles > kIntMax || cols > kIntMax || n > 65535 * 32)
        throw Error("CUDA backprojection: sinogram or slice too large");

    // (angles, slices, cols) → one contiguous sinogram per slice, the kernel's layout; as half bits when asked.
    std::vector<float> sinograms;
    std::vector<std::uint16_t> halfSinograms;
    if (options.halfStorage)
        halfSinograms.resize(std::size_t(slices * nAngles * cols));
    else
        sinograms.resize(std::size_t(slices * nAngles * cols));
    for (std::int64_t s = 0; s < slices; ++s)
        for (std::int64_t a = 0; a < nAngles; ++a) {
            const auto in = filtered.row(a, s);
            const auto offset = (s * nAngles + a) * cols;
            if (options.halfStorage)
                std::transform(in.begin(), in.end(), halfSinograms.begin() + offset, floatToHalfBits);
            else
                std::copy(in.begin(), in.end(), sinograms.begin() + offset);
        }
    std::vector<float> slicesOut(std::size_t(slices * n * n));

    cuda::BackprojectJob job;
    job.sinograms = options.halfStorage ? nullptr : sinograms.data();
    job.halfSinograms = options.halfStorage ? halfSinograms.data() : nullptr;
    job.output = slicesOut.data();
    job.slices = int(slices);
    job.angles = int(nAngles);
    job.cols = int(cols);
    job.n = int(n);
    job.base = tables.base;
    job.rowStep = tables.rowStep;
    job.colStep.reserve(tables.colStep.size());
    for (double c : tables.colStep) job.colStep.push_back(float(c));  // the CPU's float step
    job.scale = tables.scale;
    job.pinnedStaging = cudaOptions.pinnedStaging;
    job.deviceBudget = cudaOptions.deviceBudget;
    job.streams = cudaOptions.streams;
    cuda::BackprojectStats stats;
    std::string error;
    if (!cuda::backprojectOnDevice(cudaOptions.device, job, &stats, &error))
        throw Error("CUDA backprojection: " + error);
    if (timing) *timing = {stats.kernelSeconds, stats.totalSeconds, stats.batches, stats.streams};

    ImageStack out(Shape{slices, n, n});
    for (std::int64_t s = 0; s < slices; ++s)
        for (std::int64_t r = 0; r < n; ++r) {
            const float* src = slicesOut.data() + (s * n + r) * n;
            std::copy(src, src + n, out.row(s, r).begin());
        }
    return out;
#else
    (void)filtered;
    (void)options;
    (void)timing;
    throw Error("CUDA backprojection: " + cudaBackprojectUnavailable(cudaOptions.device));
#endif
}

ImageStack backprojectOn(ComputeDevice device, const ImageStack& filtered, const BackprojectOptions& options,
                         const Progress& progress, int cudaDevice)
{
    if (device == ComputeDevice::Cuda) {
        progress.throwIfStopped();
        CudaBackprojectOptions cudaOptions;
        cudaOptions.device = cudaDevice;
        auto out = backprojectCuda(filtered, options, cudaOptions);
        progress.report(1.0, "backprojecting");
        return out;
    }
    return backproject(filtered, options, progress);
}

}  // namespace xrs::ct
