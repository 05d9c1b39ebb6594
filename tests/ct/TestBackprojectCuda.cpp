// CUDA backprojection against the CPU backprojector on exact phantom sinograms (even and odd detector widths,
// 360 angles, rotation axis off the detector centre), with a speed print. Without a usable CUDA device (or in a
// build without CUDA) every case skips with the reason, and asking for CUDA throws that reason as an xrs::Error.
#include <QtTest>

#include <algorithm>
#include <chrono>
#include <cmath>

#include "core/Devices.h"
#include "core/Error.h"
#include "ct/Backproject.h"
#include "ct/Filters.h"
#include "ct/Phantom.h"

using namespace xrs;

namespace {
// Empty when a CUDA device can run the kernel, else the skip message.
QString cudaSkipReason()
{
    const DeviceReport r = queryDevices(false);
    if (!r.cuda.empty()) return {};
    // "no CUDA device: <the runtime's reason>", or "…: engine built without CUDA".
    return QString::fromStdString(ct::cudaBackprojectUnavailable());
}

// Filtered exact projections of the Shepp-Logan phantom: (360 angles, 3 rows, cols), axis `center`.
ImageStack filteredPhantom(std::int64_t cols, double center)
{
    ct::ParallelGeometry g;
    g.cols = cols;
    g.rows = 3;
    g.center = center;
    g.anglesDeg = ct::evenAngles(360);
    const ImageStack sino = ct::projectPhantom(ct::sheppLogan3D(), g);
    return ct::filterSinogram(sino, ct::FilterType::RamLak);
}

double relativeMaxDiff(const ImageStack& gpu, const ImageStack& cpu)
{
    double maxDiff = 0, maxCpu = 0;
    for (std::int64_t s = 0; s < cpu.frames(); ++s)
        for (std::int64_t r = 0; r < cpu.rows(); ++r) {
            const auto a = gpu.row(s, r), b = cpu.row(s, r);
            for (std::size_t c = 0; c < b.size(); ++c) {
                maxDiff = std::max(maxDiff, std::abs(double(a[c]) - double(b[c])));
                maxCpu = std::max(maxCpu, std::abs(double(b[c])));
            }
        }
    return maxCpu > 0 ? maxDiff / maxCpu : maxDiff;
}
}  // namespace

class TestBackprojectCuda : public QObject {
    Q_OBJECT

private slots:
    // Asking for CUDA where there is none is an error that names the reason, never a silent CPU run.
    void unavailableThrowsReason()
    {
        const QString skip = cudaSkipReason();
        if (skip.isEmpty()) QSKIP("a CUDA device is present");
        const ImageStack f = filteredPhantom(64, -1);
        try {
            (void)ct::backprojectOn(ct::ComputeDevice::Cuda, f, {});
            QFAIL("backprojectOn(Cuda) did not throw without a CUDA device");
        } catch (const Error& e) {
            QVERIFY2(QString::fromStdString(e.reason()).contains("no CUDA device"), e.what());
        }
        QSKIP(qPrintable(skip));
    }

    void matchesCpu_data()
    {
        QTest::addColumn<qint64>("cols");
        QTest::addColumn<double>("center");
        QTest::newRow("256 wide, axis 131.3") << qint64(256) << 131.3;
        QTest::newRow("255 wide, axis 124.6") << qint64(255) << 124.6;
    }

    void matchesCpu()
    {
        if (const QString skip = cudaSkipReason(); !skip.isEmpty()) QSKIP(qPrintable(skip));
        QFETCH(qint64, cols);
        QFETCH(double, center);
        const ImageStack f = filteredPhantom(cols, center);
        ct::BackprojectOptions o;
        o.center = center;
        const ImageStack cpu = ct::backproject(f, o);
        ct::CudaBackprojectTiming t;
        const ImageStack gpu = ct::backprojectCuda(f, o, {}, &t);
        QCOMPARE(gpu.shape(), cpu.shape());
        const double rel = relativeMaxDiff(gpu, cpu);
        qInfo("cols %lld: max |gpu − cpu| / max |cpu| = %.3g", static_cast<long long>(cols), rel);
        QVERIFY2(rel <= 1e-4, qPrintable(QString("relative difference %1").arg(rel)));
        // A smaller output than the detector and a batch of one slice at a time take other paths.
        o.outputSize = cols / 2 + 1;
        ct::CudaBackprojectOptions small;
        small.deviceBudget = 1;  // forces one slice per batch
        small.pinnedStaging = false;
        const double rel2 = relativeMaxDiff(ct::backprojectCuda(f, o, small, &t), ct::backproject(f, o));
        QVERIFY2(rel2 <= 1e-4, qPrintable(QString("relative difference %1 (n/2, batches of one)").arg(rel2)));
        QCOMPARE(t.batches, 3);
        // One stream and two give the same slices bit for bit (only the overlap differs).
        ct::CudaBackprojectOptions serial = small, overlapped = small;
        serial.streams = 1;
        overlapped.streams = 2;
        QCOMPARE(relativeMaxDiff(ct::backprojectCuda(f, o, serial), ct::backprojectCuda(f, o, overlapped, &t)), 0.0);
        QCOMPARE(t.streams, 2);
    }

    // Half-precision storage on the GPU reads the same rounded samples the CPU uses.
    void halfStorageMatchesCpu()
    {
        if (const QString skip = cudaSkipReason(); !skip.isEmpty()) QSKIP(qPrintable(skip));
        const ImageStack f = filteredPhantom(255, 124.6);
        ct::BackprojectOptions o;
        o.center = 124.6;
        o.halfStorage = true;
        const double rel = relativeMaxDiff(ct::backprojectCuda(f, o), ct::backproject(f, o));
        qInfo("half storage: max |gpu − cpu| / max |cpu| = %.3g", rel);
        QVERIFY2(rel <= 1e-4, qPrintable(QString("relative difference %1").arg(rel)));
    }

    void speed()
    {
        if (const QString skip = cudaSkipReason(); !skip.isEmpty()) QSKIP(qPrintable(skip));
        // 16 slices of 1024² from 900 angles: large enough that the kernel time means something.
        constexpr std::int64_t cols = 1024, angles = 900, slices = 16;
        ImageStack f(Shape{angles, slices, cols});
        for (std::int64_t a = 0; a < angles; ++a)
            for (std::int64_t s = 0; s < slices; ++s) {
                auto row = f.row(a, s);
                for (std::int64_t c = 0; c < cols; ++c) row[std::size_t(c)] = float(std::sin(0.01 * double(c + a + s)));
            }
        ct::CudaBackprojectTiming t;
        (void)ct::backprojectCuda(f, {}, {}, &t);  // warm-up (context, module load)
        const double updates = double(slices) * double(cols) * double(cols) * double(angles);
        for (const bool half : {false, true})
            for (const int streams : {1, 2}) {
                ct::BackprojectOptions o;
                o.halfStorage = half;
                ct::CudaBackprojectOptions c;
                c.streams = streams;
                (void)ct::backprojectCuda(f, o, c, &t);
                qInfo("CUDA backprojection %lldx%lld^2x%lld, %s, %d stream(s): kernel %.3f ms = %.1f G updates/s; "
                      "with transfers %.1f ms (%d batches)",
                      static_cast<long long>(slices), static_cast<long long>(cols), static_cast<long long>(angles),
                      half ? "half storage" : "float storage", streams, t.kernelSeconds * 1e3,
                      updates / t.kernelSeconds * 1e-9, t.totalSeconds * 1e3, t.batches);
                QVERIFY(t.kernelSeconds > 0);
            }
    }
};

QTEST_GUILESS_MAIN(TestBackprojectCuda)
#include "TestBackprojectCuda.moc"
