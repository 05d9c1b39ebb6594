// The `xrs` CLI as a user runs it: real subprocesses, real files checked by independent readers.
#include <QtTest>

#include <cmath>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "TestSupport.h"

using xrs::test::runPython;
using xrs::test::runXrs;

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void versionAndHelp()
    {
        const auto v = runXrs({"--version"});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith("xrs "));
        const auto h = runXrs({"--help"});
        QCOMPARE(h.exitCode, 0);
        for (const char* sub : {"info", "convert", "sample", "demo"}) QVERIFY2(h.out.contains(sub), sub);
    }

    void errorsAreOneClearLine()
    {
        const auto r = runXrs({"info", "/nonexistent/scan.h5"});
        QVERIFY(r.exitCode != 0);
        const auto lines = r.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines[0].startsWith("xrs: error: /nonexistent/scan.h5: "), qPrintable(lines[0]));
        QTemporaryDir dir;
        QFile bogus(dir.filePath("notes.tif"));
        QVERIFY(bogus.open(QIODevice::WriteOnly));
        bogus.write("this is not an image");
        bogus.close();
        const auto b = runXrs({"info", bogus.fileName()});
        QVERIFY(b.exitCode != 0);
        QVERIFY2(b.err.contains("notes.tif"), qPrintable(b.err));
    }

    void devices()
    {
        const auto r = runXrs({"info", "--devices"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("CPU: "));
        QVERIFY(r.out.contains("CUDA"));
        QVERIFY(r.out.contains("LibTorch") );
    }

    void sampleConvertInfoRoundTrip()
    {
        XRS_REQUIRE_PYTHON("numpy", "tifffile", "h5py");
        QTemporaryDir dir;
        const QString scan = dir.filePath("scan.h5");
        auto r = runXrs({"--progress=lines", "sample", "ct", scan, "--cols", "48", "--rows", "4", "--angles", "30"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Progress arrives as machine-readable lines ending at 1.
        const auto progressLines = r.err.split('\n').filter(QRegularExpression("^XRS-PROGRESS [0-9.]+ "));
        QVERIFY(!progressLines.isEmpty());
        QVERIFY(progressLines.last().startsWith("XRS-PROGRESS 1.0000"));

        r = runXrs({"info", scan, "--no-range"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("/exchange/data"));
        QVERIFY(r.out.contains("30×4×48"));
        QVERIFY(r.out.contains("uint16"));

        // Frames 5:15 of the projections → uint8 TIFF with a value range; checked by tifffile.
        const QString tif = dir.filePath("proj.tif");
        r = runXrs({"convert", scan, tif, "--frames", "5:15", "--dtype", "uint8", "--range", "0:25000", "--compress", "deflate"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto py = runPython(R"(
import sys, h5py, numpy as np, tifffile
src = h5py.File(sys.argv[1], 'r')['/exchange/data'][5:15].astype(np.float64)
expect = np.clip(np.rint(src / 25000 * 255), 0, 255).astype(np.uint8)
got = tifffile.imread(sys.argv[2])
print(got.shape, got.dtype, int(np.abs(got.astype(int) - expect.astype(int)).max()))
)", {scan, tif});
        QVERIFY2(py.exitCode == 0, qPrintable(py.err));
        QCOMPARE(py.out.trimmed(), QString("(10, 4, 48) uint8 0"));

        // Back to HDF5 float32 under another dataset path; info computes the value range.
        const QString h5 = dir.filePath("back.h5");
        r = runXrs({"convert", tif, h5, "--out-dataset", "/recon/data"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runXrs({"info", h5});
        QVERIFY2(r.out.contains("/recon/data") && r.out.contains("range:"), qPrintable(r.out));

        // A bad frame range is a clear error and leaves no output behind.
        const QString bad = dir.filePath("bad.tif");
        r = runXrs({"convert", scan, bad, "--frames", "20:99"});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("--frames"), qPrintable(r.err));
        QVERIFY(!QFile::exists(bad));
    }

    void demoWritesReport()
    {
        QTemporaryDir dir;
        const auto r = runXrs({"demo", dir.path(), "--size", "128", "--frames", "16"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(dir.filePath("report.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto report = QJsonDocument::fromJson(f.readAll()).object();
        const auto psnr = report["metrics"].toObject()["methods"].toObject()["bicubic"].toObject()["psnr_db"].toObject();
        QCOMPARE(psnr["count"].toInt(), 16);
        // Bicubic ×4 of a textured video: clearly above noise level, clearly below perfect.
        QVERIFY2(psnr["mean"].toDouble() > 18.0 && psnr["mean"].toDouble() < 45.0, qPrintable(QString::number(psnr["mean"].toDouble())));
        // The CT part: the automatic centre finds the simulated axis ((128 − 1)/2) and FBP resembles the phantom.
        const auto ct = report["ct"].toObject();
        QVERIFY2(std::abs(ct["center"].toDouble() - 63.5) < 0.5, qPrintable(QString::number(ct["center"].toDouble())));
        const double ctPsnr = ct["psnr_db_vs_phantom"].toObject()["mean"].toDouble();
        QVERIFY2(ctPsnr > 18.0, qPrintable(QString::number(ctPsnr)));
        for (const char* file : {"ct/recon.tif", "video/lr.tif", "video/hr.tif", "video/bicubic.tif", "video/ground_truth.tif",
                                 "ct/scan.h5", "ct/phantom.tif", "report.csv"})
            QVERIFY2(QFile::exists(dir.filePath(file)), file);
        QFile csv(dir.filePath("report.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 17);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
