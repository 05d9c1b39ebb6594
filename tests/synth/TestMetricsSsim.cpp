// SSIM (metrics/Ssim) and the per-frame metrics against scikit-image 0.19: both windows, float and 8-bit scales,
// with and without a border crop, on random and structured pairs of square, non-square and odd sizes; then
// `xrs metrics` as a user runs it (several results, labels, frame range, HDF5 dataset syntax), its CSV and JSON
// checked per frame against skimage and its summaries against numpy.percentile.
#include <QtTest>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <filesystem>
#include <vector>

#include "TestSupport.h"
#include "core/Error.h"
#include "io/StackSource.h"
#include "io/StackWriter.h"
#include "metrics/Metrics.h"
#include "metrics/Ssim.h"

using namespace xrs;
using xrs::test::runPython;
using xrs::test::runXrs;
using xrs::test::toPath;

namespace {

// Image pairs (a = result, b = reference) written by numpy as float32 TIFFs, and skimage's figures for each
// variant, computed in float64 from those float32 values (what the engine reads).
const char* kPairsScript = R"(
import sys, json, numpy as np, tifffile
from skimage.metrics import structural_similarity, peak_signal_noise_ratio, mean_squared_error
d = sys.argv[1]
rng = np.random.default_rng(7)
def structured(h, w, phase):
    y, x = np.mgrid[0:h, 0:w].astype(np.float64)
    return 0.5 + 0.3 * np.sin(x / 3.1 + phase) * np.cos(y / 4.7) + 0.2 * (x / w) - 0.1 * (y > h / 2)
cases = []
def add(a, b):
    i = len(cases)
    tifffile.imwrite(f'{d}/a{i}.tif', a.astype(np.float32))
    tifffile.imwrite(f'{d}/b{i}.tif', b.astype(np.float32))
    cases.append((a.astype(np.float32).astype(np.float64), b.astype(np.float32).astype(np.float64)))
a = rng.random((64, 48)); add(a + 0.1 * rng.standard_normal(a.shape), a)          # random, values beyond [0, 1]
s = structured(37, 53, 0.0); add(s + 0.03 * rng.standard_normal(s.shape), s)       # odd, non-square
add(structured(53, 37, 0.4), structured(53, 37, 0.0))                              # transposed shape, shifted phase
add(rng.random((11, 13)), rng.random((11, 13)))                                    # just one Gaussian window tall
s = structured(120, 201, 1.0); add(np.clip(s + 0.05 * rng.standard_normal(s.shape), 0, 1), s)
add(s, s)                                                                          # identical
to8 = lambda x: np.round(np.clip(x, 0, 1) * 255)
out = []
for a, b in cases:
    rows = []
    for scale in ('float', '8bit'):
        for crop in (0, 3):
            x, y = (a, b) if scale == 'float' else (to8(a), to8(b))
            if crop: x, y = x[crop:-crop, crop:-crop], y[crop:-crop, crop:-crop]
            R = 1.0 if scale == 'float' else 255.0
            u = structural_similarity(x, y, data_range=R) if min(x.shape) >= 7 else None
            g = (structural_similarity(x, y, data_range=R, gaussian_weights=True, sigma=1.5,
                                       use_sample_covariance=False) if min(x.shape) >= 11 else None)
            mse = mean_squared_error(y, x)
            psnr = peak_signal_noise_ratio(y, x, data_range=R) if mse > 0 else None
            rows.append(dict(scale=scale, crop=crop, ssim=u, ssim_g=g, psnr=psnr, mse=mse, aad=np.mean(np.abs(x - y))))
    out.append(rows)
print(json.dumps(out))
)";

ImageStack readAll(const std::filesystem::path& p)
{
    return io::openStack(p)->readAll();
}

bool near(double a, double b, double tol)
{
    return std::abs(a - b) <= tol;
}

}  // namespace

class TestMetricsSsim : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::filesystem::path path(const QString& name) const { return toPath(m_dir.filePath(name)); }

private slots:
    void ssimAndFrameMetricsEqualSkimage()
    {
        XRS_REQUIRE_PYTHON("numpy", "tifffile", "skimage");
        const auto py = runPython(kPairsScript, {m_dir.path()});
        QVERIFY2(py.exitCode == 0, qPrintable(py.err));
        const QJsonArray cases = QJsonDocument::fromJson(py.out.toUtf8()).array();
        QCOMPARE(cases.size(), 6);
        double worstSsim = 0, worstPsnr = 0;
        int checked = 0, errorsExpected = 0;
        for (int i = 0; i < cases.size(); ++i) {
            const ImageStack a = readAll(path(QString("a%1.tif").arg(i)));
            const ImageStack b = readAll(path(QString("b%1.tif").arg(i)));
            for (const auto& v : cases[i].toArray()) {
                const QJsonObject ref = v.toObject();
                metrics::Options o;
                o.scale = ref["scale"].toString() == "8bit" ? metrics::Scale::EightBit : metrics::Scale::Float;
                o.borderCrop = ref["crop"].toInt();
                const QString what =
                    QString("case %1 %2 crop %3").arg(i).arg(ref["scale"].toString()).arg(o.borderCrop);
                // PSNR, MSE and AAD without SSIM: any size.
                const auto plain = metrics::compareFrame(a, b, 0, o);
                QVERIFY2(std::isnan(plain.ssim) && std::isnan(plain.ssimGaussian), qPrintable(what));
                QVERIFY2(near(plain.mse, ref["mse"].toDouble(), 1e-9 * std::max(1.0, ref["mse"].toDouble())),
                         qPrintable(what));
                QVERIFY2(near(plain.aad, ref["aad"].toDouble(), 1e-9 * std::max(1.0, ref["aad"].toDouble())),
                         qPrintable(what));
                if (ref["psnr"].isNull()) {
                    QVERIFY2(std::isinf(plain.psnr), qPrintable(what));
                } else {
                    worstPsnr = std::max(worstPsnr, std::abs(plain.psnr - ref["psnr"].toDouble()));
                    QVERIFY2(near(plain.psnr, ref["psnr"].toDouble(), 1e-6), qPrintable(what));
                }
                for (const bool gaussian : {false, true}) {
                    metrics::Options os = o;
                    (gaussian ? os.ssimGaussian : os.ssim) = true;
                    const QJsonValue expected = ref[gaussian ? "ssim_g" : "ssim"];
                    if (expected.isNull()) {
                        // Smaller than the window after the crop: an error naming the window, as skimage raises.
                        QVERIFY_THROWS_EXCEPTION(Error, metrics::compareFrame(a, b, 0, os));
                        ++errorsExpected;
                        continue;
                    }
                    const auto m = metrics::compareFrame(a, b, 0, os);
                    const double got = gaussian ? m.ssimGaussian : m.ssim;
                    worstSsim = std::max(worstSsim, std::abs(got - expected.toDouble()));
                    QVERIFY2(near(got, expected.toDouble(), 1e-6),
                             qPrintable(what + (gaussian ? " gaussian " : " uniform ") + QString::number(got, 'g', 12) +
                                        " vs " + QString::number(expected.toDouble(), 'g', 12)));
                    ++checked;
                }
            }
        }
        qInfo("%d SSIM values vs skimage: worst |diff| %.2e; PSNR worst |diff| %.2e; %d too-small cases rejected",
              checked, worstSsim, worstPsnr, errorsExpected);
        QCOMPARE(errorsExpected, 4);  // the 11×13 pair cropped by 3 (5×7), both scales: below both windows
    }

    // Row-parallel and serial SSIM agree to the last bit; identical images give exactly 1 and the known windows.
    void ssimIsDeterministic()
    {
        const std::int64_t rows = 301, cols = 173;
        std::vector<double> x(std::size_t(rows * cols)), y(x.size());
        for (std::size_t i = 0; i < x.size(); ++i) {
            x[i] = std::sin(double(i) * 0.013) * 100 + 120;
            y[i] = x[i] + 7 * std::cos(double(i) * 0.7);
        }
        for (const auto w : {metrics::SsimWindow::Uniform, metrics::SsimWindow::Gaussian}) {
            metrics::SsimParams p;
            p.window = w;
            p.dataRange = 255;
            QCOMPARE(metrics::ssim(x, y, rows, cols, p, true), metrics::ssim(x, y, rows, cols, p, false));
            QCOMPARE(metrics::ssim(x, x, rows, cols, p), 1.0);
        }
        metrics::SsimParams g;
        g.window = metrics::SsimWindow::Gaussian;
        QCOMPARE(g.side(), 11);
        QCOMPARE(metrics::SsimParams{}.side(), 7);
        QVERIFY_THROWS_EXCEPTION(Error, metrics::ssim(std::span(x).first(10), y, rows, cols));
    }

    void cliReportEqualsSkimageAndNumpy()
    {
        XRS_REQUIRE_PYTHON("numpy", "tifffile", "skimage");
        // Reference: 6 frames 40×57; results: noisy and blurred versions. The reference also as HDF5 (FILE:/dataset).
        ImageStack ref(Shape{6, 40, 57}), noisy(ref.shape()), blurred(ref.shape());
        for (std::int64_t f = 0; f < 6; ++f)
            for (std::int64_t r = 0; r < 40; ++r)
                for (std::int64_t c = 0; c < 57; ++c) {
                    const double v =
                        0.5 + 0.4 * std::sin(0.21 * double(c) + 0.3 * double(f)) * std::cos(0.17 * double(r));
                    ref.at(f, r, c) = float(v);
                    noisy.at(f, r, c) = float(v + 0.04 * std::sin(12.9898 * double(r * 57 + c) + double(f)) * (1 + f));
                }
        for (std::int64_t f = 0; f < 6; ++f)
            for (std::int64_t r = 0; r < 40; ++r)
                for (std::int64_t c = 0; c < 57; ++c)
                    blurred.at(f, r, c) = 0.5f * ref.at(f, r, c) +
                                          0.25f * ref.at(f, r, std::max<std::int64_t>(c - 1, 0)) +
                                          0.25f * ref.at(f, r, std::min<std::int64_t>(c + 1, 56));
        io::writeStack(path("ref.tif"), ref);
        io::WriteOptions h5;
        h5.dataset = "/video/gt";
        io::writeStack(path("ref.h5"), ref, h5);
        io::writeStack(path("noisy.tif"), noisy);
        io::writeStack(path("blurred.tif"), blurred);

        // Options before the positionals: each --result / --name takes one value and leaves RESULT REFERENCE alone.
        const QStringList args{"--progress=none",
                               "metrics",
                               "--result",
                               m_dir.filePath("blurred.tif"),
                               "--name",
                               "fused",
                               "--name",
                               "bicubic",
                               "--ssim",
                               "both",
                               "--crop",
                               "2",
                               "--frames",
                               "1:6",
                               m_dir.filePath("noisy.tif"),
                               m_dir.filePath("ref.h5") + ":/video/gt",
                               "-o",
                               m_dir.filePath("report.json"),
                               "--csv",
                               m_dir.filePath("frames.csv")};
        const auto r = runXrs(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains("fused") && r.out.contains("bicubic"));

        const auto py = runPython(R"(
import sys, json, numpy as np, tifffile
from skimage.metrics import structural_similarity as ssim, peak_signal_noise_ratio as psnr
d = sys.argv[1]
to8 = lambda x: np.round(np.clip(x.astype(np.float64), 0, 1) * 255)[:, 2:-2, 2:-2]
ref = to8(tifffile.imread(d + '/ref.tif'))[1:6]
out = {}
for name, f in (('fused', 'noisy'), ('bicubic', 'blurred')):
    res = to8(tifffile.imread(f'{d}/{f}.tif'))[1:6]
    per = dict(psnr_db=[psnr(g, x, data_range=255) for x, g in zip(res, ref)],
               ssim=[ssim(x, g, data_range=255) for x, g in zip(res, ref)],
               ssim_gaussian=[ssim(x, g, data_range=255, gaussian_weights=True, sigma=1.5, use_sample_covariance=False)
                              for x, g in zip(res, ref)],
               aad=[np.mean(np.abs(x - g)) for x, g in zip(res, ref)],
               mse=[np.mean((x - g) ** 2) for x, g in zip(res, ref)])
    summ = {k: dict(mean=np.mean(v), median=np.median(v), q1=np.percentile(v, 25), q3=np.percentile(v, 75),
                    min=np.min(v), max=np.max(v)) for k, v in per.items()}
    out[name] = dict(per=per, summary=summ)
print(json.dumps(out))
)",
                                  {m_dir.path()});
        QVERIFY2(py.exitCode == 0, qPrintable(py.err));
        const QJsonObject expected = QJsonDocument::fromJson(py.out.toUtf8()).object();

        QFile jf(m_dir.filePath("report.json"));
        QVERIFY(jf.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(jf.readAll()).object();
        QCOMPARE(report["kind"].toString(), QString("xrs-metrics"));
        QCOMPARE(report["data_range"].toDouble(), 255.0);
        const QJsonObject methods = report["methods"].toObject();
        QCOMPARE(methods.keys(), (QStringList{"bicubic", "fused"}));
        QCOMPARE(methods["fused"].toObject()["file"].toString(), m_dir.filePath("noisy.tif"));

        // CSV: method,frame,psnr_db,ssim,ssim_gaussian,aad,mse — frames 1..5 of each method.
        QFile cf(m_dir.filePath("frames.csv"));
        QVERIFY(cf.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(cf.readAll()).trimmed().split('\n');
        QCOMPARE(lines.first(), QString("method,frame,psnr_db,ssim,ssim_gaussian,aad,mse"));
        QCOMPARE(lines.size(), 11);
        const QStringList keys{"psnr_db", "ssim", "ssim_gaussian", "aad", "mse"};
        double worst = 0;
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList cells = lines[i].split(',');
            const QString name = cells[0];
            const int frame = cells[1].toInt();
            QCOMPARE(frame, (i - 1) % 5 + 1);
            const QJsonObject per = expected[name].toObject()["per"].toObject();
            const QJsonObject json = methods[name].toObject()["per_frame"].toObject();
            QCOMPARE(json["frame"].toArray()[frame - 1].toInt(), frame);
            for (int k = 0; k < keys.size(); ++k) {
                const double want = per[keys[k]].toArray()[frame - 1].toDouble();
                const double tol = keys[k] == "mse" ? 1e-9 * want : 1e-6;
                worst = std::max(worst, keys[k] == "mse" ? 0.0 : std::abs(cells[2 + k].toDouble() - want));
                QVERIFY2(near(cells[2 + k].toDouble(), want, tol), qPrintable(lines[i] + " " + keys[k]));
                QVERIFY2(near(json[keys[k]].toArray()[frame - 1].toDouble(), want, tol),
                         qPrintable(name + " " + keys[k]));
            }
        }
        for (const QString name : {"fused", "bicubic"}) {
            const QJsonObject want = expected[name].toObject()["summary"].toObject();
            const QJsonObject got = methods[name].toObject()["summary"].toObject();
            for (const auto& k : keys)
                for (const QString stat : {"mean", "median", "q1", "q3", "min", "max"}) {
                    const double w = want[k].toObject()[stat].toDouble();
                    QVERIFY2(near(got[k].toObject()[stat].toDouble(), w, k == "mse" ? 1e-9 * w : 1e-6),
                             qPrintable(name + " " + k + " " + stat));
                }
            QCOMPARE(got["psnr_db"].toObject()["count"].toInt(), 5);
        }
        qInfo("xrs metrics vs skimage per frame: worst |diff| %.2e", worst);

        // Mismatched shapes: one line naming the result file; nothing written.
        io::writeStack(path("small.tif"), ImageStack(Shape{6, 40, 50}));
        const auto bad = runXrs(
            {"metrics", m_dir.filePath("small.tif"), m_dir.filePath("ref.tif"), "-o", m_dir.filePath("bad.json")});
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains("small.tif") && bad.err.contains("does not match"), qPrintable(bad.err));
        QVERIFY(!QFile::exists(m_dir.filePath("bad.json")));
    }
};

QTEST_GUILESS_MAIN(TestMetricsSsim)
#include "TestMetricsSsim.moc"
