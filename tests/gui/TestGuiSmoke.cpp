// GUI smoke tests: the real MainWindow with VTK image panes, rendered under Xvfb (xvfb-run -a -s '-screen 0
// 1600x900x24': VTK needs an OpenGL context, which the xcb platform on Xvfb gives). Checks what is on screen from grabs.
#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "TestSupport.h"
#include "app/ImagePane.h"
#include "app/MainWindow.h"
#include "widgets/ComparisonView.h"
#include "widgets/OrthoSliceView.h"
#include "io/StackWriter.h"
#include "widgets/ImageView.h"
#include "widgets/VtkOpenGLWidget.h"

using xrs::app::MainWindow;
using xrs::widgets::ImageView;

namespace {

constexpr int kSize = 256;
constexpr int kSquare = 64;

// A horizontal gradient 0..100 with a bright (1000) square whose top-left corner is (x0, y0).
void paint(xrs::ImageStack& s, int frame, int x0, int y0)
{
    for (int r = 0; r < kSize; ++r)
        for (int c = 0; c < kSize; ++c) {
            const bool inSquare = c >= x0 && c < x0 + kSquare && r >= y0 && r < y0 + kSquare;
            s.at(frame, r, c) = inSquare ? 1000.0f : 100.0f * float(c) / float(kSize - 1);
        }
}

// Frame 0: square in the upper right; frame 1: square in the lower left.
xrs::ImageStack testStack()
{
    xrs::ImageStack s(xrs::Shape{2, kSize, kSize});
    paint(s, 0, 160, 32);
    paint(s, 1, 32, 160);
    return s;
}

double luminance(QRgb p) { return 0.299 * qRed(p) + 0.587 * qGreen(p) + 0.114 * qBlue(p); }

// Mean luminance of a (2h+1)² patch of `img` around `centre` (logical pixels).
double patchMean(const QImage& img, QPointF centre, int h = 4)
{
    const double dpr = img.devicePixelRatio();
    double sum = 0;
    int n = 0;
    for (int dy = -h; dy <= h; ++dy)
        for (int dx = -h; dx <= h; ++dx) {
            const QPoint p(int(std::lround(centre.x() * dpr)) + dx, int(std::lround(centre.y() * dpr)) + dy);
            if (!img.rect().contains(p)) continue;
            sum += luminance(img.pixel(p));
            ++n;
        }
    return n ? sum / n : -1.0;
}

struct Stats {
    double mean = 0, stddev = 0;
};

Stats regionStats(const QImage& img, const QRect& logical)
{
    const double dpr = img.devicePixelRatio();
    const QRect r = QRect(QPoint(int(logical.left() * dpr), int(logical.top() * dpr)), logical.size() * dpr) & img.rect();
    double sum = 0, sum2 = 0;
    const double n = double(r.width()) * r.height();
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const double l = luminance(img.pixel(x, y));
            sum += l;
            sum2 += l * l;
        }
    const double mean = sum / n;
    return {mean, std::sqrt(std::max(0.0, sum2 / n - mean * mean))};
}

}  // namespace

class TestGuiSmoke : public QObject {
    Q_OBJECT

private:
    // Where image point `imagePos` of `view` lies in the window grab (logical pixels).
    static QPointF inWindow(MainWindow& w, ImageView* view, QPointF imagePos)
    {
        const QPointF local = view->widgetPosition(imagePos);
        return QPointF(view->vtkWidget()->mapTo(&w, QPoint(0, 0))) + local;
    }

    static QRect viewRect(MainWindow& w, ImageView* view)
    {
        return QRect(view->vtkWidget()->mapTo(&w, QPoint(0, 0)), view->vtkWidget()->size());
    }

    static bool showAndWait(MainWindow& w, ImageView* view)
    {
        const int before = view->vtkWidget()->renderCount();
        w.show();
        if (!QTest::qWaitForWindowExposed(&w)) return false;
        if (!QTest::qWaitFor([&] { return view->vtkWidget()->renderCount() > before; }, 10000)) return false;
        QTest::qWait(50);
        return true;
    }

private slots:
    void imageIsShownUprightAndBright()
    {
        MainWindow w;
        w.setDialogsEnabled(false);
        w.resize(1200, 800);
        auto* pane = w.addStack(testStack(), QStringLiteral("test stack"));
        ImageView* view = pane->view();
        QVERIFY(showAndWait(w, view));
        QCOMPARE(view->frameCount(), 2);
        QVERIFY(view->frameSlider()->isVisible());

        QElapsedTimer t;
        t.start();
        const QImage shot = w.grab().toImage();
        qInfo("window grab: %lld ms; last VTK render %.2f ms (%d renders)", t.elapsed(),
              view->vtkWidget()->lastRenderMs(), view->vtkWidget()->renderCount());
        const QRect rect = viewRect(w, view);
        QVERIFY(rect.width() > 200 && rect.height() > 200);

        const Stats stats = regionStats(shot, rect);
        qInfo("view region: mean %.1f, std dev %.1f", stats.mean, stats.stddev);
        QVERIFY2(stats.stddev > 30.0, "the view looks blank");

        // The square (upper right in the data) is bright where the view says it is…
        const double square = patchMean(shot, inWindow(w, view, {160 + 31.5, 32 + 31.5}));
        const double mirroredY = patchMean(shot, inWindow(w, view, {160 + 31.5, kSize - 1 - (32 + 31.5)}));
        const double background = patchMean(shot, inWindow(w, view, {10, 128}));
        qInfo("square %.1f, same place flipped %.1f, background %.1f", square, mirroredY, background);
        QVERIFY(square > 200.0);
        QVERIFY(mirroredY < 80.0);
        QVERIFY(square - background > 150.0);

        // …and, independently of the view's own mapping, in the upper-right quarter of the pane: not flipped.
        const QRect r = rect;
        const auto quarter = [&](bool right, bool bottom) {
            return regionStats(shot, QRect(r.left() + (right ? r.width() / 2 : 0), r.top() + (bottom ? r.height() / 2 : 0),
                                           r.width() / 2, r.height() / 2))
                .mean;
        };
        QVERIFY(quarter(true, false) > quarter(true, true) + 20.0);
        QVERIFY(quarter(true, false) > quarter(false, false) + 20.0);

        // The readout names the frame.
        QVERIFY2(view->readoutText().startsWith("frame 0 (0\u20131)"), qPrintable(view->readoutText()));
    }

    void frameSliderChangesTheImage()
    {
        MainWindow w;
        w.setDialogsEnabled(false);
        w.resize(1000, 700);
        ImageView* view = w.addStack(testStack(), QStringLiteral("two frames"))->view();
        QVERIFY(showAndWait(w, view));
        const QImage first = w.grab().toImage();

        QSignalSpy changed(view, &ImageView::frameChanged);
        view->frameSlider()->setValue(1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toInt(), 1);
        QCOMPARE(view->currentFrame(), 1);
        QTest::qWait(50);
        const QImage second = w.grab().toImage();

        const QPointF upperRight = inWindow(w, view, {191.5, 63.5});
        const QPointF lowerLeft = inWindow(w, view, {63.5, 191.5});
        QVERIFY(patchMean(first, upperRight) > 200.0);
        QVERIFY(patchMean(first, lowerLeft) < 80.0);
        QVERIFY(patchMean(second, upperRight) < 80.0);
        QVERIFY(patchMean(second, lowerLeft) > 200.0);

        // setFrame() drives the slider too.
        view->setFrame(0);
        QCOMPARE(view->frameSlider()->value(), 0);
        QVERIFY(view->readoutText().startsWith("frame 0 (0\u20131)"));

        // Render time per frame change (VTK render only, and with the widget's framebuffer read back).
        constexpr int kRounds = 10;
        double renderMs = 0;
        QElapsedTimer t;
        t.start();
        for (int i = 1; i <= kRounds; ++i) {
            view->setFrame(i % 2);
            view->vtkWidget()->grabRendered();
            renderMs += view->vtkWidget()->lastRenderMs();
        }
        qInfo("frame change: VTK render %.2f ms, with grab %.2f ms (mean of %d, %dx%d pane)", renderMs / kRounds,
              double(t.elapsed()) / kRounds, kRounds, view->vtkWidget()->width(), view->vtkWidget()->height());
    }

    void mouseZoomPanKeysAndReadout()
    {
        MainWindow w;
        w.setDialogsEnabled(false);
        w.resize(1000, 700);
        ImageView* view = w.addStack(testStack(), QStringLiteral("interaction"))->view();
        QVERIFY(showAndWait(w, view));
        auto* gl = view->vtkWidget();
        const auto near = [](QPointF a, QPointF b, double tol) { return QLineF(a, b).length() <= tol; };

        // The readout follows the pointer: pixel (191, 63) lies in the bright square.
        QTest::mouseMove(gl, view->widgetPosition({191, 63}).toPoint());
        QTRY_VERIFY2(view->readoutText().contains("(191, 63) = 1000"), qPrintable(view->readoutText()));

        // The wheel zooms around the pointer: the image point under it stays, pixels get bigger.
        const QPointF anchor = view->widgetPosition({100, 100});
        const double pixelBefore = QLineF(view->widgetPosition({0, 0}), view->widgetPosition({10, 0})).length();
        QWheelEvent wheel(anchor, gl->mapToGlobal(anchor), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(gl, &wheel);
        const double pixelAfter = QLineF(view->widgetPosition({0, 0}), view->widgetPosition({10, 0})).length();
        QVERIFY2(std::abs(pixelAfter / pixelBefore - 1.2) < 0.01, qPrintable(QString::number(pixelAfter / pixelBefore)));
        QVERIFY(near(view->imagePosition(anchor), {100, 100}, 0.5));

        // A left drag pans by the drag.
        const QPointF centreBefore = view->widgetPosition({128, 128});
        const QPoint start = gl->rect().center();
        QTest::mousePress(gl, Qt::LeftButton, {}, start);
        QTest::mouseMove(gl, start + QPoint(40, 30));
        QTest::mouseRelease(gl, Qt::LeftButton, {}, start + QPoint(40, 30));
        const QPointF moved = view->widgetPosition({128, 128}) - centreBefore;
        QVERIFY2(near(moved, {40, 30}, 2.0), qPrintable(QString("%1, %2").arg(moved.x()).arg(moved.y())));

        // 'r' fits the image again; 'q' and 'e' (VTK's quit keys) do nothing.
        QTest::keyClick(gl, Qt::Key_R);
        QVERIFY(near(view->widgetPosition({127.5, 127.5}), QRectF(gl->rect()).center(), 1.5));
        QTest::keyClick(gl, Qt::Key_Q);
        QTest::keyClick(gl, Qt::Key_E);
        QTest::qWait(50);
        QVERIFY(w.isVisible());

        // A right drag changes window/level.
        const double windowBefore = view->window();
        QTest::mousePress(gl, Qt::RightButton, {}, start);
        QTest::mouseMove(gl, start + QPoint(100, 0));
        QTest::mouseRelease(gl, Qt::RightButton, {}, start + QPoint(100, 0));
        QVERIFY(view->window() != windowBefore);

        // Closing panes tears their GL state down cleanly.
        w.closeAllPanes();
        QVERIFY(w.panes().isEmpty());
        QTest::qWait(50);
    }

    void windowLevelAndPercentiles()
    {
        xrs::ImageStack s(xrs::Shape{1, 100, 100});
        for (int i = 0; i < 10000; ++i) s.data()[i] = float(i);
        // The view's automatic window: 0.35 and 99.65 percentiles, interpolated as numpy.percentile does.
        const auto range = xrs::widgets::percentileRange(s, 0.0035, 0.9965);
        QVERIFY(range);
        QVERIFY(std::abs(range->min - 34.9965) <= 1e-6);
        QVERIFY(std::abs(range->max - 9964.0035) <= 1e-6);

        ImageView view;
        view.setStack(s);
        QVERIFY(std::abs(view.window() - (range->max - range->min)) < 1e-6);
        view.setWindowLevel(10.0, 5.0);
        QCOMPARE(view.window(), 10.0);
        QCOMPARE(view.level(), 5.0);
        QVERIFY(!view.frameSlider()->isVisibleTo(&view));  // one frame: no slider
    }

    void opensATiffFileLazily()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("stack.tif");
        xrs::io::writeStack(xrs::test::toPath(file), testStack());
        MainWindow w;
        w.setDialogsEnabled(false);
        QVERIFY2(w.openFile(file), qPrintable(w.lastError()));
        QCOMPARE(w.panes().size(), 1);
        QCOMPARE(w.panes().front()->title(), QStringLiteral("stack.tif"));
        ImageView* view = w.panes().front()->view();
        QCOMPARE(view->frameCount(), 2);
        QCOMPARE(view->currentImage().at(0, 40, 170), 1000.0f);
        view->setFrame(1);
        QVERIFY(std::abs(view->currentImage().at(0, 40, 170) - 100.0f * 170.0f / 255.0f) < 1e-3f);
        QCOMPARE(view->currentImage().at(0, 170, 40), 1000.0f);
    }

    void missingFileReportsAnErrorWithoutDialog()
    {
        MainWindow w;
        w.setDialogsEnabled(false);
        QSignalSpy errors(&w, &MainWindow::errorOccurred);
        QVERIFY(!w.openFile("/nonexistent/folder/missing.tif"));
        QCOMPARE(errors.count(), 1);
        QVERIFY2(w.lastError().contains("missing.tif"), qPrintable(w.lastError()));
        QVERIFY2(w.lastError().contains("no such file"), qPrintable(w.lastError()));
        QVERIFY(w.panes().isEmpty());
        QVERIFY(w.logText().contains("missing.tif"));

        // Not an image at all.
        QTemporaryDir dir;
        QFile junk(dir.filePath("junk.tif"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("II*\0this is not a TIFF", 22);
        junk.close();
        QVERIFY(!w.openFile(junk.fileName()));
        QCOMPARE(errors.count(), 2);
        QVERIFY(w.panes().isEmpty());
    }

    void demoFlowOpensVideosAndVolume()
    {
        // A stand-in for `xrs demo DIR` (the real CLI is tested in its own suite): it checks the progress flag comes
        // first, reports progress and writes the expected outputs (three videos, the CT volume, the report).
        QTemporaryDir dir;
        const QString video = dir.filePath("src.tif");
        xrs::io::writeStack(xrs::test::toPath(video), testStack());
        const QString fake = dir.filePath("fake-xrs");
        QFile script(fake);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(QStringLiteral("#!/bin/bash\n"
                                    "[ \"$1\" = --progress=lines ] && [ \"$2\" = demo ] || { echo 'xrs: error: bad args' >&2; exit 2; }\n"
                                    "out=$3; mkdir -p \"$out/video\" \"$out/ct\"\n"
                                    "echo 'XRS-PROGRESS 0.5 making videos' >&2\n"
                                    "for n in lr hr bicubic ground_truth; do cp '%1' \"$out/video/$n.tif\"; done\n"
                                    "cp '%1' \"$out/ct/recon.tif\"\n"
                                    "echo '{}' > \"$out/report.json\"\n"
                                    "echo 'XRS-PROGRESS 1 done' >&2\n")
                         .arg(video)
                         .toUtf8());
        script.close();
        script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
        qputenv("XRS_CLI", fake.toLocal8Bit());

        MainWindow w;
        w.setDialogsEnabled(false);
        w.resize(1400, 700);
        w.show();
        QSignalSpy done(&w, &MainWindow::demoFinished);
        const QString id = w.runDemo(dir.filePath("demo"));
        QVERIFY(done.wait(20000));
        qunsetenv("XRS_CLI");
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QCOMPARE(w.runner().job(id)->state, xrs::remote::JobState::Completed);
        // The videos open in the comparison layout, the CT volume in a pane on its middle slice.
        QCOMPARE(w.panes().size(), 1);
        QCOMPARE(w.panes().at(0)->title(), QStringLiteral("recon.tif"));
        QCOMPARE(w.panes().at(0)->view()->currentFrame(), 1);
        auto* comparison = w.comparisonView();
        QVERIFY(comparison && comparison->isVisible());
        QCOMPARE(comparison->frameCount(), 2);
        QCOMPARE(comparison->views().size(), 5);  // LR, HR, reconstructed, ground truth, difference
        QVERIFY(w.volumeView());  // the CT volume in orthogonal slices too
        QTRY_VERIFY_WITH_TIMEOUT(!w.isVolumeLoading(), 20000);  // read on a worker thread
        QCOMPARE(w.volumeView()->volume().frames(), std::int64_t(2));
        QVERIFY(w.logText().contains("making videos") == false);  // progress is not log
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(100);
        const QImage shot = w.grab().toImage();
        // Every pane but the difference (the stand-in's reconstruction equals its ground truth) shows structure.
        using Pane = xrs::widgets::ComparisonView::Pane;
        for (const Pane pane : {Pane::Lr, Pane::Hr, Pane::Reconstructed, Pane::GroundTruth}) {
            const QRect rect = viewRect(w, comparison->view(pane));
            QVERIFY2(regionStats(shot, rect).stddev > 30.0, qPrintable(QString::number(int(pane))));
        }

        // A failing demo reports its error line.
        qputenv("XRS_CLI", "/bin/false");
        QSignalSpy errors(&w, &MainWindow::errorOccurred);
        w.runDemo(dir.filePath("demo2"));
        QVERIFY(done.wait(20000));
        qunsetenv("XRS_CLI");
        QCOMPARE(done.at(1).at(0).toBool(), false);
        QCOMPARE(errors.count(), 1);
    }
};

int main(int argc, char** argv)
{
    // As in xray-studio: VTK's OpenGL format before the application exists.
    xrs::widgets::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestGuiSmoke test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestGuiSmoke.moc"
