// The virtual experiment (fusion/VirtualExperiment) and `xrs synth`: binning (exact block means), HR skipping (the
// right frames and times), percentile clipping and min–max scaling against numpy, Poisson noise (mean kept, variance
// LR/b0 within statistical bounds), the target-PSNR search, determinism by seed, uint16 output, errors and
// cancellation.
#include <QtTest>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <filesystem>
#include <stop_token>

#include "TestSupport.h"
#include "core/Error.h"
#include "fusion/VirtualExperiment.h"
#include "io/StackSource.h"
#include "io/StackWriter.h"

using namespace xrs;
using xrs::test::runPython;
using xrs::test::runXrs;
using xrs::test::toPath;

namespace {

QJsonObject readJson(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray fileHash(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

}  // namespace

class TestSynth : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString file(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        XRS_REQUIRE_PYTHON("numpy", "tifffile");
        // A well-sampled sequence with sizes that are not multiples of 4 (cropped to 48×64), values beyond [0, 1] and
        // a few outliers that the percentile clipping must remove; also as HDF5 under a named dataset.
        const auto py = runPython(R"(
import sys, numpy as np, tifffile
rng = np.random.default_rng(3)
t, y, x = np.mgrid[0:23, 0:50, 0:66].astype(np.float64)
seq = 800 + 300 * np.sin(x / 5 + t / 4) * np.cos(y / 7) + 40 * rng.standard_normal(t.shape)
seq[3, 10, 10] = 9000; seq[7, 20, 30] = -4000
tifffile.imwrite(sys.argv[1] + '/seq.tif', seq.astype(np.float32))
)",
                                  {m_dir.path()});
        QVERIFY2(py.exitCode == 0, qPrintable(py.err));
    }

    // (a) Without noise: every output equals numpy's binning / skipping / percentile renormalisation of the input.
    void camerasMatchNumpy()
    {
        XRS_REQUIRE_PYTHON("numpy", "tifffile");
        const auto r = runXrs({"--progress=none", "synth", file("seq.tif"), "-o", file("clean"), "--hr-step", "5",
                               "--hr-offset", "2", "--no-noise", "--frame-interval", "0.5"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const auto py = runPython(R"(
import sys, json, numpy as np, tifffile
d = sys.argv[1]
seq = tifffile.imread(d + '/seq.tif').astype(np.float64)[:, :48, :64]
def renorm(a):
    lo, hi = np.percentile(a, [0.35, 99.65])
    c = np.clip(a, lo, hi)
    return (c - c.min()) / (c.max() - c.min()), [lo, hi]
lr = seq.reshape(23, 12, 4, 16, 4).mean(axis=(2, 4))
hr = seq[2::5]
out = {}
for name, want in (('lr', lr), ('hr', hr), ('ground_truth', seq)):
    got = tifffile.imread(f'{d}/clean/{name}.tif')
    ref, clip = renorm(want)
    out[name] = dict(shape=list(got.shape), dtype=str(got.dtype), maxdiff=float(np.abs(got - ref).max()),
                     min=float(got.min()), max=float(got.max()), clip=clip)
print(json.dumps(out))
)",
                                  {m_dir.path()});
        QVERIFY2(py.exitCode == 0, qPrintable(py.err));
        const QJsonObject got = QJsonDocument::fromJson(py.out.toUtf8()).object();
        const QJsonObject manifest = readJson(file("clean/manifest.json"));
        const QJsonObject clip = manifest["clip"].toObject();
        const QList<QJsonArray> shapes{{23, 12, 16}, {5, 48, 64}, {23, 48, 64}};
        int i = 0;
        for (const QString name : {"lr", "hr", "ground_truth"}) {
            const QJsonObject o = got[name].toObject();
            qInfo("%s: max |diff| vs numpy %.2e, clip [%g, %g]", qPrintable(name), o["maxdiff"].toDouble(),
                  o["clip"].toArray()[0].toDouble(), o["clip"].toArray()[1].toDouble());
            QCOMPARE(o["shape"].toArray(), shapes[i++]);
            QCOMPARE(o["dtype"].toString(), QString("float32"));
            QVERIFY2(o["maxdiff"].toDouble() < 1e-6, qPrintable(name));
            QCOMPARE(o["min"].toDouble(), 0.0);
            QCOMPARE(o["max"].toDouble(), 1.0);
            for (int k = 0; k < 2; ++k) {
                const double want = o["clip"].toArray()[k].toDouble();
                // LR is binned in float32 (fusion::binFrames), numpy bins in double: its bounds agree to float
                // rounding.
                const double tol = name == "lr" ? 1e-6 : 1e-9;
                QVERIFY2(std::abs(clip[name].toArray()[k].toDouble() - want) <= tol * std::abs(want), qPrintable(name));
            }
        }
        // The manifest: the sample's keys plus the synthesis settings.
        QCOMPARE(manifest["kind"].toString(), QString("xrs-synth"));
        QCOMPARE(manifest["k"].toInt(), 4);
        QCOMPARE(manifest["delta"].toInt(), 5);
        QCOMPARE(manifest["hr_offset"].toInt(), 2);
        QVERIFY(manifest["b0"].isNull() && manifest["lr_psnr"].isNull());
        QCOMPARE(manifest["hr_times"].toArray(), (QJsonArray{1.0, 3.5, 6.0, 8.5, 11.0}));
        QCOMPARE(manifest["lr_times"].toArray().size(), 23);
        QCOMPARE(manifest["lr_times"].toArray()[22].toDouble(), 11.0);
        QCOMPARE(manifest["frame_range"].toArray(), (QJsonArray{0, 23}));
        QCOMPARE(manifest["percentiles"].toArray(), (QJsonArray{0.35, 99.65}));
        QCOMPARE(manifest["files"].toObject()["lr"].toString(), QString("lr.tif"));
        QCOMPARE(manifest["source"].toString(), file("seq.tif"));
    }

    // (b) Percentiles: the radix selection equals numpy.percentile (linear) on awkward data — ties, negatives, both
    // ends, an even count — and --frames / other percentiles reach the numbers.
    void percentilesEqualNumpy()
    {
        XRS_REQUIRE_PYTHON("numpy");
        ImageStack s(Shape{3, 7, 11});
        QString values;
        for (std::int64_t i = 0; i < s.shape().count(); ++i) {
            const double v = i % 17 == 0 ? 2.5 : std::sin(double(i) * 1.37) * 1000.0 - 200.0;
            s.values()[std::size_t(i)] = float(v);
            values += QString::number(s.values()[std::size_t(i)], 'g', 9) + " ";
        }
        const QList<double> qs{0, 0.35, 1, 12.5, 50, 77.7, 99.65, 100};
        QStringList qArgs;
        for (double q : qs) qArgs << QString::number(q);
        const auto py = runPython(
            "import sys, numpy as np\n"
            "v = np.array([float(x) for x in sys.argv[1].split()], dtype=np.float32).astype(np.float64)\n"
            "print(' '.join(repr(float(np.percentile(v, float(q)))) for q in sys.argv[2:]))\n",
            QStringList{values} + qArgs);
        QVERIFY2(py.exitCode == 0, qPrintable(py.err));
        const QStringList want = py.out.trimmed().split(' ');
        for (int i = 0; i < qs.size(); ++i) {
            const double got = fusion::stackPercentile(s, qs[i]);
            QVERIFY2(std::abs(got - want[i].toDouble()) <= 1e-9 * std::max(1.0, std::abs(got)),
                     qPrintable(QString("q %1: %2 vs %3").arg(qs[i]).arg(got, 0, 'g', 17).arg(want[i])));
        }
        s.values()[5] = std::nanf("");
        QVERIFY_THROWS_EXCEPTION(Error, fusion::stackPercentile(s, 50));
    }

    // (c) Poisson noise: mean kept and variance LR/b0 at several levels (no clipping at these counts).
    void noiseStatistics()
    {
        const double b0 = 2000;
        const std::vector<double> levels{0.05, 0.3, 0.6};
        ImageStack clean(Shape{std::int64_t(levels.size()), 200, 200});
        for (std::int64_t f = 0; f < clean.frames(); ++f)
            for (std::int64_t r = 0; r < 200; ++r)
                for (auto& v : clean.row(f, r)) v = float(levels[std::size_t(f)]);
        const ImageStack noisy = fusion::addPoissonNoise(clean, b0, 11);
        const double n = 200.0 * 200.0;
        for (std::size_t f = 0; f < levels.size(); ++f) {
            double s = 0, s2 = 0;
            for (std::int64_t r = 0; r < 200; ++r)
                for (const float v : noisy.row(std::int64_t(f), r)) {
                    s += v;
                    s2 += double(v) * v;
                }
            const double mean = s / n, var = s2 / n - mean * mean;
            const double wantVar = levels[f] / b0;
            // Bounds: 5 standard errors of the mean; the sample variance's relative standard error is √(2/n) ≈ 0.7 %.
            qInfo("level %.2f: mean %.6f (|diff| %.1e, bound %.1e), variance %.3e vs %.3e", levels[f], mean,
                  std::abs(mean - levels[f]), 5 * std::sqrt(wantVar / n), var, wantVar);
            QVERIFY(std::abs(mean - levels[f]) < 5 * std::sqrt(wantVar / n));
            QVERIFY(std::abs(var / wantVar - 1) < 0.05);
        }
        // Deterministic by seed, different across seeds.
        const ImageStack again = fusion::addPoissonNoise(clean, b0, 11);
        QCOMPARE(xrs::test::maxAbsDiff(noisy, again), 0.0);
        QVERIFY(xrs::test::maxAbsDiff(noisy, fusion::addPoissonNoise(clean, b0, 12)) > 0);
        QVERIFY_THROWS_EXCEPTION(Error, fusion::addPoissonNoise(clean, 0, 1));
    }

    // (d) --lr-psnr: the noisy LR's PSNR against the clean LR (numpy, from the files) is within ±0.2 dB of the target.
    void targetPsnrIsHit()
    {
        XRS_REQUIRE_PYTHON("numpy", "tifffile");
        const auto clean = runXrs({"--progress=none", "synth", file("seq.tif"), "-o", file("ref"), "--hr-step", "5"});
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.err));
        for (const QString target : {"22", "41.5"}) {
            const QString out = file("psnr" + target);
            const auto r = runXrs({"--progress=none", "synth", file("seq.tif"), "-o", out, "--hr-step", "5",
                                   "--lr-psnr", target, "--seed", "5"});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const auto py = runPython(
                "import sys, numpy as np, tifffile\n"
                "a = tifffile.imread(sys.argv[1] + '/lr.tif').astype(np.float64)\n"
                "b = tifffile.imread(sys.argv[2] + '/lr.tif').astype(np.float64)\n"
                "print(10 * np.log10(1 / np.mean((a - b) ** 2)))\n",
                {out, file("ref")});
            QVERIFY2(py.exitCode == 0, qPrintable(py.err));
            const double achieved = py.out.trimmed().toDouble();
            const QJsonObject m = readJson(out + "/manifest.json");
            qInfo("target %s dB: achieved %.4f dB (manifest %.4f), b0 %.4g", qPrintable(target), achieved,
                  m["lr_psnr"].toDouble(), m["b0"].toDouble());
            QVERIFY(std::abs(achieved - target.toDouble()) <= 0.2);
            QVERIFY(std::abs(m["lr_psnr"].toDouble() - achieved) < 1e-6);
            QCOMPARE(m["target_lr_psnr"].toDouble(), target.toDouble());
            QVERIFY(m["b0"].toDouble() > 0);
            // HR and ground truth carry no noise.
            QCOMPARE(fileHash(out + "/hr.tif"), fileHash(file("ref/hr.tif")));
        }
    }

    // (e) Same seed → identical files; another seed → another LR; uint16 output maps [0, 1] onto 0..65535.
    void deterministicBySeed()
    {
        QStringList args{"--progress=none", "synth", file("seq.tif"), "--b0", "300",
                         "--hr-step",       "4",     "--frames",      "2:20"};
        for (const char* run : {"s1", "s1b"})
            QCOMPARE(runXrs(args + QStringList{"-o", file(run), "--seed", "9"}).exitCode, 0);
        QCOMPARE(runXrs(args + QStringList{"-o", file("s2"), "--seed", "10"}).exitCode, 0);
        for (const QString name : {"lr.tif", "hr.tif", "ground_truth.tif", "manifest.json"})
            QVERIFY2(fileHash(file("s1/" + name)) == fileHash(file("s1b/" + name)), qPrintable(name));
        QVERIFY(fileHash(file("s1/lr.tif")) != fileHash(file("s2/lr.tif")));
        QCOMPARE(fileHash(file("s1/hr.tif")), fileHash(file("s2/hr.tif")));
        const QJsonObject m = readJson(file("s1/manifest.json"));
        QCOMPARE(m["b0"].toDouble(), 300.0);
        QCOMPARE(m["frame_range"].toArray(), (QJsonArray{2, 20}));
        QCOMPARE(m["lr_times"].toArray().size(), 18);
        QCOMPARE(m["hr_times"].toArray(), (QJsonArray{0.0, 4.0, 8.0, 12.0, 16.0}));

        QCOMPARE(runXrs(args + QStringList{"-o", file("u16"), "--seed", "9", "--dtype", "uint16"}).exitCode, 0);
        const auto u16 = io::openStack(toPath(file("u16/ground_truth.tif")));
        QCOMPARE(u16->info().sourceType, DType::UInt16);
        const ImageStack a = u16->readAll();
        const ImageStack f = io::openStack(toPath(file("s1/ground_truth.tif")))->readAll();
        double worst = 0;
        for (std::int64_t i = 0; i < a.shape().count(); ++i)
            worst =
                std::max(worst, std::abs(double(a.values()[std::size_t(i)]) - 65535.0 * f.values()[std::size_t(i)]));
        qInfo("uint16 vs 65535 × float32 output: worst |diff| %.4f", worst);
        QVERIFY(worst <= 0.5 + 65535.0 / (1 << 23));  // half a step plus the writer's float32 mapping
        QCOMPARE(a.computeRange().max, 65535.0);
    }

    // (f) Bad options and data: one clear error, no manifest; a stop request cancels.
    void errorsAndCancel()
    {
        for (const QStringList& extra : {QStringList{"--hr-offset", "30"}, QStringList{"--percentiles", "5:200"}}) {
            const auto r = runXrs(QStringList{"--progress=none", "synth", file("seq.tif"), "-o", file("bad")} + extra);
            QVERIFY2(r.exitCode != 0, qPrintable(extra.join(' ')));
            QVERIFY2(r.err.startsWith("xrs: error: "), qPrintable(r.err));
            QVERIFY(!QFile::exists(file("bad/manifest.json")));
        }
        QVERIFY(runXrs({"synth", file("seq.tif"), "-o", file("bad"), "--b0", "5", "--lr-psnr", "30"}).exitCode != 0);
        fusion::SynthOptions bad;
        bad.bin = 64;  // larger than the frames
        QVERIFY_THROWS_EXCEPTION(Error, fusion::runVirtualExperiment(ImageStack(Shape{4, 16, 16}), bad));
        bad = {};
        bad.b0 = -1;
        QVERIFY_THROWS_EXCEPTION(Error, fusion::runVirtualExperiment(ImageStack(Shape{4, 16, 16}), bad));
        ImageStack flat(Shape{4, 16, 16});
        QVERIFY_THROWS_EXCEPTION(Error, fusion::runVirtualExperiment(flat, {}));
        std::stop_source stop;
        stop.request_stop();
        ImageStack seq(Shape{8, 16, 16});
        for (std::int64_t i = 0; i < seq.shape().count(); ++i) seq.values()[std::size_t(i)] = float(i % 13);
        fusion::SynthOptions o;
        o.hrStep = 2;
        QVERIFY_THROWS_EXCEPTION(Cancelled, fusion::runVirtualExperiment(
                                                seq, o, Progress([](double, std::string_view) {}, stop.get_token())));
        QCOMPARE(fusion::runVirtualExperiment(seq, o).hr.frames(), std::int64_t(4));
    }
};

QTEST_GUILESS_MAIN(TestSynth)
#include "TestSynth.moc"
