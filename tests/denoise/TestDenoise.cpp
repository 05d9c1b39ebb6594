// Noise2Inverse-2.5D end to end on a noisy synthetic foam (a sphere with random pores and inclusions, Poisson noise on
// the projections, 64² × 16 slices so it trains on a CPU in well under a minute): denoised PSNR against the phantom at
// least 3 dB above plain FBP; tiled inference equal to whole-slice inference away from tile borders, with no seam;
// a training run stopped by SIGTERM checkpoints, and the restarted run resumes there and finishes with the same step
// count and the same result as an uninterrupted run.
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <cmath>
#include <random>

#include "TestSupport.h"
#include "ct/Phantom.h"
#include "ct/ReconPipeline.h"
#include "denoise/Noise2Inverse.h"
#include "denoise/Splits.h"
#include "io/Hdf5.h"
#include "io/StackSource.h"
#include "io/StackWriter.h"
#include "metrics/Metrics.h"

using namespace xrs;
namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kCols = 64, kSlices = 16, kAngles = 128;

std::vector<ct::Ellipsoid> foam(std::uint64_t seed)
{
    std::vector<ct::Ellipsoid> e{{1.0, 0.8, 0.8, 0.95, 0, 0, 0, 0}};
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> pos(-0.55, 0.55), rad(0.06, 0.16), zpos(-0.8, 0.8);
    for (int i = 0; i < 28; ++i) {
        const double r = rad(rng);
        e.push_back({i % 4 == 0 ? 0.6 : -1.0, r, r, r, pos(rng), pos(rng), zpos(rng), 0});
    }
    return e;
}

// Mean PSNR and SSIM (skimage's 7×7 window) over the slices, with the phantom's value range as data range.
std::pair<double, double> meanQuality(const ImageStack& a, const ImageStack& truth, double range)
{
    metrics::Options o;
    o.dataRange = range;
    o.ssim = true;
    double p = 0, s = 0;
    const auto per = metrics::compareStacks(a, truth, o);
    for (const auto& m : per) {
        p += m.psnr;
        s += m.ssim;
    }
    return {p / double(per.size()), s / double(per.size())};
}

}  // namespace

class TestDenoise : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    fs::path m_root;
    std::vector<fs::path> m_splits;
    ImageStack m_truth, m_plain;
    double m_range = 1;

    // `xrs denoise` on the test's split reconstructions with a tiny network, plus the run's own options.
    QStringList tinyDenoise(const QString& progress, const QStringList& extra) const
    {
        return QStringList{progress,
                           "denoise",
                           QString::fromStdString((m_root / "scan.h5").string()),
                           "--split-recons",
                           QString::fromStdString(m_splits[0].string() + "," + m_splits[1].string()),
                           "--context",
                           "1",
                           "--depth",
                           "2",
                           "--width",
                           "8",
                           "--patch",
                           "32"} +
               extra;
    }

    denoise::NetworkConfig smallNet() const
    {
        denoise::NetworkConfig n;
        n.context = 2;
        n.depth = 2;
        n.width = 16;
        return n;
    }

private slots:
    void initTestCase()
    {
        m_root = test::toPath(m_dir.path());
        const auto phantom = foam(7);
        ct::ParallelGeometry g;
        g.cols = kCols;
        g.rows = kSlices;
        g.anglesDeg = ct::evenAngles(kAngles);
        ct::ScanSimulation sim;
        sim.flatCounts = 600;  // a low dose: the noise dominates the FBP error
        const auto scan = ct::simulateScan(phantom, g, sim);
        io::writeDxchange(m_root / "scan.h5", scan.projections, &scan.flats, &scan.darks, scan.anglesDeg,
                          DType::Float32);
        auto open = [&] { return ct::openDxchangeInput(m_root / "scan.h5"); };
        ct::ReconOptions o;
        o.center = (kCols - 1) / 2.0;
        m_splits = denoise::reconstructSplits(open, m_root / "splits", 2, o).files;
        ct::ReconInput in = open();
        ct::reconstructScan(in, m_root / "plain.tif", o);
        m_plain = io::openStack(m_root / "plain.tif")->readAll();
        m_truth = ct::samplePhantom(phantom, kSlices, kCols);
        for (float& v : m_truth.values()) v *= float(scan.muPerPixel);
        const auto r = m_truth.computeRange();
        m_range = r.max - r.min;
    }

    void beatsPlainFbp()
    {
        denoise::TrainConfig tc;
        tc.epochs = 8;
        tc.slicesPerEpoch = 160;
        tc.batch = 4;
        tc.patch = 32;
        tc.learningRate = 2e-3;
        const auto report = denoise::train(m_splits, smallNet(), tc, m_root / "ck");
        QCOMPARE(report.steps, report.totalSteps);
        QCOMPARE(report.totalSteps, std::int64_t(8 * 40));
        const ImageStack den = denoise::denoiseSlices(m_splits, m_root / "ck", Range::all(), {});
        QCOMPARE(den.shape(), m_truth.shape());
        const auto [plain, plainSsim] = meanQuality(m_plain, m_truth, m_range);
        const auto [ours, oursSsim] = meanQuality(den, m_truth, m_range);
        qInfo(
            "foam 64²×16, 128 projections: PSNR plain FBP %.2f dB, Noise2Inverse %.2f dB (%+.2f dB); SSIM %.4f → "
            "%.4f; training %.1f slices/s, last loss %.4f",
            plain, ours, ours - plain, plainSsim, oursSsim, report.slicesPerSecond, report.lastLoss);
        QVERIFY(ours >= plain + 3.0);
        QVERIFY(oursSsim > plainSsim);
    }

    void tiledEqualsWhole()
    {
        denoise::InferConfig whole;
        denoise::InferConfig tiled;
        tiled.tile = 48;  // two tiles per axis on 64² slices, starting at 0 and 16
        tiled.overlap = 32;
        const Range r{6, 9};
        const ImageStack a = denoise::denoiseSlices(m_splits, m_root / "ck", r, whole);
        const ImageStack b = denoise::denoiseSlices(m_splits, m_root / "ck", r, tiled);
        // Away from the tile borders (outside the blended band 24..39) the values come from one tile whose edge is
        // far: close to the whole-slice values. Across the band no seam: the step between neighbouring pixels
        // matches the whole-slice one.
        double far = 0, all = 0, seam = 0, peak = 0;
        for (std::int64_t z = 0; z < a.frames(); ++z)
            for (std::int64_t y = 0; y < kCols; ++y)
                for (std::int64_t x = 0; x < kCols; ++x) {
                    const double d = std::abs(a.at(z, y, x) - b.at(z, y, x));
                    all = std::max(all, d);
                    const bool inBand = (x >= 24 && x < 40) || (y >= 24 && y < 40);
                    if (!inBand && std::min({x, y, 63 - x, 63 - y}) >= 0) far = std::max(far, inBand ? 0.0 : d);
                    peak = std::max(peak, double(std::abs(a.at(z, y, x))));
                    if (x > 0)
                        seam = std::max(seam, std::abs(double(b.at(z, y, x) - b.at(z, y, x - 1)) -
                                                       double(a.at(z, y, x) - a.at(z, y, x - 1))));
                }
        qInfo(
            "tiled (48, overlap 32) vs whole slice, relative to the peak %.3e: outside the blend band %.2e, "
            "anywhere %.2e, neighbour-step difference %.2e",
            peak, far / peak, all / peak, seam / peak);
        QVERIFY(far / peak < 2e-3);
        QVERIFY(all / peak < 1e-2);
        QVERIFY(seam / peak < 1e-2);
    }

    // Two ranks (Gloo over loopback, RANK/WORLD_SIZE/MASTER_*) with batch 2 each against one process with batch 4:
    // the same samples, averaged gradients, so the same weights (GroupNorm: no per-rank batch statistics).
    void dataParallelMatchesOneProcess()
    {
        const QString d = m_dir.path();
        const QStringList common =
            tinyDenoise("--progress=none", {"--norm", "group", "--train-epochs", "2", "--slices-per-epoch", "40"});
        const auto one = test::runXrs(QStringList(common) << "--batch"
                                                          << "4"
                                                          << "-o" << d + "/dp1.tif"
                                                          << "--checkpoint" << d + "/dp1");
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        const auto ranks = test::runXrsRanks(2, QStringList(common) << "--batch"
                                                                    << "2"
                                                                    << "-o" << d + "/dp2.tif"
                                                                    << "--checkpoint" << d + "/dp2");
        for (const auto& r : ranks) QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(ranks[0].out.contains("20/20 steps"), qPrintable(ranks[0].out));
        const ImageStack a = io::openStack(test::toPath(d) / "dp1.tif")->readAll();
        const ImageStack b = io::openStack(test::toPath(d) / "dp2.tif")->readAll();
        const auto range = a.computeRange();
        const double rel = test::maxAbsDiff(a, b) / std::max(std::abs(range.min), std::abs(range.max));
        qInfo("2 ranks × batch 2 vs 1 process × batch 4 after 20 steps: denoised volumes differ by %.2e relative", rel);
        QVERIFY(rel < 1e-4);
    }

    void resumesAfterSigterm()
    {
        const QStringList common =
            tinyDenoise("--progress=lines", {"--batch", "2", "--train-epochs", "4", "--slices-per-epoch", "200"});
        // Uninterrupted reference run.
        const auto ref = test::runXrs(QStringList(common).mid(1) << "-o" << m_dir.path() + "/ref.tif"
                                                                 << "--checkpoint" << m_dir.path() + "/ck_ref");
        QVERIFY2(ref.exitCode == 0, qPrintable(ref.err));
        QVERIFY(ref.out.contains("400/400 steps"));

        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);  // progress lines arrive on stderr
        p.start(XRS_CLI_PATH, QStringList(common) << "-o" << m_dir.path() + "/out.tif"
                                                  << "--checkpoint" << m_dir.path() + "/ck_resume");
        QVERIFY(p.waitForStarted());
        QByteArray err;
        bool stopped = false;
        while (p.state() == QProcess::Running && p.waitForReadyRead(30000)) {
            err += p.readAll();
            static const QRegularExpression step("training step (\\d+)/");
            auto it = step.globalMatch(QString::fromUtf8(err));
            int latest = 0;
            while (it.hasNext()) latest = it.next().captured(1).toInt();
            if (!stopped && latest >= 40) {
                p.terminate();  // SIGTERM, as a scheduler at the wall-time limit
                stopped = true;
            }
        }
        p.waitForFinished(60000);
        QVERIFY(stopped);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(denoise::hasCheckpoint(test::toPath(m_dir.path()) / "ck_resume"));
        QVERIFY(!fs::exists(test::toPath(m_dir.path()) / "out.tif"));

        const auto again = test::runXrs(QStringList(common).mid(1) << "-o" << m_dir.path() + "/out.tif"
                                                                   << "--checkpoint" << m_dir.path() + "/ck_resume");
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        qInfo("restart: %s", qPrintable(again.out.split('\n').filter("training").join(" ")));
        QVERIFY(again.out.contains("resumed at"));
        QVERIFY(again.out.contains("400/400 steps"));
        const ImageStack a = io::openStack(test::toPath(m_dir.path()) / "out.tif")->readAll();
        const ImageStack b = io::openStack(test::toPath(m_dir.path()) / "ref.tif")->readAll();
        const double diff = test::maxAbsDiff(a, b);
        qInfo("resumed vs uninterrupted run: max difference %.3e", diff);
        QVERIFY(diff < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestDenoise)
#include "TestDenoise.moc"
