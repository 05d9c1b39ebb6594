// Widget models without a window: colour maps, display settings, histogram and automatic ranges (against
// numpy.percentile / numpy.histogram from the reference python), measurements, time mapping, metric reports.
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

#include "TestSupport.h"
#include "app/ComputeDevices.h"
#include "app/Launcher.h"
#include "core/Error.h"
#include "widgets/Colormap.h"
#include "widgets/DisplaySettings.h"
#include "widgets/Histogram.h"
#include "widgets/LinkedViewState.h"
#include "widgets/Measure.h"
#include "widgets/MetricReport.h"
#include "widgets/TimeMapping.h"

using namespace xrs::widgets;

namespace {

double luminance(QRgb c)
{
    return 0.2126 * qRed(c) + 0.7152 * qGreen(c) + 0.0722 * qBlue(c);
}

// A 300×200 frame of skewed values (a dark background and a bright tail) with a few NaNs and infinities.
xrs::ImageStack skewedFrame()
{
    xrs::ImageStack s(xrs::Shape{1, 200, 300});
    std::mt19937 rng(7);
    std::gamma_distribution<float> gamma(2.0f, 150.0f);
    for (std::int64_t r = 0; r < s.rows(); ++r)
        for (std::int64_t c = 0; c < s.cols(); ++c) s.at(0, r, c) = 1000.0f + gamma(rng);
    s.at(0, 10, 10) = NAN;
    s.at(0, 20, 30) = INFINITY;
    s.at(0, 199, 299) = -INFINITY;
    return s;
}

void writeText(const QString& path, const QByteArray& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

}  // namespace

class TestWidgetModels : public QObject {
    Q_OBJECT
private slots:
    void colormapsStartEndAndRiseInLightness()
    {
        QCOMPARE(colormapTable(Colormap::Grey)[0], qRgb(0, 0, 0));
        QCOMPARE(colormapTable(Colormap::Grey)[255], qRgb(255, 255, 255));
        QCOMPARE(colormapTable(Colormap::Grey)[100], qRgb(100, 100, 100));
        QCOMPARE(colormapTable(Colormap::InvertedGrey)[0], qRgb(255, 255, 255));
        QCOMPARE(colormapTable(Colormap::InvertedGrey)[255], qRgb(0, 0, 0));
        // The perceptual maps pass through their anchors: ends and middle of viridis, ends of magma/inferno.
        QCOMPARE(colormapTable(Colormap::Viridis)[0], qRgb(0x44, 0x01, 0x54));
        QCOMPARE(colormapTable(Colormap::Viridis)[255], qRgb(0xfd, 0xe7, 0x25));
        const QRgb mid = colormapColor(Colormap::Viridis, 0.5);
        QVERIFY(std::abs(qRed(mid) - 0x21) <= 2 && std::abs(qGreen(mid) - 0x91) <= 2 &&
                std::abs(qBlue(mid) - 0x8c) <= 2);
        QCOMPARE(colormapTable(Colormap::Magma)[255], qRgb(0xfc, 0xfd, 0xbf));
        QCOMPARE(colormapTable(Colormap::Inferno)[255], qRgb(0xfc, 0xff, 0xa4));
        // Lightness rises along each map (what makes them readable); small ripples of interpolation allowed.
        for (const Colormap map : {Colormap::Viridis, Colormap::Magma, Colormap::Inferno}) {
            const auto& t = colormapTable(map);
            double worstDrop = 0.0;
            for (int i = 1; i < kColormapSize; ++i)
                worstDrop = std::max(worstDrop, luminance(t[i - 1]) - luminance(t[i]));
            QVERIFY2(worstDrop < 1.0, qPrintable(colormapId(map) + QString(" drops by %1").arg(worstDrop)));
            QVERIFY(luminance(t[255]) - luminance(t[0]) > 150.0);
        }
        QCOMPARE(allColormaps().size(), 5);
    }

    void displaySettingsMapValues()
    {
        DisplaySettings d;
        QSignalSpy changed(&d, &DisplaySettings::changed);
        d.setWindowLevel(100.0, 50.0);
        QCOMPARE(d.low(), 0.0);
        QCOMPARE(d.high(), 100.0);
        QCOMPARE(changed.count(), 1);
        d.setRange(0.0, 100.0);  // unchanged: no signal
        QCOMPARE(changed.count(), 1);
        QCOMPARE(d.position(25.0), 0.25);
        QCOMPARE(d.position(-5.0), 0.0);
        QCOMPARE(d.position(500.0), 1.0);
        QCOMPARE(d.color(-1.0), qRgb(0, 0, 0));
        QCOMPARE(d.color(1000.0), qRgb(255, 255, 255));
        d.setColormap(Colormap::InvertedGrey);
        QCOMPARE(d.color(1000.0), qRgb(0, 0, 0));
        d.setRange(5.0, 5.0);  // flat: still a usable width
        QVERIFY(d.high() > d.low());
        d.setRange(10.0, 2.0);  // swapped
        QCOMPARE(d.low(), 2.0);
        QCOMPARE(d.high(), 10.0);
    }

    void autoRangesAndHistogramMatchNumpy()
    {
        XRS_REQUIRE_PYTHON("numpy");
        const xrs::ImageStack image = skewedFrame();
        QTemporaryDir dir;
        const QString raw = dir.filePath("frame.f32");
        {
            QFile f(raw);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(reinterpret_cast<const char*>(image.data()), qint64(image.shape().count() * sizeof(float)));
        }
        const auto result = xrs::test::runPython(
            "import sys, numpy as np\n"
            "v = np.fromfile(sys.argv[1], dtype=np.float32).astype(np.float64)\n"
            "v = v[np.isfinite(v)]\n"
            "print(' '.join(repr(x) for x in np.percentile(v, [0.35, 99.65, 1, 99, 0, 100])))\n"
            "h, _ = np.histogram(v, bins=256, range=(v.min(), v.max()))\n"
            "print(' '.join(str(x) for x in h))\n",
            {raw});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QStringList lines = result.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QStringList p = lines[0].split(' ');
        QCOMPARE(p.size(), 6);
        const AutoRange presets[] = {AutoRange::Percentile035, AutoRange::Percentile1, AutoRange::MinMax};
        for (int i = 0; i < 3; ++i) {
            const auto range = autoRange(image, presets[i]);
            QVERIFY(range);
            const double lo = p[2 * i].toDouble(), hi = p[2 * i + 1].toDouble();
            qInfo("%s: ours %.9g..%.9g, numpy %.9g..%.9g", qPrintable(autoRangeName(presets[i])), range->min,
                  range->max, lo, hi);
            QVERIFY(std::abs(range->min - lo) <= 1e-9 * std::abs(lo));
            QVERIFY(std::abs(range->max - hi) <= 1e-9 * std::abs(hi));
        }

        const Histogram h = computeHistogram(image, 256);
        const QStringList counts = lines[1].split(' ');
        QCOMPARE(qsizetype(h.counts.size()), counts.size());
        std::int64_t total = 0, mismatched = 0;
        for (std::size_t i = 0; i < h.counts.size(); ++i) {
            total += h.counts[i];
            mismatched += std::abs(h.counts[i] - counts[qsizetype(i)].toLongLong());
        }
        QCOMPARE(total, image.shape().count() - 3);  // the NaN and the infinities are left out
        // Values exactly on a bin edge may fall either way in floating point; nothing else may differ.
        QVERIFY2(mismatched <= 4, qPrintable(QString::number(mismatched)));
    }

    void measurements()
    {
        // Horizontal ramp v = 2x + 100y: the profile is linear along any line, the rectangle has known moments.
        xrs::ImageStack s(xrs::Shape{1, 50, 80});
        for (int r = 0; r < 50; ++r)
            for (int c = 0; c < 80; ++c) s.at(0, r, c) = float(2 * c + 100 * r);
        const auto profile = lineProfile(s, {10.0, 5.0}, {40.0, 25.0});
        QVERIFY(profile.size() >= 37);
        for (const auto& sample : profile) {
            const double t = sample.distance / std::hypot(30.0, 20.0);
            QVERIFY(std::abs(sample.value - (2 * (10 + 30 * t) + 100 * (5 + 20 * t))) < 1e-3);
        }
        QCOMPARE(profile.back().distance, std::hypot(30.0, 20.0));

        const auto stats = roiStatistics(s, pixelRect({2.2, 3.4}, {5.6, 4.9}));  // pixels x 2..6, y 3..5
        QVERIFY(stats);
        QCOMPARE(stats->pixels, std::int64_t(15));
        QCOMPARE(stats->min, 2.0 * 2 + 100.0 * 3);
        QCOMPARE(stats->max, 2.0 * 6 + 100.0 * 5);
        QVERIFY(std::abs(stats->mean - (2.0 * 4 + 100.0 * 4)) < 1e-9);
        // Population std of x-part {4,6,8,10,12} (var 8) and y-part {300,400,500} (var 6666.67), independent.
        QVERIFY(std::abs(stats->stddev - std::sqrt(8.0 + 20000.0 / 3.0)) < 1e-9);
        QVERIFY(!roiStatistics(s, QRect(200, 200, 5, 5)));

        // 0.65 µm pixels at 2 screen pixels each, ~110 px wanted: 50 µm (153.8 px) is the nearest round length.
        const ScaleBar bar = chooseScaleBar(0.65, "um", 2.0, 110.0);
        QCOMPARE(bar.length, 50.0);
        QVERIFY(std::abs(bar.screenPixels - 50.0 / 0.65 * 2.0) < 1e-9);
        QCOMPARE(bar.label, QString::fromUtf8("50 \u00b5m"));
        QCOMPARE(chooseScaleBar(1.0, QString(), 1.0, 110.0).label, QStringLiteral("100 px"));
    }

    void timeMappingPicksNearestHrFrame()
    {
        // The demo's cameras: LR at every frame 0..47, HR every 8th (0, 8, …, 40).
        const TimeMapping m = TimeMapping::evenlySpaced(48, 6, 8.0);
        QCOMPARE(m.nearestHr(0).hrFrame, 0);
        QCOMPARE(m.nearestHr(0).delta, 0.0);
        QCOMPARE(m.nearestHr(3).hrFrame, 0);
        QCOMPARE(m.nearestHr(3).delta, -3.0);
        QCOMPARE(m.nearestHr(4).hrFrame, 0);  // a tie goes to the earlier frame
        QCOMPARE(m.nearestHr(4).delta, -4.0);
        QCOMPARE(m.nearestHr(5).hrFrame, 1);
        QCOMPARE(m.nearestHr(5).delta, 3.0);
        QCOMPARE(m.nearestHr(16).hrFrame, 2);
        QCOMPARE(m.nearestHr(47).hrFrame, 5);
        QCOMPARE(m.nearestHr(47).delta, -7.0);
        // Uneven times from a manifest.
        QTemporaryDir dir;
        const QString manifest = dir.filePath("manifest.json");
        writeText(manifest, R"({"lr_times": [0, 1, 2, 3, 4], "hr_times": [0.5, 3.9]})");
        const TimeMapping u = TimeMapping::fromManifest(manifest);
        QCOMPARE(u.nearestHr(2).hrFrame, 0);
        QCOMPARE(u.nearestHr(2).delta, -1.5);
        QCOMPARE(u.nearestHr(3).hrFrame, 1);
        QVERIFY(std::abs(u.nearestHr(3).delta - 0.9) < 1e-12);
        QCOMPARE(TimeMapping().nearestHr(0).hrFrame, -1);
        // Bad manifests name the file and the problem.
        writeText(manifest, R"({"lr_times": [0, 1]})");
        try {
            TimeMapping::fromManifest(manifest);
            QFAIL("no error");
        } catch (const xrs::Error& e) {
            QVERIFY2(QString(e.what()).contains("manifest.json") && QString(e.what()).contains("hr_times"), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(xrs::Error, TimeMapping({0, 2, 1}, {}));
    }

    void metricReportsFromCsvAndJson()
    {
        QTemporaryDir dir;
        writeText(dir.filePath("report.csv"),
                  "frame,method,psnr_db,aad,mse\n0,bicubic,30.5,0.02,1e-3\n2,bicubic,31,0.01,\n1,bicubic,29,0.03,2e-3\n"
                  "0,fused,35,0.005,1e-4\n");
        writeText(dir.filePath("report.json"),
                  R"({"kind": "xrs-demo-report", "metrics": {"per_frame_csv": "report.csv"}})");
        for (const QString name : {"report.csv", "report.json"}) {
            const MetricReport r = loadMetricReport(dir.filePath(name));
            QCOMPARE(r.metrics(), QStringList({"psnr_db", "aad", "mse"}));
            QCOMPARE(r.methods(), QStringList({"bicubic", "fused"}));
            const MetricSeries* psnr = r.find("psnr_db", "bicubic");
            QVERIFY(psnr);
            QCOMPARE(psnr->frames, std::vector<int>({0, 1, 2}));  // sorted by frame
            QCOMPARE(psnr->values, std::vector<double>({30.5, 29.0, 31.0}));
            QCOMPARE(r.find("mse", "bicubic")->frames.size(), std::size_t(2));  // the blank cell is left out
        }
        writeText(
            dir.filePath("inline.json"),
            R"({"per_frame": [{"frame": 1, "method": "a", "ssim": 0.9}, {"frame": 0, "method": "a", "ssim": 0.8}]})");
        const MetricReport inl = loadMetricReport(dir.filePath("inline.json"));
        QCOMPARE(inl.find("ssim")->values, std::vector<double>({0.8, 0.9}));
        QCOMPARE(metricLabel("psnr_db"), QStringLiteral("PSNR (dB)"));

        writeText(dir.filePath("bad.csv"), "frame,method,psnr_db\n0,a,1\n1,a\n");
        try {
            loadMetricReport(dir.filePath("bad.csv"));
            QFAIL("no error");
        } catch (const xrs::Error& e) {
            QVERIFY2(QString(e.what()).contains("bad.csv") && QString(e.what()).contains("line 3"), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(xrs::Error, loadMetricReport(dir.filePath("missing.csv")));
    }

    void launcherTakesACompareFolder()
    {
        QString error;
        const auto options = xrs::app::parseLaunchOptions({"xray-studio", "--compare", "/data/demo", "--lang", "ja"}, &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->compareDir, QStringLiteral("/data/demo"));
        QVERIFY(options->demoDir.isEmpty());
    }

    void linkedStateClampsAndEmitsOnce()
    {
        LinkedViewState link;
        link.setFrameCount(10);
        QSignalSpy frames(&link, &LinkedViewState::frameChanged);
        QSignalSpy views(&link, &LinkedViewState::viewChanged);
        link.setFrame(4);
        link.setFrame(4);
        link.setFrame(99);
        QCOMPARE(frames.count(), 2);
        QCOMPARE(link.frame(), 9);
        link.setView({1, 2, 3});
        link.setView({1, 2, 3});
        QCOMPARE(views.count(), 1);
    }

    // The device list of the selectors, from a report as `xrs info --devices --json` writes it (one with a GPU, since
    // this machine has none) and from the real engine.
    void computeDevicesFromTheEngineReport()
    {
        xrs::app::ComputeDevices devices;
        devices.setReport(R"({"cpu": {"model": "Xeon", "threads": 16},
            "cuda": {"compiled": true, "runtime_version": 13000, "driver_version": 13010, "status": "1 device",
                     "devices": [{"index": 0, "name": "NVIDIA H100", "compute": "9.0", "multiprocessors": 132,
                                  "total_memory": 85899345920, "free_memory": 84825604096}]},
            "torch": {"version": "2.11.0", "cuda_available": true}})");
        const auto list = devices.devices();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].id, QStringLiteral("cpu"));
        QCOMPARE(list[1].id, QStringLiteral("cuda:0"));
        QCOMPARE(list[1].totalGiB, 80.0);
        QVERIFY(std::abs(list[1].freeGiB - 79.0) < 1e-9);
        QVERIFY(list[1].label().contains(QStringLiteral("79.0 GiB free of 80.0")));
        QVERIFY(devices.summary().join(u'\n').contains(QStringLiteral("runtime 13.0, driver 13.1")));

        qputenv("XRS_CLI", XRS_CLI_PATH);
        xrs::app::ComputeDevices real;
        QSignalSpy ready(&real, &xrs::app::ComputeDevices::ready);
        real.refresh();
        QVERIFY(ready.wait(30000));
        QVERIFY(real.devices().size() >= 1);
        QVERIFY2(!real.rawReport().isEmpty(), qPrintable(real.summary().join(u'\n')));
        QVERIFY(real.summary().size() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestWidgetModels)
#include "TestWidgetModels.moc"
