// widgets/VtkOpenGLWidget: Qt 6 widget hosting a vtkGenericOpenGLRenderWindow (see the header).
#include "VtkOpenGLWidget.h"

#include <QCursor>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QPainter>
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
#include <cstring>

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

VtkOpenGLWidget::VtkOpenGLWidget(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    // paintEvent covers every pixel: Qt need not clear the background first.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(64, 64);

    // There is no context until the first render; the widget reads VTK's image back and paints it.
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
    // VTK renders into its own framebuffers; multisampling the surface would only cost memory.
    fmt.setSamples(0);
    QSurfaceFormat::setDefaultFormat(fmt);
}

vtkGenericOpenGLRenderWindow* VtkOpenGLWidget::renderWindow() const { return m_renderWindow.Get(); }

vtkGenericRenderWindowInteractor* VtkOpenGLWidget::interactor() const { return m_interactor.Get(); }

QImage VtkOpenGLWidget::grabRendered()
{
    m_freshFrame = false;  // render the current scene
    renderFrame();
    return m_frame;
}

void VtkOpenGLWidget::requestRender()
{
    m_freshFrame = false;
    update();
}

QSize VtkOpenGLWidget::deviceSize() const
{
    const double dpr = devicePixelRatioF();
    return {std::max(1, int(std::lround(width() * dpr))), std::max(1, int(std::lround(height() * dpr)))};
}

bool VtkOpenGLWidget::ensureGL()
{
    if (m_glReady) return true;
    if (m_glFailed) return false;
    if (!m_context) {
        m_surface = std::make_unique<QOffscreenSurface>(screen());
        m_surface->setFormat(QSurfaceFormat::defaultFormat());
        m_surface->create();
        m_context = std::make_unique<QOpenGLContext>();
        m_context->setFormat(QSurfaceFormat::defaultFormat());
        m_context->setShareContext(QOpenGLContext::globalShareContext());
        if (!m_surface->isValid() || !m_context->create()) {
            qWarning("VtkOpenGLWidget: cannot create an OpenGL %d.%d context", m_context->format().majorVersion(),
                     m_context->format().minorVersion());
            m_context.reset();
            m_surface.reset();
            m_glFailed = true;  // once: every paint would try again
            return false;
        }
    }
    if (!m_context->makeCurrent(m_surface.get())) return false;
    m_renderWindow->SetReadyForRendering(true);
    // The context is current and not VTK's: VTK loads its GL functions from it and must not create one.
    m_renderWindow->InitializeFromCurrentContext();
    m_renderWindow->SetOwnContext(0);
    vtkOpenGLState* state = m_renderWindow->GetState();
    state->Reset();
    state->vtkglDepthFunc(GL_LEQUAL);
    m_glReady = true;
    m_freshFrame = false;
    return true;
}

void VtkOpenGLWidget::makeGLCurrent()
{
    if (m_context && QOpenGLContext::currentContext() != m_context.get()) m_context->makeCurrent(m_surface.get());
}

void VtkOpenGLWidget::cleanupGL()
{
    if (m_glReady) {
        // Free VTK's GL objects while their context still exists.
        makeGLCurrent();
        m_renderWindow->Finalize();
        m_renderWindow->SetReadyForRendering(false);
        m_glReady = false;
    }
    if (m_context) m_context->doneCurrent();
    m_context.reset();
    m_surface.reset();
}

void VtkOpenGLWidget::resizeEvent(QResizeEvent* e)
{
    const QSize size = deviceSize();
    m_interactor->UpdateSize(size.width(), size.height());  // resizes the render window too
    m_renderWindow->SetSize(size.width(), size.height());
    m_renderWindow->SetDPI(int(std::lround(72 * devicePixelRatioF())));
    m_freshFrame = false;
    QWidget::resizeEvent(e);
}

void VtkOpenGLWidget::renderFrame()
{
    if (!ensureGL()) return;
    makeGLCurrent();
    const QSize size = deviceSize();
    const int* windowSize = m_renderWindow->GetSize();
    if (windowSize[0] != size.width() || windowSize[1] != size.height()) {
        // The device pixel ratio changed (another screen) or no resize came yet.
        m_interactor->UpdateSize(size.width(), size.height());
        m_renderWindow->SetSize(size.width(), size.height());
        m_freshFrame = false;
    }
    vtkOpenGLState* state = m_renderWindow->GetState();
    if (!m_freshFrame) {
        QScopedValueRollback<bool> inRender(m_inRender, true);
        state->Reset();
        state->Push();
        state->vtkglDepthFunc(GL_LEQUAL);
        m_renderWindow->Render();
        state->Pop();
    }
    m_freshFrame = false;
    // Something rendering in another pane during VTK's render may have switched contexts.
    makeGLCurrent();

    vtkOpenGLFramebufferObject* display = m_renderWindow->GetDisplayFramebuffer();
    if (!display) return;
    const int* sourceSize = display->GetLastSize();
    const int w = std::min(sourceSize[0], size.width()), h = std::min(sourceSize[1], size.height());
    if (m_frame.size() != size) m_frame = QImage(size, QImage::Format_RGB32);
    if (w < size.width() || h < size.height()) m_frame.fill(Qt::black);
    // RGB32 is 0xffRRGGBB, i.e. BGRA bytes on little-endian machines: what GL_BGRA reads. Its alpha is ignored,
    // so VTK's background alpha does not matter.
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "GL_BGRA read into QImage::Format_RGB32 assumes little endian");
    state->Reset();
    state->Push();
    display->Bind(GL_READ_FRAMEBUFFER);
    display->ActivateReadBuffer(0);
    state->vtkglPixelStorei(GL_PACK_ALIGNMENT, 4);
    QOpenGLFunctions* gl = m_context->functions();
    // GL's rows go bottom up: read them, then flip the image in place.
    gl->glReadPixels(0, 0, w, h, GL_BGRA, GL_UNSIGNED_BYTE, m_frame.bits());
    state->Pop();
    if (w == size.width()) {
        m_frame.mirror(false, true);
    } else {
        // VTK's frame is smaller than the widget (no render since a resize): its rows came packed; place them at
        // the bottom left, flipped, as a blit would.
        const auto* packed = m_frame.constBits();
        std::vector<uchar> rows(packed, packed + std::size_t(w) * std::size_t(h) * 4);
        m_frame.fill(Qt::black);
        for (int y = 0; y < h; ++y)
            std::memcpy(m_frame.scanLine(size.height() - 1 - y), rows.data() + std::size_t(y) * std::size_t(w) * 4,
                        std::size_t(w) * 4);
    }
    m_frame.setDevicePixelRatio(devicePixelRatioF());
}

void VtkOpenGLWidget::paintEvent(QPaintEvent*)
{
    // Like QOpenGLWidget::paintGL: every paint renders the scene (update() after a change is enough), unless the
    // interactor rendered it since the last paint.
    renderFrame();
    QPainter painter(this);
    if (m_frame.isNull()) {
        painter.fillRect(rect(), Qt::black);
        return;
    }
    painter.drawImage(QPointF(0, 0), m_frame);
    emit rendered();
}

void VtkOpenGLWidget::onRenderWindowEvent(vtkObject*, unsigned long eventId, void* callData)
{
    switch (eventId) {
    case vtkCommand::WindowMakeCurrentEvent:
        makeGLCurrent();
        break;
    case vtkCommand::WindowIsCurrentEvent: {
        const QOpenGLContext* current = QOpenGLContext::currentContext();
        *static_cast<bool*>(callData) = current && current == m_context.get() && current->surface() == m_surface.get();
        break;
    }
    case vtkCommand::WindowSupportsOpenGLEvent:
    case vtkCommand::WindowIsDirectEvent:
        *static_cast<int*>(callData) = 1;
        break;
    case vtkCommand::WindowFrameEvent:
        // A render outside paintEvent (interaction, explicit Render()): show it without rendering again.
        if (!m_inRender) {
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
    return QWidget::event(e);
}

void VtkOpenGLWidget::mousePressEvent(QMouseEvent* e)
{
    setEventPosition(e->position(), e->modifiers());
    switch (e->button()) {
    case Qt::LeftButton: m_interactor->InvokeEvent(vtkCommand::LeftButtonPressEvent); break;
    case Qt::MiddleButton: m_interactor->InvokeEvent(vtkCommand::MiddleButtonPressEvent); break;
    case Qt::RightButton: m_interactor->InvokeEvent(vtkCommand::RightButtonPressEvent); break;
    default: QWidget::mousePressEvent(e); return;
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
    default: QWidget::mouseDoubleClickEvent(e); return;
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
    default: QWidget::mouseReleaseEvent(e); return;
    }
    e->accept();
}

void VtkOpenGLWidget::mouseMoveEvent(QMouseEvent* e)
{
    setEventPosition(e->position(), e->modifiers());
    m_interactor->InvokeEvent(vtkCommand::MouseMoveEvent);
    // Not accepted: parents (the image view's pixel readout) may watch the pointer too.
    QWidget::mouseMoveEvent(e);
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
