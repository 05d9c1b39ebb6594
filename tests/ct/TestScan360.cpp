// 360° scans (ct/Scan360): exact Shepp-Logan projections over a full turn with the rotation axis near one detector
// edge (the detector sees only a bit more than half of the object) are stitched into a 180° sinogram and
// reconstructed; the mirrored-pair centre finder is checked on several off-centre axes; a centred 360° scan must give
// the slice of its own first half; the streamed pipeline detects a 360° DXchange scan, finds the off-centre axis and
// writes slices as wide as the stitched detector; and the pipeline's --zinger removes spikes from the raw counts.
//
// Why the RMSE bound of the stitched case is the 180° full-detector one: away from the overlap the stitched sinogram
// is the exact line integrals of a detector covering the whole object; inside the overlap it is a convex blend of two
// exact samples of the same line (mirrored views), exact again up to float rounding (integer axes need no
// interpolation). So the reconstruction differs from the full-detector 180° one only by that rounding, and the
// remaining error is FBP's own discretisation (sharp ellipse edges), the same in both cases.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include "TestSupport.h"
#include "core/Error.h"
#include "core/ImageStack.h"
#include "ct/Fbp.h"
#include "ct/Phantom.h"
#include "ct/ReconPipeline.h"
#include "ct/Scan360.h"
#include "io/Hdf5.h"
#include "io/StackSource.h"

using namespace xrs;

using xrs::test::maxAbsDiff;
using xrs::test::rmseInCircle;

namespace {

constexpr std::int64_t kCols = 128;
constexpr std::int64_t kRows = 3;

ImageStack project(std::int64_t cols, double center, double radius, const std::vector<double>& angles,
                   std::int64_t rows = kRows)
{
    ct::ParallelGeometry g;
    g.cols = cols;
    g.rows = rows;
    g.center = center;
    g.radius = radius;
    g.anglesDeg = angles;
    return ct::projectPhantom(ct::sheppLogan3D(), g);
}



}  // namespace

class TestScan360 : public QObject {
    Q_OBJECT

private slots:
    void halfAcquisitionReconstructs()
    {
        const double radius = 100;  // object radius in pixels: the 128-column detector covers 20 px past the axis
        const std::int64_t width = 215;
        const ImageStack truth = ct::samplePhantom(ct::sheppLogan3D(), kRows, width, radius);

        // Reference: a detector wide enough for the whole object, 180°.
        ct::FbpOptions ref;
        ref.anglesDeg = ct::evenAngles(180, 180.0);
        const ImageStack full = ct::reconstructSlices(project(width, -1, radius, ref.anglesDeg), ref);
        const double rmseFull = rmseInCircle(full, truth, 0.9 * radius);

        for (const double axis : {double(kCols - 1 - 20), 20.0}) {
            const std::vector<double> angles = ct::evenAngles(360, 360.0);
            const ImageStack proj = project(kCols, axis, radius, angles);
            const ct::Stitched360 st = ct::stitch360(proj, angles, axis);
            QCOMPARE(st.sinograms.cols(), width);
            QCOMPARE(st.sinograms.frames(), std::int64_t(180));
            QCOMPARE(st.center, 107.0);
            ct::FbpOptions fo;
            fo.center = st.center;
            fo.anglesDeg = st.anglesDeg;
            const ImageStack rec = ct::reconstructSlices(st.sinograms, fo);
            QCOMPARE(rec.cols(), width);
            const double rmse = rmseInCircle(rec, truth, 0.9 * radius);
            qInfo("axis %.1f: stitched 360° RMSE %.4f vs full-detector 180° %.4f (density units); max |diff| %.2e",
                  axis, rmse, rmseFull, maxAbsDiff(rec, full));
            QVERIFY(rmse <= 1.05 * rmseFull + 1e-3);
            QVERIFY(maxAbsDiff(rec, full) < 1e-3);
        }
    }

    void fractionalAxisStitches()
    {
        // Sub-pixel axes interpolate the mirrored half: the error grows a little but stays near the exact case.
        const double radius = 100, axis = 106.6;
        const std::vector<double> angles = ct::evenAngles(360, 360.0);
        const ct::Stitched360 st = ct::stitch360(project(kCols, axis, radius, angles), angles, axis);
        QCOMPARE(st.sinograms.cols(), std::int64_t(214));
        ct::FbpOptions fo;
        fo.center = st.center;
        fo.anglesDeg = st.anglesDeg;
        const ImageStack rec = ct::reconstructSlices(st.sinograms, fo);
        const ImageStack truth = ct::samplePhantom(ct::sheppLogan3D(), kRows, rec.cols(), radius);
        const double rmse = rmseInCircle(rec, truth, 0.9 * radius);
        qInfo("axis %.1f: stitched RMSE %.4f", axis, rmse);
        QVERIFY(rmse < 0.1);
    }

    void centerFinder360()
    {
        const std::vector<double> angles = ct::evenAngles(360, 360.0);
        for (const double axis : {107.0, 20.0, 90.3, 30.7, 63.5, 100.25}) {
            const ImageStack proj = project(kCols, axis, 100, angles, 1);
            const double found = ct::findCenter360(proj, angles);
            qInfo("360° centre: true %.2f found %.3f", axis, found);
            QVERIFY2(std::abs(found - axis) <= 0.5, qPrintable(QString("true %1 found %2").arg(axis).arg(found)));
        }
    }

    void centredAxisMatchesFirstHalf()
    {
        const double radius = 60, axis = (kCols - 1) / 2.0;
        const std::vector<double> angles = ct::evenAngles(360, 360.0);
        const ImageStack proj = project(kCols, axis, radius, angles);
        const ct::Stitched360 st = ct::stitch360(proj, angles, axis);
        QCOMPARE(st.sinograms.cols(), kCols);
        QCOMPARE(st.center, axis);
        ct::FbpOptions fo;
        fo.center = st.center;
        fo.anglesDeg = st.anglesDeg;
        const ImageStack rec = ct::reconstructSlices(st.sinograms, fo);

        ct::FbpOptions half;
        half.center = axis;
        half.anglesDeg.assign(angles.begin(), angles.begin() + 180);
        const ImageStack first = ct::reconstructSlices(proj.frameRange({0, 180}), half);
        const double peak = std::max(std::abs(first.computeRange().max), std::abs(first.computeRange().min));
        const double diff = maxAbsDiff(rec, first);
        qInfo("centred 360° vs first 180°: max |diff| %.2e of peak %.3f", diff, peak);
        QVERIFY(diff <= 1e-4 * peak);
    }

    void pipelineStitches360()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        constexpr std::int64_t cols = 96, rows = 4;
        const double axis = double(cols - 1 - 16), radius = 72;
        ct::ParallelGeometry g;
        g.cols = cols;
        g.rows = rows;
        g.center = axis;
        g.radius = radius;
        g.anglesDeg = ct::evenAngles(240, 360.0);
        ct::ScanSimulation sim;
        sim.poisson = false;
        sim.muPerPixel = 1.0 / radius;  // transmission stays above e^-2 through the widest chord
        const ct::SimulatedScan scan = ct::simulateScan(ct::sheppLogan3D(), g, sim);
        const std::filesystem::path h5 = std::filesystem::path(dir.path().toStdString()) / "scan360.h5";
        const std::filesystem::path out = std::filesystem::path(dir.path().toStdString()) / "rec.tif";
        io::writeDxchange(h5, scan.projections, &scan.flats, &scan.darks, scan.anglesDeg, DType::Float32);

        ct::ReconInput in = ct::openDxchangeInput(h5);
        ct::ReconOptions o;
        o.chunkRows = 3;  // two chunks, the second partial
        const ct::ReconResult r = ct::reconstructScan(in, out, o);
        QVERIFY(r.scan360);
        qInfo("pipeline 360°: axis %.2f found %.3f, slices %lld wide", axis, r.center, (long long)r.sliceSize);
        QVERIFY(std::abs(r.center - axis) <= 0.5);
        const ct::StitchGeometry sg = ct::stitchGeometry(cols, r.center);
        QCOMPARE(r.sliceSize, sg.width);
        const ImageStack rec = io::openStack(out)->readAll();
        QCOMPARE(rec.shape(), (Shape{rows, sg.width, sg.width}));

        // Same as stitching + FBP of the exact line integrals in memory at the centre used.
        ImageStack lines = ct::projectPhantom(ct::sheppLogan3D(), g);
        for (float& v : lines.values()) v *= float(sim.muPerPixel);
        const ct::Stitched360 st = ct::stitch360(lines, g.anglesDeg, r.center);
        ct::FbpOptions fo;
        fo.center = st.center;
        fo.anglesDeg = st.anglesDeg;
        const ImageStack direct = ct::reconstructSlices(st.sinograms, fo);
        const double peak = std::max(std::abs(direct.computeRange().max), std::abs(direct.computeRange().min));
        const double vsDirect = maxAbsDiff(rec, direct) / peak;
        ImageStack truth = ct::samplePhantom(ct::sheppLogan3D(), rows, sg.width, radius);
        for (float& v : truth.values()) v *= float(sim.muPerPixel);
        const double rmse = rmseInCircle(rec, truth, 0.9 * radius) / sim.muPerPixel;
        qInfo("pipeline 360° vs in-memory stitch+FBP: max diff %.2e of peak; RMSE vs phantom %.4f", vsDirect, rmse);
        QVERIFY(vsDirect < 1e-4);
        QVERIFY(rmse < 0.12);  // the TestRecon bound for the same coarse grid (96 detector columns, 240/2 angles)
    }

    // --zinger (TestRecon style): bright single-pixel spikes in the raw counts are removed before the normalisation.
    void zingersRemovedInPipeline()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path root(dir.path().toStdString());
        ct::ParallelGeometry g;
        g.cols = 64;
        g.rows = 32;  // fine enough along z that the exact counts vary smoothly within a 3×3 window
        g.anglesDeg = ct::evenAngles(120, 180.0);
        ct::ScanSimulation sim;
        sim.poisson = false;
        ct::SimulatedScan scan = ct::simulateScan(ct::sheppLogan3D(), g, sim);
        io::writeDxchange(root / "clean.h5", scan.projections, &scan.flats, &scan.darks, scan.anglesDeg,
                          DType::Float32);
        std::int64_t spikes = 0;
        for (std::int64_t a = 3; a < 120; a += 7, ++spikes)  // isolated pixels, 4× the counts
            scan.projections.at(a, 12 + a % 8, 8 + (a * 5) % 48) *= 4.0f;
        io::writeDxchange(root / "spiked.h5", scan.projections, &scan.flats, &scan.darks, scan.anglesDeg,
                          DType::Float32);

        auto run = [&](const char* file, const char* out, std::optional<double> zinger) {
            ct::ReconInput in = ct::openDxchangeInput(root / file);
            ct::ReconOptions o;
            o.center = 31.5;
            o.zinger = zinger;
            ct::reconstructScan(in, root / out, o);
            return io::openStack(root / out)->readAll();
        };
        const ImageStack clean = run("clean.h5", "clean.tif", std::nullopt);
        const ImageStack spiked = run("spiked.h5", "spiked.tif", std::nullopt);
        const ImageStack fixedUp = run("spiked.h5", "fixed.tif", 0.5);
        const ImageStack cleanFiltered = run("clean.h5", "clean_z.tif", 0.5);
        const double peak = std::max(std::abs(clean.computeRange().max), std::abs(clean.computeRange().min));
        const double before = maxAbsDiff(spiked, clean) / peak, after = maxAbsDiff(fixedUp, clean) / peak;
        const double untouched = maxAbsDiff(cleanFiltered, clean) / peak;
        qInfo("zingers: %lld spikes; max diff vs clean %.3e without, %.3e with --zinger 0.5; clean data changed %.1e",
              (long long)spikes, before, after, untouched);
        QVERIFY(before > 0.05);       // the spikes do show (streaks)
        // Gone: a spiked pixel gets its 3×3 median, not its true value, so a small residual remains (~1 %).
        QVERIFY(after < 0.02 && after < before / 20);
        QVERIFY(untouched < 1e-6);    // the filter leaves spike-free exact data alone
    }

    void rejectsShortScans()
    {
        const std::vector<double> angles = ct::evenAngles(180, 180.0);
        QVERIFY(!ct::spans360(angles));
        QVERIFY(ct::spans360(ct::evenAngles(360, 360.0)));
        QVERIFY_THROWS_EXCEPTION(Error, ct::stitch360(project(kCols, 63.5, 60, angles, 1), angles, 63.5));
    }
};

QTEST_GUILESS_MAIN(TestScan360)
#include "TestScan360.moc"
