// widgets/VtkOpenGLWidget: Qt 6 QOpenGLWidget hosting a vtkGenericOpenGLRenderWindow (see the header).
#include "VtkOpenGLWidget.h"

#include <QCursor>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QScopedValueRollback>
#include <QSurfaceFormat>
#include <QWheelEvent>

#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkOpenGLFramebufferObject.h>
#include <vtkOpenGLState.h>

#include <array>
#include <cmath>

namespace xrs::widgets {

namespace {

constexpr std::array kObservedEvents{
    vtkCommand::WindowMakeCurrentEvent, vtkCommand::WindowIsCurrentEvent, vtkCommand::WindowSupportsOpenGLEvent,
    vtkCommand::WindowIsDirectEvent,    vtkCommand::WindowFrameEvent,     vtkCommand::CursorChangedEvent,
    vtkCommand::StartEvent,             vtkCommand::EndEvent,
};

// VTK's key names (X11 keysyms) for the keys interactor styles care about.
const char* keySym(int key)
{
    switch (key) {
    case Qt::Key_Left: return "Left";
    case Qt::Key_Right: return "Right";
    case Qt::Key_Up: return "Up";
    case Qt::Key_Down: return "Down";
    case Qt::Key_PageUp: return "Prior";
    case Qt::Key_PageDown: return "Next";
    case Qt::Key_Home: return "Home";
    case Qt::Key_End: return "End";
    case Qt::Key_Escape: return "Escape";
    case Qt::Key_Return: return "Return";
    case Qt::Key_Enter: return "KP_Enter";
    case Qt::Key_Space: return "space";
    case Qt::Key_Tab: return "Tab";
    case Qt::Key_Backspace: return "BackSpace";
    case Qt::Key_Delete: return "Delete";
    case Qt::Key_Shift: return "Shift_L";
    case Qt::Key_Control: return "Control_L";
    case Qt::Key_Alt: return "Alt_L";
    case Qt::Key_Plus: return "plus";
    case Qt::Key_Minus: return "minus";
    default: return nullptr;
    }
}

// VTK's default styles quit the application ('e', 'q') or switch to stereo ('3'): never what a pane should do.
bool isFilteredKey(char c) { return c == 'e' || c == 'E' || c == 'q' || c == 'Q' || c == '3'; }

}  // namespace

VtkOpenGLWidget::VtkOpenGLWidget(QWidget* parent) : QOpenGLWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setUpdateBehavior(QOpenGLWidget::NoPartialUpdate);
    setMinimumSize(64, 64);

    // There is no context until initializeGL; the widget owns the framebuffer VTK's image ends up in.
    m_renderWindow->SetReadyForRendering(false);
    m_renderWindow->SetOwnContext(0);
    m_renderWindow->SetFrameBlitModeToNoBlit();
    m_renderWindow->SetMultiSamples(0);
    m_renderWindow->SetForceMaximumHardwareLineWidth(1);
    for (const auto eventId : kObservedEvents)
        m_observerIds.push_back(m_renderWindow->AddObserver(eventId, this, &VtkOpenGLWidget::onRenderWindowEvent));

    m_interactor->SetRenderWindow(m_renderWindow);
    // Initialize() would render before there is a context; enabling is all event dispatch needs.
    m_interactor->Enable();
}

VtkOpenGLWidget::~VtkOpenGLWidget()
{
    // The context emits aboutToBeDestroyed from QOpenGLWidget's destructor, when this object is half gone.
    disconnect(m_contextConnection);
    cleanupGL();
    // Renderers or styles may keep the render window alive past this widget.
    for (const auto id : m_observerIds) m_renderWindow->RemoveObserver(id);
}

void VtkOpenGLWidget::setDefaultSurfaceFormat()
{
    QSurfaceFormat fmt;
    fmt.setRenderableType(QSurfaceFormat::OpenGL);
    fmt.setVersion(3, 2);
    fmt.setProfile(QSurfaceFormat::CoreProfile);
    fmt.setSwapBehavior(QSurfaceFormat::DoubleBuffer);
    fmt.setRedBufferSize(8);
    fmt.setGreenBufferSize(8);
    fmt.setBlueBufferSize(8);
    fmt.setAlphaBufferSize(8);
    fmt.setDepthBufferSize(24);
    fmt.setStencilBufferSize(0);
    // VTK renders into its own framebuffers; multisampling the widget's buffer would only cost a resolve.
    fmt.setSamples(0);
    QSurfaceFormat::setDefaultFormat(fmt);
}

vtkGenericOpenGLRenderWindow* VtkOpenGLWidget::renderWindow() const { return m_renderWindow.Get(); }

vtkGenericRenderWindowInteractor* VtkOpenGLWidget::interactor() const { return m_interactor.Get(); }

QImage VtkOpenGLWidget::grabRendered()
{
    m_freshFrame = false;  // make the grab render the current scene
    return grabFramebuffer();
}

void VtkOpenGLWidget::requestRender()
{
    m_freshFrame = false;
    update();
}

void VtkOpenGLWidget::initializeGL()
{
    // Called again after a reparent to another window gave the widget a new context.
    m_surface = context()->surface();
    disconnect(m_contextConnection);
    m_contextConnection =
        connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &VtkOpenGLWidget::cleanupGL);

    m_renderWindow->SetReadyForRendering(true);
    // The context is current and not ours: VTK loads its GL functions from it and must not create one.
    m_renderWindow->InitializeFromCurrentContext();
    m_renderWindow->SetOwnContext(0);
    vtkOpenGLState* state = m_renderWindow->GetState();
    state->Reset();  // Qt touched the GL state behind VTK's cache
    state->vtkglDepthFunc(GL_LEQUAL);
    m_glReady = true;
    m_freshFrame = false;
}

void VtkOpenGLWidget::cleanupGL()
{
    if (!m_glReady) return;
    // Free VTK's GL objects while their context still exists.
    if (context() && m_surface) context()->makeCurrent(m_surface);
    m_renderWindow->Finalize();
    m_renderWindow->SetReadyForRendering(false);
    m_glReady = false;
    m_surface = nullptr;
}

void VtkOpenGLWidget::resizeGL(int w, int h)
{
    const double dpr = devicePixelRatioF();
    const int dw = std::max(1, int(std::lround(w * dpr)));
    const int dh = std::max(1, int(std::lround(h * dpr)));
    m_interactor->UpdateSize(dw, dh);  // resizes the render window too
    m_renderWindow->SetSize(dw, dh);
    m_renderWindow->SetDPI(int(std::lround(72 * dpr)));
    m_freshFrame = false;
}

void VtkOpenGLWidget::paintGL()
{
    if (!m_glReady) return;
    QScopedValueRollback<bool> inPaint(m_inPaint, true);
    vtkOpenGLState* state = m_renderWindow->GetState();

    // A frame rendered by the interactor since the last paint only needs the blit.
    if (!m_freshFrame) {
        state->Reset();
        state->Push();
        state->vtkglDepthFunc(GL_LEQUAL);  // Qt leaves GL_LESS; VTK expects LEQUAL
        m_renderWindow->Render();
        state->Pop();
    }
    m_freshFrame = false;

    // Something rendering in another pane during VTK's render may have switched contexts.
    if (QOpenGLContext::currentContext() != context()) context()->makeCurrent(m_surface);

    vtkOpenGLFramebufferObject* display = m_renderWindow->GetDisplayFramebuffer();
    if (!display) return;
    const int* sourceSize = display->GetLastSize();
    const double dpr = devicePixelRatioF();
    const int width = int(std::lround(this->width() * dpr));
    const int height = int(std::lround(this->height() * dpr));

    state->Reset();
    state->Push();
    display->Bind(GL_READ_FRAMEBUFFER);
    display->ActivateReadBuffer(0);
    state->vtkglBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
    unsigned int drawBuffer = GL_COLOR_ATTACHMENT0;
    state->vtkglDrawBuffers(1, &drawBuffer);
    state->vtkglDisable(GL_SCISSOR_TEST);
    state->vtkglViewport(0, 0, width, height);
    state->vtkglBlitFramebuffer(0, 0, sourceSize[0], sourceSize[1], 0, 0, width, height, GL_COLOR_BUFFER_BIT,
                                GL_NEAREST);
    // VTK leaves its background alpha in the image; with alpha < 1 Qt would blend the pane with what lies below.
    state->vtkglColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
    state->vtkglClearColor(0.0f, 0.0f, 0.0f, 1.0f);
    state->vtkglClear(GL_COLOR_BUFFER_BIT);
    state->Pop();
    emit rendered();
}

void VtkOpenGLWidget::onRenderWindowEvent(vtkObject*, unsigned long eventId, void* callData)
{
    switch (eventId) {
    case vtkCommand::WindowMakeCurrentEvent:
        // Not QOpenGLWidget::makeCurrent(): that rebinds Qt's framebuffer behind VTK's state cache.
        if (context() && m_surface) context()->makeCurrent(m_surface);
        break;
    case vtkCommand::WindowIsCurrentEvent: {
        const QOpenGLContext* current = QOpenGLContext::currentContext();
        *static_cast<bool*>(callData) = current && current == context() && current->surface() == m_surface;
        break;
    }
    case vtkCommand::WindowSupportsOpenGLEvent:
    case vtkCommand::WindowIsDirectEvent:
        *static_cast<int*>(callData) = 1;
        break;
    case vtkCommand::WindowFrameEvent:
        // A render outside paintGL (interaction, explicit Render()): show it without rendering again.
        if (!m_inPaint) {
            m_freshFrame = true;
            update();
        }
        break;
    case vtkCommand::CursorChangedEvent:
        setVtkCursor(*static_cast<int*>(callData));
        break;
    case vtkCommand::StartEvent:
        m_renderTimer.start();
        break;
    case vtkCommand::EndEvent:
        if (m_renderTimer.isValid()) m_lastRenderMs = double(m_renderTimer.nsecsElapsed()) / 1e6;
        ++m_renderCount;
        break;
    default:
        break;
    }
}

void VtkOpenGLWidget::setVtkCursor(int vtkCursor)
{
    switch (vtkCursor) {
    case VTK_CURSOR_ARROW: setCursor(Qt::ArrowCursor); break;
    case VTK_CURSOR_SIZENE:
    case VTK_CURSOR_SIZESW: setCursor(Qt::SizeBDiagCursor); break;
    case VTK_CURSOR_SIZENW:
    case VTK_CURSOR_SIZESE: setCursor(Qt::SizeFDiagCursor); break;
    case VTK_CURSOR_SIZENS: setCursor(Qt::SizeVerCursor); break;
    case VTK_CURSOR_SIZEWE: setCursor(Qt::SizeHorCursor); break;
    case VTK_CURSOR_SIZEALL: setCursor(Qt::SizeAllCursor); break;
    case VTK_CURSOR_HAND: setCursor(Qt::PointingHandCursor); break;
    case VTK_CURSOR_CROSSHAIR: setCursor(Qt::CrossCursor); break;
    default: unsetCursor(); break;
    }
}

void VtkOpenGLWidget::setEventPosition(const QPointF& pos, Qt::KeyboardModifiers modifiers, int repeat)
{
    const double dpr = devicePixelRatioF();
    m_interactor->SetEventInformationFlipY(int(std::lround(pos.x() * dpr)), int(std::lround(pos.y() * dpr)),
                                           modifiers.testFlag(Qt::ControlModifier) ? 1 : 0,
                                           modifiers.testFlag(Qt::ShiftModifier) ? 1 : 0, 0, repeat);
    m_interactor->SetAltKey(modifiers.testFlag(Qt::AltModifier) ? 1 : 0);
}

bool VtkOpenGLWidget::event(QEvent* e)
{
    if (e->type() == QEvent::Enter) {
        setEventPosition(mapFromGlobal(QCursor::pos()), QGuiApplication::keyboardModifiers());
        m_interactor->InvokeEvent(vtkCommand::EnterEvent);
    } else if (e->type() == QEvent::Leave) {
        m_interactor->InvokeEvent(vtkCommand::LeaveEvent);
    }
    return QOpenGLWidget::event(e);
}

void VtkOpenGLWidget::mousePressEvent(QMouseEvent* e)
{
    setEventPosition(e->position(), e->modifiers());
    switch (e->button()) {
    case Qt::LeftButton: m_interactor->InvokeEvent(vtkCommand::LeftButtonPressEvent); break;
    case Qt::MiddleButton: m_interactor->InvokeEvent(vtkCommand::MiddleButtonPressEvent); break;
    case Qt::RightButton: m_interactor->InvokeEvent(vtkCommand::RightButtonPressEvent); break;
    default: QOpenGLWidget::mousePressEvent(e); return;
    }
    e->accept();
}

void VtkOpenGLWidget::mouseDoubleClickEvent(QMouseEvent* e)
{
    // VTK marks double clicks by the repeat count on an ordinary press.
    setEventPosition(e->position(), e->modifiers(), 1);
    switch (e->button()) {
    case Qt::LeftButton: m_interactor->InvokeEvent(vtkCommand::LeftButtonPressEvent); break;
    case Qt::MiddleButton: m_interactor->InvokeEvent(vtkCommand::MiddleButtonPressEvent); break;
    case Qt::RightButton: m_interactor->InvokeEvent(vtkCommand::RightButtonPressEvent); break;
    default: QOpenGLWidget::mouseDoubleClickEvent(e); return;
    }
    e->accept();
}

void VtkOpenGLWidget::mouseReleaseEvent(QMouseEvent* e)
{
    setEventPosition(e->position(), e->modifiers());
    switch (e->button()) {
    case Qt::LeftButton: m_interactor->InvokeEvent(vtkCommand::LeftButtonReleaseEvent); break;
    case Qt::MiddleButton: m_interactor->InvokeEvent(vtkCommand::MiddleButtonReleaseEvent); break;
    case Qt::RightButton: m_interactor->InvokeEvent(vtkCommand::RightButtonReleaseEvent); break;
    default: QOpenGLWidget::mouseReleaseEvent(e); return;
    }
    e->accept();
}

void VtkOpenGLWidget::mouseMoveEvent(QMouseEvent* e)
{
    setEventPosition(e->position(), e->modifiers());
    m_interactor->InvokeEvent(vtkCommand::MouseMoveEvent);
    // Not accepted: parents (the image view's pixel readout) may watch the pointer too.
    QOpenGLWidget::mouseMoveEvent(e);
}

void VtkOpenGLWidget::wheelEvent(QWheelEvent* e)
{
    setEventPosition(e->position(), e->modifiers());
    // One VTK wheel event per 120 units (a notch), so fine-grained touchpads do not zoom at full speed.
    m_wheelAccumulator += e->angleDelta().y();
    while (std::abs(m_wheelAccumulator) >= 120.0) {
        const bool forward = m_wheelAccumulator > 0;
        m_interactor->InvokeEvent(forward ? vtkCommand::MouseWheelForwardEvent : vtkCommand::MouseWheelBackwardEvent);
        m_wheelAccumulator += forward ? -120.0 : 120.0;
    }
    e->accept();
}

void VtkOpenGLWidget::forwardKey(QKeyEvent* e, bool press)
{
    const QByteArray text = e->text().toLatin1();
    const char code = text.size() == 1 ? text[0] : 0;
    if (isFilteredKey(code)) {
        e->ignore();
        return;
    }
    const char* sym = keySym(e->key());
    const QByteArray fallbackSym = text.size() == 1 ? text : QByteArray();
    const auto mods = e->modifiers();
    m_interactor->SetKeyEventInformation(mods.testFlag(Qt::ControlModifier) ? 1 : 0,
                                         mods.testFlag(Qt::ShiftModifier) ? 1 : 0, code,
                                         e->isAutoRepeat() ? 1 : 0,
                                         sym ? sym : (fallbackSym.isEmpty() ? "" : fallbackSym.constData()));
    m_interactor->SetAltKey(mods.testFlag(Qt::AltModifier) ? 1 : 0);
    if (press) {
        m_interactor->InvokeEvent(vtkCommand::KeyPressEvent);
        if (code) m_interactor->InvokeEvent(vtkCommand::CharEvent);
    } else {
        m_interactor->InvokeEvent(vtkCommand::KeyReleaseEvent);
    }
    e->accept();
}

void VtkOpenGLWidget::keyPressEvent(QKeyEvent* e) { forwardKey(e, true); }

void VtkOpenGLWidget::keyReleaseEvent(QKeyEvent* e) { forwardKey(e, false); }

}  // namespace xrs::widgets
