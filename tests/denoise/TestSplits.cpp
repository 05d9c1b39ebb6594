// Noise2Inverse projection splits (denoise/Splits): K interleaved subsets that are disjoint, together hold every
// projection once, keep each projection's angle, and each cover the whole angular range — for scans in angle order,
// with counts not divisible by K, and for interlaced acquisitions; the projections gathered per subset.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <set>
#include <vector>

#include "core/Error.h"
#include "denoise/Splits.h"

using namespace xrs;

namespace {

// Largest gap between consecutive sorted angles.
double maxGap(std::vector<double> a)
{
    std::sort(a.begin(), a.end());
    double g = 0;
    for (std::size_t i = 1; i < a.size(); ++i) g = std::max(g, a[i] - a[i - 1]);
    return g;
}

// Disjoint, union = all, angles preserved, sizes within one of each other, each spans the range at ≤ k× the spacing.
void checkSplits(const std::vector<double>& angles, int k)
{
    const auto splits = denoise::interleavedSplits(angles, k);
    QCOMPARE(int(splits.size()), k);
    std::set<std::int64_t> seen;
    std::size_t smallest = angles.size(), largest = 0;
    for (const auto& s : splits) {
        QCOMPARE(s.indices.size(), s.anglesDeg.size());
        QVERIFY(std::is_sorted(s.indices.begin(), s.indices.end()));
        for (std::size_t i = 0; i < s.indices.size(); ++i) {
            QVERIFY2(seen.insert(s.indices[i]).second, "a projection in two subsets");
            QCOMPARE(s.anglesDeg[i], angles[std::size_t(s.indices[i])]);
        }
        smallest = std::min(smallest, s.indices.size());
        largest = std::max(largest, s.indices.size());
        QVERIFY(maxGap(s.anglesDeg) <= k * maxGap(angles) + 1e-12);
        const auto [lo, hi] = std::minmax_element(s.anglesDeg.begin(), s.anglesDeg.end());
        const auto [alo, ahi] = std::minmax_element(angles.begin(), angles.end());
        QVERIFY(*lo - *alo <= (k - 1) * maxGap(angles) + 1e-12 && *ahi - *hi <= (k - 1) * maxGap(angles) + 1e-12);
    }
    QCOMPARE(seen.size(), angles.size());
    QCOMPARE(*seen.begin(), std::int64_t(0));
    QCOMPARE(*seen.rbegin(), std::int64_t(angles.size()) - 1);
    QVERIFY(largest - smallest <= 1);
}

}  // namespace

class TestSplits : public QObject {
    Q_OBJECT
private slots:
    void inAngleOrder()
    {
        std::vector<double> angles;
        for (int i = 0; i < 180; ++i) angles.push_back(i * 1.0);
        checkSplits(angles, 2);
        // In angle order the subsets are index mod K: 0, 2, 4, … and 1, 3, 5, …
        const auto two = denoise::interleavedSplits(angles);
        QCOMPARE(two[0].indices[1], std::int64_t(2));
        QCOMPARE(two[1].indices[0], std::int64_t(1));
        QCOMPARE(two[1].anglesDeg.back(), 179.0);
        angles.push_back(180.0);  // 181: not divisible by 4
        checkSplits(angles, 4);
        QCOMPARE(denoise::interleavedSplits(angles, 4)[0].indices.size(), std::size_t(46));
    }

    void interlacedScan()
    {
        // Four passes over 180°, each offset by a quarter step: acquisition order ≠ angle order.
        std::vector<double> angles;
        for (int pass = 0; pass < 4; ++pass)
            for (int i = 0; i < 45; ++i) angles.push_back(i * 4.0 + pass * 1.0);
        checkSplits(angles, 2);
        checkSplits(angles, 4);
        // Index mod 2 would put passes 0 and 2 in one subset with 2° gaps; by angle rank every subset has 2°
        // spacing over the whole range with K = 2.
        for (const auto& s : denoise::interleavedSplits(angles, 2)) QCOMPARE(maxGap(s.anglesDeg), 2.0);
    }

    void gathersProjections()
    {
        ImageStack scan(Shape{7, 3, 5});
        for (std::int64_t f = 0; f < 7; ++f)
            for (std::int64_t r = 0; r < 3; ++r)
                for (std::int64_t c = 0; c < 5; ++c) scan.at(f, r, c) = float(100 * f + 10 * r + c);
        const std::vector<double> angles{0, 30, 60, 90, 120, 150, 180};
        const auto splits = denoise::interleavedSplits(angles, 2);
        const ImageStack odd = denoise::selectProjections(scan, splits[1]);
        QCOMPARE(odd.shape(), (Shape{3, 3, 5}));
        for (std::int64_t i = 0; i < 3; ++i) QCOMPARE(odd.at(i, 2, 4), float(100 * (2 * i + 1) + 24));
        QVERIFY_THROWS_EXCEPTION(Error, denoise::selectProjections(scan, {{9}, {0.0}}));
    }

    void rejectsBadInput()
    {
        const std::vector<double> angles{0, 1, 2};
        QVERIFY_THROWS_EXCEPTION(Error, denoise::interleavedSplits(angles, 1));
        QVERIFY_THROWS_EXCEPTION(Error, denoise::interleavedSplits(angles, 4));
        QVERIFY_THROWS_EXCEPTION(Error, denoise::interleavedSplits(std::vector<double>{0, std::nan(""), 2}, 2));
    }
};

QTEST_GUILESS_MAIN(TestSplits)
#include "TestSplits.moc"
