// Engine core: data model views, ranges, errors, progress and cancellation, the thread pool, natural sort,
// metrics against scikit-image, the analytic phantom against a brute-force ray sum, the synthetic video and the
// device self-test (skipped with a message when no GPU).
#include <QtTest>

#include <cmath>
#include <fstream>
#include <bit>
#include <numbers>
#include <stop_token>

#include "TestSupport.h"
#include "core/Devices.h"
#include "core/Error.h"
#include "core/Half.h"
#include "core/ImageStack.h"
#include "core/Progress.h"
#include "core/Resample.h"
#include "core/ThreadPool.h"
#include "ct/Phantom.h"
#include "fusion/SyntheticVideo.h"
#include "io/AtomicFile.h"
#include "metrics/Metrics.h"

using namespace xrs;

class TestCore : public QObject {
    Q_OBJECT
private slots:
    void viewsShareStorage()
    {
        ImageStack s(Shape{4, 5, 6});
        for (std::int64_t f = 0; f < 4; ++f)
            for (std::int64_t r = 0; r < 5; ++r)
                for (std::int64_t c = 0; c < 6; ++c) s.at(f, r, c) = float(f * 100 + r * 10 + c);
        auto v = s.frameRange({1, 3}).rowRange({2, 4});
        QCOMPARE(v.shape(), (Shape{2, 2, 6}));
        QVERIFY(!v.contiguous());
        QCOMPARE(v.at(1, 1, 5), 235.0f);
        v.at(0, 0, 0) = -1.0f;  // a view writes through
        QCOMPARE(s.at(1, 2, 0), -1.0f);
        auto c = v.clone();
        QVERIFY(c.contiguous());
        QCOMPARE(c.values().size(), std::size_t(24));
        QCOMPARE(c.at(1, 1, 5), 235.0f);
        c.at(0, 0, 1) = 7.0f;
        QCOMPARE(s.at(1, 2, 1), 121.0f);  // a clone does not
        QVERIFY_THROWS_EXCEPTION(Error, v.values());
        QVERIFY_THROWS_EXCEPTION(Error, s.frameRange({3, 5}));
        const auto r = s.computeRange();
        QCOMPARE(r.min, -1.0);
        QCOMPARE(r.max, 345.0);
    }

    void rangesAndTypes()
    {
        QCOMPARE(Range::parse("2:5").size(), 3);
        QCOMPARE(Range::parse(":").resolved(7, "x").end, 7);
        QCOMPARE(Range::parse("3:").resolved(7, "x").size(), 4);
        QVERIFY_THROWS_EXCEPTION(Error, Range::parse("a:b"));
        QVERIFY_THROWS_EXCEPTION(Error, Range::parse("5"));
        QVERIFY_THROWS_EXCEPTION(Error, Range::parse("4:9").resolved(7, "frames"));
        QCOMPARE(parseDType("u16"), std::optional(DType::UInt16));
        QCOMPARE(dtypeSize(DType::Float64), std::size_t(8));
        QCOMPARE(dtypeMax(DType::Int16), 32767.0);
        QVERIFY(!parseDType("complex64"));
    }

    void errorNamesFileAndPlace()
    {
        const Error e("/data/scan.h5", "dataset /exchange/data", "is empty");
        QCOMPARE(QString(e.what()), QString("/data/scan.h5: dataset /exchange/data: is empty"));
        QCOMPARE(e.reason(), std::string("is empty"));
    }

    void progressSubRangesAndStop()
    {
        std::vector<double> seen;
        std::stop_source stop;
        Progress p([&](double f, std::string_view) { seen.push_back(f); }, stop.get_token());
        p.sub(0.5, 1.0).sub(0.0, 0.5).report(0.5);
        QCOMPARE(seen.back(), 0.625);
        p.report(2.0);
        QCOMPARE(seen.back(), 1.0);
        p.throwIfStopped();
        stop.request_stop();
        QVERIFY_THROWS_EXCEPTION(Cancelled, p.sub(0, 0.1).throwIfStopped());
    }

    void threadPoolCoversRangeAndRethrows()
    {
        ThreadPool pool(3);
        std::vector<int> hits(1000, 0);
        pool.parallelFor(1000, [&](std::int64_t b, std::int64_t e) {
            for (auto i = b; i < e; ++i) hits[std::size_t(i)]++;
        });
        QVERIFY(std::all_of(hits.begin(), hits.end(), [](int h) { return h == 1; }));
        QVERIFY_THROWS_EXCEPTION(Error, pool.parallelFor(100, [](std::int64_t b, std::int64_t) {
            if (b > 0) throw Error("boom");
        }));
    }

    void naturalOrder()
    {
        std::vector<std::string> names{"img10.tif", "img2.tif", "img1.tif", "img02.tif", "a.tif", "img100.tif"};
        std::sort(names.begin(), names.end(), io::naturalLess);
        QCOMPARE(names, (std::vector<std::string>{"a.tif", "img1.tif", "img2.tif", "img02.tif", "img10.tif", "img100.tif"}));
    }

    void atomicFileLeavesNothingUntilCommit()
    {
        QTemporaryDir dir;
        const auto target = test::toPath(dir.path()) / "out.txt";
        {
            io::AtomicFile f(target);
            std::ofstream(f.tempPath()) << "partial";
            QVERIFY(!std::filesystem::exists(target));
        }
        QVERIFY(std::filesystem::is_empty(test::toPath(dir.path())));
        io::writeTextAtomically(target, "done\n");
        QVERIFY(std::filesystem::exists(target));
        QVERIFY_THROWS_EXCEPTION(Error, io::AtomicFile(test::toPath(dir.path()) / "missing" / "x"));
    }

    // Half-precision storage rounds exactly as numpy's float16 does (nearest, ties to even, subnormals, overflow to
    // inf), and every half survives the round trip through float.
    void halfConversionsEqualNumpy()
    {
        for (std::uint32_t b = 0; b < 65536; ++b) {
            const float f = halfBitsToFloat(std::uint16_t(b));
            if (std::isnan(f)) continue;
            QCOMPARE(floatToHalfBits(f), std::uint16_t(b));
        }
        XRS_REQUIRE_PYTHON("numpy");
        // Random bit patterns over every exponent plus the edge cases, written as raw float32 bits.
        std::vector<std::uint32_t> bits = {0x00000000u, 0x80000000u, 0x477fe000u, 0x477ff000u, 0x477fefffu,
                                           0x47800000u, 0x38800000u, 0x387fc000u, 0x33000000u, 0x33000001u,
                                           0x32ffffffu, 0x3f801000u, 0x3f803000u, 0x7f800000u, 0xff800000u};
        std::uint32_t state = 12345u;
        for (int i = 0; i < 20000; ++i) {
            state = state * 1664525u + 1013904223u;
            const std::uint32_t exponent = 96u + (state >> 24) % 64u;  // 2^-31 … 2^32: underflow to overflow
            state = state * 1664525u + 1013904223u;
            bits.push_back(((state & 1u) << 31) | (exponent << 23) | (state >> 9));
        }
        QTemporaryDir dir;
        const QString file = dir.filePath("bits.u32");
        {
            std::ofstream out(file.toStdString(), std::ios::binary);
            out.write(reinterpret_cast<const char*>(bits.data()), std::streamsize(bits.size() * 4));
        }
        const auto py = test::runPython(R"(
import sys, numpy as np
b = np.fromfile(sys.argv[1], dtype='<u4').view(np.float32)
np.asarray(b.astype(np.float16).view(np.uint16), dtype='<u2').tofile(sys.argv[1] + '.u16')
)", {file});
        QVERIFY2(py.exitCode == 0, qPrintable(py.err));
        std::vector<std::uint16_t> ref(bits.size());
        std::ifstream in((file + ".u16").toStdString(), std::ios::binary);
        in.read(reinterpret_cast<char*>(ref.data()), std::streamsize(ref.size() * 2));
        QVERIFY(in.good());
        for (std::size_t i = 0; i < bits.size(); ++i) {
            const std::uint16_t ours = floatToHalfBits(std::bit_cast<float>(bits[i]));
            if (ours != ref[i]) QFAIL(qPrintable(QString("float bits %1: ours %2, numpy %3").arg(bits[i], 8, 16, QChar('0')).arg(ours, 4, 16).arg(ref[i], 4, 16)));
        }
    }

    void metricsEqualScikitImage()
    {
        XRS_REQUIRE_PYTHON("numpy", "skimage");
        ImageStack a(Shape{1, 37, 41}), b(Shape{1, 37, 41});
        for (std::int64_t r = 0; r < 37; ++r)
            for (std::int64_t c = 0; c < 41; ++c) {
                a.at(0, r, c) = float(0.5 + 0.4 * std::sin(0.3 * double(r) + 0.1 * double(c)));
                b.at(0, r, c) = float(a.at(0, r, c) + 0.05 * std::cos(1.7 * double(r * c)));
            }
        QString values;
        for (std::int64_t r = 0; r < 37; ++r)
            for (std::int64_t c = 0; c < 41; ++c) values += QString::number(a.at(0, r, c), 'g', 9) + "," + QString::number(b.at(0, r, c), 'g', 9) + ";";
        const auto py = test::runPython(R"(
import sys, numpy as np
from skimage.metrics import peak_signal_noise_ratio as psnr
pairs = np.array([[float(v) for v in p.split(',')] for p in sys.argv[1].strip(';').split(';')], dtype=np.float32)
a = pairs[:, 0].reshape(37, 41); b = pairs[:, 1].reshape(37, 41)
to8 = lambda x: np.round(np.clip(x, 0, 1) * 255).astype(np.float64)
print(psnr(b.astype(np.float64), a.astype(np.float64), data_range=1.0))
print(psnr(to8(b), to8(a), data_range=255))
print(np.mean(np.abs(to8(a) - to8(b))))
print(psnr(b[3:-3, 3:-3].astype(np.float64), a[3:-3, 3:-3].astype(np.float64), data_range=1.0))
)", {values});
        QVERIFY2(py.exitCode == 0, qPrintable(py.err));
        const auto ref = py.out.split('\n', Qt::SkipEmptyParts);
        const auto mf = metrics::compareFrame(a, b, 0);
        QVERIFY(std::abs(mf.psnr - ref[0].toDouble()) < 1e-6);
        metrics::Options o8;
        o8.scale = metrics::Scale::EightBit;
        const auto m8 = metrics::compareFrame(a, b, 0, o8);
        QVERIFY(std::abs(m8.psnr - ref[1].toDouble()) < 1e-6);
        QVERIFY(std::abs(m8.aad - ref[2].toDouble()) < 1e-9);
        metrics::Options crop;
        crop.borderCrop = 3;
        QVERIFY(std::abs(metrics::compareFrame(a, b, 0, crop).psnr - ref[3].toDouble()) < 1e-6);
    }

    void summaryQuartilesLikeNumpy()
    {
        const std::vector<double> v{5, 1, 4, 2, 3, 10};
        const auto s = metrics::summarize(v);
        QCOMPARE(s.median, 3.5);
        QCOMPARE(s.q1, 2.25);  // numpy.percentile(v, 25)
        QCOMPARE(s.q3, 4.75);
        QCOMPARE(s.mean, 25.0 / 6.0);
    }

    void phantomProjectionsAreExactLineIntegrals()
    {
        // At angle 0 the projection integrates along y: compare with a fine Riemann sum of the sampled phantom.
        const auto phantom = ct::sheppLogan3D();
        ct::ParallelGeometry g;
        g.cols = 64;
        g.rows = 4;
        g.anglesDeg = {0.0, 90.0};
        const auto p = ct::projectPhantom(phantom, g);
        const int fine = 16;  // 16× finer along the ray
        const auto vol = ct::samplePhantom(phantom, 4, 64 * fine, 64.0 * fine / 2.0);
        for (std::int64_t row = 0; row < 4; ++row) {
            double maxErr = 0, maxVal = 0;
            for (std::int64_t j = 0; j < 64; ++j) {
                // Detector column j at s = (j − 31.5)/32 = x: the fine column with the same x centre.
                double sum = 0;
                const std::int64_t cFine = j * fine + fine / 2;
                for (std::int64_t r = 0; r < 64 * fine; ++r) sum += 0.5 * (vol.at(row, r, cFine) + vol.at(row, r, cFine - 1));
                sum /= fine;  // path length in coarse pixels
                maxErr = std::max(maxErr, std::abs(sum - p.at(0, row, j)));
                maxVal = std::max(maxVal, double(p.at(0, row, j)));
            }
            QVERIFY2(maxErr < 0.03 * maxVal, qPrintable(QString("row %1: max error %2 of %3").arg(row).arg(maxErr).arg(maxVal)));
        }
        // Odd widths work and the default centre is (cols − 1)/2: a centred disc projects symmetrically.
        g.cols = 65;
        g.anglesDeg = {30.0};
        const auto q = ct::projectPhantom({{1.0, 0.5, 0.5, 1000.0, 0, 0, 0, 0}}, g);  // a long cylinder
        for (std::int64_t j = 0; j < 65; ++j) QVERIFY(std::abs(q.at(0, 0, j) - q.at(0, 0, 64 - j)) < 1e-4);
        QVERIFY(std::abs(q.at(0, 0, 32) - 2.0 * 0.5 * 32.5) < 1e-3);  // chord through the centre = diameter in pixels
    }

    void simulatedScanIsDeterministicAndPoisson()
    {
        ct::ParallelGeometry g;
        g.cols = 32;
        g.rows = 2;
        g.anglesDeg = ct::evenAngles(10);
        ct::ScanSimulation sim;
        const auto a = ct::simulateScan(ct::sheppLogan3D(), g, sim);
        const auto b = ct::simulateScan(ct::sheppLogan3D(), g, sim);
        QVERIFY(std::equal(a.projections.values().begin(), a.projections.values().end(), b.projections.values().begin()));
        double mean = 0, var = 0;
        const auto f = a.flats.values();
        for (float v : f) mean += v;
        mean /= double(f.size());
        for (float v : f) var += (v - mean) * (v - mean);
        var /= double(f.size() - 1);
        QVERIFY(std::abs(mean - 20100.0) < 20.0);
        QVERIFY(std::abs(var / mean - 1.0) < 0.15);  // Poisson: variance = mean
    }

    void syntheticVideoCamerasAreBinnedAndSkipped()
    {
        fusion::VideoParams vp;
        vp.frames = 12;
        vp.rows = 64;
        vp.cols = 96;
        const auto gt = fusion::makeMeltPoolVideo(vp);
        QCOMPARE(gt.shape(), (Shape{12, 64, 96}));
        const auto r = gt.computeRange();
        QVERIFY(r.min >= 0.0 && r.max <= 1.0 && r.max - r.min > 0.4);
        // Frames differ (motion) and a second run is identical (seeded).
        double diff = 0;
        for (std::int64_t rr = 0; rr < 64; ++rr)
            for (std::int64_t c = 0; c < 96; ++c) diff += std::abs(gt.at(0, rr, c) - gt.at(11, rr, c));
        QVERIFY(diff > 10.0);
        const auto again = fusion::makeMeltPoolVideo(vp);
        QVERIFY(std::equal(gt.values().begin(), gt.values().end(), again.values().begin()));
        const auto lr = fusion::binFrames(gt, 4);
        QCOMPARE(lr.shape(), (Shape{12, 16, 24}));
        double block = 0;
        for (int dr = 0; dr < 4; ++dr)
            for (int dc = 0; dc < 4; ++dc) block += gt.at(5, 8 + dr, 12 + dc);
        QVERIFY(std::abs(lr.at(5, 2, 3) - block / 16.0) < 1e-6);
        const auto hr = fusion::everyNthFrame(gt, 5);
        QCOMPARE(hr.frames(), 3);  // frames 0, 5, 10
        QCOMPARE(hr.at(2, 30, 40), gt.at(10, 30, 40));
        const auto up = resizeFrames(lr, 64, 96, Interpolation::Bicubic);
        QCOMPARE(up.shape(), gt.shape());
    }

    void devicesAndCudaSelfTest()
    {
        const auto r = queryDevices(true);
        QVERIFY(r.cpuThreads >= 1);
        if (r.cuda.empty()) QSKIP(qPrintable(QString("no CUDA device here: ") + QString::fromStdString(r.cudaStatus)));
        for (const auto& d : r.cuda) QVERIFY2(d.selfTestPassed, d.selfTestMessage.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCore)
#include "TestCore.moc"
