#pragma once
// metrics/Metrics: image quality figures between a result and a reference — MSE, PSNR, AAD (mean absolute
// difference) — on float data or in the 8-bit convention (clamp to [0, 1], ×255, round), per frame with an optional
// border crop, plus the summary statistics used for box plots. SSIM (metrics/Ssim, skimage semantics) on request.
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "core/ImageStack.h"
#include "core/Progress.h"

namespace xrs::metrics {

enum class Scale {
    Float,     // values as they are; PSNR peak = dataRange
    EightBit,  // clamp [0,1] → ×255 → round; PSNR peak = 255, AAD in 0–255 units
};

struct Options {
    Scale scale = Scale::Float;
    double dataRange = 1.0;     // PSNR peak for Scale::Float
    int borderCrop = 0;         // pixels ignored at every edge (SSIM: the cropped frame is the image)
    bool ssim = false;          // FrameMetrics::ssim: skimage defaults (7×7 uniform window)
    bool ssimGaussian = false;  // FrameMetrics::ssimGaussian: 11×11 Gaussian window, σ 1.5 (Wang et al.)
};

struct FrameMetrics {
    double mse = 0.0;
    double psnr = 0.0;  // +inf for identical frames
    double aad = 0.0;
    double ssim = std::numeric_limits<double>::quiet_NaN();          // NaN unless Options::ssim
    double ssimGaussian = std::numeric_limits<double>::quiet_NaN();  // NaN unless Options::ssimGaussian
};

// Compares frame f of `result` with frame f of `reference` (shapes must match; xrs::Error otherwise). Runs
// parallel over rows on the global ThreadPool (do not call it from a task of that pool).
FrameMetrics compareFrame(const ImageStack& result, const ImageStack& reference, std::int64_t frame,
                          const Options& opts = {});
// Every frame; parallel over frames, or over rows within a frame when SSIM is on. Checks the stop token per frame.
std::vector<FrameMetrics> compareStacks(const ImageStack& result, const ImageStack& reference, const Options& opts = {},
                                        const Progress& progress = {});

struct Summary {
    double mean = 0, median = 0, q1 = 0, q3 = 0, min = 0, max = 0;
    std::size_t count = 0;
};
// Quartiles by linear interpolation between order statistics (numpy's default).
Summary summarize(std::span<const double> values);

}  // namespace xrs::metrics
