// The views under Xvfb (xvfb-run -a -s '-screen 0 1600x900x24'): window/level and colour maps in rendered pixels, the
// histogram's draggable limits, the measuring tools, and the linked comparison layout (pan/zoom, frame, time mapping,
// keys, playback, linked window/level, metric plot click).
#include <QApplication>
#include <QChartView>
#include <QSignalSpy>
#include <QSlider>
#include <QtTest>

#include <cmath>

#include "TestSupport.h"
#include "core/Error.h"
#include "widgets/ComparisonView.h"
#include "widgets/DisplaySettings.h"
#include "widgets/HistogramWidget.h"
#include "widgets/ImageView.h"
#include "widgets/MetricPlot.h"
#include "widgets/OrthoSliceView.h"
#include "widgets/ProfilePlot.h"
#include "widgets/VtkOpenGLWidget.h"

using namespace xrs::widgets;
using Pane = ComparisonView::Pane;

namespace {

constexpr int kFrames = 16;
constexpr int kGrid = 96;  // HR grid
constexpr int kBin = 4;    // LR = grid / 4

// Frame f of the "truth": a bright square whose position encodes f, on a ramp background.
float truthValue(int f, int r, int c)
{
    const int x0 = 8 + 4 * f;
    const bool square = c >= x0 && c < x0 + 20 && r >= 30 && r < 60;
    return square ? 900.0f : 100.0f + float(c);
}

ComparisonInput makeInput(bool withReport = true)
{
    ComparisonInput in;
    in.groundTruth = xrs::ImageStack(xrs::Shape{kFrames, kGrid, kGrid});
    in.reconstructed = xrs::ImageStack(xrs::Shape{kFrames, kGrid, kGrid});
    for (int f = 0; f < kFrames; ++f)
        for (int r = 0; r < kGrid; ++r)
            for (int c = 0; c < kGrid; ++c) {
                in.groundTruth.at(f, r, c) = truthValue(f, r, c);
                in.reconstructed.at(f, r, c) = truthValue(f, r, c) + float((r + c) % 3);  // a known small error
            }
    in.lr = xrs::ImageStack(xrs::Shape{kFrames, kGrid / kBin, kGrid / kBin});
    for (int f = 0; f < kFrames; ++f)
        for (int r = 0; r < kGrid / kBin; ++r)
            for (int c = 0; c < kGrid / kBin; ++c) in.lr.at(f, r, c) = truthValue(f, r * kBin, c * kBin);
    // HR every 5th frame: 0, 5, 10, 15.
    in.hr = xrs::ImageStack(xrs::Shape{4, kGrid, kGrid});
    for (int j = 0; j < 4; ++j)
        for (int r = 0; r < kGrid; ++r)
            for (int c = 0; c < kGrid; ++c) in.hr.at(j, r, c) = truthValue(5 * j, r, c);
    in.times = TimeMapping::evenlySpaced(kFrames, 4, 5.0);
    in.reconstructedName = "test";
    if (withReport) {
        MetricSeries s{"test", "psnr_db", {}, {}};
        for (int f = 0; f < kFrames; ++f) {
            s.frames.push_back(f);
            s.values.push_back(30.0 + 5.0 * std::sin(f));
        }
        in.report.series.push_back(s);
    }
    return in;
}

bool waitRendered(VtkOpenGLWidget* gl)
{
    const int before = gl->renderCount();
    gl->update();
    return QTest::qWaitFor([&] { return gl->renderCount() > before; }, 5000);
}

QRgb pixelAt(const QImage& img, QPointF logical)
{
    const double dpr = img.devicePixelRatio();
    return img.pixel(QPoint(int(std::lround(logical.x() * dpr)), int(std::lround(logical.y() * dpr))));
}

bool near(QRgb a, QRgb b, int tol)
{
    return std::abs(qRed(a) - qRed(b)) <= tol && std::abs(qGreen(a) - qGreen(b)) <= tol &&
           std::abs(qBlue(a) - qBlue(b)) <= tol;
}

QString rgb(QRgb c)
{
    return QString("(%1, %2, %3)").arg(qRed(c)).arg(qGreen(c)).arg(qBlue(c));
}

}  // namespace

class TestComparisonView : public QObject {
    Q_OBJECT

private slots:
    void windowLevelMapsValuesToRenderedColours()
    {
        // Five vertical bands of 0, 25, 50, 75, 100 (and one of 150, above the window).
        xrs::ImageStack s(xrs::Shape{1, 40, 60});
        for (int r = 0; r < 40; ++r)
            for (int c = 0; c < 60; ++c) s.at(0, r, c) = c < 50 ? float(25 * (c / 10)) : 150.0f;
        ImageView view;
        view.resize(600, 500);
        view.setStack(s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.displaySettings()->setRange(0.0, 100.0);
        for (const Colormap map : {Colormap::Grey, Colormap::InvertedGrey, Colormap::Viridis, Colormap::Magma}) {
            view.displaySettings()->setColormap(map);
            const QImage img = view.vtkWidget()->grabRendered();
            for (int band = 0; band < 6; ++band) {
                const double value = band < 5 ? 25.0 * band : 150.0;
                const QPointF at = view.widgetPosition({band * 10 + 4.5, 20.0});
                const QRgb shown = pixelAt(img, at);
                const QRgb expected = view.displaySettings()->color(value);
                QVERIFY2(near(shown, expected, 3), qPrintable(QString("%1 value %2: %3 shown, %4 expected")
                                                                  .arg(colormapId(map))
                                                                  .arg(value)
                                                                  .arg(rgb(shown), rgb(expected))));
            }
        }
        // Grey in numbers: 0 → black, 50 → mid grey, 100 and above → white.
        view.displaySettings()->setColormap(Colormap::Grey);
        const QImage img = view.vtkWidget()->grabRendered();
        QVERIFY(qRed(pixelAt(img, view.widgetPosition({4.5, 20}))) <= 2);
        QVERIFY(std::abs(qRed(pixelAt(img, view.widgetPosition({24.5, 20}))) - 128) <= 2);
        QVERIFY(qRed(pixelAt(img, view.widgetPosition({44.5, 20}))) >= 253);
        // Window/level through the view's API: window 50 at level 25 puts 25 in the middle.
        view.setWindowLevel(50.0, 25.0);
        QCOMPARE(view.displaySettings()->low(), 0.0);
        const QImage wl = view.vtkWidget()->grabRendered();
        QVERIFY(std::abs(qRed(pixelAt(wl, view.widgetPosition({14.5, 20}))) - 128) <= 2);
        QVERIFY(qRed(pixelAt(wl, view.widgetPosition({24.5, 20}))) >= 253);
    }

    void histogramLimitsDragAndPresets()
    {
        xrs::ImageStack s(xrs::Shape{1, 100, 100});
        for (int i = 0; i < 10000; ++i) s.data()[i] = float(i);
        DisplaySettings settings;
        HistogramWidget h;
        h.resize(400, 120);
        h.setDisplaySettings(&settings);
        h.setImage(s);
        h.show();
        QVERIFY(QTest::qWaitForWindowExposed(&h));
        h.applyAutoRange(AutoRange::Percentile1);
        QVERIFY(std::abs(settings.low() - 99.99) < 1e-9);
        QVERIFY(std::abs(settings.high() - 9899.01) < 1e-6);
        h.applyAutoRange(AutoRange::MinMax);
        QCOMPARE(settings.low(), 0.0);
        QCOMPARE(settings.high(), 9999.0);
        // Drag the upper limit to where 6000 is: the range follows the mouse.
        const int y = 50;
        const QPoint from(int(std::lround(h.xForValue(9999.0))), y), to(int(std::lround(h.xForValue(6000.0))), y);
        QTest::mousePress(&h, Qt::LeftButton, {}, from);
        QTest::mouseMove(&h, to);
        QTest::mouseRelease(&h, Qt::LeftButton, {}, to);
        QVERIFY2(std::abs(settings.high() - h.valueAtX(to.x())) < 1e-6, qPrintable(QString::number(settings.high())));
        QVERIFY(std::abs(settings.high() - 6000.0) < 60.0);  // one screen pixel is ~25 values
        QCOMPARE(settings.low(), 0.0);
        // And the lower one.
        const QPoint low(int(std::lround(h.xForValue(0.0))), y), low2(int(std::lround(h.xForValue(2000.0))), y);
        QTest::mousePress(&h, Qt::LeftButton, {}, low);
        QTest::mouseMove(&h, low2);
        QTest::mouseRelease(&h, Qt::LeftButton, {}, low2);
        QVERIFY(std::abs(settings.low() - 2000.0) < 60.0);
    }

    void measuringToolsFollowTheMouse()
    {
        xrs::ImageStack s(xrs::Shape{1, 80, 120});
        for (int r = 0; r < 80; ++r)
            for (int c = 0; c < 120; ++c) s.at(0, r, c) = float(c + 1000 * r);
        s.info().spacing = {0.5, 0.5, 1.0, "um"};
        ImageView view;
        view.resize(700, 600);
        view.setStack(s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(waitRendered(view.vtkWidget()));
        QVERIFY(view.scaleBar().label.endsWith(QString::fromUtf8("\u00b5m")));
        auto* gl = view.vtkWidget();

        view.setTool(ImageTool::Profile);
        const QPoint a = view.widgetPosition({10, 20}).toPoint(), b = view.widgetPosition({100, 20}).toPoint();
        // Where the drag starts and ends in the image (the view shrinks for the plot after the release).
        const QPointF ia = view.imagePosition(a), ib = view.imagePosition(b);
        QTest::mousePress(gl, Qt::LeftButton, {}, a);
        QTest::mouseMove(gl, b);
        QTest::mouseRelease(gl, Qt::LeftButton, {}, b);
        QVERIFY(view.profile().size() >= 80);
        QVERIFY(view.profilePlot()->isVisible());
        // The value is x + 1000 y, at the ends of the dragged line too.
        const auto value = [](QPointF p) { return p.x() + 1000.0 * p.y(); };
        QVERIFY(std::abs(view.profile().front().value - value(ia)) < 1e-3);
        QVERIFY(std::abs(view.profile().back().value - value(ib)) < 1e-3);

        view.setTool(ImageTool::Rectangle);
        const QPoint c = view.widgetPosition({30, 10}).toPoint(), d = view.widgetPosition({39, 14}).toPoint();
        QTest::mousePress(gl, Qt::LeftButton, {}, c);
        QTest::mouseMove(gl, d);
        QTest::mouseRelease(gl, Qt::LeftButton, {}, d);
        QVERIFY(view.roiStats());
        QCOMPARE(view.roiStats()->pixels, std::int64_t(50));
        QCOMPARE(view.roiStats()->min, 30.0 + 10000.0);
        QCOMPARE(view.roiStats()->max, 39.0 + 14000.0);
        QVERIFY(view.measurementText().contains("50 pixels"));
        view.setHistogramVisible(true);
        QTest::qWait(50);
        // XRS_TEST_SHOTS=DIR keeps a picture of the tools for a look.
        if (qEnvironmentVariableIsSet("XRS_TEST_SHOTS"))
            view.grab().save(QDir(qEnvironmentVariable("XRS_TEST_SHOTS")).filePath("measuring_tools.png"));

        // 1:1 and fit.
        view.zoomOneToOne();
        QVERIFY(std::abs(QLineF(view.widgetPosition({0, 0}), view.widgetPosition({10, 0})).length() - 10.0) < 0.01);
        view.fitToView();
        QVERIFY(view.isAutoFitted());
        view.clearMeasurements();
        QVERIFY(view.profile().empty() && !view.roiStats());
    }

    void linkedPanZoomAndFrame()
    {
        ComparisonView cmp;
        cmp.resize(1400, 700);
        cmp.setInput(makeInput());
        cmp.show();
        QVERIFY(QTest::qWaitForWindowExposed(&cmp));
        QCOMPARE(cmp.views().size(), 5);
        QCOMPARE(cmp.frameCount(), kFrames);
        for (ImageView* v : cmp.views()) QVERIFY(waitRendered(v->vtkWidget()));
        // Every pane on the HR grid: LR upscaled ×4.
        for (ImageView* v : cmp.views()) QCOMPARE(v->currentImage().cols(), std::int64_t(kGrid));

        // Wheel zoom in the LR pane: every pane shows the same part of the grid at the same zoom.
        ImageView* lr = cmp.view(Pane::Lr);
        const QPointF anchor = lr->widgetPosition({40, 40});
        QWheelEvent wheel(anchor, lr->vtkWidget()->mapToGlobal(anchor), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(lr->vtkWidget(), &wheel);
        const ViewState zoomed = lr->viewState();
        for (ImageView* v : cmp.views()) {
            QVERIFY(std::abs(v->viewState().zoom - zoomed.zoom) < 1e-9);
            QVERIFY(std::abs(v->viewState().centerX - zoomed.centerX) < 1e-9);
        }
        // Pan by dragging in the ground-truth pane.
        ImageView* gt = cmp.view(Pane::GroundTruth);
        const QPoint start = gt->vtkWidget()->rect().center();
        QTest::mousePress(gt->vtkWidget(), Qt::LeftButton, {}, start);
        QTest::mouseMove(gt->vtkWidget(), start + QPoint(30, 20));
        QTest::mouseRelease(gt->vtkWidget(), Qt::LeftButton, {}, start + QPoint(30, 20));
        const ViewState panned = gt->viewState();
        QVERIFY(std::abs(panned.centerX - zoomed.centerX) > 1.0);
        for (ImageView* v : cmp.views()) {
            QVERIFY(std::abs(v->viewState().centerX - panned.centerX) < 1e-9);
            QVERIFY(std::abs(v->viewState().centerY - panned.centerY) < 1e-9);
            // The same image point sits at the same place relative to every pane's centre (widths differ by a pixel).
            const auto fromCentre = [](ImageView* view, QPointF p) {
                return view->widgetPosition(p) - QRectF(view->vtkWidget()->rect()).center();
            };
            QVERIFY(QLineF(fromCentre(v, {50, 50}), fromCentre(gt, {50, 50})).length() < 1.0);
        }

        // Frame 7 everywhere; HR shows its frame 1 (time 5), 2 frames earlier.
        QSignalSpy changed(&cmp, &ComparisonView::frameChanged);
        cmp.setFrame(7);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cmp.frameSlider()->value(), 7);
        QCOMPARE(cmp.view(Pane::Reconstructed)->currentImage().at(0, 40, 8 + 4 * 7), 900.0f + float((40 + 36) % 3));
        QCOMPARE(cmp.view(Pane::GroundTruth)->currentImage().at(0, 40, 8 + 4 * 7), 900.0f);
        QCOMPARE(cmp.view(Pane::Hr)->currentImage().at(0, 40, 8 + 4 * 5), 900.0f);
        QCOMPARE(cmp.view(Pane::Hr)->currentImage().at(0, 40, 8 + 4 * 5 - 1), 100.0f + 27.0f);
        QCOMPARE(cmp.view(Pane::Difference)->currentImage().at(0, 40, 50), float((40 + 50) % 3));
        QVERIFY2(cmp.caption(Pane::Hr).contains("HR frame 1 (0\u20133)") && cmp.caption(Pane::Hr).contains("-2"),
                 qPrintable(cmp.caption(Pane::Hr)));
        // Captions count frames from 0, like the metric plot's axis and the CSV/JSON reports.
        QVERIFY2(cmp.caption(Pane::Reconstructed).startsWith("frame 7 (0\u201315)"),
                 qPrintable(cmp.caption(Pane::Reconstructed)));
        QCOMPARE(cmp.metricPlot()->currentFrame(), 7);
        QCOMPARE(cmp.view(Pane::Lr)->currentImage().at(0, 40, 8 + 4 * 7 + 2), 900.0f);  // nearest: LR pixels of 4×4
        cmp.setFrame(10);
        QVERIFY2(cmp.caption(Pane::Hr).contains("same time"), qPrintable(cmp.caption(Pane::Hr)));
        QCOMPARE(cmp.metricPlot()->currentFrame(), 10);
        // The slider drives the frame too.
        cmp.frameSlider()->setValue(3);
        QCOMPARE(cmp.currentFrame(), 3);
        QCOMPARE(cmp.view(Pane::GroundTruth)->currentImage().at(0, 40, 8 + 4 * 3), 900.0f);

        // Bicubic upscaling of the LR pane (display only): smooth values between LR pixels.
        cmp.setUpscale(xrs::Interpolation::Bicubic);
        const xrs::ImageStack up = cmp.view(Pane::Lr)->currentImage();
        QCOMPARE(up.cols(), std::int64_t(kGrid));
        QVERIFY(up.at(0, 10, 10) != up.at(0, 10, 9) || up.at(0, 10, 11) != up.at(0, 10, 10));
    }

    void keysAndPlayback()
    {
        ComparisonView cmp;
        cmp.resize(1200, 600);
        cmp.setInput(makeInput());
        cmp.show();
        QVERIFY(QTest::qWaitForWindowExposed(&cmp));
        QTest::keyClick(&cmp, Qt::Key_Right);
        QTest::keyClick(&cmp, Qt::Key_Right);
        QCOMPARE(cmp.currentFrame(), 2);
        QTest::keyClick(&cmp, Qt::Key_Left);
        QCOMPARE(cmp.currentFrame(), 1);
        QTest::keyClick(&cmp, Qt::Key_End);
        QCOMPARE(cmp.currentFrame(), kFrames - 1);
        QTest::keyClick(&cmp, Qt::Key_Right);  // stays at the end
        QCOMPARE(cmp.currentFrame(), kFrames - 1);
        QTest::keyClick(&cmp, Qt::Key_Home);
        QCOMPARE(cmp.currentFrame(), 0);
        // Keys pressed over a pane reach the layout too (the GL widget would give them to VTK).
        QTest::keyClick(cmp.view(Pane::Hr)->vtkWidget(), Qt::Key_Right);
        QCOMPARE(cmp.currentFrame(), 1);

        // Space plays at the chosen fps and loops at the end.
        cmp.setFps(100.0);
        cmp.setFrame(kFrames - 3);
        QTest::keyClick(&cmp, Qt::Key_Space);
        QVERIFY(cmp.isPlaying());
        QVERIFY(QTest::qWaitFor([&] { return cmp.currentFrame() < kFrames - 3; }, 3000));  // wrapped around
        QTest::keyClick(&cmp, Qt::Key_Space);
        QVERIFY(!cmp.isPlaying());
        // Without looping it stops on the last frame.
        cmp.setLooping(false);
        cmp.setFrame(kFrames - 3);
        cmp.setPlaying(true);
        QVERIFY(QTest::qWaitFor([&] { return !cmp.isPlaying(); }, 3000));
        QCOMPARE(cmp.currentFrame(), kFrames - 1);
    }

    void linkedWindowLevel()
    {
        ComparisonView cmp;
        cmp.setInput(makeInput());
        ImageView* recon = cmp.view(Pane::Reconstructed);
        ImageView* hr = cmp.view(Pane::Hr);
        ImageView* diff = cmp.view(Pane::Difference);
        cmp.sharedDisplay().setRange(100.0, 500.0);
        QCOMPARE(recon->displaySettings()->low(), 100.0);
        QCOMPARE(hr->displaySettings()->high(), 500.0);
        QVERIFY(diff->displaySettings() != &cmp.sharedDisplay());  // the difference keeps its own scale
        QCOMPARE(diff->displaySettings()->low(), 0.0);
        recon->setWindowLevel(100.0, 300.0);  // a change in one linked pane reaches all
        QCOMPARE(hr->window(), 100.0);
        QCOMPARE(hr->level(), 300.0);
        cmp.setWindowLevelLinked(false);
        recon->setWindowLevel(10.0, 50.0);
        QCOMPARE(hr->window(), 100.0);  // unlinked: independent, starting from the shared values
        QCOMPARE(recon->window(), 10.0);
        cmp.setWindowLevelLinked(true);
        QCOMPARE(recon->displaySettings(), &cmp.sharedDisplay());
    }

    void metricPlotClickJumpsToTheFrame()
    {
        ComparisonView cmp;
        cmp.resize(1200, 700);
        cmp.setInput(makeInput());
        cmp.show();
        QVERIFY(QTest::qWaitForWindowExposed(&cmp));
        MetricPlot* plot = cmp.metricPlot();
        QVERIFY(plot->isVisible());
        QCOMPARE(plot->metric(), QStringLiteral("psnr_db"));
        for (const int frame : {11, 4}) {
            const QPoint at = plot->positionOfFrame(frame).toPoint();
            QVERIFY2(plot->chartView()->viewport()->rect().contains(at),
                     qPrintable(QString("%1,%2").arg(at.x()).arg(at.y())));
            QTest::mouseClick(plot->chartView()->viewport(), Qt::LeftButton, {}, at);
            QCOMPARE(cmp.currentFrame(), frame);
            QCOMPARE(cmp.view(Pane::GroundTruth)->currentImage().at(0, 40, 8 + 4 * frame), 900.0f);
        }
        // A click a little off the point still picks the nearest frame.
        QTest::mouseClick(plot->chartView()->viewport(), Qt::LeftButton, {},
                          plot->positionOfFrame(6).toPoint() + QPoint(3, 25));
        QCOMPARE(cmp.currentFrame(), 6);
        // Without a report there is no plot.
        cmp.setInput(makeInput(false));
        QVERIFY(!plot->isVisible());
    }

    void orthogonalSlicesFollowTheCrosshair()
    {
        // v = 10000 z + 100 y + x: every slice tells where it was cut.
        xrs::ImageStack volume(xrs::Shape{20, 30, 40});
        for (int z = 0; z < 20; ++z)
            for (int y = 0; y < 30; ++y)
                for (int x = 0; x < 40; ++x) volume.at(z, y, x) = float(10000 * z + 100 * y + x);
        OrthoSliceView ortho;
        ortho.resize(900, 700);
        ortho.setVolume(volume);
        ortho.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ortho));
        using Plane = OrthoSliceView::Plane;
        QCOMPARE(ortho.point(), (VolumePoint{20, 15, 10}));
        const auto xy = [&] { return ortho.view(Plane::XY)->currentImage(); };
        const auto xz = [&] { return ortho.view(Plane::XZ)->currentImage(); };
        const auto yz = [&] { return ortho.view(Plane::YZ)->currentImage(); };
        QCOMPARE(xz().rows(), std::int64_t(20));
        QCOMPARE(xz().cols(), std::int64_t(40));
        QCOMPARE(yz().cols(), std::int64_t(30));
        QCOMPARE(xy().at(0, 7, 5), 100000.0f + 705.0f);
        QCOMPARE(xz().at(0, 3, 4), 30000.0f + 1500.0f + 4.0f);
        QCOMPARE(yz().at(0, 3, 6), 30000.0f + 600.0f + 20.0f);
        for (ImageView* v : {ortho.view(Plane::XY), ortho.view(Plane::XZ), ortho.view(Plane::YZ)})
            QVERIFY(waitRendered(v->vtkWidget()));

        // A double click in the axial view moves x and y; the other two views cut through the new point.
        ImageView* axial = ortho.view(Plane::XY);
        QSignalSpy moved(&ortho, &OrthoSliceView::pointChanged);
        QTest::mouseDClick(axial->vtkWidget(), Qt::LeftButton, {}, axial->widgetPosition({5, 7}).toPoint());
        QCOMPARE(moved.count(), 1);
        QCOMPARE(ortho.point(), (VolumePoint{5, 7, 10}));
        QCOMPARE(xz().at(0, 3, 4), 30000.0f + 700.0f + 4.0f);
        QCOMPARE(yz().at(0, 3, 6), 30000.0f + 600.0f + 5.0f);
        // In the sagittal view: y and z.
        ImageView* sagittal = ortho.view(Plane::YZ);
        QTest::mouseDClick(sagittal->vtkWidget(), Qt::LeftButton, {}, sagittal->widgetPosition({12, 2}).toPoint());
        QCOMPARE(ortho.point(), (VolumePoint{5, 12, 2}));
        QCOMPARE(xy().at(0, 0, 0), 20000.0f);
        if (qEnvironmentVariableIsSet("XRS_TEST_SHOTS")) {
            QTest::qWait(50);
            ortho.grab().save(QDir(qEnvironmentVariable("XRS_TEST_SHOTS")).filePath("ortho_slices.png"));
        }
        // Points outside are clamped.
        ortho.setPoint({-5, 99, 7});
        QCOMPARE(ortho.point(), (VolumePoint{0, 29, 7}));
    }

    void badInputIsRefused()
    {
        ComparisonView cmp;
        ComparisonInput in = makeInput();
        in.groundTruth = in.groundTruth.frameRange({0, 3});
        QVERIFY_THROWS_EXCEPTION(xrs::Error, cmp.setInput(in));
        QVERIFY_THROWS_EXCEPTION(xrs::Error, cmp.setInput(ComparisonInput{}));
    }
};

int main(int argc, char** argv)
{
    VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestComparisonView test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestComparisonView.moc"
