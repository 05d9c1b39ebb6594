// The streamed reconstruction (ct/ReconPipeline) and `xrs recon`: a simulated DXchange scan of the 3D Shepp-Logan
// phantom against the phantom and the in-memory FBP, the same scan as TIFF projections + flat/dark TIFFs, chunked
// against unchunked, peak memory of the CLI under a budget, try-centre labels, and cancellation leaving no output.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <stop_token>
#include <vector>

#include "TestSupport.h"
#include "core/Devices.h"
#include "core/Error.h"
#include "core/ImageStack.h"
#include "ct/Fbp.h"
#include "ct/Phantom.h"
#include "ct/Preprocess.h"
#include "ct/ReconPipeline.h"
#include "io/Hdf5.h"
#include "io/StackSource.h"
#include "io/StackWriter.h"

using namespace xrs;
using xrs::test::runXrs;
using xrs::test::toPath;

using xrs::test::maxAbsDiff;
using xrs::test::rmseInCircle;

namespace {

constexpr std::int64_t kCols = 96, kRows = 12, kAngles = 150;

ct::ParallelGeometry geometry(std::int64_t cols = kCols, std::int64_t rows = kRows, std::int64_t angles = kAngles)
{
    ct::ParallelGeometry g;
    g.cols = cols;
    g.rows = rows;
    g.anglesDeg = ct::evenAngles(angles, 180.0);
    return g;
}

ct::SimulatedScan exactScan(const ct::ParallelGeometry& g)
{
    ct::ScanSimulation sim;
    sim.poisson = false;  // exact counts: the only errors left are the FBP's own
    return ct::simulateScan(ct::sheppLogan3D(), g, sim);
}

ImageStack readAll(const std::filesystem::path& p)
{
    return io::openStack(p)->readAll();
}

double maxAbs(const ImageStack& a)
{
    auto r = a.computeRange();
    return std::max(std::abs(r.min), std::abs(r.max));
}

}  // namespace

class TestRecon : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ct::SimulatedScan m_scan;
    std::filesystem::path m_h5, m_ref;
    std::filesystem::path path(const char* name) const { return toPath(m_dir.path()) / name; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_scan = exactScan(geometry());
        m_h5 = path("scan.h5");
        io::writeDxchange(m_h5, m_scan.projections, &m_scan.flats, &m_scan.darks, m_scan.anglesDeg, DType::Float32);
        m_ref = path("ref.tif");
        ct::ReconInput in = ct::openDxchangeInput(m_h5);
        ct::ReconOptions o;
        o.center = (double(kCols) - 1) / 2;
        ct::reconstructScan(in, m_ref, o);
    }

    // (a) Against the phantom and against the in-memory FBP of the exact line integrals.
    void dxchangeMatchesPhantom()
    {
        const ImageStack rec = readAll(m_ref);
        QCOMPARE(rec.shape(), (Shape{kRows, kCols, kCols}));
        ImageStack truth = ct::samplePhantom(ct::sheppLogan3D(), kRows, kCols);
        for (float& v : truth.values()) v *= float(m_scan.muPerPixel);
        // The pipeline must reproduce reconstructSlices of the exact −log data up to float rounding of the counts.
        ImageStack lines = ct::projectPhantom(ct::sheppLogan3D(), geometry());
        for (float& v : lines.values()) v *= float(m_scan.muPerPixel);
        ct::FbpOptions fo;
        fo.anglesDeg = m_scan.anglesDeg;
        const ImageStack direct = ct::reconstructSlices(lines, fo);
        const double scale = maxAbs(truth);
        const double vsDirect = maxAbsDiff(rec, direct) / scale;
        // Against the sampled phantom, the error is the FBP's own (sharp ellipse edges on a 96-pixel grid, 150
        // angles): RMSE in density units (phantom densities span 0..1). At 256 columns TestFbp sees 0.05; the
        // coarser grid here roughly doubles the edge blur share, so 0.12 leaves margin while catching a wrong
        // centre, angle set or scale (each gives > 0.3).
        double worst = 0;
        for (std::int64_t s = 0; s < kRows; ++s)
            worst = std::max(worst, rmseInCircle(rec.frame(s), truth.frame(s), 0.9 * kCols / 2) / m_scan.muPerPixel);
        qInfo("pipeline vs in-memory FBP: max diff %.2e of max; worst slice RMSE vs phantom %.4f (density units)",
              vsDirect, worst);
        QVERIFY2(vsDirect < 1e-4, qPrintable(QString::number(vsDirect)));
        QVERIFY2(worst < 0.12, qPrintable(QString::number(worst)));
        const auto src = io::openStack(m_ref);
        QVERIFY(src->info().metadata.count("recon.center") || !src->info().provenance.empty());
    }

    // (b) The same data as TIFF projections with separate flat and dark TIFFs.
    void tiffInputMatches()
    {
        io::writeStack(path("proj.tif"), m_scan.projections);
        io::writeStack(path("flats.tif"), m_scan.flats);
        io::writeStack(path("darks.tif"), m_scan.darks);
        ct::ReconInput in = ct::openTiffInput(path("proj.tif"), path("flats.tif"), path("darks.tif"));
        ct::ReconOptions o;
        o.center = (double(kCols) - 1) / 2;
        ct::reconstructScan(in, path("tiffrec.tif"), o);
        const ImageStack a = readAll(m_ref), b = readAll(path("tiffrec.tif"));
        const double rel = maxAbsDiff(a, b) / maxAbs(a);
        qInfo("TIFF vs DXchange input: max diff %.2e relative", rel);
        QVERIFY(rel <= 1e-6);
    }

    // (c) Chunks of 2 rows give exactly the unchunked result.
    void chunkedEqualsUnchunked()
    {
        ct::ReconOptions o;
        o.center = (double(kCols) - 1) / 2 + 0.3;
        o.rows = {1, 11};
        o.chunkRows = 2;
        ct::ReconInput in1 = ct::openDxchangeInput(m_h5);
        ct::reconstructScan(in1, path("c2.tif"), o);
        o.chunkRows = 100;
        ct::ReconInput in2 = ct::openDxchangeInput(m_h5);
        ct::reconstructScan(in2, path("call.tif"), o);
        const ImageStack a = readAll(path("c2.tif")), b = readAll(path("call.tif"));
        QCOMPARE(a.frames(), std::int64_t(10));
        QCOMPARE(maxAbsDiff(a, b), 0.0);
    }

    // (d) Peak RSS of `xrs recon` under --memory-mb on a scan several times larger than the budget.
    void boundedMemory()
    {
        // Input written by tifffile (uint16, one contiguous strip block per page): the reader then needs no buffer
        // beyond the rows asked for, so the peak is the pipeline's own. Readers that cache (io/Hdf5's per-dataset
        // chunk cache of up to 32 MiB) add their own fixed share on top; that is not the pipeline's and not asserted.
        // Counts are random: the memory does not depend on what is reconstructed.
        XRS_REQUIRE_PYTHON("numpy", "tifffile");
        const auto py = xrs::test::runPython(
            "import sys, numpy as np, tifffile\n"
            "d = sys.argv[1]\n"
            "r = np.random.default_rng(1)\n"
            "tifffile.imwrite(d + '/bigproj.tif', r.integers(5000, 20000, (360, 256, 256), dtype=np.uint16))\n"
            "tifffile.imwrite(d + '/bigflats.tif', np.full((10, 256, 256), 20000, np.uint16))\n"
            "tifffile.imwrite(d + '/bigdarks.tif', np.full((5, 256, 256), 100, np.uint16))\n"
            "tifffile.imwrite(d + '/tinyproj.tif', r.integers(5000, 20000, (90, 2, 64), dtype=np.uint16))\n"
            "tifffile.imwrite(d + '/tinyflats.tif', np.full((2, 2, 64), 20000, np.uint16))\n",
            {m_dir.path()});
        QVERIFY2(py.exitCode == 0, qPrintable(py.err));
        auto run = [&](const QString& stem, const QString& flats, const QStringList& extra) {
            return runXrs(QStringList{"recon", m_dir.path() + "/" + stem + ".tif", "--flats",
                                      m_dir.path() + "/" + flats + ".tif", "--memory-mb", "16", "--report-memory",
                                      "-o"} +
                          extra);
        };
        auto peakKiB = [](const QString& out) {
            const auto i = out.indexOf("peak RSS: ");
            return i < 0 ? -1.0 : out.mid(i + 10).split(' ').first().toDouble();
        };
        // Fixed overhead = the peak of the same command on a tiny scan (libraries, thread stacks, pool) + 8 MiB for
        // allocator slack, per-thread FFT buffers and the big scan's flats (2.5 MiB as float32).
        const auto tiny = run("tinyproj", "tinyflats", {m_dir.path() + "/tiny.tif", "--center", "31.5"});
        QVERIFY2(tiny.exitCode == 0, qPrintable(tiny.err));
        const double base = peakKiB(tiny.out);
        QVERIFY(base > 0);
        const auto r = run("bigproj", "bigflats",
                           {m_dir.path() + "/big.tif", "--darks", m_dir.path() + "/bigdarks.tif", "--center", "127.5"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const double peak = peakKiB(r.out);
        const double budgetMiB = 16;
        const double dataMiB = double(360 * 256 * 256 + 256 * 256 * 256) * 4 / (1 << 20);
        const double overheadMiB = base / 1024 + 8;
        qInfo("scan+volume %.1f MiB float32, budget %.0f MiB; peak RSS %.1f MiB, tiny-scan baseline %.1f MiB", dataMiB,
              budgetMiB, peak / 1024, base / 1024);
        QVERIFY(dataMiB > 8 * budgetMiB);
        QVERIFY2(peak / 1024 < budgetMiB + overheadMiB, qPrintable(r.out));
        QCOMPARE(io::openStack(path("big.tif"))->shape(), (Shape{256, 256, 256}));
    }

    // (e) Try-centre: frame i is labelled with the exact centre and equals the FBP with that centre.
    void tryCenterLabels()
    {
        const auto centers = ct::parseCenterSweep("45:49:0.5");
        QCOMPARE(centers.size(), std::size_t(9));
        ct::ReconInput in = ct::openDxchangeInput(m_h5);
        ct::tryCenters(in, path("try.tif"), centers, {}, 6);
        const auto src = io::openStack(path("try.tif"));
        QCOMPARE(src->shape().frames, std::int64_t(9));
        const auto& prov = src->info().provenance;
        for (std::size_t i = 0; i < centers.size(); ++i) {
            const std::string line =
                "frame " + std::to_string(i) + ": center " + QString::number(centers[i], 'f', 4).toStdString();
            QVERIFY2(std::find(prov.begin(), prov.end(), line) != prov.end(), line.c_str());
        }
        ct::ReconInput in2 = ct::openDxchangeInput(m_h5);
        ct::tryCenters(in2, path("trydir/"), {46.25, 47.5}, {}, 6);
        QVERIFY(std::filesystem::exists(path("trydir") / "try_center_46.25.tif"));
        QVERIFY(std::filesystem::exists(path("trydir") / "try_center_47.50.tif"));
        // Frame for 47.5 equals the main reconstruction's slice 6 (same centre).
        const ImageStack one = readAll(path("trydir") / "try_center_47.50.tif");
        QCOMPARE(maxAbsDiff(one, readAll(m_ref).frame(6)), 0.0);

        const auto r = runXrs({"recon", QString::fromStdString(m_h5.string()), "-o", m_dir.path() + "/cli_try.tif",
                               "--try-center", "46:48:1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(io::openStack(path("cli_try.tif"))->shape().frames, std::int64_t(3));
    }

    // (f) A stop request leaves nothing at the target.
    void cancelLeavesNoOutput()
    {
        std::stop_source stop;
        int reports = 0;
        const Progress progress(
            [&](double, std::string_view) {
                if (++reports == 2) stop.request_stop();
            },
            stop.get_token());
        ct::ReconInput in = ct::openDxchangeInput(m_h5);
        ct::ReconOptions o;
        o.center = 47.5;
        o.chunkRows = 2;
        QVERIFY_THROWS_EXCEPTION(Cancelled, ct::reconstructScan(in, path("cancelled.tif"), o, progress));
        QVERIFY(!std::filesystem::exists(path("cancelled.tif")));
        for (const auto& e : std::filesystem::directory_iterator(toPath(m_dir.path())))
            QVERIFY2(e.path().filename().string().find("cancelled") == std::string::npos, e.path().c_str());
    }

    // (g) Detector binning 2×: equals the pipeline on projections, flats and darks binned beforehand (centre and rows
    // given in unbinned pixels and mapped), matches the phantom at half resolution, and the CLI reports the centre
    // in unbinned pixels.
    void binning()
    {
        ct::ReconInput in = ct::openDxchangeInput(m_h5);
        ct::ReconOptions o;
        o.bin = 2;
        o.center = 47.5;        // unbinned; the binned axis is (47.5 − 0.5)/2 = 23.5
        o.rows = Range{2, 10};  // unbinned rows 2..9 → binned rows 1..4
        const auto r = ct::reconstructScan(in, path("bin2.tif"), o);
        QCOMPARE(r.center, 47.5);
        const ImageStack rec = readAll(path("bin2.tif"));
        QCOMPARE(rec.shape(), (Shape{4, kCols / 2, kCols / 2}));

        const std::filesystem::path pre = path("prebinned.h5");
        const ImageStack p2 = ct::binDetector(m_scan.projections, 2), f2 = ct::binDetector(m_scan.flats, 2),
                         d2 = ct::binDetector(m_scan.darks, 2);
        io::writeDxchange(pre, p2, &f2, &d2, m_scan.anglesDeg, DType::Float32);
        ct::ReconInput inPre = ct::openDxchangeInput(pre);
        ct::ReconOptions oPre;
        oPre.center = 23.5;
        oPre.rows = Range{1, 5};
        ct::reconstructScan(inPre, path("prebinned.tif"), oPre);
        const double diff = maxAbsDiff(rec, readAll(path("prebinned.tif"))) / maxAbs(rec);
        // Against the full-resolution reconstruction averaged over 2×2×2 voxels (the same partial volumes), scaled ×2
        // (attenuation per binned pixel).
        const ImageStack full = readAll(m_ref);
        ImageStack down = ImageStack::uninitialized({4, kCols / 2, kCols / 2});
        for (std::int64_t z = 0; z < 4; ++z)
            for (std::int64_t y = 0; y < kCols / 2; ++y)
                for (std::int64_t x = 0; x < kCols / 2; ++x) {
                    double sum = 0;
                    for (int dz = 0; dz < 2; ++dz)
                        for (int dy = 0; dy < 2; ++dy)
                            for (int dx = 0; dx < 2; ++dx) sum += full.at(2 * (z + 1) + dz, 2 * y + dy, 2 * x + dx);
                    down.at(z, y, x) = float(sum / 8 * 2);
                }
        double worst = 0;
        for (std::int64_t s = 0; s < 4; ++s)
            worst =
                std::max(worst, rmseInCircle(rec.frame(s), down.frame(s), 0.9 * kCols / 4) / (2 * m_scan.muPerPixel));
        qInfo(
            "bin 2: vs prebinned %.2e relative, worst RMSE vs the 2×2×2-averaged full reconstruction %.4f "
            "(density units)",
            diff, worst);
        QVERIFY(diff < 1e-6);
        QVERIFY2(worst < 0.1, qPrintable(QString::number(worst)));
        const auto prov = io::openStack(path("bin2.tif"))->info().provenance;
        QVERIFY(std::any_of(prov.begin(), prov.end(), [](const std::string& l) {
            return l.find("center 47.500") != std::string::npos && l.find("detector binned 2×2") != std::string::npos;
        }));

        const auto cli =
            runXrs({"recon", QString::fromStdString(m_h5.string()), "-o", m_dir.path() + "/bin4.tif", "--bin", "4"});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        const auto i = cli.out.indexOf("center used: ");
        const double c = cli.out.mid(i + 13).split('\n').first().toDouble();
        QVERIFY2(std::abs(c - 47.5) < 1.0, qPrintable(cli.out));  // found on the 24-wide binned grid, reported unbinned
        QCOMPARE(io::openStack(path("bin4.tif"))->shape(), (Shape{kRows / 4, kCols / 4, kCols / 4}));
    }

    // (g2) Parts of a job split by rows find the same automatic centre when given the same --center-rows.
    void centerRowsShared()
    {
        double centers[2];
        const Range parts[2] = {{0, 4}, {8, 12}};
        for (int i = 0; i < 2; ++i) {
            ct::ReconInput in = ct::openDxchangeInput(m_h5);
            ct::ReconOptions o;
            o.rows = parts[i];
            o.centerRows = Range{0, kRows};
            centers[i] = ct::reconstructScan(in, path(i == 0 ? "part0.tif" : "part1.tif"), o).center;
        }
        qInfo("auto centre of two parts with shared centre rows: %.4f and %.4f", centers[0], centers[1]);
        QCOMPARE(centers[0], centers[1]);
        QVERIFY(std::abs(centers[0] - 47.5) < 0.3);
        const auto cli = runXrs({"recon", QString::fromStdString(m_h5.string()), "-o", m_dir.path() + "/part2.tif",
                                 "--rows", "4:8", "--center-rows", QString("0:%1").arg(kRows)});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        QVERIFY2(cli.out.contains(QString("center used: %1").arg(centers[0], 0, 'f', 3)), qPrintable(cli.out));
    }

    // (h) A cancelled try-centre sweep into a folder leaves no folder and no files.
    void cancelledSweepLeavesNoFolder()
    {
        std::stop_source stop;
        int reports = 0;
        const Progress progress(
            [&](double, std::string_view) {
                if (++reports == 2) stop.request_stop();
            },
            stop.get_token());
        ct::ReconInput in = ct::openDxchangeInput(m_h5);
        QVERIFY_THROWS_EXCEPTION(Cancelled, ct::tryCenters(in, path("sweep/"), {46, 46.5, 47, 47.5}, {}, 6, progress));
        QVERIFY(!std::filesystem::exists(path("sweep")));
        for (const auto& e : std::filesystem::directory_iterator(toPath(m_dir.path())))
            QVERIFY2(e.path().filename().string().find("sweep") == std::string::npos, e.path().c_str());
    }

    // CLI: the centre is printed, auto centre finds the simulated axis, CUDA is refused clearly.
    void cliReconAutoCenter()
    {
        const auto r = runXrs({"recon", QString::fromStdString(m_h5.string()), "-o", m_dir.path() + "/auto.tif",
                               "--dtype", "uint16", "--range", "auto", "--ring", "sort:11"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto i = r.out.indexOf("center used: ");
        QVERIFY(i >= 0);
        const double c = r.out.mid(i + 13).split('\n').first().toDouble();
        QVERIFY2(std::abs(c - 47.5) < 0.3, qPrintable(r.out));
        const auto cuda = runXrs(
            {"recon", QString::fromStdString(m_h5.string()), "-o", m_dir.path() + "/cuda.tif", "--device", "cuda"});
        if (queryDevices(false).cuda.empty()) {
            // No usable device: refused up front with the reason, nothing written.
            QVERIFY(cuda.exitCode != 0);
            QVERIFY2(cuda.err.contains("no CUDA device") && cuda.err.contains("use --device cpu"),
                     qPrintable(cuda.err));
            QVERIFY(!std::filesystem::exists(path("cuda.tif")));
        } else {
            QVERIFY2(cuda.exitCode == 0, qPrintable(cuda.err));
            QVERIFY(std::filesystem::exists(path("cuda.tif")));
        }
        const auto bad = runXrs({"recon", QString::fromStdString(m_h5.string()), "-o", m_dir.path() + "/bad.tif",
                                 "--device", "gpu0"});
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains("--device") && bad.err.contains("cpu, cuda or cuda:N"), qPrintable(bad.err));
    }

    // --storage float16: the metadata says so and the slices stay within the half-precision error of float32.
    void cliHalfStorage()
    {
        const QString in = QString::fromStdString(m_h5.string());
        for (const char* storage : {"float32", "float16"}) {
            const auto r = runXrs({"recon", in, "-o", m_dir.path() + "/storage_" + storage + ".tif", "--center", "47.5",
                                   "--rows", "4:8", "--storage", storage});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        // TIFF keeps the parameters in the provenance lines (HDF5 outputs also as recon.* attributes).
        const auto half = io::openStack(path("storage_float16.tif"));
        QVERIFY(half->info().provenance.back().find("half-precision storage") != std::string::npos);
        QVERIFY(io::openStack(path("storage_float32.tif"))->info().provenance.back().find("half") == std::string::npos);
        const ImageStack a = half->readAll(), b = readAll(path("storage_float32.tif"));
        double maxB = 0;
        for (std::int64_t s = 0; s < b.frames(); ++s)
            for (std::int64_t r = 0; r < b.rows(); ++r)
                for (float v : b.row(s, r)) maxB = std::max(maxB, double(std::abs(v)));
        const double rel = test::maxAbsDiff(a, b) / maxB;
        qInfo("recon --storage float16 vs float32: max relative difference %.2e", rel);
        QVERIFY(rel > 0 && rel < 2e-3);
    }
};

QTEST_GUILESS_MAIN(TestRecon)
#include "TestRecon.moc"
