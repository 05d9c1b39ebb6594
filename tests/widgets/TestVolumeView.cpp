// The 3D view under Xvfb (xvfb-run -a -s '-screen 0 1600x900x24'; software Mesa renders, so Auto picks the CPU ray
// caster): a 64³ phantom (a bright sphere in a dim cube) renders non-blank with the composite preset, in MIP the
// centre pixel has the sphere's colour, presets, level and opacity change the image, the window/level preset follows
// the slices, rotating lowers the sampling until the camera stops, the GPU and CPU ray casters agree, non-finite
// values are made transparent, the crosshair moves the slice planes (VTK's plane equations) and Ctrl+click on a plane
// moves the crosshair to the voxel under the pointer (within one voxel); MainWindow::openVolume shows the four linked
// panes.
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <vtkCamera.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkRenderer.h>

#include <array>
#include <cmath>
#include <limits>

#include "TestSupport.h"
#include "app/MainWindow.h"
#include "io/StackWriter.h"
#include "widgets/DisplaySettings.h"
#include "widgets/ImageView.h"
#include "widgets/OrthoSliceView.h"
#include "widgets/VolumeView.h"
#include "widgets/VtkOpenGLWidget.h"

using namespace xrs::widgets;
using Plane = OrthoSliceView::Plane;

namespace {

constexpr int kN = 64;
constexpr float kSphere = 1000.0f, kCube = 200.0f;

// Background 0, a dim cube over [8, 56) on every axis, a sphere of radius 12 around the centre.
xrs::ImageStack phantom()
{
    xrs::ImageStack v(xrs::Shape{kN, kN, kN});
    const double c = 0.5 * (kN - 1);
    for (int z = 0; z < kN; ++z)
        for (int y = 0; y < kN; ++y)
            for (int x = 0; x < kN; ++x) {
                const bool cube = x >= 8 && x < 56 && y >= 8 && y < 56 && z >= 8 && z < 56;
                const double r2 = (x - c) * (x - c) + (y - c) * (y - c) + (z - c) * (z - c);
                v.at(z, y, x) = r2 <= 144.0 ? kSphere : cube ? kCube : 0.0f;
            }
    return v;
}

bool waitRendered(VtkOpenGLWidget* gl)
{
    const int before = gl->renderCount();
    gl->requestRender();
    return QTest::qWaitFor([&] { return gl->renderCount() > before; }, 20000);
}

// The first frame of a volume is at interactive quality; the full-quality one follows when the view is still.
bool waitFullQuality(VolumeView& view)
{
    return waitRendered(view.vtkWidget()) && QTest::qWaitFor([&] { return !view.isInteractive(); }, 5000);
}

QRgb centrePixel(const QImage& img)
{
    return img.pixel(img.width() / 2, img.height() / 2);
}

QString rgb(QRgb c)
{
    return QString("(%1, %2, %3)").arg(qRed(c)).arg(qGreen(c)).arg(qBlue(c));
}

// Fraction of pixels differing from the background by more than `tol` in some channel.
double foregroundFraction(const QImage& img, QRgb background, int tol = 12)
{
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QRgb p = img.pixel(x, y);
            n += std::abs(qRed(p) - qRed(background)) > tol || std::abs(qGreen(p) - qGreen(background)) > tol ||
                 std::abs(qBlue(p) - qBlue(background)) > tol;
        }
    return double(n) / double(img.width() * img.height());
}

double meanAbsDiff(const QImage& a, const QImage& b)
{
    if (a.size() != b.size()) return 1e9;
    double sum = 0.0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
        }
    return sum / (3.0 * a.width() * a.height());
}

void saveShot(const QImage& img, const QString& name)
{
    if (qEnvironmentVariableIsSet("XRS_TEST_SHOTS"))
        img.save(QDir(qEnvironmentVariable("XRS_TEST_SHOTS")).filePath(name));
}

// Where a world point appears in the widget (logical pixels), from VTK's own projection.
QPointF widgetPosition(VolumeView& view, const double world[3])
{
    vtkRenderer* r = view.renderer();
    r->SetWorldPoint(world[0], world[1], world[2], 1.0);
    r->WorldToDisplay();
    double d[3];
    r->GetDisplayPoint(d);
    const double dpr = view.vtkWidget()->devicePixelRatioF();
    const int* size = view.vtkWidget()->renderWindow()->GetSize();
    return {d[0] / dpr, (double(size[1]) - 1.0 - d[1]) / dpr};
}

}  // namespace

class TestVolumeView : public QObject {
    Q_OBJECT

private slots:
    void compositeAndMip()
    {
        VolumeView view;
        view.resize(520, 560);
        view.setVolume(phantom());
        QVERIFY(view.isInteractive());  // the first frame is a quick one; full quality follows it
        view.setSlicePlanesVisible(false);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(waitFullQuality(view));
        QVERIFY2(!view.rendererName().isEmpty(), "the mapper is chosen at the first render");
        qInfo("renderer: %s", qPrintable(view.rendererName()));
        // Robust range of the phantom: 1 % percentile 0 (background), 99 % the sphere.
        QCOMPARE(view.transferFunction().range().min, 0.0);
        QCOMPARE(view.transferFunction().range().max, double(kSphere));

        const QRgb background = qRgb(20, 20, 26);  // the renderer's background (0.08, 0.08, 0.1)
        const QImage corner = view.vtkWidget()->grabRendered();
        QVERIFY2(std::abs(qRed(corner.pixel(corner.width() - 3, 3)) - qRed(background)) <= 2,
                 qPrintable(rgb(corner.pixel(corner.width() - 3, 3))));

        // Composite (grey ramp): the cube and sphere cover a good part of the pane.
        const QImage composite = view.vtkWidget()->grabRendered();
        saveShot(composite, "volume_composite.png");
        const double covered = foregroundFraction(composite, background);
        qInfo("composite: %.1f %% of the pixels show the volume; centre %s", 100.0 * covered,
              qPrintable(rgb(centrePixel(composite))));
        QVERIFY(covered > 0.15);
        QVERIFY(foregroundFraction(composite, background) < 0.95);

        // MIP: the ray through the centre crosses the sphere, so the pixel is the sphere's colour (opacity 1).
        view.applyPreset(TransferPreset::Mip);
        QCOMPARE(view.presetBox()->currentData().toInt(), int(TransferPreset::Mip));
        const QImage mip = view.vtkWidget()->grabRendered();
        saveShot(mip, "volume_mip.png");
        const Rgb c = view.transferFunction().color(kSphere);
        const double a = view.transferFunction().opacity(kSphere);
        const QRgb expected = qRgb(int(std::lround(255 * (c.r * a) + qRed(background) * (1 - a))),
                                   int(std::lround(255 * (c.g * a) + qGreen(background) * (1 - a))),
                                   int(std::lround(255 * (c.b * a) + qBlue(background) * (1 - a))));
        const QRgb shown = centrePixel(mip);
        qInfo("MIP centre %s, sphere colour %s", qPrintable(rgb(shown)), qPrintable(rgb(expected)));
        QVERIFY2(std::abs(qRed(shown) - qRed(expected)) <= 6 && std::abs(qGreen(shown) - qGreen(expected)) <= 6 &&
                     std::abs(qBlue(shown) - qBlue(expected)) <= 6,
                 qPrintable(rgb(shown) + " shown, " + rgb(expected) + " expected"));
        // Through the cube beside the sphere the maximum is the cube's value: far darker than the sphere.
        const double beside[3] = {0.5 * (kN - 1), 0.5 * (kN - 1) + 18.0, 0.5 * (kN - 1)};
        const QPointF p = widgetPosition(view, beside);
        const double dpr = mip.devicePixelRatio();
        const QRgb cube = mip.pixel(int(p.x() * dpr), int(p.y() * dpr));
        qInfo("MIP beside the sphere %s", qPrintable(rgb(cube)));
        QVERIFY(qRed(cube) < qRed(shown) - 100);
    }

    void presetsChangeTheImage()
    {
        VolumeView view;
        view.resize(480, 480);
        view.setVolume(phantom());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(waitFullQuality(view));
        std::vector<QImage> images;
        for (const TransferPreset p :
             {TransferPreset::GreyRamp, TransferPreset::Bone, TransferPreset::SoftTissue, TransferPreset::Isosurface}) {
            view.applyPreset(p);
            QCOMPARE(view.transferFunction().preset(), p);
            images.push_back(view.vtkWidget()->grabRendered());
            saveShot(images.back(), QString("volume_%1.png").arg(transferPresetId(p)));
        }
        for (std::size_t i = 1; i < images.size(); ++i) {
            const double d = meanAbsDiff(images[i - 1], images[i]);
            qInfo("preset %zu vs %zu: mean |difference| %.2f grey levels", i - 1, i, d);
            QVERIFY(d > 1.0);
        }
        // The level and opacity controls change it too (the isosurface step moves below the cube's value: the cube
        // becomes the surface).
        const QImage before = view.vtkWidget()->grabRendered();
        view.levelSlider()->setValue(view.levelSlider()->maximum() / 10);
        QVERIFY(std::abs(view.transferFunction().level() - 0.1) < 1e-9);
        const QImage after = view.vtkWidget()->grabRendered();
        QVERIFY(meanAbsDiff(before, after) > 1.0);
        view.applyPreset(TransferPreset::GreyRamp);
        const QImage full = view.vtkWidget()->grabRendered();
        view.opacitySlider()->setValue(30);
        QVERIFY(std::abs(view.transferFunction().opacityScale() - 0.3) < 1e-9);
        QVERIFY(meanAbsDiff(full, view.vtkWidget()->grabRendered()) > 1.0);
        // A session's transfer function comes back as it was.
        auto tf = TransferFunction::makePreset(TransferPreset::Bone, {0.0, 1000.0}, 0.6);
        view.setTransferFunction(TransferFunction::fromJson(tf.toJson()));
        QVERIFY(view.transferFunction() == tf);
        QCOMPARE(view.presetBox()->currentData().toInt(), int(TransferPreset::Bone));
    }

    void windowLevelPresetAndInteractiveQuality()
    {
        DisplaySettings display;
        display.setRange(0.0, 500.0);
        display.setColormap(Colormap::Viridis);
        VolumeView view;
        view.setSliceDisplay(&display);
        view.resize(400, 400);
        view.setVolume(phantom());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.applyPreset(TransferPreset::WindowLevel);
        QCOMPARE(view.transferFunction().range().max, 500.0);
        display.setRange(100.0, 700.0);  // the slices' window changes: the preset follows
        QCOMPARE(view.transferFunction().range().min, 100.0);
        QCOMPARE(view.transferFunction().range().max, 700.0);
        const QRgb top = colormapColor(Colormap::Viridis, 1.0);
        QVERIFY(std::abs(view.transferFunction().color(700.0).g - qGreen(top) / 255.0) < 1e-9);
        QVERIFY(waitFullQuality(view));

        // Dragging rotates at interactive quality; the full quality comes back once the camera is still.
        VtkOpenGLWidget* gl = view.vtkWidget();
        double before[3], after[3];
        view.renderer()->GetActiveCamera()->GetPosition(before);
        const QPoint from(200, 200), to(260, 220);
        QTest::mousePress(gl, Qt::LeftButton, {}, from);
        QVERIFY(view.isInteractive());
        QTest::mouseMove(gl, QPoint(230, 210));
        QTest::mouseMove(gl, to);
        QVERIFY(view.isInteractive());
        QTest::mouseRelease(gl, Qt::LeftButton, {}, to);
        view.renderer()->GetActiveCamera()->GetPosition(after);
        QVERIFY(std::hypot(after[0] - before[0], after[1] - before[1], after[2] - before[2]) > 1.0);
        QVERIFY(QTest::qWaitFor([&] { return !view.isInteractive(); }, 3000));
    }

    void crosshairMovesThePlanesAndCtrlClickPicks()
    {
        xrs::ImageStack volume = phantom();
        volume.info().spacing = {0.5, 0.5, 1.5, "um"};
        OrthoSliceView ortho;
        auto* view = new VolumeView;
        ortho.attach3DView(view);
        QCOMPARE(ortho.view3D(), view);
        ortho.resize(1100, 850);
        ortho.setVolume(volume);
        QVERIFY(view->volume().data() == ortho.volume().data());  // shared, not copied
        QCOMPARE(view->sliceDisplay(), &ortho.display());
        ortho.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ortho));
        QVERIFY(waitRendered(view->vtkWidget()));

        // The crosshair moves the planes: XY at z·1.5, XZ at y·0.5, YZ at x·0.5 (world units).
        ortho.setPoint({10, 20, 30});
        QCOMPARE(view->point(), (VolumePoint{10, 20, 30}));
        using Point3 = std::array<double, 3>;
        QCOMPARE(view->planeOrigin(Plane::XY), (Point3{0.0, 0.0, 45.0}));
        QCOMPARE(view->planeOrigin(Plane::XZ), (Point3{0.0, 10.0, 0.0}));
        QCOMPARE(view->planeOrigin(Plane::YZ), (Point3{5.0, 0.0, 0.0}));
        const auto xy = view->planeBounds(Plane::XY), yz = view->planeBounds(Plane::YZ);
        QCOMPARE(xy[1], 31.5);  // the axial plane spans the columns (63 × 0.5) …
        QCOMPARE(yz[5], 94.5);  // … the sagittal one the frames (63 × 1.5)
        ortho.setPoint({32, 32, 32});
        QCOMPARE(view->planeOrigin(Plane::XY)[2], 48.0);
        QCOMPARE(view->planeOrigin(Plane::XZ)[1], 16.0);
        // The other way round: the slice views follow the 3D view's point only through picks (below).
        QVERIFY(waitRendered(view->vtkWidget()));
        saveShot(ortho.grab().toImage(), "volume_tab.png");

        // Ctrl+click on the axial plane, on the side facing the camera (so no other plane is in front).
        double camera[3];
        view->renderer()->GetActiveCamera()->GetPosition(camera);
        const double spacing[3] = {0.5, 0.5, 1.5};
        const auto toward = [&](int axis, int centre) {
            return camera[axis] > centre * spacing[axis] ? centre + 12 : centre - 12;
        };
        QSignalSpy moved(&ortho, &OrthoSliceView::pointChanged);
        const VolumePoint target{toward(0, 32), toward(1, 32), 32};
        const double world[3] = {target.x * 0.5, target.y * 0.5, target.z * 1.5};
        const QPointF at = widgetPosition(*view, world);
        QTest::mouseClick(view->vtkWidget(), Qt::LeftButton, Qt::ControlModifier, at.toPoint());
        QCOMPARE(moved.count(), 1);
        const VolumePoint picked = ortho.point();
        qInfo("clicked voxel (%d, %d, %d), picked (%d, %d, %d)", target.x, target.y, target.z, picked.x, picked.y,
              picked.z);
        QVERIFY(std::abs(picked.x - target.x) <= 1 && std::abs(picked.y - target.y) <= 1);
        QCOMPARE(picked.z, target.z);  // on the plane
        QCOMPARE(view->point(), picked);
        // The slice views follow: the coronal view now cuts at the picked row.
        QCOMPARE(ortho.view(Plane::XZ)->currentImage().at(0, 32, 32), volume.at(32, picked.y, 32));

        // And on the sagittal plane (x fixed), from the current point.
        const VolumePoint now = ortho.point();
        // Kept on the camera's side of the other two planes.
        VolumePoint t2 = now;
        t2.y = camera[1] > now.y * 0.5 ? now.y + 8 : now.y - 8;
        t2.z = camera[2] > now.z * 1.5 ? now.z + 8 : now.z - 8;
        const double world2[3] = {t2.x * 0.5, t2.y * 0.5, t2.z * 1.5};
        QTest::mouseClick(view->vtkWidget(), Qt::LeftButton, Qt::ControlModifier,
                          widgetPosition(*view, world2).toPoint());
        const VolumePoint picked2 = ortho.point();
        qInfo("clicked voxel (%d, %d, %d), picked (%d, %d, %d)", t2.x, t2.y, t2.z, picked2.x, picked2.y, picked2.z);
        QCOMPARE(picked2.x, t2.x);
        QVERIFY(std::abs(picked2.y - t2.y) <= 1 && std::abs(picked2.z - t2.z) <= 1);
        // A Ctrl+click beside the volume picks nothing.
        QTest::mouseClick(view->vtkWidget(), Qt::LeftButton, Qt::ControlModifier, QPoint(3, 40));
        QCOMPARE(ortho.point(), picked2);
        // Planes off: nothing to pick, and the actors are hidden.
        view->setSlicePlanesVisible(false);
        QVERIFY(!view->pickAt(widgetPosition(*view, world2)).has_value());
    }

    void gpuAndCpuRayCastersAgree()
    {
        // Both paths on the same scene: the GPU ray caster runs on llvmpipe here too (slowly).
        std::array<QImage, 2> mips, isos;
        for (const bool gpu : {false, true}) {
            VolumeView view;
            view.setRenderMode(gpu ? VolumeView::RenderMode::Gpu : VolumeView::RenderMode::Cpu);
            QCOMPARE(view.usesGpu(), gpu);
            view.resize(320, 340);
            view.setVolume(phantom());
            view.setSlicePlanesVisible(false);
            view.applyPreset(TransferPreset::Mip);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QVERIFY(waitFullQuality(view));
            mips[gpu] = view.vtkWidget()->grabRendered();
            view.applyPreset(TransferPreset::Isosurface);
            isos[gpu] = view.vtkWidget()->grabRendered();
            saveShot(isos[gpu], gpu ? "volume_isosurface_gpu.png" : "volume_isosurface_cpu.png");
            QVERIFY2(qRed(centrePixel(mips[gpu])) > 240, qPrintable(rgb(centrePixel(mips[gpu]))));
        }
        const double mipDiff = meanAbsDiff(mips[0], mips[1]);
        const QRgb background = qRgb(20, 20, 26);
        const double cpuCovered = foregroundFraction(isos[0], background),
                     gpuCovered = foregroundFraction(isos[1], background);
        qInfo("MIP: mean |GPU − CPU| %.2f grey levels; isosurface covers %.1f %% (CPU) and %.1f %% (GPU, shaded)",
              mipDiff, 100.0 * cpuCovered, 100.0 * gpuCovered);
        QVERIFY(mipDiff < 6.0);
        QVERIFY(std::abs(cpuCovered - gpuCovered) < 0.03);  // the same surface, shaded or not
    }

    void nonFiniteValuesAreMadeTransparent()
    {
        xrs::ImageStack volume = phantom();
        for (int y = 0; y < kN; ++y)
            for (int x = 0; x < kN; ++x) {
                volume.at(3, y, x) = std::numeric_limits<float>::quiet_NaN();
                volume.at(60, y, x) = std::numeric_limits<float>::infinity();
            }
        VolumeView view;
        view.resize(300, 300);
        view.setVolume(volume);
        QVERIFY(view.volume().data() != volume.data());  // the one case that copies
        QVERIFY(std::isfinite(view.volume().at(3, 5, 5)) && std::isfinite(view.volume().at(60, 5, 5)));
        QCOMPARE(view.volume().at(32, 32, 32), kSphere);
        view.applyPreset(TransferPreset::Mip);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(waitFullQuality(view));
        QVERIFY(qRed(centrePixel(view.vtkWidget()->grabRendered())) > 240);
    }

    void volumeTabShowsFourLinkedPanes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("phantom.tif");
        xrs::io::writeStack(xrs::test::toPath(path), phantom());
        xrs::app::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openVolume(path));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVolumeLoading(), 20000);  // read on a worker thread
        OrthoSliceView* ortho = window.volumeView();
        QVERIFY(ortho && ortho->view3D());
        VolumeView* view = ortho->view3D();
        QCOMPARE(view->volume().shape(), (xrs::Shape{kN, kN, kN}));
        QVERIFY(view->volume().data() == ortho->volume().data());
        // XY | XZ over YZ | 3D: the 3D view sits in the second row's splitter, after the sagittal view.
        auto* row = qobject_cast<QSplitter*>(view->parentWidget());
        QVERIFY(row && row->count() == 2 && row->indexOf(view) == 1);
        QVERIFY(row->widget(0)->isAncestorOf(ortho->view(Plane::YZ)));
        QVERIFY(waitFullQuality(*view));
        QVERIFY(view->width() > 300 && view->height() > 250);
        // Linked both ways.
        ortho->setPoint({5, 6, 7});
        QCOMPARE(view->point(), (VolumePoint{5, 6, 7}));
        emit view->pointPicked({40, 41, 42});
        QCOMPARE(ortho->point(), (VolumePoint{40, 41, 42}));
        if (qEnvironmentVariableIsSet("XRS_TEST_SHOTS")) {
            QTest::qWait(300);
            saveShot(window.grab().toImage(), "volume_main_window.png");
        }
    }
};

int main(int argc, char** argv)
{
    VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestVolumeView test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestVolumeView.moc"
