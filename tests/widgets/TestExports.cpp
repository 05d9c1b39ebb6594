// File → Export ▸ under Xvfb: the TIFF written equals the data shown (frame range, ROI, uint16 range mapping checked
// with the reference python's tifffile), the PNG has the widget's size and is not blank, movies (.avi/.mp4, one
// sequence and the comparison layout) have the right number of frames read back by OpenCV, and the PDF report's text
// (pdftotext) holds the summary numbers and the method names of an `xrs demo` report.
#include <QApplication>
#include <QImage>
#include <QMenu>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/videoio.hpp>

#include "TestSupport.h"
#include "app/Exports.h"
#include "app/MainWindow.h"
#include "app/ReportPdf.h"
#include "core/Error.h"
#include "io/MovieWriter.h"
#include "io/StackSource.h"
#include "widgets/ComparisonView.h"
#include "widgets/ImageView.h"
#include "widgets/VtkOpenGLWidget.h"

using namespace xrs;
using xrs::test::toPath;

namespace {

float value(int f, int r, int c)
{
    return float(f * 1000 + r * 50 + c) + 0.25f;
}

ImageStack makeStack(int frames, int rows, int cols)
{
    ImageStack s(Shape{frames, rows, cols});
    for (int f = 0; f < frames; ++f)
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) s.at(f, r, c) = value(f, r, c);
    return s;
}

// (frame count property, frames actually decoded) of a movie.
std::pair<int, int> countFrames(const QString& path)
{
    cv::VideoCapture cap(path.toStdString());
    if (!cap.isOpened()) return {-1, -1};
    const int property = int(cap.get(cv::CAP_PROP_FRAME_COUNT));
    int read = 0;
    cv::Mat frame;
    while (cap.read(frame)) ++read;
    return {property, read};
}

}  // namespace

class TestExports : public QObject {
    Q_OBJECT
private slots:
    void tiffEqualsTheDataShown()
    {
        widgets::ImageView view;
        view.resize(300, 260);
        view.setStack(makeStack(6, 40, 50));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFrame(2);
        QTemporaryDir dir;
        const app::ExportSource source = app::exportSource(view);

        // float32, frames 1..4, ROI x 5..24, y 6..15: the values themselves.
        app::TiffExport opts;
        opts.frames = Range{1, 5};
        opts.roi = QRect(5, 6, 20, 10);
        const QString f32 = dir.filePath(QStringLiteral("roi.tif"));
        app::exportTiff(source, f32, opts);
        QCOMPARE(view.currentFrame(), 2);  // the view is back on its frame
        const ImageStack back = io::openStack(toPath(f32))->readAll();
        QCOMPARE(back.shape(), (Shape{4, 10, 20}));
        double err = 0;
        for (int f = 0; f < 4; ++f)
            for (int r = 0; r < 10; ++r)
                for (int c = 0; c < 20; ++c)
                    err = std::max(err, std::abs(double(back.at(f, r, c)) - value(f + 1, r + 6, c + 5)));
        QCOMPARE(err, 0.0);

        // uint16 with the range [100, 5100] onto 0..65535, checked independently with tifffile + numpy.
        XRS_REQUIRE_PYTHON(QStringLiteral("numpy"), QStringLiteral("tifffile"));
        app::TiffExport u16;
        u16.dtype = DType::UInt16;
        u16.range = ValueRange{100.0, 5100.0};
        const QString path16 = dir.filePath(QStringLiteral("u16.tif"));
        app::exportTiff(source, path16, u16);
        const auto py = test::runPython(QStringLiteral(R"(
import sys, numpy as np, tifffile
a = tifffile.imread(sys.argv[1])
f, r, c = np.meshgrid(np.arange(6), np.arange(40), np.arange(50), indexing='ij')
v = (f * 1000 + r * 50 + c + 0.25).astype(np.float64)
want = np.clip(np.round((v - 100.0) / 5000.0 * 65535.0), 0, 65535)
print(a.dtype, a.shape, tifffile.TiffFile(sys.argv[1]).is_imagej, int(np.abs(a.astype(np.float64) - want).max()))
)"),
                                        {path16});
        QVERIFY2(py.exitCode == 0, qPrintable(py.err));
        // The writers map 8/16-bit output in float arithmetic: at most one step from numpy's double rounding.
        qInfo("tifffile: %s (dtype, shape, ImageJ, max |stored - expected| in steps)", qPrintable(py.out.trimmed()));
        const QString out = py.out.trimmed();
        QVERIFY2(out.startsWith(QStringLiteral("uint16 (6, 40, 50) True ")), qPrintable(out));
        QVERIFY(out.section(QLatin1Char(' '), -1).toInt() <= 1);
    }

    void pngHasTheWidgetSize()
    {
        widgets::ImageView view;
        view.resize(320, 240);
        view.setStack(makeStack(2, 40, 50));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("view.png"));
        app::exportScreenshot(view, path);
        const QImage image(path);
        QCOMPARE(image.size(), view.size() * view.devicePixelRatio());
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3) colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".part")));
    }

    void moviesHaveEveryFrame()
    {
        widgets::ImageView view;
        view.resize(211, 157);  // odd: the movie is cut to even sizes
        view.setStack(makeStack(7, 40, 50));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTemporaryDir dir;
        for (const char* ext : {"avi", "mp4"}) {
            const QString path = dir.filePath(QStringLiteral("seq.") + QLatin1String(ext));
            app::exportMovie(app::exportSource(view), path, 10.0);
            const auto [property, read] = countFrames(path);
            qInfo("%s: CAP_PROP_FRAME_COUNT %d, frames read %d", ext, property, read);
            QCOMPARE(property, 7);
            QCOMPARE(read, 7);
        }
        // Only the movie is left in the folder: no temporary files.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);

        // The comparison layout, stepped through its linked frame, frames 2..9.
        widgets::ComparisonView cmp;
        cmp.resize(700, 500);
        widgets::ComparisonInput in;
        in.lr = makeStack(12, 16, 16);
        in.reconstructed = makeStack(12, 64, 64);
        in.groundTruth = makeStack(12, 64, 64);
        cmp.show();
        QVERIFY(QTest::qWaitForWindowExposed(&cmp));
        cmp.setInput(std::move(in));
        cmp.setFrame(5);
        const QString path = dir.filePath(QStringLiteral("layout.mp4"));
        app::exportMovie(app::exportSource(cmp, *cmp.view(widgets::ComparisonView::Pane::Reconstructed)), path, 5.0,
                         Range{2, 10});
        QCOMPARE(cmp.currentFrame(), 5);
        const auto [property, read] = countFrames(path);
        QCOMPARE(property, 8);
        QCOMPARE(read, 8);
        cv::VideoCapture cap(path.toStdString());
        QCOMPARE(int(cap.get(cv::CAP_PROP_FRAME_WIDTH)), (cmp.width() * int(cmp.devicePixelRatio())) & ~1);
    }

    void movieErrorsNameTheFile()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("clip.xyz"));
        try {
            io::MovieWriter w(toPath(bad), 64, 64, 10.0);
            QFAIL("no error for an unknown extension");
        } catch (const Error& e) {
            QVERIFY(QString::fromStdString(e.what()).contains(QStringLiteral("clip.xyz")));
        }
        QVERIFY_THROWS_EXCEPTION(
            Error, io::MovieWriter(toPath(dir.filePath(QStringLiteral("no/such/dir/a.avi"))), 64, 64, 10.0));
        {
            io::MovieWriter w(toPath(dir.filePath(QStringLiteral("never.avi"))), 64, 64, 10.0);
        }  // not committed: nothing left
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void menuInTheMainWindow()
    {
        app::MainWindow window;
        window.setDialogsEnabled(false);
        QMenu* exportMenu = nullptr;
        for (QMenu* menu : window.findChildren<QMenu*>())
            if (menu->title() == QStringLiteral("&Export")) exportMenu = menu;
        QVERIFY(exportMenu);
        QStringList titles;
        for (QAction* a : exportMenu->actions())
            if (!a->isSeparator()) titles << a->text();
        QCOMPARE(titles.size(), 6);
        // Nothing open: the TIFF export says so instead of failing.
        exportMenu->actions().first()->trigger();
        QVERIFY(window.logText().contains(QStringLiteral("Nothing to export")));
    }

    void pdfReportHoldsTheSummary()
    {
        QTemporaryDir dir;
        // XRS_KEEP_EXPORTS=1 keeps the demo and the PDF for a look.
        if (qEnvironmentVariableIsSet("XRS_KEEP_EXPORTS")) {
            dir.setAutoRemove(false);
            qInfo("report in %s", qPrintable(dir.path()));
        }
        const QString demo = dir.filePath(QStringLiteral("demo"));
        const auto run = test::runXrs({QStringLiteral("demo"), demo, QStringLiteral("--size"), QStringLiteral("96"),
                                       QStringLiteral("--frames"), QStringLiteral("12")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        app::ReportInputs inputs;
        inputs.reportJson = demo + QStringLiteral("/report.json");
        inputs.result = io::openStack(toPath(demo + QStringLiteral("/video/bicubic.tif")))->readAll();
        inputs.groundTruth = io::openStack(toPath(demo + QStringLiteral("/video/ground_truth.tif")))->readAll();
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        app::writeReportPdf(inputs, pdf);
        QVERIFY(QFileInfo(pdf).size() > 1000);

        const auto rows = app::loadSummary(inputs.reportJson);
        const auto psnr = std::find_if(rows.begin(), rows.end(), [](const app::SummaryRow& r) {
            return r.method == QLatin1String("bicubic") && r.metric == QLatin1String("psnr_db");
        });
        QVERIFY(psnr != rows.end());
        QVERIFY(psnr->mean > 20 && psnr->mean < 60);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        if (!text.waitForStarted()) QSKIP("pdftotext is not installed");
        QVERIFY(text.waitForFinished(30000));
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        const QString mean = app::formatMetric(psnr->mean, psnr->metric);
        qInfo("bicubic mean PSNR in the table: %s dB", qPrintable(mean));
        QVERIFY2(out.contains(mean), qPrintable(out.left(2000)));
        QVERIFY(out.contains(app::formatMetric(psnr->q3, psnr->metric)));
        QVERIFY(out.contains(QStringLiteral("bicubic")));
        QVERIFY(out.contains(QStringLiteral("PSNR")));
        QVERIFY(out.contains(QStringLiteral("Best: frame")));
        QVERIFY(out.contains(QStringLiteral("xrs_version")));

        // Not a report: a clear error naming the file.
        const QString notReport = dir.filePath(QStringLiteral("x.json"));
        QFile f(notReport);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"a\": 1}");
        f.close();
        QVERIFY_THROWS_EXCEPTION(Error,
                                 app::writeReportPdf({notReport, {}, {}}, dir.filePath(QStringLiteral("y.pdf"))));
    }
};

int main(int argc, char** argv)
{
    widgets::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestExports test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestExports.moc"
