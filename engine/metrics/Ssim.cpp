#include "metrics/Ssim.h"

#include <cmath>
#include <numeric>
#include <string>
#include <vector>

#include "core/Error.h"
#include "core/ThreadPool.h"

namespace xrs::metrics {

namespace {
// Normalised 1D taps: box, or scipy's Gaussian kernel (exp(−x²/2σ²) over x = −r…r, divided by its sum).
std::vector<double> windowTaps(const SsimParams& p)
{
    const int n = p.side();
    std::vector<double> w(std::size_t(n), 1.0 / double(n));
    if (p.window == SsimWindow::Gaussian) {
        const int r = n / 2;
        for (int i = -r; i <= r; ++i) w[std::size_t(i + r)] = std::exp(-0.5 / (p.sigma * p.sigma) * double(i * i));
        const double sum = std::accumulate(w.begin(), w.end(), 0.0);
        for (auto& v : w) v /= sum;
    }
    return w;
}
}  // namespace

int SsimParams::side() const
{
    if (window == SsimWindow::Gaussian) return 2 * int(3.5 * sigma + 0.5) + 1;
    return winSize;
}

double ssim(std::span<const double> x, std::span<const double> y, std::int64_t rows, std::int64_t cols,
            const SsimParams& p, bool parallel)
{
    const int win = p.side();
    if (win < 1 || win % 2 == 0) throw Error({}, "SSIM", "the window side must be odd, not " + std::to_string(win));
    if (p.window == SsimWindow::Gaussian && !(p.sigma > 0)) throw Error({}, "SSIM", "sigma must be positive");
    if (std::int64_t(x.size()) != rows * cols || std::int64_t(y.size()) != rows * cols)
        throw Error({}, "SSIM", "image buffers do not match " + std::to_string(rows) + "×" + std::to_string(cols));
    if (rows < win || cols < win)
        throw Error({}, "SSIM",
                    "frames of " + std::to_string(rows) + "×" + std::to_string(cols) + " pixels are smaller than the " +
                        std::to_string(win) + "×" + std::to_string(win) + " window");
    const std::vector<double> w = windowTaps(p);
    const double np = double(win) * double(win);
    const double covNorm = p.sampleCovariance() ? np / (np - 1.0) : 1.0;
    const double c1 = (p.k1 * p.dataRange) * (p.k1 * p.dataRange);
    const double c2 = (p.k2 * p.dataRange) * (p.k2 * p.dataRange);
    const std::int64_t outRows = rows - win + 1, outCols = cols - win + 1;

    // One sum per valid row, added in order afterwards: the result does not depend on the thread count.
    std::vector<double> rowSums(std::size_t(outRows), 0.0);
    auto body = [&](std::int64_t r0, std::int64_t r1) {
        const auto nc = std::size_t(cols), no = std::size_t(outCols);
        // Vertical pass results (all columns), then horizontal pass results (valid columns).
        std::vector<double> vx(nc), vy(nc), vxx(nc), vyy(nc), vxy(nc);
        std::vector<double> mx(no), my(no), mxx(no), myy(no), mxy(no);
        for (std::int64_t r = r0; r < r1; ++r) {
            std::fill(vx.begin(), vx.end(), 0.0);
            std::fill(vy.begin(), vy.end(), 0.0);
            std::fill(vxx.begin(), vxx.end(), 0.0);
            std::fill(vyy.begin(), vyy.end(), 0.0);
            std::fill(vxy.begin(), vxy.end(), 0.0);
            for (int k = 0; k < win; ++k) {
                const double wk = w[std::size_t(k)];
                const double* xr = x.data() + (r + k) * cols;
                const double* yr = y.data() + (r + k) * cols;
                for (std::size_t c = 0; c < nc; ++c) {
                    const double a = xr[c], b = yr[c];
                    vx[c] += wk * a;
                    vy[c] += wk * b;
                    vxx[c] += wk * (a * a);
                    vyy[c] += wk * (b * b);
                    vxy[c] += wk * (a * b);
                }
            }
            std::fill(mx.begin(), mx.end(), 0.0);
            std::fill(my.begin(), my.end(), 0.0);
            std::fill(mxx.begin(), mxx.end(), 0.0);
            std::fill(myy.begin(), myy.end(), 0.0);
            std::fill(mxy.begin(), mxy.end(), 0.0);
            for (int k = 0; k < win; ++k) {
                const double wk = w[std::size_t(k)];
                for (std::size_t c = 0; c < no; ++c) {
                    mx[c] += wk * vx[c + std::size_t(k)];
                    my[c] += wk * vy[c + std::size_t(k)];
                    mxx[c] += wk * vxx[c + std::size_t(k)];
                    myy[c] += wk * vyy[c + std::size_t(k)];
                    mxy[c] += wk * vxy[c + std::size_t(k)];
                }
            }
            double sum = 0.0;
            for (std::size_t c = 0; c < no; ++c) {
                const double ux = mx[c], uy = my[c];
                const double varX = covNorm * (mxx[c] - ux * ux);
                const double varY = covNorm * (myy[c] - uy * uy);
                const double cov = covNorm * (mxy[c] - ux * uy);
                sum += ((2.0 * ux * uy + c1) * (2.0 * cov + c2)) / ((ux * ux + uy * uy + c1) * (varX + varY + c2));
            }
            rowSums[std::size_t(r)] = sum;
        }
    };
    if (parallel)
        ThreadPool::global().parallelFor(outRows, body, 16);
    else
        body(0, outRows);
    return std::accumulate(rowSums.begin(), rowSums.end(), 0.0) / (double(outRows) * double(outCols));
}

}  // namespace xrs::metrics
