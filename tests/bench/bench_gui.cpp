// bench_gui: frame-step latency of the linked comparison layout — three linked panes (LR upscaled ×4, HR,
// reconstructed) of 1024×400 frames, from the step (slider, key or playback tick) until every pane whose image changed
// has rendered it (LR and reconstructed on every step, HR when its nearest frame changes: every 8th step). Run under
// Xvfb: xvfb-run -a -s '-screen 0 1600x900x24' build/release/tests/bench/bench_gui [--steps N] [--width W]
// [--height H] [--window WxH (1580x860)]. Goal: ≤ 16 ms per step (60 fps playback). Prints median, p95 and the parts
// (step work, wait for Qt's repaint, paint, flush to the X server, VTK render, process CPU time).
// Where the time goes (llvmpipe): every step Qt repaints the window's dirty widgets into its raster backing store;
// each changed pane's paintEvent renders VTK into its framebuffer (image texture upload, clear, textured quad), reads
// the frame back and draws it; then Qt flushes the dirty rectangles to the X server (shared-memory put image). With
// QOpenGLWidget panes (before) Qt composed and swapped the whole window in GL instead, which cost more than the panes.
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

#include "widgets/ComparisonView.h"
#include "widgets/ImageView.h"
#include "widgets/VtkOpenGLWidget.h"

using namespace xrs::widgets;

namespace {

xrs::ImageStack pattern(std::int64_t frames, std::int64_t rows, std::int64_t cols, int seed)
{
    xrs::ImageStack s(xrs::Shape{frames, rows, cols});
    for (std::int64_t f = 0; f < frames; ++f)
        for (std::int64_t r = 0; r < rows; ++r)
            for (std::int64_t c = 0; c < cols; ++c)
                s.at(f, r, c) = float(((r * 7 + c * 3 + f * 11 + seed) % 256)) + float(r) * 0.1f;
    return s;
}

// CPU time of this process, all threads (Mesa's llvmpipe renders on worker threads): unlike wall time, it does not
// grow when other processes share the cores.
double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) * 1e-6;
}

struct Figures {
    double median = 0, p95 = 0, mean = 0, max = 0;
};

// Notes when Qt delivers the window's repaint request (the start of the paint and flush of a step).
class UpdateRequestWatch : public QObject {
public:
    explicit UpdateRequestWatch(const QElapsedTimer& clock) : m_clock(clock) {}
    double firstAtMs = -1.0;  // since the clock started; -1 until the first request after reset
    void reset() { firstAtMs = -1.0; }

protected:
    bool eventFilter(QObject* watched, QEvent* e) override
    {
        if (e->type() == QEvent::UpdateRequest && firstAtMs < 0.0) firstAtMs = double(m_clock.nsecsElapsed()) * 1e-6;
        return QObject::eventFilter(watched, e);
    }

private:
    const QElapsedTimer& m_clock;
};

Figures figures(std::vector<double> v)
{
    Figures f;
    if (v.empty()) return f;
    std::sort(v.begin(), v.end());
    f.median = v[v.size() / 2];
    f.p95 = v[std::min(v.size() - 1, std::size_t(0.95 * double(v.size())))];
    for (const double x : v) f.mean += x;
    f.mean /= double(v.size());
    f.max = v.back();
    return f;
}

}  // namespace

int main(int argc, char** argv)
{
    VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    int steps = 200, width = 1024, height = 400, windowWidth = 1580, windowHeight = 860;
    const QStringList args = QApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == "--steps")
            steps = args[i + 1].toInt();
        else if (args[i] == "--width")
            width = args[i + 1].toInt();
        else if (args[i] == "--height")
            height = args[i + 1].toInt();
        else if (args[i] == "--window") {
            const QStringList wh = args[i + 1].split('x');
            windowWidth = wh.value(0).toInt();
            windowHeight = wh.value(1).toInt();
        } else {
            std::fprintf(stderr, "usage: bench_gui [--steps N] [--width W] [--height H] [--window WxH]\n");
            return 2;
        }
    }
    constexpr int kFrames = 64, kHrEvery = 8, kBin = 4;
    ComparisonInput in;
    in.lr = pattern(kFrames, height / kBin, width / kBin, 1);
    in.hr = pattern(kFrames / kHrEvery, height, width, 2);
    in.reconstructed = pattern(kFrames, height, width, 3);
    in.times = TimeMapping::evenlySpaced(kFrames, kFrames / kHrEvery, kHrEvery);
    const TimeMapping times = in.times;

    ComparisonView view;
    view.resize(windowWidth, windowHeight);
    view.setInput(std::move(in));
    view.show();
    const QList<ImageView*> panes = view.views();
    QElapsedTimer clock;
    clock.start();
    const auto nowMs = [&clock] { return double(clock.nsecsElapsed()) * 1e-6; };
    UpdateRequestWatch watch(clock);
    view.installEventFilter(&watch);  // the top-level widget gets the repaint requests
    double lastPaintedMs = 0.0;       // end of the latest paintGL of any pane
    for (ImageView* p : panes)
        QObject::connect(p->vtkWidget(), &VtkOpenGLWidget::rendered, [&] { lastPaintedMs = nowMs(); });
    // Waits until every pane in `changed` rendered again (the HR pane re-renders only when its nearest frame changes).
    const auto waitAllRendered = [&](const std::vector<int>& before, const std::vector<bool>& changed) {
        QElapsedTimer guard;
        guard.start();
        for (;;) {
            bool all = true;
            for (int i = 0; i < panes.size(); ++i)
                all =
                    all && (!changed[std::size_t(i)] || panes[i]->vtkWidget()->renderCount() > before[std::size_t(i)]);
            if (all) return true;
            if (guard.elapsed() > 5000) return false;
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        }
    };
    const auto counts = [&] {
        std::vector<int> c;
        for (ImageView* p : panes) c.push_back(p->vtkWidget()->renderCount());
        return c;
    };
    // Let the window map and the first frames render (shader compilation etc.).
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 1500) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);

    std::vector<double> total, stepWork, render, cpu, waitRepaint, paint, flush;
    std::vector<int> rendersAtStart, expectedRenders(std::size_t(panes.size()), 0);
    for (int i = -10; i < steps; ++i) {  // 10 warm-up steps
        if (i == 0) rendersAtStart = counts();
        const std::vector<int> before = counts();
        const int next = (view.currentFrame() + 1) % kFrames;
        const bool hrChanges = times.nearestHr(next).hrFrame != times.nearestHr(view.currentFrame()).hrFrame;
        std::vector<bool> changed(std::size_t(panes.size()), true);
        changed[1] = hrChanges || i < 0;  // panes: LR, HR, reconstructed
        if (i < 0)
            for (ImageView* p : panes) p->vtkWidget()->requestRender();  // warm-up: all panes
        const double cpu0 = processCpuMs();
        watch.reset();
        const double start = nowMs();
        view.setFrame(next);
        const double workEnd = nowMs();
        if (!waitAllRendered(before, changed)) {
            std::fprintf(stderr, "bench_gui: the panes did not render within 5 s\n");
            return 1;
        }
        const double end = nowMs();
        const double cpuMs = processCpuMs() - cpu0;
        if (i < 0) continue;
        for (std::size_t k = 0; k < changed.size(); ++k) expectedRenders[k] += changed[k] ? 1 : 0;
        total.push_back(end - start);
        cpu.push_back(cpuMs);
        stepWork.push_back(workEnd - start);
        const double requestAt = watch.firstAtMs >= 0.0 ? watch.firstAtMs : workEnd;
        waitRepaint.push_back(requestAt - workEnd);
        paint.push_back(lastPaintedMs - requestAt);
        flush.push_back(end - lastPaintedMs);
        double r = 0;
        for (std::size_t k = 0; k < changed.size(); ++k)
            if (changed[k]) r += panes[int(k)]->vtkWidget()->lastRenderMs();
        render.push_back(r);
    }
    const Figures f = figures(total), w = figures(stepWork), r = figures(render), u = figures(cpu);
    const Figures q = figures(waitRepaint), p = figures(paint), c = figures(flush);
    const QSize pane = panes.front()->vtkWidget()->size();
    std::printf("bench_gui: %lld linked panes of %dx%d frames (pane widgets %dx%d, window %dx%d), %d steps\n",
                qlonglong(panes.size()), width, height, pane.width(), pane.height(), view.width(), view.height(),
                steps);
    std::printf(
        "  frame step to all panes rendered: median %.2f ms, p95 %.2f ms, mean %.2f ms, max %.2f ms (goal <= 16 ms)\n",
        f.median, f.p95, f.mean, f.max);
    std::printf(
        "  CPU time of the process per step:      median %.2f ms, p95 %.2f ms (all threads; load-independent)\n",
        u.median, u.p95);
    std::printf("  step work (read, upscale LR, upload):  median %.2f ms, p95 %.2f ms\n", w.median, w.p95);
    std::printf("  wait for Qt's repaint request:         median %.2f ms, p95 %.2f ms\n", q.median, q.p95);
    std::printf("  paint (widgets, panes' VTK + readback): median %.2f ms, p95 %.2f ms\n", p.median, p.p95);
    std::printf("  flush of the window to the X server:   median %.2f ms, p95 %.2f ms\n", c.median, c.p95);
    // A pane rendered more often than its image changed would be wasted work (e.g. a render per paint of a neighbour).
    const std::vector<int> rendersAtEnd = counts();
    std::printf("  VTK renders per pane (LR, HR, reconstructed) over the steps:");
    for (std::size_t k = 0; k < rendersAtEnd.size(); ++k)
        std::printf(" %d (image changed %d times)", rendersAtEnd[k] - rendersAtStart[k], expectedRenders[k]);
    std::printf("\n");
    std::printf("  VTK render of the panes that changed:  median %.2f ms, p95 %.2f ms (within paint)\n", r.median,
                r.p95);
    return 0;
}
