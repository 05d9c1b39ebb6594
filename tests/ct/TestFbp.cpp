// CT filtered backprojection: the filter kernels and responses, reconstructions of the analytic Shepp-Logan phantom
// against its sampled densities and against scikit-image's iradon on the same sinogram, odd detector widths,
// cancellation.
//
// Geometry mapping to skimage.transform.iradon (0.19), read from its source and confirmed here by correlation:
//  - iradon takes the sinogram transposed, (detector, angles), with theta in degrees; same angle direction as ours:
//    it reads t = x cos θ + y sin θ with x = col − n//2, y = n//2 − row (row 0 at the top), so no flip or rotation.
//  - Its rotation axis is detector index cols//2 and its slice centre is pixel output_size//2 (integers), where ours
//    are `center` (default (cols − 1)/2) and (n − 1)/2. For an even width the two differ by half a pixel, so the
//    comparison projects with center = cols/2 = 128 and reconstructs both on a 257×257 grid whose centre pixel 128 is
//    on the axis: then iradon's pixel (r, c) and ours are the same point.
//  - Its 'ramp' is 2·FFT(Ram-Lak kernel) with a final π/(2 Nθ): the same scale as our kernel with π/Nθ.
#include <QtTest>

#include <cmath>
#include <fstream>
#include <numbers>
#include <stop_token>

#include "TestSupport.h"
#include "core/Error.h"
#include "ct/Backproject.h"
#include "core/Half.h"
#include "ct/Fbp.h"
#include "ct/Filters.h"
#include "ct/Phantom.h"

using namespace xrs;

namespace {
constexpr double kPi = std::numbers::pi;

struct Stats {
    double rmse = 0, corr = 0;
};

// RMSE of a against b and their correlation, over pixels within `radius` of the centre (cy, cx).
Stats compareInCircle(const ImageStack& a, std::int64_t fa, const ImageStack& b, std::int64_t fb, double radius)
{
    const double cy = (double(a.rows()) - 1.0) / 2.0, cx = (double(a.cols()) - 1.0) / 2.0;
    double n = 0, sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0, se = 0;
    for (std::int64_t r = 0; r < a.rows(); ++r)
        for (std::int64_t c = 0; c < a.cols(); ++c) {
            if ((double(r) - cy) * (double(r) - cy) + (double(c) - cx) * (double(c) - cx) > radius * radius) continue;
            const double x = a.at(fa, r, c), y = b.at(fb, r, c);
            n += 1; sa += x; sb += y; saa += x * x; sbb += y * y; sab += x * y; se += (x - y) * (x - y);
        }
    const double cov = sab / n - sa / n * sb / n, va = saa / n - sa / n * sa / n, vb = sbb / n - sb / n * sb / n;
    return {std::sqrt(se / n), cov / std::sqrt(va * vb)};
}

void writeRaw(const QString& path, const ImageStack& s)
{
    std::ofstream f(test::toPath(path), std::ios::binary);
    const auto c = s.clone();
    f.write(reinterpret_cast<const char*>(c.data()), std::streamsize(c.values().size() * sizeof(float)));
}

ImageStack readRaw(const QString& path, Shape shape)
{
    ImageStack s(shape);
    std::ifstream f(test::toPath(path), std::ios::binary);
    f.read(reinterpret_cast<char*>(s.data()), std::streamsize(shape.count() * std::int64_t(sizeof(float))));
    if (!f) throw Error("short read of " + path.toStdString());
    return s;
}
}  // namespace

class TestFbp : public QObject {
    Q_OBJECT
private slots:
    void parsesFilterNames()
    {
        QCOMPARE(ct::parseFilter("ramlak"), ct::FilterType::RamLak);
        QCOMPARE(ct::parseFilter("Ram-Lak"), ct::FilterType::RamLak);
        QCOMPARE(ct::parseFilter("shepp-logan"), ct::FilterType::SheppLogan);
        QCOMPARE(ct::parseFilter("cosine"), ct::FilterType::Cosine);
        QCOMPARE(ct::parseFilter("hamming"), ct::FilterType::Hamming);
        QCOMPARE(ct::parseFilter("hann"), ct::FilterType::Hann);
        QCOMPARE(ct::parseFilter("parzen"), ct::FilterType::Parzen);
        QCOMPARE(ct::parseFilter("chesler"), ct::FilterType::Chesler);
        QVERIFY_THROWS_EXCEPTION(Error, ct::parseFilter("butterworth"));
        using ct::FilterType;
        for (auto t : {FilterType::RamLak, FilterType::SheppLogan, FilterType::Chesler, FilterType::Cosine,
                       FilterType::Hamming, FilterType::Hann, FilterType::Parzen})
            QCOMPARE(ct::parseFilter(ct::filterName(t)), t);
    }

    void kernelsAndResponses()
    {
        // Spatial kernels: the closed forms, zero sum (DC) up to the 1/(π² M) tail of the odd terms.
        const std::int64_t M = 2001;
        const auto ramLak = ct::filterKernel(ct::FilterType::RamLak, M + 1);
        QCOMPARE(ramLak[std::size_t(M + 1)], 0.25);
        QCOMPARE(ramLak[std::size_t(M + 2)], -1.0 / (kPi * kPi));
        QCOMPARE(ramLak[std::size_t(M + 3)], 0.0);
        for (auto t : {ct::FilterType::RamLak, ct::FilterType::SheppLogan, ct::FilterType::Chesler}) {
            const auto h = ct::filterKernel(t, M);
            double sum = 0;
            for (double v : h) sum += v;
            QVERIFY2(std::abs(sum) < 1.0 / (kPi * kPi * double(M)), qPrintable(QString::number(sum)));
        }
        // Chesler = Ram-Lak ∗ [1/4, 1/2, 1/4], and the closed form of the notes.
        const auto ches = ct::filterKernel(ct::FilterType::Chesler, M);
        for (std::int64_t i = -M; i <= M; ++i) {
            const auto k = std::size_t(i + M + 1);
            const double conv = 0.25 * ramLak[k - 1] + 0.5 * ramLak[k] + 0.25 * ramLak[k + 1];
            QVERIFY(std::abs(ches[std::size_t(i + M)] - conv) < 1e-15);
            const double ii = double(i);
            const double closed = i == 0 ? 0.125 - 0.5 / (kPi * kPi)
                                  : std::abs(i) == 1 ? 1.0 / 16.0 - 0.5 / (kPi * kPi)
                                  : i % 2 ? -0.5 / (kPi * kPi * ii * ii)
                                          : -(ii * ii + 1.0) / (2.0 * kPi * kPi * (ii * ii - 1.0) * (ii * ii - 1.0));
            QVERIFY(std::abs(ches[std::size_t(i + M)] - closed) < 1e-15);
        }
        // Responses on a padded length: ≈ 0 at DC, the expected values at f = 1/4 and Nyquist (ramp |f| times window).
        const std::int64_t P = ct::paddedLength(256);
        QVERIFY(P >= 512);
        const std::int64_t P4 = 1024;  // a multiple of 4 so that f = 1/4 is a bin
        struct Expect {
            ct::FilterType type;
            double quarter, nyquist;
        };
        const double c45 = std::cos(kPi / 4);
        const Expect expect[] = {
            {ct::FilterType::RamLak, 0.25, 0.5},
            {ct::FilterType::SheppLogan, std::sin(kPi / 4) / kPi, 1.0 / kPi},
            {ct::FilterType::Chesler, 0.25 * c45 * c45, 0.0},
            {ct::FilterType::Cosine, 0.25 * c45, 0.0},
            {ct::FilterType::Hamming, 0.25 * 0.54, 0.5 * 0.08},
            {ct::FilterType::Hann, 0.125, 0.0},
            {ct::FilterType::Parzen, 0.0625, 0.0},
        };
        for (const auto& e : expect) {
            const auto resp = ct::filterResponse(e.type, P4);
            const QString name = QString::fromUtf8(ct::filterName(e.type).data());
            QVERIFY2(std::abs(resp[0]) < 1.0 / double(P4), qPrintable(name + " DC " + QString::number(resp[0])));
            QVERIFY2(std::abs(resp[P4 / 4] - e.quarter) < 2e-3,
                     qPrintable(name + " f=1/4 " + QString::number(resp[P4 / 4])));
            QVERIFY2(std::abs(resp[P4 / 2] - e.nyquist) < 2e-3,
                     qPrintable(name + " Nyquist " + QString::number(resp[P4 / 2])));
            QVERIFY(std::abs(resp[3] - resp[P4 - 3]) < 1e-12);  // even
            // Low-frequency slope |f| for every filter (the windows are 1 at DC): the DC behaviour of Ram-Lak.
            QVERIFY2(std::abs(resp[8] / (8.0 / double(P4)) - 1.0) < 0.05, qPrintable(name + " slope"));
        }
    }

    void edgePaddingKeepsTruncatedRowsFlat()
    {
        // A row that is constant across the detector (an object wider than the field of view): with edge padding the
        // filter sees a constant and returns ≈ its DC response (0) everywhere, without the spikes zero padding makes.
        ImageStack flat(Shape{2, 3, 255});
        for (std::int64_t f = 0; f < 2; ++f)
            for (std::int64_t r = 0; r < 3; ++r)
                for (auto& v : flat.row(f, r)) v = 5.0f;
        for (auto t : {ct::FilterType::RamLak, ct::FilterType::SheppLogan, ct::FilterType::Parzen}) {
            const auto out = ct::filterSinogram(flat, t);
            QCOMPARE(out.shape(), flat.shape());
            const auto range = out.computeRange();
            QVERIFY2(std::max(std::abs(range.min), std::abs(range.max)) < 5.0 * 2.0 / double(ct::paddedLength(255)),
                     qPrintable(QString::number(range.min) + " " + QString::number(range.max)));
        }
    }

    void sheppLoganAgainstTruthAndIradon()
    {
        XRS_REQUIRE_PYTHON("numpy", "skimage");
        const std::int64_t cols = 256, rows = 4, nAngles = 360, n = 257;
        ct::ParallelGeometry g;
        g.cols = cols;
        g.rows = rows;
        g.center = 128.0;  // = iradon's axis cols//2 (see the header comment)
        g.anglesDeg = ct::evenAngles(nAngles);
        const auto phantom = ct::sheppLogan3D();
        const auto sino = ct::projectPhantom(phantom, g);
        const auto truth = ct::samplePhantom(phantom, rows, n, 128.0);
        const std::int64_t useRows[] = {1, 2};
        const double radius = 126.0;

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ImageStack picked(Shape{2, nAngles, cols});
        for (int i = 0; i < 2; ++i)
            for (std::int64_t a = 0; a < nAngles; ++a)
                for (std::int64_t c = 0; c < cols; ++c) picked.at(i, a, c) = sino.at(a, useRows[i], c);
        writeRaw(dir.filePath("sino.raw"), picked);
        const QStringList filters = {"ramp", "shepp-logan", "cosine", "hamming", "hann"};
        const QStringList args = QStringList{dir.filePath("sino.raw"), dir.filePath("iradon.raw"), "2",
                                             QString::number(nAngles), QString::number(cols), QString::number(n)} +
                                 filters;
        const auto py = test::runPython(R"(
import sys, numpy as np
from skimage.transform import iradon
path, out, nrows, nang, cols, n = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:7])
sino = np.fromfile(path, dtype='<f4').reshape(nrows, nang, cols).astype(np.float64)
theta = np.arange(nang) * 180.0 / nang
res = [iradon(sino[i].T, theta=theta, output_size=n, filter_name=f, interpolation='linear', circle=True)
       for f in sys.argv[7:] for i in range(nrows)]
np.asarray(res, dtype='<f4').tofile(out)
)", args, 300000);
        QVERIFY2(py.exitCode == 0, qPrintable(py.err));
        const auto ref = readRaw(dir.filePath("iradon.raw"), Shape{std::int64_t(filters.size()) * 2, n, n});

        for (int fi = 0; fi < filters.size(); ++fi) {
            ct::FbpOptions o;
            o.filter = ct::parseFilter(filters[fi].toStdString());
            o.center = g.center;
            o.outputSize = n;
            const auto ours = ct::reconstructSlices(sino, o);
            QCOMPARE(ours.shape(), (Shape{rows, n, n}));
            for (int i = 0; i < 2; ++i) {
                const auto row = useRows[i];
                const auto mine = compareInCircle(ours, row, truth, row, radius);
                const auto theirs = compareInCircle(ref, fi * 2 + i, truth, row, radius);
                const auto between = compareInCircle(ours, row, ref, fi * 2 + i, radius);
                qInfo("%-12s row %lld: RMSE ours %.5f, iradon %.5f; correlation ours/iradon %.6f",
                      qPrintable(filters[fi]), static_cast<long long>(row), mine.rmse, theirs.rmse, between.corr);
                QVERIFY(mine.rmse <= theirs.rmse * 1.005);
                QVERIFY(between.corr >= 0.999);
            }
        }
    }

    void defaultCentreMatchesSampledPhantom()
    {
        // The default geometry (axis at (cols − 1)/2, slice n = cols) against the phantom sampled on the same grid.
        ct::ParallelGeometry g;
        g.cols = 256;
        g.rows = 4;
        g.anglesDeg = ct::evenAngles(360);
        const auto phantom = ct::sheppLogan3D();
        const auto ours = ct::reconstructSlices(ct::projectPhantom(phantom, g), {});
        const auto truth = ct::samplePhantom(phantom, 4, 256);
        QCOMPARE(ours.shape(), (Shape{4, 256, 256}));
        for (std::int64_t row : {1, 2}) {
            const auto s = compareInCircle(ours, row, truth, row, 125.5);
            qInfo("default centre row %lld: RMSE %.5f, correlation %.4f", static_cast<long long>(row), s.rmse, s.corr);
            QVERIFY(s.rmse < 0.05);  // iradon on the centred grid of the test above: 0.0494
            QVERIFY(s.corr > 0.97);
        }
    }

    // Half-precision storage of the filtered projections: exactly the fp32 backprojection of the rounded values (what
    // the CUDA kernel reads), and no visible loss against the phantom.
    void halfPrecisionStorage()
    {
        ct::ParallelGeometry g;
        g.cols = 256;
        g.rows = 3;
        g.anglesDeg = ct::evenAngles(360);
        const auto phantom = ct::sheppLogan3D();
        const auto sino = ct::projectPhantom(phantom, g);
        const auto truth = ct::samplePhantom(phantom, 3, 256);
        ct::FbpOptions half;
        half.halfStorage = true;
        const auto ours = ct::reconstructSlices(sino, half);
        const auto full = ct::reconstructSlices(sino, {});

        auto rounded = ct::filterSinogram(sino, ct::FilterType::RamLak);
        for (std::int64_t a = 0; a < rounded.frames(); ++a)
            for (std::int64_t r = 0; r < rounded.rows(); ++r)
                for (float& v : rounded.row(a, r)) v = roundToHalf(v);
        QCOMPARE(test::maxAbsDiff(ours, ct::backproject(rounded, {})), 0.0);

        double maxFull = 0;
        for (std::int64_t r = 0; r < 256; ++r)
            for (float v : full.row(1, r)) maxFull = std::max(maxFull, double(std::abs(v)));
        const double rel = test::maxAbsDiff(ours, full) / maxFull;
        const auto h = compareInCircle(ours, 1, truth, 1, 125.5), f = compareInCircle(full, 1, truth, 1, 125.5);
        qInfo("half storage: max |half − float| / max = %.2e; RMSE vs phantom %.6f (float %.6f)", rel, h.rmse, f.rmse);
        QVERIFY(rel < 2e-3);
        QVERIFY(std::abs(h.rmse - f.rmse) < 1e-3 * f.rmse);
        QVERIFY(ours.info().provenance.back().find("half-precision storage") != std::string::npos);
    }

    void oddWidth()
    {
        // A centred disc of density 1 and a small off-centre disc (orientation) on a 255-pixel detector.
        const std::vector<ct::Ellipsoid> discs = {{1.0, 0.5, 0.5, 2.0, 0.0, 0.0, 0.0, 0.0},
                                                  {0.5, 0.1, 0.1, 2.0, 0.6, 0.3, 0.0, 0.0}};
        ct::ParallelGeometry g;
        g.cols = 255;
        g.rows = 1;
        g.anglesDeg = ct::evenAngles(240);
        const auto ours = ct::reconstructSlices(ct::projectPhantom(discs, g), {ct::FilterType::SheppLogan});
        QCOMPARE(ours.shape(), (Shape{1, 255, 255}));
        const auto truth = ct::samplePhantom(discs, 1, 255);
        double inside = 0, outside = 0, nIn = 0, nOut = 0, small = 0, nSmall = 0;
        const double R = 127.5, h = 127.0;
        for (std::int64_t r = 0; r < 255; ++r)
            for (std::int64_t c = 0; c < 255; ++c) {
                const double x = (double(c) - h) / R, y = (h - double(r)) / R, rr = std::hypot(x, y);
                const double v = ours.at(0, r, c);
                if (rr < 0.4) { inside += v; nIn += 1; }
                if (rr > 0.6 && rr < 0.95 && std::hypot(x - 0.6, y - 0.3) > 0.15) { outside += v; nOut += 1; }
                if (std::hypot(x - 0.6, y - 0.3) < 0.07) { small += v; nSmall += 1; }
            }
        qInfo("odd width: disc %.4f, background %.5f, small disc %.4f", inside / nIn, outside / nOut, small / nSmall);
        QVERIFY(std::abs(inside / nIn - 1.0) < 0.01);
        QVERIFY(std::abs(outside / nOut) < 0.01);
        QVERIFY(std::abs(small / nSmall - 0.5) < 0.03);  // at (+x, +y): right of centre, above it
        QVERIFY(compareInCircle(ours, 0, truth, 0, 124.0).rmse < 0.08);
    }

    void angleWeightsForUnevenAngles()
    {
        QVERIFY(ct::angleWeights(ct::evenAngles(180)).empty());
        QVERIFY(ct::angleWeights(ct::evenAngles(181, 360.0)).empty());  // a full turn, odd count: interleaved
        QVERIFY(ct::angleWeights(ct::evenAngles(180, 360.0)).empty());  // a full turn, even count: pairs
        // 0° … 180° inclusive (181 projections): 0° and 180° are one direction, so each counts half.
        std::vector<double> inclusive;
        for (int i = 0; i <= 180; ++i) inclusive.push_back(i);
        const auto w = ct::angleWeights(inclusive);
        QCOMPARE(w.size(), std::size_t(181));
        QVERIFY(std::abs(w.front() - 0.5 * 181.0 / 180.0) < 1e-12);
        QVERIFY(std::abs(w.back() - 0.5 * 181.0 / 180.0) < 1e-12);
        QVERIFY(std::abs(w[90] - 181.0 / 180.0) < 1e-12);
        double sum = 0;
        for (double x : w) sum += x;
        QVERIFY(std::abs(sum - 181.0) < 1e-9);
    }

    void unevenAnglesAreWeighted()
    {
        // Dense sampling over the first quarter turn, sparse over the rest (240 projections): without weights the
        // dense directions dominate and the densities come out wrong; with them the result matches an even scan.
        std::vector<double> uneven;
        for (int i = 0; i < 180; ++i) uneven.push_back(i * 0.5);        // 0 … 89.5°, step 0.5°
        for (int i = 0; i < 60; ++i) uneven.push_back(90.0 + i * 1.5);  // 90 … 178.5°, step 1.5°
        ct::ParallelGeometry g;
        g.cols = 128;
        g.rows = 3;
        g.anglesDeg = uneven;
        const auto phantom = ct::sheppLogan3D();
        const auto sino = ct::projectPhantom(phantom, g);
        const auto truth = ct::samplePhantom(phantom, 3, 128);
        ct::FbpOptions weighted;
        weighted.anglesDeg = uneven;
        const auto ours = ct::reconstructSlices(sino, weighted);
        // Unweighted: the same filter and backprojector, every projection counted π/N.
        const auto plain = ct::backproject(ct::filterSinogram(sino, ct::FilterType::RamLak), {-1, uneven, 0});
        g.anglesDeg = ct::evenAngles(240);
        ct::FbpOptions even;
        even.anglesDeg = g.anglesDeg;
        const auto reference = ct::reconstructSlices(ct::projectPhantom(phantom, g), even);
        const double rWeighted = compareInCircle(ours, 1, truth, 1, 60).rmse;
        const double rPlain = compareInCircle(plain, 1, truth, 1, 60).rmse;
        const double rEven = compareInCircle(reference, 1, truth, 1, 60).rmse;
        qInfo("uneven angles: RMSE weighted %.4f, unweighted %.4f, even scan %.4f", rWeighted, rPlain, rEven);
        QVERIFY(rWeighted < 0.85 * rPlain);
        QVERIFY(rWeighted < 1.05 * rEven);
    }

    void cancels()
    {
        ct::ParallelGeometry g;
        g.cols = 64;
        g.rows = 2;
        g.anglesDeg = ct::evenAngles(32);
        const auto sino = ct::projectPhantom(ct::sheppLogan3D(), g);
        std::stop_source stop;
        stop.request_stop();
        QVERIFY_THROWS_EXCEPTION(Cancelled, ct::reconstructSlices(sino, {}, Progress({}, stop.get_token())));
        QVERIFY_THROWS_EXCEPTION(Error, ct::backproject(sino, {-1, ct::evenAngles(5), 0}));
    }
};

QTEST_GUILESS_MAIN(TestFbp)
#include "TestFbp.moc"
