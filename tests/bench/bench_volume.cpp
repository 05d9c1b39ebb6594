// bench_volume: frame time of the 3D view for a large float volume (default 512³: a dense sphere and a block in a
// dimmer cylinder, with a fine ripple so rays see varying values) — camera-rotation renders at full and at interactive
// quality, for the compositing (grey ramp) and the MIP preset, plus the time from setVolume() to the first 3D frame
// (outline and planes) and to the first one with the volume (deferred so that linked slice views paint first; the
// render that holds the GUI is that one's), and the memory the view adds. Run under Xvfb:
//   xvfb-run -a -s '-screen 0 1600x900x24' build/release/tests/bench/bench_volume [--size N] [--frames N]
//       [--window WxH (800x800: the 3D pane)] [--mapper auto|cpu|gpu]
// Prints the renderer, window size, median/p95 per mode, time to first frame and RSS. Figures only, never pass/fail.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <vtkCamera.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "widgets/VolumeView.h"
#include "widgets/VtkOpenGLWidget.h"

using namespace xrs::widgets;

namespace {

xrs::ImageStack phantom(int n)
{
    xrs::ImageStack v = xrs::ImageStack::uninitialized(xrs::Shape{n, n, n});
    const double c = 0.5 * (n - 1), r = 0.45 * n;
    for (int z = 0; z < n; ++z)
        for (int y = 0; y < n; ++y) {
            float* row = v.row(z, y).data();
            for (int x = 0; x < n; ++x) {
                const double dx = x - c, dy = y - c, dz = z - 0.6 * c;
                const bool cylinder = dx * dx + dy * dy < r * r;
                const bool sphere = dx * dx + dy * dy + dz * dz < 0.09 * n * n;
                const bool block = x > n / 8 && x < n / 3 && y > n / 2 && y < 3 * n / 4 && z > n / 5 && z < n / 2;
                const float ripple = 20.0f * float(std::sin(0.21 * x) * std::cos(0.17 * y + 0.13 * z));
                row[x] = sphere ? 1000.0f + ripple : block ? 700.0f : cylinder ? 200.0f + ripple : 0.0f;
            }
        }
    return v;
}

double rssMiB()
{
    QFile f("/proc/self/status");
    if (!f.open(QIODevice::ReadOnly)) return 0.0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:")) return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0.0;
}

struct Figures {
    double median = 0, p95 = 0, min = 0;
};

Figures figures(std::vector<double> v)
{
    Figures f;
    if (v.empty()) return f;
    std::sort(v.begin(), v.end());
    f.median = v[v.size() / 2];
    f.p95 = v[std::min(v.size() - 1, std::size_t(0.95 * double(v.size())))];
    f.min = v.front();
    return f;
}

// Renders `frames` views while the camera turns around the volume; milliseconds per render (until the GL work is
// done).
std::vector<double> rotate(VolumeView& view, int frames)
{
    vtkGenericOpenGLRenderWindow* window = view.vtkWidget()->renderWindow();
    vtkCamera* camera = view.renderer()->GetActiveCamera();
    std::vector<double> ms;
    QElapsedTimer t;
    for (int i = 0; i < frames; ++i) {
        camera->Azimuth(360.0 / frames);
        camera->OrthogonalizeViewUp();
        view.renderer()->ResetCameraClippingRange();
        t.start();
        window->Render();
        window->WaitForCompletion();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents();  // the widget blits the frame
    }
    return ms;
}

}  // namespace

int main(int argc, char** argv)
{
    VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    int size = 512, frames = 36, width = 800, height = 800;
    QString mapper = "auto";
    const QStringList args = QApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == "--size")
            size = args[i + 1].toInt();
        else if (args[i] == "--frames")
            frames = args[i + 1].toInt();
        else if (args[i] == "--mapper")
            mapper = args[i + 1];
        else if (args[i] == "--window") {
            const QStringList wh = args[i + 1].split('x');
            width = wh.value(0).toInt();
            height = wh.value(1).toInt();
        } else {
            std::fprintf(stderr,
                         "usage: bench_volume [--size N] [--frames N] [--window WxH] [--mapper auto|cpu|gpu]\n");
            return 2;
        }
    }
    if (size < 8 || frames < 1 || width < 64 || height < 64) {
        std::fprintf(stderr, "bench_volume: bad arguments\n");
        return 2;
    }

    VolumeView view;
    if (mapper == "cpu") view.setRenderMode(VolumeView::RenderMode::Cpu);
    if (mapper == "gpu") view.setRenderMode(VolumeView::RenderMode::Gpu);
    view.show();
    // Size the 3D pane itself (the tool bar comes on top).
    view.resize(width, height + (view.height() - view.vtkWidget()->height()));
    QCoreApplication::processEvents();
    view.resize(width, height + (view.height() - view.vtkWidget()->height()));
    QElapsedTimer wait;
    wait.start();
    while (view.vtkWidget()->renderCount() == 0 && wait.elapsed() < 10000) QCoreApplication::processEvents();

    QElapsedTimer t;
    t.start();
    xrs::ImageStack volume = phantom(size);
    const double makeMs = double(t.elapsed());
    const double rssBefore = rssMiB();
    std::printf("bench_volume: %d³ float volume (%.0f MiB), made in %.0f ms; 3D pane %d×%d px\n", size,
                double(volume.shape().count()) * 4.0 / (1 << 20), makeMs, view.vtkWidget()->width(),
                view.vtkWidget()->height());

    // Time to the first 3D frame: setVolume (robust range, VTK set-up) and the first render, as the GUI sees it.
    const int rendersBefore = view.vtkWidget()->renderCount();
    t.restart();
    view.setVolume(volume);
    const double setMs = double(t.nsecsElapsed()) / 1e6;
    while (view.vtkWidget()->renderCount() == rendersBefore && t.elapsed() < 120000) QCoreApplication::processEvents();
    // The first frame shows the outline and the slice planes; the volume joins a moment later (slice views first).
    const double outlineMs = double(t.nsecsElapsed()) / 1e6;
    const double outlineRenderMs = view.vtkWidget()->lastRenderMs();
    while (view.isFirstVolumeFramePending() && t.elapsed() < 120000) QCoreApplication::processEvents();
    const double firstMs = double(t.nsecsElapsed()) / 1e6;
    const double firstRenderMs = view.vtkWidget()->lastRenderMs();
    // Then the full-quality frame the view renders once it is still.
    while (view.isInteractive() && t.elapsed() < 120000) QCoreApplication::processEvents();
    const int rendersStill = view.vtkWidget()->renderCount();
    while (view.vtkWidget()->renderCount() == rendersStill && t.elapsed() < 120000) QCoreApplication::processEvents();
    const double fullMs = double(t.nsecsElapsed()) / 1e6;
    const double rssAfter = rssMiB();
    std::printf("renderer: %s (%s)\n", qPrintable(view.rendererName()),
                mapper == "auto" ? "auto: software OpenGL gets the CPU ray caster" : qPrintable(mapper));
    std::printf("first 3D frame (outline and slice planes): %.0f ms after setVolume (the render %.0f ms)\n", outlineMs,
                outlineRenderMs);
    std::printf(
        "first 3D frame with the volume (interactive quality): %.0f ms after setVolume (setVolume itself %.0f ms, the "
        "render "
        "%.0f ms); first full-quality frame: %.0f ms after setVolume (the render %.0f ms)\n",
        firstMs, setMs, firstRenderMs, fullMs, view.vtkWidget()->lastRenderMs());
    std::printf("memory: RSS %.0f MiB with the volume, %.0f MiB after the first frame: the view adds %.0f MiB\n",
                rssBefore, rssAfter, rssAfter - rssBefore);

    for (const TransferPreset preset : {TransferPreset::GreyRamp, TransferPreset::Mip}) {
        view.applyPreset(preset);
        for (const bool interactive : {false, true}) {
            view.setInteractive(interactive);
            rotate(view, 2);  // warm-up (tables rebuilt for the preset)
            const Figures f = figures(rotate(view, frames));
            std::printf("%-26s %-12s median %7.1f ms  p95 %7.1f ms  min %7.1f ms  (%.1f fps)\n",
                        qPrintable(transferPresetId(preset)), interactive ? "interactive" : "full", f.median, f.p95,
                        f.min, 1000.0 / std::max(f.median, 1e-3));
        }
    }
    std::printf("RSS at the end: %.0f MiB\n", rssMiB());
    return 0;
}
