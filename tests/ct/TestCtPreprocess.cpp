// CT projection preprocessing (ct/Preprocess): flat/dark normalisation of simulated raw scans of the 3D Shepp-Logan
// phantom against the exact line integrals (exact counts, Poisson counts against the propagated noise level, an
// outlier flat frame under mean and median, a linear beam drift removed by before/after flats, clamping of
// non-positive counts), slab application against whole-stack application, zinger removal and detector binning.
// The detector is 65 columns wide throughout, so odd widths are always exercised.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <stop_token>
#include <string_view>
#include <vector>

#include "TestSupport.h"
#include "core/Error.h"
#include "core/ImageStack.h"
#include "core/Progress.h"
#include "ct/Phantom.h"
#include "ct/Preprocess.h"

using namespace xrs;

using xrs::test::maxAbsDiff;

namespace {

constexpr std::int64_t kCols = 65, kRows = 6, kAngles = 40;

ct::ParallelGeometry geometry()
{
    ct::ParallelGeometry g;
    g.cols = kCols;
    g.rows = kRows;
    g.anglesDeg = ct::evenAngles(kAngles, 180.0);
    return g;
}

ct::SimulatedScan scan(bool poisson, std::uint64_t seed = 7)
{
    ct::ScanSimulation sim;
    sim.poisson = poisson;
    sim.seed = seed;
    return ct::simulateScan(ct::sheppLogan3D(), geometry(), sim);
}

// The exact −log projections the normalisation must give: the line integrals times the attenuation per pixel.
ImageStack expected(const ct::SimulatedScan& s)
{
    ImageStack e = ct::projectPhantom(ct::sheppLogan3D(), geometry());
    for (float& v : e.values()) v = float(double(v) * s.muPerPixel);
    return e;
}


// A scan finely sampled along the rotation axis too (33 rows), so that projections are smooth apart from the
// phantom's outline; for the zinger tests.
ct::SimulatedScan fineScan()
{
    ct::ParallelGeometry g = geometry();
    g.rows = 33;
    g.anglesDeg = ct::evenAngles(8, 180.0);
    ct::ScanSimulation sim;
    sim.poisson = false;
    return ct::simulateScan(ct::sheppLogan3D(), g, sim);
}

// Pixels near an edge of the clean image: their 3×3 neighbourhood spans more than `ratio` (max/min).
std::vector<bool> edgeMask(const ImageStack& s, double ratio)
{
    std::vector<bool> edge(std::size_t(s.shape().count()), false);
    for (std::int64_t f = 0; f < s.frames(); ++f)
        for (std::int64_t r = 0; r < s.rows(); ++r)
            for (std::int64_t c = 0; c < s.cols(); ++c) {
                double lo = 1e300, hi = -1e300;
                for (std::int64_t y = std::max<std::int64_t>(r - 1, 0); y <= std::min(r + 1, s.rows() - 1); ++y)
                    for (std::int64_t x = std::max<std::int64_t>(c - 1, 0); x <= std::min(c + 1, s.cols() - 1); ++x) {
                        lo = std::min(lo, double(s.at(f, y, x)));
                        hi = std::max(hi, double(s.at(f, y, x)));
                    }
                edge[std::size_t((f * s.rows() + r) * s.cols() + c)] = hi > ratio * lo;
            }
    return edge;
}

bool allFinite(const ImageStack& s)
{
    for (float v : s.values())
        if (!std::isfinite(v)) return false;
    return true;
}

}  // namespace

class TestCtPreprocess : public QObject {
    Q_OBJECT
private slots:
    void exactCountsGiveExactLineIntegrals();
    void poissonErrorMatchesNoiseLevel();
    void medianFlatResistsOutlierFrame();
    void beforeAfterFlatsRemoveDrift();
    void clampsNonPositiveCounts();
    void slabEqualsWholeSliced();
    void reduceFramesMedianAndMean();
    void rejectsMismatchedShapes();
    void stopsWhenCancelled();
    void zingersRemoved();
    void zingersCleanImageBarelyChanged();
    void binningShapesAndValues();
};

void TestCtPreprocess::exactCountsGiveExactLineIntegrals()
{
    const auto s = scan(false);
    const ImageStack e = expected(s);
    for (auto red : {ct::Reduction::Mean, ct::Reduction::Median}) {
        ct::FlatFieldOptions o;
        o.flatReduction = o.darkReduction = red;
        const ImageStack out = ct::FlatField(s.flats, s.darks, kAngles, o).applied(s.projections);
        QCOMPARE(out.shape(), s.projections.shape());
        const double err = maxAbsDiff(out, e);
        qInfo("exact counts (%s): max |error| = %.3g (max value %.3f)", red == ct::Reduction::Mean ? "mean" : "median",
              err, e.computeRange().max);
        QVERIFY(err < 2e-5);
    }
    // Without −log: the transmission.
    ct::FlatFieldOptions o;
    o.minusLog = false;
    const ImageStack t = ct::FlatField(s.flats, s.darks, kAngles, o).applied(s.projections);
    double err = 0;
    for (std::int64_t i = 0; i < e.shape().count(); ++i)
        err = std::max(err, std::abs(double(t.values()[std::size_t(i)]) -
                                     std::exp(-double(e.values()[std::size_t(i)]))));
    QVERIFY(err < 1e-5);
}

void TestCtPreprocess::poissonErrorMatchesNoiseLevel()
{
    const auto s = scan(true, 11);
    const ImageStack e = expected(s);
    const ImageStack out = ct::FlatField(s.flats, s.darks, kAngles).applied(s.projections);
    QVERIFY(allFinite(out));
    // First-order propagation of the Poisson variances of projection, mean flat and mean dark through
    // y = −log((p − d)/(f − d)).
    const double I = 20000.0, D = 100.0, nf = double(s.flats.frames()), nd = double(s.darks.frames());
    double sumZ2 = 0, sumErr = 0;
    const std::int64_t n = e.shape().count();
    for (std::int64_t i = 0; i < n; ++i) {
        const double y = e.values()[std::size_t(i)], T = std::exp(-y);
        const double var = (I * T + D) / (I * T * I * T) + (I + D) / nf / (I * I) +
                           D / nd * std::pow(1.0 / (I * T) - 1.0 / I, 2);
        const double err = double(out.values()[std::size_t(i)]) - y;
        sumZ2 += err * err / var;
        sumErr += err;
    }
    const double rmsZ = std::sqrt(sumZ2 / double(n)), bias = sumErr / double(n);
    qInfo("Poisson: rms of error / predicted sigma = %.3f, mean error = %.2g", rmsZ, bias);
    QVERIFY(rmsZ > 0.85 && rmsZ < 1.15);
    QVERIFY(std::abs(bias) < 2e-3);
}

void TestCtPreprocess::medianFlatResistsOutlierFrame()
{
    auto s = scan(false);
    const ImageStack e = expected(s);
    // One flat frame ten times too bright (say, a beam-current spike).
    const std::int64_t nf = s.flats.frames();
    for (std::int64_t r = 0; r < kRows; ++r)
        for (float& v : s.flats.row(2, r)) v *= 10.0f;
    ct::FlatFieldOptions median;
    median.flatReduction = ct::Reduction::Median;
    const double errMedian = maxAbsDiff(ct::FlatField(s.flats, s.darks, kAngles, median).applied(s.projections), e);
    const ImageStack mean = ct::FlatField(s.flats, s.darks, kAngles).applied(s.projections);
    // The mean flat is (nf − 1 + 10)/nf times the true flat (counts + dark): a constant offset in −log.
    const double I = 20000.0, D = 100.0;
    const double meanFlat = (I + D) * (double(nf) - 1 + 10) / double(nf);
    const double offset = std::log((meanFlat - D) / I);
    double worst = 0;
    for (std::int64_t i = 0; i < e.shape().count(); ++i)
        worst = std::max(worst, std::abs(double(mean.values()[std::size_t(i)]) - e.values()[std::size_t(i)] - offset));
    qInfo("outlier flat frame: median error %.2g, mean offset %.4f (predicted %.4f, worst deviation %.2g)", errMedian,
          double(mean.at(0, 0, 0) - e.at(0, 0, 0)), offset, worst);
    QVERIFY(errMedian < 2e-5);
    QVERIFY(worst < 1e-4);
    QVERIFY(offset > 0.5);
}

void TestCtPreprocess::beforeAfterFlatsRemoveDrift()
{
    auto s = scan(false);
    const ImageStack e = expected(s);
    const double D = 100.0, drift = 0.25;  // the beam grows by 25 % during the scan
    auto gain = [&](std::int64_t a) { return 1.0 + drift * double(a) / double(kAngles - 1); };
    for (std::int64_t a = 0; a < kAngles; ++a)
        for (std::int64_t r = 0; r < kRows; ++r)
            for (float& v : s.projections.row(a, r)) v = float(D + (double(v) - D) * gain(a));
    ImageStack after = s.flats.clone();
    for (float& v : after.values()) v = float(D + (double(v) - D) * gain(kAngles - 1));

    const ImageStack with = ct::FlatField(s.flats, after, s.darks, kAngles).applied(s.projections);
    const ImageStack without = ct::FlatField(s.flats, s.darks, kAngles).applied(s.projections);
    const double errWith = maxAbsDiff(with, e), errWithout = maxAbsDiff(without, e);
    qInfo("drift %.0f %%: max error with before/after interpolation %.2g, with the first flats only %.3f", drift * 100,
          errWith, errWithout);
    QVERIFY(errWith < 2e-5);
    QVERIFY(errWithout > 0.2);  // log(1.25) = 0.223 at the last projection
    QVERIFY(std::abs(errWithout - std::log(1.0 + drift)) < 1e-3);
}

void TestCtPreprocess::clampsNonPositiveCounts()
{
    // 1 projection, 2 rows, 4 cols: counts 0, negative, below the dark, and a pixel whose flat is below its dark.
    ImageStack flats(Shape{2, 2, 4}), darks(Shape{1, 2, 4}), proj(Shape{1, 2, 4});
    for (float& v : flats.values()) v = 1100.0f;
    for (float& v : darks.values()) v = 100.0f;
    flats.at(0, 1, 3) = flats.at(1, 1, 3) = 50.0f;  // dead pixel: flat < dark
    flats.at(0, 1, 2) = flats.at(1, 1, 2) = 100.0f; // flat == dark
    const float counts[8] = {0.0f, -5.0f, 50.0f, 100.0f, 600.0f, 1100.0f, 600.0f, 600.0f};
    for (int i = 0; i < 8; ++i) proj.at(0, i / 4, i % 4) = counts[i];
    ct::FlatFieldOptions o;
    o.minRatio = 1e-6;
    ct::FlatField ff(flats, darks, 1, o);
    ImageStack out = proj.clone();
    ff.apply(out);
    QVERIFY(allFinite(out));
    const double floorValue = -std::log(1e-6);
    for (int i = 0; i < 4; ++i) QVERIFY(std::abs(out.at(0, 0, i) - floorValue) < 1e-4);  // ≤ dark: clamped
    QVERIFY(std::abs(out.at(0, 1, 0) - std::log(2.0)) < 1e-6);
    QVERIFY(std::abs(out.at(0, 1, 1)) < 1e-6);
    QCOMPARE(out.at(0, 1, 2), 0.0f);  // no beam: no attenuation
    QCOMPARE(out.at(0, 1, 3), 0.0f);
    o.minRatio = 1e-3;
    ImageStack out2 = proj.clone();
    ct::FlatField(flats, darks, 1, o).apply(out2);
    QVERIFY(std::abs(out2.at(0, 0, 0) + std::log(1e-3)) < 1e-4);
    o.minRatio = 0;
    QVERIFY_THROWS_EXCEPTION(Error, ct::FlatField(flats, darks, 1, o));
}

void TestCtPreprocess::slabEqualsWholeSliced()
{
    auto s = scan(true, 3);
    ImageStack after = s.flats.clone();
    for (float& v : after.values()) v *= 1.1f;
    ct::FlatFieldOptions o;
    o.flatReduction = ct::Reduction::Median;
    const ct::FlatField ff(s.flats, after, s.darks, kAngles, o);
    const ImageStack whole = ff.applied(s.projections);
    // Row slabs of uneven heights, and a block of angles, normalised through views on one copy.
    ImageStack pieces = s.projections.clone();
    const std::int64_t cuts[] = {0, 1, 4, kRows};
    for (int i = 0; i < 3; ++i) {
        ImageStack slab = pieces.rowRange({cuts[i], cuts[i + 1]});
        ff.apply(slab, cuts[i]);
    }
    QCOMPARE(maxAbsDiff(pieces, whole), 0.0);
    // A contiguous chunk of rows 2..5 of projections 10..30, as a streamed reader would hand it over.
    ImageStack chunk = s.projections.frameRange({10, 30}).rowRange({2, 5}).clone();
    ff.apply(chunk, 2, 10);
    QCOMPARE(maxAbsDiff(chunk, whole.frameRange({10, 30}).rowRange({2, 5})), 0.0);
    ImageStack tooLow = s.projections.rowRange({0, 3}).clone();
    QVERIFY_THROWS_EXCEPTION(Error, ff.apply(tooLow, 4));
    QVERIFY_THROWS_EXCEPTION(Error, ff.apply(chunk, 2, 25));
}

void TestCtPreprocess::reduceFramesMedianAndMean()
{
    ImageStack s(Shape{4, 1, 3});
    const float v[4][3] = {{1, 10, -1}, {2, 20, -2}, {3, 30, -3}, {100, 40, 8}};
    for (int f = 0; f < 4; ++f)
        for (int c = 0; c < 3; ++c) s.at(f, 0, c) = v[f][c];
    const ImageStack med = ct::reduceFrames(s, ct::Reduction::Median);
    const ImageStack mean = ct::reduceFrames(s, ct::Reduction::Mean);
    QCOMPARE(med.shape(), (Shape{1, 1, 3}));
    QCOMPARE(med.at(0, 0, 0), 2.5f);
    QCOMPARE(med.at(0, 0, 1), 25.0f);
    QCOMPARE(med.at(0, 0, 2), -1.5f);
    QCOMPARE(mean.at(0, 0, 0), 26.5f);
    QCOMPARE(mean.at(0, 0, 2), 0.5f);
    const ImageStack odd = ct::reduceFrames(s.frameRange({0, 3}), ct::Reduction::Median);
    QCOMPARE(odd.at(0, 0, 1), 20.0f);
    QVERIFY_THROWS_EXCEPTION(Error, ct::reduceFrames(ImageStack{}, ct::Reduction::Mean));
}

void TestCtPreprocess::rejectsMismatchedShapes()
{
    const ImageStack flats(Shape{2, 4, 5}), darks(Shape{2, 4, 6}), after(Shape{1, 3, 5});
    QVERIFY_THROWS_EXCEPTION(Error, ct::FlatField(flats, darks, 10));
    QVERIFY_THROWS_EXCEPTION(Error, ct::FlatField(flats, after, ImageStack{}, 10));
    QVERIFY_THROWS_EXCEPTION(Error, ct::FlatField(ImageStack{}, ImageStack{}, 10));
    ct::FlatField ff(flats, ImageStack{}, 10);
    ImageStack wrongWidth(Shape{1, 4, 6});
    QVERIFY_THROWS_EXCEPTION(Error, ff.apply(wrongWidth));
}

void TestCtPreprocess::stopsWhenCancelled()
{
    const auto s = scan(false);
    std::stop_source stop;
    stop.request_stop();
    const Progress cancelled([](double, std::string_view) {}, stop.get_token());
    ImageStack p = s.projections.clone();
    QVERIFY_THROWS_EXCEPTION(Cancelled, ct::FlatField(s.flats, s.darks, kAngles).apply(p, 0, 0, cancelled));
    QVERIFY_THROWS_EXCEPTION(Cancelled, ct::removeZingers(p, {}, cancelled));
    QVERIFY_THROWS_EXCEPTION(Cancelled, ct::binDetector(p, 2, cancelled));
}

void TestCtPreprocess::zingersRemoved()
{
    const auto s = fineScan();
    const ImageStack clean = s.projections;
    const std::vector<bool> edge = edgeMask(clean, 1.15);
    const std::int64_t angles = clean.frames(), rows = clean.rows(), cols = clean.cols();
    ImageStack spiky = clean.clone();
    std::mt19937 rng(5);
    std::uniform_int_distribution<std::int64_t> fa(0, angles - 1), fr(0, rows - 1), fc(0, cols - 1);
    struct Spike {
        std::int64_t a, r, c;
    };
    std::vector<Spike> spikes;
    while (spikes.size() < 60) {
        const Spike sp{fa(rng), fr(rng), fc(rng)};
        // Isolated single-pixel spikes (two touching spikes are a blob, not a zinger).
        if (std::any_of(spikes.begin(), spikes.end(), [&](const Spike& o) {
                return o.a == sp.a && std::abs(o.r - sp.r) <= 2 && std::abs(o.c - sp.c) <= 2;
            }))
            continue;
        spiky.at(sp.a, sp.r, sp.c) *= (spikes.size() % 2 ? 4.0f : 30.0f);  // bright zingers of different strength
        spikes.push_back(sp);
    }
    ct::ZingerOptions o;
    o.threshold = 0.3;  // raw counts: a zinger is far brighter than 30 % above its neighbourhood
    const std::int64_t replaced = ct::removeZingers(spiky, o);
    const auto index = [&](const Spike& sp) { return std::size_t((sp.a * rows + sp.r) * cols + sp.c); };
    double worstSpike = 0, worstSpikeAtEdge = 0, worstSmooth = 0;
    for (const auto& sp : spikes) {
        const double e = std::abs(spiky.at(sp.a, sp.r, sp.c) / clean.at(sp.a, sp.r, sp.c) - 1.0);
        double& worstHere = edge[index(sp)] ? worstSpikeAtEdge : worstSpike;
        worstHere = std::max(worstHere, e);
    }
    for (std::int64_t i = 0; i < clean.shape().count(); ++i)
        if (!edge[std::size_t(i)])
            worstSmooth = std::max(worstSmooth, std::abs(double(spiky.values()[std::size_t(i)]) /
                                                         clean.values()[std::size_t(i)] - 1.0));
    qInfo("zingers: %lld replaced for %zu injected; worst relative error at a spike %.3f (at an edge %.3f), "
          "anywhere away from edges %.3f",
          static_cast<long long>(replaced), spikes.size(), worstSpike, worstSpikeAtEdge, worstSmooth);
    QVERIFY(replaced >= std::int64_t(spikes.size()));
    QVERIFY(worstSpike < 0.05);
    QVERIFY(worstSpikeAtEdge < 0.3);
    QVERIFY(worstSmooth < 0.05);
    // The same on normalised data with an absolute threshold: spikes of +1 in −log.
    ImageStack norm = ct::FlatField(s.flats, s.darks, angles).applied(clean);
    const ImageStack normClean = norm.clone();
    for (const auto& sp : spikes) norm.at(sp.a, sp.r, sp.c) += 1.0f;
    o.relative = false;
    o.threshold = 0.5;
    ct::removeZingers(norm, o);
    double worst = 0;
    for (const auto& sp : spikes)
        worst = std::max(worst, std::abs(double(norm.at(sp.a, sp.r, sp.c)) - normClean.at(sp.a, sp.r, sp.c)));
    qInfo("zingers on −log data: worst error at a spike %.3f", worst);
    QVERIFY(worst < 0.2);
    o.size = 4;
    QVERIFY_THROWS_EXCEPTION(Error, ct::removeZingers(norm, o));
}

void TestCtPreprocess::zingersCleanImageBarelyChanged()
{
    const auto s = fineScan();
    const std::vector<bool> edge = edgeMask(s.projections, 1.15);
    ImageStack out = s.projections.clone();
    ct::ZingerOptions o;
    o.threshold = 0.3;
    const std::int64_t replaced = ct::removeZingers(out, o);
    double worst = 0;
    std::int64_t changed = 0, changedAwayFromEdges = 0;
    for (std::int64_t i = 0; i < out.shape().count(); ++i) {
        const double a = out.values()[std::size_t(i)], b = s.projections.values()[std::size_t(i)];
        worst = std::max(worst, std::abs(a / b - 1.0));
        changed += a != b;
        changedAwayFromEdges += a != b && !edge[std::size_t(i)];
    }
    qInfo("clean projections: %lld of %lld values replaced (%lld away from edges), worst relative change %.3g",
          static_cast<long long>(replaced), static_cast<long long>(out.shape().count()),
          static_cast<long long>(changedAwayFromEdges), worst);
    QCOMPARE(changed, replaced);
    QCOMPARE(changedAwayFromEdges, std::int64_t(0));
    QVERIFY(replaced <= out.shape().count() / 100);
    QVERIFY(worst < 0.6);
    // A smooth image (a plane) has no outliers at all, edges included.
    ImageStack plane(Shape{2, 9, 11});
    for (std::int64_t f = 0; f < 2; ++f)
        for (std::int64_t r = 0; r < 9; ++r)
            for (std::int64_t c = 0; c < 11; ++c) plane.at(f, r, c) = float(1000 + 3 * r + 2 * c + f);
    ImageStack copy = plane.clone();
    QCOMPARE(ct::removeZingers(copy, ct::ZingerOptions{3, 0.05, true}), std::int64_t(0));
    QCOMPARE(maxAbsDiff(copy, plane), 0.0);
}

void TestCtPreprocess::binningShapesAndValues()
{
    ImageStack s(Shape{3, 9, 13});  // odd sizes: the last row and column are dropped for factor 2
    for (std::int64_t f = 0; f < 3; ++f)
        for (std::int64_t r = 0; r < 9; ++r)
            for (std::int64_t c = 0; c < 13; ++c) s.at(f, r, c) = float(100 * f + 7 * r + c + (r * c % 5));
    s.info().spacing = Spacing{0.5, 0.5, 1.0, "um"};
    for (int factor : {1, 2, 4}) {
        const ImageStack b = ct::binDetector(s, factor);
        QCOMPARE(b.shape(), (Shape{3, 9 / factor, 13 / factor}));
        QCOMPARE(b.info().spacing.x, 0.5 * factor);
        double worst = 0;
        for (std::int64_t f = 0; f < 3; ++f)
            for (std::int64_t r = 0; r < b.rows(); ++r)
                for (std::int64_t c = 0; c < b.cols(); ++c) {
                    double sum = 0;
                    for (int y = 0; y < factor; ++y)
                        for (int x = 0; x < factor; ++x) sum += s.at(f, r * factor + y, c * factor + x);
                    worst = std::max(worst, std::abs(b.at(f, r, c) - sum / (factor * factor)));
                }
        QVERIFY(worst < 1e-4);
    }
    const ImageStack b2 = ct::binDetector(s, 2);
    QCOMPARE(b2.at(0, 0, 0), float((0 + 1 + 7 + 8 + 1) / 4.0));  // r·c % 5 adds 1 at (1, 1)
    QVERIFY_THROWS_EXCEPTION(Error, ct::binDetector(s, 0));
    QCOMPARE(ct::binDetector(s.rowRange({0, 1}), 2).shape(), (Shape{3, 0, 6}));
}

QTEST_GUILESS_MAIN(TestCtPreprocess)
#include "TestCtPreprocess.moc"
