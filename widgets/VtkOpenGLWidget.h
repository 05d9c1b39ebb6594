#pragma once
// widgets/VtkOpenGLWidget: a thin Qt 6 host for VTK 9.1 rendering (Debian's VTK Qt module is built for Qt 5).
// Owns a vtkGenericOpenGLRenderWindow that renders into its own framebuffer in an OpenGL context of this widget (on an
// offscreen surface), and a vtkGenericRenderWindowInteractor fed with the widget's mouse, wheel and key events.
// paintEvent renders VTK when the scene changed, reads the image back and paints it like any raster widget. Not a
// QOpenGLWidget on purpose: one QOpenGLWidget makes Qt compose the whole top-level window in OpenGL on every update
// (full-window texture upload, blend and swap), which in software rendering (Mesa llvmpipe) cost more than all the
// panes' VTK rendering together. See /work/shared/notes/qt6-vtk-bridge.md.
#include <QElapsedTimer>
#include <QImage>
#include <QWidget>

#include <memory>
#include <vector>

#include <vtkNew.h>

class vtkGenericOpenGLRenderWindow;
class vtkGenericRenderWindowInteractor;
class vtkObject;
class QOffscreenSurface;
class QOpenGLContext;

namespace xrs::widgets {

class VtkOpenGLWidget : public QWidget {
    Q_OBJECT
public:
    explicit VtkOpenGLWidget(QWidget* parent = nullptr);
    ~VtkOpenGLWidget() override;

    // OpenGL 3.2 core, no multisampling: what VTK needs (the format of every pane's context). Call before the
    // QApplication is created.
    static void setDefaultSurfaceFormat();

    vtkGenericOpenGLRenderWindow* renderWindow() const;
    vtkGenericRenderWindowInteractor* interactor() const;

    // Schedules a VTK render at the next paint (after the scene changed); update() does the same. Calling
    // renderWindow()->Render() works too but renders at once.
    void requestRender();
    // Renders the current scene and returns the widget's content (device pixels; RGB32).
    QImage grabRendered();
    // Milliseconds the last VTK render took (0 before the first).
    double lastRenderMs() const { return m_lastRenderMs; }
    int renderCount() const { return m_renderCount; }

signals:
    void rendered();  // after each paint (each shows a newly rendered or read-back VTK frame)

protected:
    void paintEvent(QPaintEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;

    bool event(QEvent* e) override;  // enter/leave
    void mousePressEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void mouseDoubleClickEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void wheelEvent(QWheelEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;
    void keyReleaseEvent(QKeyEvent* e) override;

private:
    void onRenderWindowEvent(vtkObject* caller, unsigned long eventId, void* callData);
    // Creates the context on first use; false when OpenGL is not available.
    bool ensureGL();
    void makeGLCurrent();
    // The widget's size in device pixels.
    QSize deviceSize() const;
    // Renders VTK unless a frame rendered outside paintEvent is waiting, then reads the frame into m_frame.
    void renderFrame();
    void cleanupGL();
    void setVtkCursor(int vtkCursor);
    // Passes the pointer position (device pixels, y up) and modifiers to the interactor.
    void setEventPosition(const QPointF& pos, Qt::KeyboardModifiers modifiers, int repeat = 0);
    void forwardKey(QKeyEvent* e, bool press);

    vtkNew<vtkGenericOpenGLRenderWindow> m_renderWindow;
    vtkNew<vtkGenericRenderWindowInteractor> m_interactor;
    std::vector<unsigned long> m_observerIds;
    std::unique_ptr<QOffscreenSurface> m_surface;  // VTK draws into its own framebuffers: no window needed
    std::unique_ptr<QOpenGLContext> m_context;
    QImage m_frame;  // the last frame read back (device pixels)
    bool m_inRender = false;
    bool m_glReady = false;
    bool m_glFailed = false;
    bool m_freshFrame = false;  // VTK rendered outside paintEvent since the last paint: only read it back
    QElapsedTimer m_renderTimer;
    double m_wheelAccumulator = 0.0;
    double m_lastRenderMs = 0.0;
    int m_renderCount = 0;
};

}  // namespace xrs::widgets
