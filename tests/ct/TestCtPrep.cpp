// CT preprocessing: Vo's centre finder on exact Shepp-Logan sinograms with known sub-pixel rotation axes (odd and
// even widths, with and without noise), Vo's ring-removal algorithms on sinograms with synthetic stripes, and the
// parsing of the ring spec.
//
// Stripe energy (the measure the ring tests use): for a sinogram x and the clean sinogram c, m_j = mean over the
// angles of (x − c) in detector column j; the energy is Σ_j (m_j − t_j)², t = the running median of m over 41
// columns. A stripe is constant along the angles, so it shows up entirely in m; the object's own structure does not
// (it is subtracted with c). The trend t removes slow variations along the detector (a global offset or shading,
// which make no rings) while keeping stripes up to ~20 columns wide.
// What an algorithm leaves of the stripes is measured against its own output on the clean sinogram, E(f(x), f(c)):
// the sorting filters also respond to the sharp-edged phantom itself (a few tenths of a percent, bounded separately
// as the relative L2 change of f(c) against c), and that response is no stripe. Both numbers are printed, with
// E(f(x), c) for reference.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

#include "core/Error.h"
#include "core/ImageStack.h"
#include "ct/CenterFinder.h"
#include "ct/Phantom.h"
#include "ct/RingRemoval.h"

using namespace xrs;

namespace {

// One exact sinogram (1, angles, cols) of the middle slice of the 3D Shepp-Logan phantom.
ImageStack phantomSinogram(std::int64_t cols, std::int64_t angles, double center)
{
    ct::ParallelGeometry g;
    g.cols = cols;
    g.rows = 1;
    g.center = center;
    g.radius = 0.45 * double(cols);  // leaves room for the axis to move by several pixels
    g.anglesDeg = ct::evenAngles(angles, 180.0);
    const ImageStack proj = ct::projectPhantom(ct::sheppLogan3D(), g);
    ImageStack sino(Shape{1, angles, cols});
    for (std::int64_t a = 0; a < angles; ++a)
        for (std::int64_t c = 0; c < cols; ++c) sino.at(0, a, c) = proj.at(a, 0, c);
    return sino;
}

// The detector's point-spread: a Gaussian of `sigma` pixels along the detector (real sinograms have no infinitely
// sharp edges, and the sorting filters are meant for such data).
ImageStack blurDetector(const ImageStack& s, double sigma)
{
    const int half = int(std::ceil(3 * sigma));
    std::vector<double> k(std::size_t(2 * half + 1));
    double sum = 0;
    for (int i = -half; i <= half; ++i) sum += k[std::size_t(i + half)] = std::exp(-0.5 * i * i / (sigma * sigma));
    ImageStack out(s.shape());
    for (std::int64_t a = 0; a < s.rows(); ++a)
        for (std::int64_t c = 0; c < s.cols(); ++c) {
            double v = 0;
            for (int i = -half; i <= half; ++i) {
                const std::int64_t cc = std::clamp<std::int64_t>(c + i, 0, s.cols() - 1);
                v += k[std::size_t(i + half)] * s.at(0, a, cc);
            }
            out.at(0, a, c) = float(v / sum);
        }
    return out;
}

double maxValue(const ImageStack& s) { return s.computeRange().max; }

void addNoise(ImageStack& s, double sigma, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> normal(0.0, sigma);
    for (float& v : s.values()) v += float(normal(rng));
}

double stripeEnergy(const ImageStack& x, const ImageStack& clean)
{
    const std::int64_t n = x.rows(), w = x.cols();
    std::vector<double> m(std::size_t(w), 0.0);
    for (std::int64_t i = 0; i < n; ++i)
        for (std::int64_t j = 0; j < w; ++j) m[std::size_t(j)] += double(x.at(0, i, j)) - clean.at(0, i, j);
    for (double& v : m) v /= double(n);
    const std::int64_t half = 20;
    double e = 0;
    std::vector<double> window;
    for (std::int64_t j = 0; j < w; ++j) {
        window.clear();
        for (std::int64_t k = std::max<std::int64_t>(0, j - half); k <= std::min(w - 1, j + half); ++k)
            window.push_back(m[std::size_t(k)]);
        std::nth_element(window.begin(), window.begin() + std::ptrdiff_t(window.size() / 2), window.end());
        const double d = m[std::size_t(j)] - window[window.size() / 2];
        e += d * d;
    }
    return e;
}

double relativeError(const ImageStack& x, const ImageStack& ref)
{
    double num = 0, den = 0;
    const auto a = x.values();
    const auto b = ref.values();
    for (std::size_t k = 0; k < a.size(); ++k) {
        num += (double(a[k]) - b[k]) * (double(a[k]) - b[k]);
        den += double(b[k]) * b[k];
    }
    return std::sqrt(num / den);
}

// Per-column stripes on a 2048-wide sinogram: narrow (1–3 column) offsets of both signs and strengths and one gain
// stripe; with `wide`, also a 19-column offset (wider than the sorting filter can take out).
ImageStack withStripes(const ImageStack& clean, bool wide)
{
    ImageStack s = clean.clone();
    const double top = maxValue(clean);
    struct Stripe {
        std::int64_t first, last;
        double offset, gain;
    };
    std::vector<Stripe> stripes = {{280, 280, 0.02, 1.0},   {480, 480, 0.03, 1.0},   {776, 778, -0.025, 1.0},
                                   {1048, 1048, 0.0, 1.04}, {1280, 1281, 0.01, 1.0}, {1776, 1776, -0.015, 1.0}};
    if (wide) stripes.push_back({1500, 1518, 0.02, 1.0});
    for (const auto& st : stripes)
        for (std::int64_t j = st.first; j <= st.last; ++j)
            for (std::int64_t i = 0; i < s.rows(); ++i)
                s.at(0, i, j) = float(s.at(0, i, j) * st.gain + st.offset * top);
    return s;
}

}  // namespace

class TestCtPrep : public QObject {
    Q_OBJECT
private slots:
    void centerExact_data()
    {
        QTest::addColumn<qlonglong>("cols");
        QTest::addColumn<qlonglong>("angles");
        QTest::addColumn<double>("offset");
        QTest::addColumn<double>("noise");  // Gaussian sigma as a fraction of the sinogram maximum
        for (qlonglong cols : {255LL, 256LL})
            for (double off : {-7.3, -2.5, 0.0, 1.25, 6.8})
                for (double noise : {0.0, 0.01}) {
                    const qlonglong angles = (off == 1.25 || off == -7.3) ? 360 : 180;
                    QTest::addRow("w%lld a%lld c%+.2f n%.2f", cols, angles, off, noise)
                        << cols << angles << off << noise;
                }
    }
    void centerExact()
    {
        QFETCH(qlonglong, cols);
        QFETCH(qlonglong, angles);
        QFETCH(double, offset);
        QFETCH(double, noise);
        const double truth = (double(cols) - 1.0) / 2.0 + offset;
        ImageStack sino = phantomSinogram(cols, angles, truth);
        if (noise > 0) addNoise(sino, noise * maxValue(sino), 1234u + unsigned(cols));
        const double found = ct::findCenter(sino);
        qInfo("centre: width %lld, %lld angles, truth %.3f, found %.3f, error %+.3f px (noise %.2f)", cols, angles,
              truth, found, found - truth, noise);
        QVERIFY2(std::abs(found - truth) <= 0.25, qPrintable(QString("error %1 px").arg(found - truth)));
    }

    void centerMetricIsLowestNearTruth()
    {
        const double truth = 127.5 + 3.4;
        const ImageStack sino = phantomSinogram(256, 180, truth);
        const double atTruth = ct::centerMetric(sino, truth);
        QVERIFY(atTruth < ct::centerMetric(sino, truth + 1.0));
        QVERIFY(atTruth < ct::centerMetric(sino, truth - 1.0));
        QVERIFY(atTruth < ct::centerMetric(sino, truth + 10.0));
    }

    void centerFromProjectionRows()
    {
        ct::ParallelGeometry g;
        g.cols = 128;
        g.rows = 8;
        g.center = 63.5 - 2.6;
        g.radius = 0.45 * 128;
        g.anglesDeg = ct::evenAngles(180, 180.0);
        const ImageStack proj = ct::projectPhantom(ct::sheppLogan3D(), g);
        const double found = ct::findCenterFromRows(proj, {2, 4, 5});
        qInfo("centre from rows: truth %.3f found %.3f", g.center, found);
        QVERIFY(std::abs(found - g.center) <= 0.25);
        QVERIFY_THROWS_EXCEPTION(Error, ct::findCenterFromRows(proj, {8}));
        QVERIFY_THROWS_EXCEPTION(Error, ct::findCenter(ImageStack(Shape{1, 1, 10})));
    }

    void ringRemoval_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("wide");
        QTest::addColumn<double>("maxDistortion");  // relative L2 change of the clean sinogram
        QTest::newRow("sort:21") << "sort:21" << false << 0.02;
        QTest::newRow("sort:11") << "sort:11" << false << 0.02;
        QTest::newRow("filter:3") << "filter:3" << false << 0.02;
        QTest::newRow("large:51") << "large:51" << true << 0.02;
        QTest::newRow("all narrow") << "all" << false << 0.02;
        QTest::newRow("all wide") << "all" << true << 0.02;
    }
    void ringRemoval()
    {
        QFETCH(QString, spec);
        QFETCH(bool, wide);
        QFETCH(double, maxDistortion);
        const auto parsed = ct::parseRingSpec(spec.toStdString());
        QVERIFY(parsed.has_value());
        const ImageStack clean = blurDetector(phantomSinogram(2048, 180, -1), 2.0);
        ImageStack striped = withStripes(clean, wide);
        addNoise(striped, 0.002 * maxValue(clean), 99u);
        const double before = stripeEnergy(striped, clean);
        ct::removeStripes(striped, *parsed);
        ImageStack filteredClean = clean.clone();
        ct::removeStripes(filteredClean, *parsed);
        const double after = stripeEnergy(striped, filteredClean);
        const double distortion = relativeError(filteredClean, clean);
        qInfo("%s: stripe energy %.4g -> %.4g (reduced %.1fx); E(f(x), c) = %.4g, E(f(c), c) = %.4g; f(c) vs c "
              "relative L2 %.4f, f(x) vs c %.4f",
              qPrintable(spec), before, after, before / after, stripeEnergy(striped, clean),
              stripeEnergy(filteredClean, clean), distortion, relativeError(striped, clean));
        QVERIFY2(after * 5.0 <= before, qPrintable(QString("reduction only %1x").arg(before / after)));
        QVERIFY2(distortion <= maxDistortion, qPrintable(QString("distortion %1").arg(distortion)));
    }

    void ringSpecParsing()
    {
        using M = ct::RingSpec::Method;
        QCOMPARE(ct::parseRingSpec("none")->method, M::None);
        QCOMPARE(ct::parseRingSpec("all")->method, M::All);
        QCOMPARE(ct::parseRingSpec("sort:21")->method, M::Sort);
        QCOMPARE(ct::parseRingSpec("sort:21")->value, 21.0);
        QCOMPARE(ct::parseRingSpec("large:61")->value, 61.0);
        QCOMPARE(ct::parseRingSpec("filter:2.5")->method, M::Filter);
        QCOMPARE(ct::parseRingSpec("filter:2.5")->value, 2.5);
        QCOMPARE(ct::parseRingSpec("filter:2.5")->str(), std::string("filter:2.5"));
        QCOMPARE(ct::parseRingSpec("sort:11")->str(), std::string("sort:11"));
        for (const char* bad : {"", "sort", "sort:", "sort:20", "sort:1", "sort:x", "sort:21x", "large:4", "filter:0",
                                "filter:-1", "filter:nan", "median:5", "All", "none:3", "sort:21.5"})
            QVERIFY2(!ct::parseRingSpec(bad).has_value(), bad);
        ImageStack s(Shape{1, 10, 20});
        QVERIFY_THROWS_EXCEPTION(Error, ct::removeStripesSorting(s, 4));
        QVERIFY_THROWS_EXCEPTION(Error, ct::removeStripesFiltering(s, 0.0));
        ct::removeStripes(s, ct::RingSpec{});  // none: untouched
        QCOMPARE(s.at(0, 3, 3), 0.0f);
    }
};

QTEST_GUILESS_MAIN(TestCtPrep)
#include "TestCtPrep.moc"
