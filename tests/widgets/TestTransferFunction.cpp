// The 3D view's transfer functions without a window: each preset maps values to the colours and opacities it defines
// (at its control points and between them), the opacity scale, the robust range against numpy's percentiles, and the
// JSON round trip (object and text) with malformed input refused.
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <cmath>

#include "TestSupport.h"
#include "core/Error.h"
#include "widgets/TransferFunction.h"

using namespace xrs::widgets;

namespace {

constexpr double kLo = 100.0, kHi = 1100.0;  // range width 1000

bool close(double a, double b, double tol = 1e-9)
{
    return std::abs(a - b) <= tol;
}

QString rgb(const Rgb& c)
{
    return QString("(%1, %2, %3)").arg(c.r).arg(c.g).arg(c.b);
}

bool sameColor(const Rgb& c, double r, double g, double b, double tol = 1e-9)
{
    return close(c.r, r, tol) && close(c.g, g, tol) && close(c.b, b, tol);
}

// A 40×50×60 volume: a ramp plus a bright block, as the Python reference rebuilds it.
xrs::ImageStack phantom()
{
    xrs::ImageStack v(xrs::Shape{40, 50, 60});
    for (int z = 0; z < 40; ++z)
        for (int y = 0; y < 50; ++y)
            for (int x = 0; x < 60; ++x) {
                const bool block = z >= 10 && z < 20 && y >= 10 && y < 30 && x >= 20 && x < 45;
                v.at(z, y, x) = float((x * 7 + y * 3 + z * 11) % 97) + (block ? 500.0f : 0.0f);
            }
    return v;
}

}  // namespace

class TestTransferFunction : public QObject {
    Q_OBJECT

private slots:
    void greyRampAndMip()
    {
        const auto tf = TransferFunction::makePreset(TransferPreset::GreyRamp, {kLo, kHi});
        QCOMPARE(tf.blendMode(), BlendMode::Composite);
        QVERIFY(sameColor(tf.color(kLo), 0, 0, 0));
        QVERIFY(sameColor(tf.color(kHi), 1, 1, 1));
        QVERIFY2(sameColor(tf.color(600.0), 0.5, 0.5, 0.5), qPrintable(rgb(tf.color(600.0))));
        QVERIFY(sameColor(tf.color(-1e9), 0, 0, 0));  // clamped outside the range
        QVERIFY(sameColor(tf.color(1e9), 1, 1, 1));
        QVERIFY(close(tf.opacity(kLo), 0.0));
        QVERIFY(close(tf.opacity(200.0), 0.0));  // the lowest tenth is clear
        QVERIFY(close(tf.opacity(650.0), 0.15));
        QVERIFY(close(tf.opacity(kHi), 0.3));

        const auto mip = TransferFunction::makePreset(TransferPreset::Mip, {kLo, kHi});
        QCOMPARE(mip.blendMode(), BlendMode::MaximumIntensity);
        QVERIFY(close(mip.opacity(kHi), 1.0));
        QVERIFY(close(mip.opacity(600.0), 0.5));
        QVERIFY(sameColor(mip.color(kHi), 1, 1, 1));
        QVERIFY(sameColor(mip.color(350.0), 0.25, 0.25, 0.25));
    }

    void boneSoftTissueIsosurface()
    {
        // Bone at its default level 0.45: threshold 550, clear up to 500, 0.6 at 650, 0.9 at the top; ivory.
        const auto bone = TransferFunction::makePreset(TransferPreset::Bone, {kLo, kHi});
        QVERIFY(close(bone.level(), 0.45));
        QVERIFY(close(bone.levelValue(), 550.0));
        QVERIFY(close(bone.opacity(300.0), 0.0));
        QVERIFY(close(bone.opacity(500.0), 0.0));
        QVERIFY(close(bone.opacity(575.0), 0.3));
        QVERIFY(close(bone.opacity(650.0), 0.6));
        QVERIFY(close(bone.opacity(kHi), 0.9));
        QVERIFY(sameColor(bone.color(700.0), 0.9, 0.82, 0.68));
        QVERIFY(sameColor(bone.color(kHi), 1.0, 1.0, 0.95));
        // The level moves the threshold.
        const auto bone80 = TransferFunction::makePreset(TransferPreset::Bone, {kLo, kHi}, 0.8);
        QVERIFY(close(bone80.opacity(850.0), 0.0));
        QVERIFY(close(bone80.opacity(1000.0), 0.6));

        // Soft tissue at 0.3: a peak of 0.2 at 400, clear below 250, faint (0.03) above 600.
        const auto soft = TransferFunction::makePreset(TransferPreset::SoftTissue, {kLo, kHi});
        QVERIFY(close(soft.opacity(250.0), 0.0));
        QVERIFY(close(soft.opacity(400.0), 0.2));
        QVERIFY(close(soft.opacity(600.0), 0.03));
        QVERIFY(close(soft.opacity(kHi), 0.03));
        QVERIFY(soft.opacity(400.0) > soft.opacity(450.0) && soft.opacity(400.0) > soft.opacity(350.0));
        QVERIFY(sameColor(soft.color(400.0), 0.9, 0.6, 0.5));

        // Isosurface at 0.5: a step at 600 two thousandths of the range wide.
        const auto iso = TransferFunction::makePreset(TransferPreset::Isosurface, {kLo, kHi});
        QCOMPARE(iso.blendMode(), BlendMode::Composite);
        QVERIFY(close(iso.opacity(597.0), 0.0));
        QVERIFY(close(iso.opacity(598.0), 0.0));
        QVERIFY(close(iso.opacity(600.0), 0.5));
        QVERIFY(close(iso.opacity(602.0), 1.0));
        QVERIFY(close(iso.opacity(kHi), 1.0));
        QVERIFY(close(iso.opacity(kLo), 0.0));
        const auto iso70 = TransferFunction::makePreset(TransferPreset::Isosurface, {kLo, kHi}, 0.7);
        QVERIFY(close(iso70.opacity(795.0), 0.0));
        QVERIFY(close(iso70.opacity(805.0), 1.0));
    }

    void windowLevelFollowsTheSliceColours()
    {
        const auto tf = TransferFunction::makePreset(TransferPreset::WindowLevel, {0.0, 255.0}, {}, Colormap::Viridis);
        for (const double t : {0.0, 0.25, 0.5, 1.0}) {
            const QRgb expected = colormapColor(Colormap::Viridis, t);
            QVERIFY2(sameColor(tf.color(255.0 * t), qRed(expected) / 255.0, qGreen(expected) / 255.0,
                               qBlue(expected) / 255.0),
                     qPrintable(QString("t = %1: %2").arg(t).arg(rgb(tf.color(255.0 * t)))));
        }
        QVERIFY(close(tf.opacity(0.0), 0.0));
        QVERIFY(close(tf.opacity(127.5), 0.3));
        QVERIFY(close(tf.opacity(255.0), 0.6));
    }

    void opacityScale()
    {
        auto tf = TransferFunction::makePreset(TransferPreset::Bone, {kLo, kHi});
        tf.setOpacityScale(0.5);
        QVERIFY(close(tf.opacity(kHi), 0.45));
        QVERIFY(close(tf.opacity(650.0), 0.3));
        tf.setOpacityScale(2.0);
        QVERIFY(close(tf.opacity(kHi), 1.0));  // clamped
        QVERIFY(close(tf.opacity(575.0), 0.6));
        // The points keep the defined opacities.
        QVERIFY(close(tf.opacityPoints().back().opacity, 0.9));
    }

    void robustRangeMatchesNumpyPercentiles()
    {
        const auto r = TransferFunction::robustRange(phantom());
        QVERIFY(r.has_value());
        const auto py = xrs::test::runPython(R"(
import numpy as np
z, y, x = np.meshgrid(np.arange(40), np.arange(50), np.arange(60), indexing="ij")
v = ((x * 7 + y * 3 + z * 11) % 97).astype(np.float32)
v[10:20, 10:30, 20:45] += 500
lo, hi = np.percentile(v, [1, 99])
print(repr(float(lo)), repr(float(hi)))
)");
        QVERIFY2(py.exitCode == 0, qPrintable(py.err));
        const QStringList ref = py.out.trimmed().split(' ');
        QCOMPARE(ref.size(), 2);
        qInfo("robust range %.6g..%.6g, numpy %s..%s", r->min, r->max, qPrintable(ref[0]), qPrintable(ref[1]));
        QVERIFY(std::abs(r->min - ref[0].toDouble()) < 1e-3);
        QVERIFY(std::abs(r->max - ref[1].toDouble()) < 1e-3);
        // A flat volume still gets a usable range.
        xrs::ImageStack flat(xrs::Shape{4, 4, 4});
        const auto f = TransferFunction::robustRange(flat);
        QVERIFY(f.has_value() && f->max > f->min);
    }

    void jsonRoundTrip()
    {
        for (const TransferPreset p : allTransferPresets()) {
            auto tf = TransferFunction::makePreset(p, {-12.5, 3071.25}, 0.37, Colormap::Magma);
            tf.setOpacityScale(1.35);
            const QJsonObject json = tf.toJson();
            QCOMPARE(json.value("preset").toString(), transferPresetId(p));
            QVERIFY(TransferFunction::fromJson(json) == tf);
            // Through text as a session file holds it.
            const QByteArray text = QJsonDocument(json).toJson();
            const auto back = TransferFunction::fromJson(QJsonDocument::fromJson(text).object());
            QVERIFY2(back == tf, qPrintable(transferPresetId(p)));
            QVERIFY(close(back.opacity(1000.0), tf.opacity(1000.0), 0.0));
            QCOMPARE(transferPresetFromId(transferPresetId(p)), std::optional<TransferPreset>(p));
        }
    }

    void malformedJsonIsRefused()
    {
        const QJsonObject good = TransferFunction::makePreset(TransferPreset::Bone, {0, 1}).toJson();
        auto bad = good;
        bad["preset"] = "plasma";
        QVERIFY_THROWS_EXCEPTION(xrs::Error, TransferFunction::fromJson(bad));
        bad = good;
        bad["blend"] = "additive";
        QVERIFY_THROWS_EXCEPTION(xrs::Error, TransferFunction::fromJson(bad));
        bad = good;
        bad.remove("range");
        QVERIFY_THROWS_EXCEPTION(xrs::Error, TransferFunction::fromJson(bad));
        bad = good;
        bad["colors"] = QJsonArray{QJsonArray{1.0, 0.5}};
        QVERIFY_THROWS_EXCEPTION(xrs::Error, TransferFunction::fromJson(bad));
        bad = good;
        bad["opacity"] = QJsonArray{};
        QVERIFY_THROWS_EXCEPTION(xrs::Error, TransferFunction::fromJson(bad));
        bad = good;
        bad["level"] = "high";
        QVERIFY_THROWS_EXCEPTION(xrs::Error, TransferFunction::fromJson(bad));
        try {
            bad = good;
            bad["preset"] = "plasma";
            TransferFunction::fromJson(bad);
        } catch (const xrs::Error& e) {
            QVERIFY2(QString(e.what()).contains("plasma"), e.what());
        }
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    TestTransferFunction test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestTransferFunction.moc"
