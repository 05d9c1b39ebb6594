// ct/CenterFinder: Vo's double-wedge centre search (see the header). Owns the scorer that mirrors the sinogram about
// a candidate centre (integer part by indexing, fractional part by a Fourier shift of padded rows) and scores the
// stacked 360° sinogram by its mean 2D-spectrum magnitude inside the double wedge.
#include "ct/CenterFinder.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

#include <opencv2/core.hpp>

#include "core/Error.h"

namespace xrs::ct {
namespace {

class CenterScorer {
public:
    CenterScorer(const ImageStack& sinogram, const CenterOptions& options)
    {
        if (sinogram.frames() != 1 || sinogram.rows() < 2 || sinogram.cols() < 4)
            throw Error("centre finder: expected one sinogram frame (angles × cols), got " + sinogram.shape().str());
        m_n = int(sinogram.rows());
        m_w = int(sinogram.cols());
        m_sino = cv::Mat(m_n, m_w, CV_32F);
        for (int i = 0; i < m_n; ++i) {
            auto r = sinogram.row(0, i);
            std::copy(r.begin(), r.end(), m_sino.ptr<float>(i));
        }
        // Rows padded with their edge values (first half of the pad: right edge, second half: left edge) so the
        // circular Fourier shift of a fraction of a pixel does not pull the far edge in.
        m_pad = cv::getOptimalDFTSize(2 * m_w);
        cv::Mat padded(m_n, m_pad, CV_32F);
        for (int i = 0; i < m_n; ++i) {
            const float* s = m_sino.ptr<float>(i);
            float* p = padded.ptr<float>(i);
            std::copy(s, s + m_w, p);
            const int half = m_w + (m_pad - m_w) / 2;
            std::fill(p + m_w, p + half, s[m_w - 1]);
            std::fill(p + half, p + m_pad, s[0]);
        }
        cv::dft(padded, m_rowSpectrum, cv::DFT_ROWS | cv::DFT_COMPLEX_OUTPUT);

        // Double-wedge mask on the unshifted spectrum of the 2N × W stack: angular harmonic k (cycles per 360°)
        // against detector frequency u = m / W (cycles per pixel). A point at radius r contributes harmonics up to
        // |k| ≈ 2π|u|r, so for an object of radius R the region |k| > 2π|u|R carries only inconsistency.
        // The u = 0 column (total mass per view) is left out, as in Vo's code.
        const double radius = options.objectRadius > 0 ? options.objectRadius : m_w / 2.0;
        const int h = 2 * m_n;
        for (int k = 0; k < h; ++k) {
            const int kk = k <= h / 2 ? k : k - h;
            for (int m = 1; m < m_w; ++m) {
                const int mm = m <= m_w / 2 ? m : m - m_w;
                if (std::abs(kk) > 2.0 * std::numbers::pi * std::abs(mm) * radius / m_w) m_mask.push_back(k * m_w + m);
            }
        }
        if (m_mask.empty()) throw Error("centre finder: too few angles for the double-wedge mask");
    }

    int cols() const { return m_w; }

    double score(double center) const
    {
        // mirrored(j) = S(2c − j); 2c = base + frac with frac in [0, 1).
        const double twoC = 2.0 * center;
        const double base = std::floor(twoC);
        const double frac = twoC - base;
        const cv::Mat shifted = fractionalShift(frac);  // shifted(x) = S(x + frac)
        cv::Mat stack(2 * m_n, m_w, CV_32F);
        m_sino.copyTo(stack.rowRange(0, m_n));
        const long long b = (long long)base;
        for (int i = 0; i < m_n; ++i) {
            const float* g = shifted.ptr<float>(i);
            float* out = stack.ptr<float>(m_n + i);
            for (int j = 0; j < m_w; ++j) {
                const long long t = std::clamp<long long>(b - j, 0, m_w - 1);
                out[j] = g[t];
            }
        }
        cv::Mat spectrum;
        cv::dft(stack, spectrum, cv::DFT_COMPLEX_OUTPUT);
        const auto* c = spectrum.ptr<cv::Vec2f>(0);  // continuous: rows are W apart
        double sum = 0;
        for (int idx : m_mask) sum += std::hypot(double(c[idx][0]), double(c[idx][1]));
        return sum / double(m_mask.size());
    }

private:
    cv::Mat fractionalShift(double frac) const
    {
        if (frac < 1e-9) return m_sino;
        cv::Mat spec = m_rowSpectrum.clone();
        std::vector<cv::Vec2f> phase(static_cast<std::size_t>(m_pad));
        for (int k = 0; k < m_pad; ++k) {
            const int kk = k <= m_pad / 2 ? k : k - m_pad;
            const double a = 2.0 * std::numbers::pi * frac * kk / m_pad;
            phase[std::size_t(k)] = {float(std::cos(a)), float(std::sin(a))};
        }
        for (int i = 0; i < m_n; ++i) {
            auto* p = spec.ptr<cv::Vec2f>(i);
            for (int k = 0; k < m_pad; ++k) {
                const float re = p[k][0], im = p[k][1];
                const auto& e = phase[std::size_t(k)];
                p[k] = {re * e[0] - im * e[1], re * e[1] + im * e[0]};
            }
        }
        cv::Mat back;
        cv::dft(spec, back, cv::DFT_ROWS | cv::DFT_INVERSE | cv::DFT_REAL_OUTPUT | cv::DFT_SCALE);
        return back.colRange(0, m_w).clone();
    }

    int m_n = 0, m_w = 0, m_pad = 0;
    cv::Mat m_sino;
    cv::Mat m_rowSpectrum;
    std::vector<int> m_mask;
};

// The minimum of the parabola through three equally spaced samples, as an offset in steps from the middle one.
double parabolaOffset(double left, double mid, double right)
{
    const double denom = left - 2.0 * mid + right;
    if (denom <= 0) return 0.0;
    return std::clamp(0.5 * (left - right) / denom, -0.5, 0.5);
}

}  // namespace

double centerMetric(const ImageStack& sinogram, double center, const CenterOptions& options)
{
    return CenterScorer(sinogram, options).score(center);
}

double findCenter(const ImageStack& sinogram, const CenterOptions& options, const Progress& progress)
{
    const CenterScorer scorer(sinogram, options);
    const double w = scorer.cols();
    const double middle = (w - 1.0) / 2.0;
    double lo = options.searchMin, hi = options.searchMax;
    if (lo < 0 && hi < 0) {
        lo = middle - w / 4.0;
        hi = middle + w / 4.0;
    }
    if (!(hi >= lo) || options.coarseStep <= 0 || options.fineStep <= 0)
        throw Error("centre finder: invalid search range or step");

    const int coarseCount = int(std::floor((hi - lo) / options.coarseStep + 1e-9)) + 1;
    double best = lo, bestScore = std::numeric_limits<double>::infinity();
    for (int i = 0; i < coarseCount; ++i) {
        progress.throwIfStopped();
        const double c = lo + i * options.coarseStep;
        const double s = scorer.score(c);
        if (s < bestScore) bestScore = s, best = c;
        progress.report(0.7 * (i + 1) / coarseCount, "coarse centre search");
    }

    const int half = std::max(1, int(std::round(options.fineRadius / options.fineStep)));
    std::vector<double> scores(std::size_t(2 * half + 1));
    for (int i = -half; i <= half; ++i) {
        progress.throwIfStopped();
        scores[std::size_t(i + half)] = scorer.score(best + i * options.fineStep);
        progress.report(0.7 + 0.3 * (i + half + 1) / double(scores.size()), "fine centre search");
    }
    const auto minIt = std::min_element(scores.begin(), scores.end());
    const int at = int(minIt - scores.begin());
    double offset = 0.0;
    if (at > 0 && at + 1 < int(scores.size()))
        offset = parabolaOffset(scores[std::size_t(at - 1)], scores[std::size_t(at)], scores[std::size_t(at + 1)]);
    return best + (at - half + offset) * options.fineStep;
}

double findCenterFromRows(const ImageStack& projections, const std::vector<std::int64_t>& rows,
                          const CenterOptions& options, const Progress& progress)
{
    std::vector<std::int64_t> list = rows;
    if (list.empty()) list.push_back(projections.rows() / 2);
    std::vector<double> centers;
    for (std::size_t k = 0; k < list.size(); ++k) {
        const std::int64_t r = list[k];
        if (r < 0 || r >= projections.rows())
            throw Error("centre finder: detector row " + std::to_string(r) + " outside " + projections.shape().str());
        ImageStack sino(Shape{1, projections.frames(), projections.cols()});
        for (std::int64_t a = 0; a < projections.frames(); ++a) {
            auto src = projections.row(a, r);
            std::copy(src.begin(), src.end(), sino.row(0, a).begin());
        }
        const double step = 1.0 / double(list.size());
        centers.push_back(findCenter(sino, options, progress.sub(k * step, (k + 1) * step)));
    }
    std::sort(centers.begin(), centers.end());
    const std::size_t n = centers.size();
    return n % 2 ? centers[n / 2] : 0.5 * (centers[n / 2 - 1] + centers[n / 2]);
}

}  // namespace xrs::ct
