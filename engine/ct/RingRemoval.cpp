// ct/RingRemoval: Vo's sorting, filtering and large-stripe algorithms on one sinogram (angles × cols) and the ring
// spec parser. Sorting each detector column along the angles turns a stripe into a smooth column offset next to
// columns whose sorted profiles are nearly the same, so filtering across the detector removes it without blurring
// the object; the stored order puts the values back.
#include "ct/RingRemoval.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>
#include <vector>

#include <opencv2/core.hpp>

#include "core/Error.h"

namespace xrs::ct {
namespace {

// A sinogram copied out of one frame: n angles × w cols, row-major.
struct Sino {
    int n = 0, w = 0;
    std::vector<float> v;
    float& at(int i, int j) { return v[std::size_t(i) * std::size_t(w) + std::size_t(j)]; }
    float at(int i, int j) const { return v[std::size_t(i) * std::size_t(w) + std::size_t(j)]; }
};

Sino readFrame(const ImageStack& s, std::int64_t f)
{
    Sino out{int(s.rows()), int(s.cols()), {}};
    out.v.resize(std::size_t(out.n) * std::size_t(out.w));
    for (int i = 0; i < out.n; ++i) {
        auto r = s.row(f, i);
        std::copy(r.begin(), r.end(), out.v.begin() + std::ptrdiff_t(i) * out.w);
    }
    return out;
}

void writeFrame(const Sino& in, ImageStack& s, std::int64_t f)
{
    for (int i = 0; i < in.n; ++i) {
        auto r = s.row(f, i);
        std::copy(in.v.begin() + std::ptrdiff_t(i) * in.w, in.v.begin() + std::ptrdiff_t(i + 1) * in.w, r.begin());
    }
}

// Sorts every column along the angles; order.at(i, j) = the angle index of the i-th smallest value of column j.
struct Sorted {
    Sino values;
    std::vector<int> order;
};

Sorted sortColumns(const Sino& s)
{
    Sorted out{s, std::vector<int>(s.v.size())};
    std::vector<int> idx(std::size_t(s.n));
    for (int j = 0; j < s.w; ++j) {
        std::iota(idx.begin(), idx.end(), 0);
        std::stable_sort(idx.begin(), idx.end(), [&](int a, int b) { return s.at(a, j) < s.at(b, j); });
        for (int i = 0; i < s.n; ++i) {
            out.order[std::size_t(i) * std::size_t(s.w) + std::size_t(j)] = idx[std::size_t(i)];
            out.values.at(i, j) = s.at(idx[std::size_t(i)], j);
        }
    }
    return out;
}

Sino unsort(const Sino& sortedValues, const std::vector<int>& order)
{
    Sino out = sortedValues;
    for (int i = 0; i < out.n; ++i)
        for (int j = 0; j < out.w; ++j)
            out.at(order[std::size_t(i) * std::size_t(out.w) + std::size_t(j)], j) = sortedValues.at(i, j);
    return out;
}

// Mirror index (…, 2, 1, 0, 1, 2, …) so the windows at the edges see real data.
int reflect(int j, int w)
{
    if (w == 1) return 0;
    const int period = 2 * (w - 1);
    j %= period;
    if (j < 0) j += period;
    return j < w ? j : period - j;
}

// Median along the detector (within each row) with an odd window.
Sino medianAlongRows(const Sino& s, int size)
{
    Sino out = s;
    const int half = size / 2;
    std::vector<float> window(static_cast<std::size_t>(size));
    for (int i = 0; i < s.n; ++i)
        for (int j = 0; j < s.w; ++j) {
            for (int k = -half; k <= half; ++k) window[std::size_t(k + half)] = s.at(i, reflect(j + k, s.w));
            std::nth_element(window.begin(), window.begin() + half, window.end());
            out.at(i, j) = window[std::size_t(half)];
        }
    return out;
}

void checkSize(int size, const char* what)
{
    if (size < 3 || size % 2 == 0)
        throw Error(std::string("ring removal: ") + what + " window must be odd and >= 3, got " + std::to_string(size));
}

void checkFrame(const ImageStack& s)
{
    if (s.frames() < 1 || s.rows() < 2 || s.cols() < 3)
        throw Error("ring removal: expected sinograms (frames, angles, cols), got " + s.shape().str());
}

void sortingFrame(ImageStack& s, std::int64_t f, int size)
{
    auto sorted = sortColumns(readFrame(s, f));
    writeFrame(unsort(medianAlongRows(sorted.values, size), sorted.order), s, f);
}

void filteringFrame(ImageStack& s, std::int64_t f, double sigma, int size)
{
    auto sorted = sortColumns(readFrame(s, f));
    const int n = sorted.values.n, w = sorted.values.w;
    // Each sorted column, mirrored to 2n values so the circular transform sees no jump from max back to min.
    const int len = 2 * n;
    cv::Mat cols(w, len, CV_32F);
    for (int j = 0; j < w; ++j) {
        float* p = cols.ptr<float>(j);
        for (int i = 0; i < n; ++i) p[i] = p[len - 1 - i] = sorted.values.at(i, j);
    }
    cv::Mat spec;
    cv::dft(cols, spec, cv::DFT_ROWS | cv::DFT_COMPLEX_OUTPUT);
    // sigma is in frequency bins of the n-long column; the mirrored column has twice as many bins.
    const double s2 = 2.0 * sigma;
    std::vector<float> gauss(static_cast<std::size_t>(len));
    for (int k = 0; k < len; ++k) {
        const int kk = k <= len / 2 ? k : k - len;
        gauss[std::size_t(k)] = float(std::exp(-0.5 * kk * kk / (s2 * s2)));
    }
    for (int j = 0; j < w; ++j) {
        auto* p = spec.ptr<cv::Vec2f>(j);
        for (int k = 0; k < len; ++k) p[k] *= gauss[std::size_t(k)];
    }
    cv::Mat low;
    cv::dft(spec, low, cv::DFT_ROWS | cv::DFT_INVERSE | cv::DFT_REAL_OUTPUT | cv::DFT_SCALE);
    Sino smooth = sorted.values;
    for (int j = 0; j < w; ++j) {
        const float* p = low.ptr<float>(j);
        for (int i = 0; i < n; ++i) smooth.at(i, j) = p[i];
    }
    const Sino filtered = medianAlongRows(smooth, size);
    Sino corrected = sorted.values;
    for (std::size_t k = 0; k < corrected.v.size(); ++k) corrected.v[k] += filtered.v[k] - smooth.v[k];
    writeFrame(unsort(corrected, sorted.order), s, f);
}

// Vo's stripe detector: the sorted profile of the deviations has a straight middle part (the noise); values beyond
// its extrapolated ends by more than snr/2 times the spread of that line are stripes.
std::vector<char> detectStripes(const std::vector<double>& deviation, double snr, double scale)
{
    const int n = int(deviation.size());
    std::vector<double> sorted = deviation;
    std::sort(sorted.begin(), sorted.end());
    const int drop = n / 4;
    // Least-squares line through the middle half of the sorted values.
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    int m = 0;
    for (int i = drop; i < n - drop - 1; ++i, ++m) {
        sx += i, sy += sorted[std::size_t(i)], sxx += double(i) * i, sxy += i * sorted[std::size_t(i)];
    }
    double slope = 0, intercept = m > 0 ? sy / m : 0;
    if (m >= 2) {
        const double d = m * sxx - sx * sx;
        if (d != 0) slope = (m * sxy - sx * sy) / d, intercept = (sy - slope * sx) / m;
    }
    const double yEnd = intercept + slope * (n - 1);
    // Floor on the noise level relative to the data, so noise-free data does not turn every rounding into a stripe.
    const double noise = std::max({std::abs(yEnd - intercept), 1e-6, 1e-3 * scale});
    std::vector<char> mask(std::size_t(n), 0);
    if (std::abs(sorted.back() - yEnd) / noise >= snr) {
        const double upper = yEnd + noise * snr * 0.5;
        for (int j = 0; j < n; ++j)
            if (deviation[std::size_t(j)] > upper) mask[std::size_t(j)] = 1;
    }
    if (std::abs(intercept - sorted.front()) / noise >= snr) {
        const double lower = intercept - noise * snr * 0.5;
        for (int j = 0; j < n; ++j)
            if (deviation[std::size_t(j)] <= lower) mask[std::size_t(j)] = 1;
    }
    return mask;
}

void largeFrame(ImageStack& s, std::int64_t f, double snr, int size)
{
    Sino sino = readFrame(s, f);
    const int n = sino.n, w = sino.w;
    auto sorted = sortColumns(sino);
    // Column means over the middle 90 % of the sorted values (drops outliers at both ends), against their
    // median-filtered profile: a median keeps monotone stretches (object edges) and takes out column-sharp steps.
    const int drop = int(0.05 * n);
    const double count = std::max(1, n - 2 * drop);
    Sino profile{1, w, std::vector<float>(static_cast<std::size_t>(w))};
    double scale = 0;
    for (int j = 0; j < w; ++j) {
        double a = 0;
        for (int i = drop; i < n - drop; ++i) a += sorted.values.at(i, j);
        profile.at(0, j) = float(a / count);
        scale = std::max(scale, std::abs(a / count));
    }
    const Sino trend = medianAlongRows(profile, size);
    std::vector<double> deviation(static_cast<std::size_t>(w));
    for (int j = 0; j < w; ++j) deviation[std::size_t(j)] = double(profile.at(0, j)) - trend.at(0, j);
    std::vector<char> mask = detectStripes(deviation, snr, scale);
    // Widen by one column: the edges of a wide stripe are often partial.
    std::vector<char> widened = mask;
    for (int j = 0; j < w; ++j)
        if (mask[std::size_t(j)]) {
            if (j > 0) widened[std::size_t(j - 1)] = 1;
            if (j + 1 < w) widened[std::size_t(j + 1)] = 1;
        }
    if (std::none_of(widened.begin(), widened.end(), [](char c) { return c != 0; })) return;
    // Normalise the stripe columns (remove their offset), then replace them by the sorted-and-filtered values.
    for (int j = 0; j < w; ++j)
        if (widened[std::size_t(j)])
            for (int i = 0; i < n; ++i) sino.at(i, j) -= float(deviation[std::size_t(j)]);
    auto resorted = sortColumns(sino);
    const Sino corrected = unsort(medianAlongRows(resorted.values, size), resorted.order);
    for (int j = 0; j < w; ++j)
        if (widened[std::size_t(j)])
            for (int i = 0; i < n; ++i) sino.at(i, j) = corrected.at(i, j);
    writeFrame(sino, s, f);
}

}  // namespace

void removeStripesSorting(ImageStack& sinogram, int size)
{
    checkFrame(sinogram);
    checkSize(size, "sorting");
    for (std::int64_t f = 0; f < sinogram.frames(); ++f) sortingFrame(sinogram, f, size);
}

void removeStripesFiltering(ImageStack& sinogram, double sigma, int size)
{
    checkFrame(sinogram);
    checkSize(size, "filtering");
    if (!(sigma > 0)) throw Error("ring removal: filter sigma must be > 0");
    for (std::int64_t f = 0; f < sinogram.frames(); ++f) filteringFrame(sinogram, f, sigma, size);
}

void removeStripesLarge(ImageStack& sinogram, double snr, int size)
{
    checkFrame(sinogram);
    checkSize(size, "large-stripe");
    if (!(snr > 0)) throw Error("ring removal: snr must be > 0");
    for (std::int64_t f = 0; f < sinogram.frames(); ++f) largeFrame(sinogram, f, snr, size);
}

std::string RingSpec::str() const
{
    auto number = [](double v) {
        std::string t = std::to_string(v);
        t.erase(t.find_last_not_of('0') + 1);
        if (!t.empty() && t.back() == '.') t.pop_back();
        return t;
    };
    switch (method) {
    case Method::None: return "none";
    case Method::Sort: return "sort:" + number(value);
    case Method::Filter: return "filter:" + number(value);
    case Method::Large: return "large:" + number(value);
    case Method::All: return "all";
    }
    return "none";
}

std::optional<RingSpec> parseRingSpec(std::string_view text)
{
    if (text == "none") return RingSpec{};
    if (text == "all") return RingSpec{RingSpec::Method::All, 0};
    const auto colon = text.find(':');
    if (colon == std::string_view::npos) return std::nullopt;
    const auto name = text.substr(0, colon);
    const auto arg = text.substr(colon + 1);
    double value = 0;
    const auto [end, ec] = std::from_chars(arg.data(), arg.data() + arg.size(), value);
    if (arg.empty() || ec != std::errc() || end != arg.data() + arg.size() || !std::isfinite(value))
        return std::nullopt;
    const bool oddWindow = value >= 3 && value <= 100001 && value == std::floor(value) && std::fmod(value, 2.0) == 1.0;
    if (name == "sort" && oddWindow) return RingSpec{RingSpec::Method::Sort, value};
    if (name == "large" && oddWindow) return RingSpec{RingSpec::Method::Large, value};
    if (name == "filter" && value > 0 && value <= 1e4) return RingSpec{RingSpec::Method::Filter, value};
    return std::nullopt;
}

void removeStripes(ImageStack& sinograms, const RingSpec& spec, const Progress& progress)
{
    if (spec.method == RingSpec::Method::None) return;
    checkFrame(sinograms);
    const std::int64_t frames = sinograms.frames();
    for (std::int64_t f = 0; f < frames; ++f) {
        progress.throwIfStopped();
        switch (spec.method) {
        case RingSpec::Method::Sort:
            checkSize(int(spec.value), "sorting");
            sortingFrame(sinograms, f, int(spec.value));
            break;
        case RingSpec::Method::Filter:
            if (!(spec.value > 0)) throw Error("ring removal: filter sigma must be > 0");
            filteringFrame(sinograms, f, spec.value, 21);
            break;
        case RingSpec::Method::Large:
            checkSize(int(spec.value), "large-stripe");
            largeFrame(sinograms, f, 3.0, int(spec.value));
            break;
        case RingSpec::Method::All:
            largeFrame(sinograms, f, 3.0, 61);
            sortingFrame(sinograms, f, 21);
            break;
        case RingSpec::Method::None: break;
        }
        progress.report(double(f + 1) / double(frames), "ring removal");
    }
    sinograms.addProvenance("ring removal " + spec.str());
}

}  // namespace xrs::ct
