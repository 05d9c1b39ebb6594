// ct/Filters: FBP filter kernels and responses, and FFT filtering of detector rows (see Filters.h).
#include "ct/Filters.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cmath>
#include <numbers>
#include <string>

#include "core/Error.h"
#include "core/ThreadPool.h"

namespace xrs::ct {

namespace {
constexpr double kPi = std::numbers::pi;
constexpr double kPi2 = kPi * kPi;

double ramLak(std::int64_t i)
{
    if (i == 0) return 0.25;
    if (i % 2 == 0) return 0.0;
    return -1.0 / (kPi2 * double(i) * double(i));
}

double sheppLogan(std::int64_t i) { return 2.0 / (kPi2 * (1.0 - 4.0 * double(i) * double(i))); }

// Ram-Lak convolved with [1/4, 1/2, 1/4]: the response ramp · cos²(πf), in closed form.
double chesler(std::int64_t i) { return 0.25 * ramLak(i - 1) + 0.5 * ramLak(i) + 0.25 * ramLak(i + 1); }

double kernelValue(FilterType type, std::int64_t i)
{
    switch (type) {
    case FilterType::SheppLogan: return sheppLogan(i);
    case FilterType::Chesler: return chesler(i);
    default: return ramLak(i);
    }
}

// Window in frequency, f in cycles per pixel, |f| ≤ 1/2.
double window(FilterType type, double f)
{
    const double a = std::abs(f);
    switch (type) {
    case FilterType::Cosine: return std::cos(kPi * a);
    case FilterType::Hamming: return 0.54 + 0.46 * std::cos(2.0 * kPi * a);
    case FilterType::Hann: return 0.5 + 0.5 * std::cos(2.0 * kPi * a);
    case FilterType::Parzen: {
        const double q = 2.0 * a;  // 0 at DC, 1 at Nyquist
        return q <= 0.5 ? 1.0 - 6.0 * q * q * (1.0 - q) : 2.0 * std::pow(1.0 - q, 3.0);
    }
    default: return 1.0;
    }
}

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}
}  // namespace

FilterType parseFilter(std::string_view name)
{
    const auto n = lower(name);
    if (n == "ramlak" || n == "ram-lak" || n == "ramp") return FilterType::RamLak;
    if (n == "shepp-logan" || n == "shepplogan") return FilterType::SheppLogan;
    if (n == "chesler") return FilterType::Chesler;
    if (n == "cosine") return FilterType::Cosine;
    if (n == "hamming") return FilterType::Hamming;
    if (n == "hann" || n == "hanning") return FilterType::Hann;
    if (n == "parzen") return FilterType::Parzen;
    throw Error("unknown FBP filter '" + std::string(name) +
                "' (expected ramlak, shepp-logan, chesler, cosine, hamming, hann or parzen)");
}

std::string_view filterName(FilterType type) noexcept
{
    switch (type) {
    case FilterType::RamLak: return "ramlak";
    case FilterType::SheppLogan: return "shepp-logan";
    case FilterType::Chesler: return "chesler";
    case FilterType::Cosine: return "cosine";
    case FilterType::Hamming: return "hamming";
    case FilterType::Hann: return "hann";
    case FilterType::Parzen: return "parzen";
    }
    return "?";
}

std::vector<double> filterKernel(FilterType type, std::int64_t halfWidth)
{
    std::vector<double> h(static_cast<std::size_t>(2 * std::max<std::int64_t>(halfWidth, 0) + 1));
    for (std::int64_t i = -halfWidth; i <= halfWidth; ++i) h[std::size_t(i + halfWidth)] = kernelValue(type, i);
    return h;
}

std::int64_t paddedLength(std::int64_t cols)
{
    return std::int64_t(cv::getOptimalDFTSize(int(std::max<std::int64_t>(2 * cols, 2))));
}

std::vector<double> filterResponse(FilterType type, std::int64_t padded)
{
    if (padded < 2) throw Error("filterResponse: padded length must be at least 2");
    // Kernel wrapped circularly: bin k holds h(k) for k < P/2 and h(k − P) above, so the response is real and even.
    cv::Mat kernel(1, int(padded), CV_64F);
    for (std::int64_t k = 0; k < padded; ++k)
        kernel.at<double>(0, int(k)) = kernelValue(type, k < padded / 2 ? k : k - padded);
    cv::Mat spectrum;
    cv::dft(kernel, spectrum, cv::DFT_COMPLEX_OUTPUT);
    std::vector<double> response(static_cast<std::size_t>(padded));
    for (std::int64_t k = 0; k < padded; ++k) {
        const double f = double(k <= padded / 2 ? k : k - padded) / double(padded);
        response[std::size_t(k)] = spectrum.at<cv::Vec2d>(0, int(k))[0] * window(type, f);
    }
    return response;
}

ImageStack filterSinogram(const ImageStack& projections, FilterType type, const Progress& progress)
{
    const std::int64_t frames = projections.frames(), rows = projections.rows(), cols = projections.cols();
    ImageStack out = ImageStack::uninitialized(projections.shape());
    out.copyAttributes(projections.info());
    out.info().sourceType = DType::Float32;
    out.info().valueRange.reset();
    if (projections.empty()) return out;
    const std::int64_t padded = paddedLength(cols);
    const auto response = filterResponse(type, padded);
    // Edge padding: the right part of the pad repeats the last value, the left part (which wraps round to the start
    // in the circular convolution) repeats the first.
    const std::int64_t pad = padded - cols, padRight = pad - pad / 2;
    std::atomic<std::int64_t> done{0};
    ThreadPool::global().parallelFor(frames, [&](std::int64_t f0, std::int64_t f1) {
        cv::Mat buffer(int(rows), int(padded), CV_32F), spectrum;
        for (std::int64_t f = f0; f < f1; ++f) {
            progress.throwIfStopped();
            for (std::int64_t r = 0; r < rows; ++r) {
                const auto in = projections.row(f, r);
                auto* b = buffer.ptr<float>(int(r));
                std::copy(in.begin(), in.end(), b);
                std::fill(b + cols, b + cols + padRight, in.back());
                std::fill(b + cols + padRight, b + padded, in.front());
            }
            cv::dft(buffer, spectrum, cv::DFT_ROWS | cv::DFT_COMPLEX_OUTPUT);
            for (int r = 0; r < spectrum.rows; ++r) {
                auto* s = spectrum.ptr<cv::Vec2f>(r);
                for (std::int64_t k = 0; k < padded; ++k) s[k] *= float(response[std::size_t(k)]);
            }
            cv::dft(spectrum, buffer, cv::DFT_ROWS | cv::DFT_INVERSE | cv::DFT_REAL_OUTPUT | cv::DFT_SCALE);
            for (std::int64_t r = 0; r < rows; ++r) {
                const auto* b = buffer.ptr<float>(int(r));
                std::copy(b, b + cols, out.row(f, r).begin());
            }
            progress.report(double(++done) / double(frames), "filtering projections");
        }
    });
    out.addProvenance("FBP filter " + std::string(filterName(type)));
    return out;
}

}  // namespace xrs::ct
