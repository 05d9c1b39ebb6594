#pragma once
// widgets/VtkOpenGLWidget: a thin Qt 6 host for VTK 9.1 rendering (Debian's VTK Qt module is built for Qt 5).
// Owns a vtkGenericOpenGLRenderWindow that renders into its own framebuffer inside the widget's GL context, and a
// vtkGenericRenderWindowInteractor fed with the widget's mouse, wheel and key events. paintGL renders VTK and blits
// the result into the widget's framebuffer. See /work/shared/notes/qt6-vtk-bridge.md for why it is done this way.
#include <QElapsedTimer>
#include <QImage>
#include <QMetaObject>
#include <QOpenGLWidget>

#include <vector>

#include <vtkNew.h>

class vtkGenericOpenGLRenderWindow;
class vtkGenericRenderWindowInteractor;
class vtkObject;
class QSurface;

namespace xrs::widgets {

class VtkOpenGLWidget : public QOpenGLWidget {
    Q_OBJECT
public:
    explicit VtkOpenGLWidget(QWidget* parent = nullptr);
    ~VtkOpenGLWidget() override;

    // OpenGL 3.2 core, no multisampling: what VTK needs. Call before the QApplication is created.
    static void setDefaultSurfaceFormat();

    vtkGenericOpenGLRenderWindow* renderWindow() const;
    vtkGenericRenderWindowInteractor* interactor() const;

    // Schedules a VTK render at the next paint (after the scene changed). Calling renderWindow()->Render() works too
    // but renders at once.
    void requestRender();
    // Renders the current scene and returns the widget's content (grabFramebuffer()).
    QImage grabRendered();
    // Milliseconds the last VTK render in paintGL took (0 before the first).
    double lastRenderMs() const { return m_lastRenderMs; }
    int renderCount() const { return m_renderCount; }

signals:
    void rendered();  // after each paintGL that rendered VTK

protected:
    void initializeGL() override;
    void paintGL() override;
    void resizeGL(int w, int h) override;

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
    void cleanupGL();
    void setVtkCursor(int vtkCursor);
    // Passes the pointer position (device pixels, y up) and modifiers to the interactor.
    void setEventPosition(const QPointF& pos, Qt::KeyboardModifiers modifiers, int repeat = 0);
    void forwardKey(QKeyEvent* e, bool press);

    vtkNew<vtkGenericOpenGLRenderWindow> m_renderWindow;
    vtkNew<vtkGenericRenderWindowInteractor> m_interactor;
    std::vector<unsigned long> m_observerIds;
    QSurface* m_surface = nullptr;  // the surface the context was current on in initializeGL (Qt owns it)
    QMetaObject::Connection m_contextConnection;
    bool m_inPaint = false;
    bool m_glReady = false;
    bool m_freshFrame = false;  // VTK rendered outside paintGL since the last paint: only blit
    QElapsedTimer m_renderTimer;
    double m_wheelAccumulator = 0.0;
    double m_lastRenderMs = 0.0;
    int m_renderCount = 0;
};

}  // namespace xrs::widgets
