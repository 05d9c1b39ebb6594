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
// Symmetric taps: o[c] = w[h]·a[c + h] + Σₖ w[k]·(a[c + k] + a[c + 2h − k]), over rows[k] + c (rows[k] may all be the
// same row at shifted offsets: the horizontal pass). H > 0: the half width known at compile time (unrolled, one
// store per output); H = 0: any half width h.
template <int H>
void symmetricTaps(const double* const* rows, const double* w, std::size_t h, double* o, std::size_t n)
{
    if constexpr (H > 0) {
        const double* p[2 * H + 1];
        double wk[H + 1];
        for (int k = 0; k <= 2 * H; ++k) p[k] = rows[k];
        for (int k = 0; k <= H; ++k) wk[k] = w[k];
            // The output never overlaps the inputs (the vectoriser cannot prove it for 11 pointers).
#pragma GCC ivdep
        for (std::size_t c = 0; c < n; ++c) {
            double acc = wk[H] * p[H][c];
            for (int k = 0; k < H; ++k) acc += wk[k] * (p[k][c] + p[2 * H - k][c]);
            o[c] = acc;
        }
    } else {
        for (std::size_t c = 0; c < n; ++c) o[c] = w[h] * rows[h][c];
        for (std::size_t k = 0; k < h; ++k)
            for (std::size_t c = 0; c < n; ++c) o[c] += w[k] * (rows[k][c] + rows[2 * h - k][c]);
    }
}

void symmetricFilter(const double* const* rows, const std::vector<double>& w, double* o, std::size_t n)
{
    const std::size_t h = w.size() / 2;
    if (h == 5)  // σ = 1.5 (the 11×11 window)
        symmetricTaps<5>(rows, w.data(), h, o, n);
    else
        symmetricTaps<0>(rows, w.data(), h, o, n);
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

    // Blocks of output rows with fixed bounds, each summed on its own and added in order afterwards: the result
    // does not depend on the thread count. Per block: the horizontal pass of every input row it needs (5 planes:
    // x, y, x², y², xy), then the vertical pass row by row. The uniform window slides in both directions (exact for
    // 8-bit data, whose sums are integers); the Gaussian folds its symmetric taps.
    constexpr std::int64_t kBlock = 64;
    const std::int64_t blocks = (outRows + kBlock - 1) / kBlock;
    const bool box = p.window == SsimWindow::Uniform;
    const auto nw = std::size_t(win), no = std::size_t(outCols), nc = std::size_t(cols);
    std::vector<double> blockSums(std::size_t(blocks), 0.0);
    auto body = [&](std::int64_t b0, std::int64_t b1) {
        std::vector<double> in(3 * nc);                                 // x², y², xy of one input row
        std::vector<double> h(5 * std::size_t(kBlock + win - 1) * no);  // horizontal sums, plane-major
        std::vector<double> v(5 * no);                                  // vertical sums of one output row
        std::vector<const double*> taps(nw);
        const std::size_t planeStride = std::size_t(kBlock + win - 1) * no;
        auto hrow = [&](int q, std::size_t i) { return h.data() + std::size_t(q) * planeStride + i * no; };
        for (std::int64_t blk = b0; blk < b1; ++blk) {
            const std::int64_t r0 = blk * kBlock, r1 = std::min(outRows, r0 + kBlock);
            const auto nIn = std::size_t(r1 - r0 + win - 1);
            for (std::size_t i = 0; i < nIn; ++i) {
                const double* xr = x.data() + (r0 + std::int64_t(i)) * cols;
                const double* yr = y.data() + (r0 + std::int64_t(i)) * cols;
                for (std::size_t c = 0; c < nc; ++c) {
                    in[c] = xr[c] * xr[c];
                    in[nc + c] = yr[c] * yr[c];
                    in[2 * nc + c] = xr[c] * yr[c];
                }
                const double* src[5] = {xr, yr, in.data(), in.data() + nc, in.data() + 2 * nc};
                for (int q = 0; q < 5; ++q) {
                    const double* a = src[q];
                    double* o = hrow(q, i);
                    if (box) {
                        double sum = 0;
                        for (std::size_t k = 0; k < nw; ++k) sum += a[k];
                        o[0] = sum;
                        for (std::size_t c = 1; c < no; ++c) o[c] = sum += a[c + nw - 1] - a[c - 1];
                    } else {
                        for (std::size_t k = 0; k < nw; ++k) taps[k] = a + k;
                        symmetricFilter(taps.data(), w, o, no);
                    }
                }
            }
            const double scale = box ? 1.0 / (double(win) * double(win)) : 1.0;
            if (box)  // running column sums over the first window
                for (int q = 0; q < 5; ++q) {
                    double* acc = v.data() + std::size_t(q) * no;
                    std::fill(acc, acc + no, 0.0);
                    for (std::size_t k = 0; k < nw; ++k) {
                        const double* a = hrow(q, k);
                        for (std::size_t c = 0; c < no; ++c) acc[c] += a[c];
                    }
                }
            double sum = 0.0;
            for (std::size_t i = 0; i + nw <= nIn; ++i) {
                if (box && i > 0)
                    for (int q = 0; q < 5; ++q) {
                        double* acc = v.data() + std::size_t(q) * no;
                        const double *add = hrow(q, i + nw - 1), *sub = hrow(q, i - 1);
                        for (std::size_t c = 0; c < no; ++c) acc[c] += add[c] - sub[c];
                    }
                if (!box)
                    for (int q = 0; q < 5; ++q) {
                        for (std::size_t k = 0; k < nw; ++k) taps[k] = hrow(q, i + k);
                        symmetricFilter(taps.data(), w, v.data() + std::size_t(q) * no, no);
                    }
                const double *mx = v.data(), *my = mx + no, *mxx = my + no, *myy = mxx + no, *mxy = myy + no;
                for (std::size_t c = 0; c < no; ++c) {
                    const double ux = mx[c] * scale, uy = my[c] * scale;
                    const double varX = covNorm * (mxx[c] * scale - ux * ux);
                    const double varY = covNorm * (myy[c] * scale - uy * uy);
                    const double cov = covNorm * (mxy[c] * scale - ux * uy);
                    sum += ((2.0 * ux * uy + c1) * (2.0 * cov + c2)) / ((ux * ux + uy * uy + c1) * (varX + varY + c2));
                }
            }
            blockSums[std::size_t(blk)] = sum;
        }
    };
    if (parallel)
        ThreadPool::global().parallelFor(blocks, body);
    else
        body(0, blocks);
    return std::accumulate(blockSums.begin(), blockSums.end(), 0.0) / (double(outRows) * double(outCols));
}

}  // namespace xrs::metrics
