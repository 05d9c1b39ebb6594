// Noise2Inverse split reconstructions (the subsets themselves: TestSplits): each split's reconstruction uses only its
// projections with the same centre, so (FBP being linear with per-split weights π/N_k) the mean of the K split
// reconstructions equals the full reconstruction.
#include <QtTest>

#include <algorithm>

#include "TestSupport.h"
#include "core/Error.h"
#include "ct/Phantom.h"
#include "ct/ReconPipeline.h"
#include "denoise/Splits.h"
#include "io/Hdf5.h"
#include "io/StackSource.h"

using namespace xrs;

class TestDenoiseSplits : public QObject {
    Q_OBJECT
private slots:
    void meanOfSplitsIsTheFullReconstruction()
    {
        QTemporaryDir dir;
        const auto root = test::toPath(dir.path());
        ct::ParallelGeometry g;
        g.cols = 64;
        g.rows = 4;
        g.anglesDeg = ct::evenAngles(120);
        ct::ScanSimulation sim;
        sim.poisson = true;
        const auto scan = ct::simulateScan(ct::sheppLogan3D(), g, sim);
        io::writeDxchange(root / "scan.h5", scan.projections, &scan.flats, &scan.darks, scan.anglesDeg, DType::Float32);
        auto open = [&] { return ct::openDxchangeInput(root / "scan.h5"); };
        for (int k : {2, 4}) {
            ct::ReconOptions o;  // automatic centre: found once on the whole scan
            const auto sr = denoise::reconstructSplits(open, root / std::to_string(k), k, o);
            QCOMPARE(int(sr.files.size()), k);
            ct::ReconInput in = open();
            ct::ReconOptions full;
            full.center = sr.center;
            ct::reconstructScan(in, root / "full.tif", full);
            const ImageStack ref = io::openStack(root / "full.tif")->readAll();
            ImageStack mean(ref.shape());
            for (const auto& f : sr.files) {
                const ImageStack s = io::openStack(f)->readAll();
                QCOMPARE(s.shape(), ref.shape());
                for (std::int64_t z = 0; z < s.frames(); ++z)
                    for (std::int64_t r = 0; r < s.rows(); ++r)
                        for (std::int64_t c = 0; c < s.cols(); ++c) mean.at(z, r, c) += s.at(z, r, c) / float(k);
            }
            const auto range = ref.computeRange();
            const double rel = test::maxAbsDiff(mean, ref) / std::max(std::abs(range.min), std::abs(range.max));
            qInfo("K=%d: centre %.3f, mean of the splits vs the full reconstruction %.2e relative", k, sr.center, rel);
            QVERIFY(std::abs(sr.center - 31.5) < 0.3);
            QVERIFY(rel < 1e-5);
            // Each split alone is noisier than the full reconstruction.
            const ImageStack one = io::openStack(sr.files[0])->readAll();
            QVERIFY(test::maxAbsDiff(one, ref) > 10 * test::maxAbsDiff(mean, ref));
        }
    }
};

QTEST_GUILESS_MAIN(TestDenoiseSplits)
#include "TestDenoiseSplits.moc"
