#pragma once
// metrics/Ssim: the structural similarity index (Wang et al. 2004) with scikit-image's `structural_similarity`
// semantics (0.19): local means, variances and covariance from a uniform or Gaussian window, K1 = 0.01, K2 = 0.03,
// and the mean of the SSIM map over the pixels whose window lies inside the image ((win − 1)/2 cropped at each edge).
// Separable filters in double precision, parallel over rows.
#include <cstdint>
#include <span>

namespace xrs::metrics {

enum class SsimWindow {
    Uniform,   // skimage default: 7×7 box, sample covariance (N/(N−1) correction)
    Gaussian,  // Wang et al.: σ = 1.5 truncated at 3.5σ → 11×11, population covariance
};

struct SsimParams {
    SsimWindow window = SsimWindow::Uniform;
    double dataRange = 1.0;  // L in C1 = (K1·L)², C2 = (K2·L)²
    double k1 = 0.01, k2 = 0.03;
    int winSize = 7;     // uniform window side (odd)
    double sigma = 1.5;  // Gaussian window (its side is 2·int(3.5σ + 0.5) + 1, as skimage)
    // Mirrors skimage's use_sample_covariance: on for the uniform window, off for the Gaussian one (the brief's
    // "Wang" setting gaussian_weights=True, use_sample_covariance=False).
    bool sampleCovariance() const { return window == SsimWindow::Uniform; }
    int side() const;  // window side in pixels
};

// Mean SSIM of two row-major rows×cols images. Throws xrs::Error when the image is smaller than the window or the
// spans do not hold rows·cols values. parallel: split rows over the global ThreadPool (do not call from a pool task).
double ssim(std::span<const double> x, std::span<const double> y, std::int64_t rows, std::int64_t cols,
            const SsimParams& params = {}, bool parallel = true);

}  // namespace xrs::metrics
