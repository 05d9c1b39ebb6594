// widgets/ImageView: 2D frame viewer on VTK (see the header).
#include "ImageView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QSlider>
#include <QVBoxLayout>

#include <vtkCallbackCommand.h>
#include <vtkCamera.h>
#include <vtkFloatArray.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkImageData.h>
#include <vtkImageProperty.h>
#include <vtkImageSlice.h>
#include <vtkImageSliceMapper.h>
#include <vtkInteractorStyleImage.h>
#include <vtkObjectFactory.h>
#include <vtkPointData.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <vector>

#include "VtkOpenGLWidget.h"
#include "core/Error.h"
#include "io/StackSource.h"

namespace xrs::widgets {

// Fiji-like mouse bindings on top of vtkInteractorStyleImage: left drag pans (its default is window/level), right
// drag does window/level, the wheel zooms around the pointer, 'r' fits. Other keys do nothing: VTK's defaults
// (wireframe, fly-to, pick, orientation) make no sense for a 2D image.
class ImageInteractorStyle : public vtkInteractorStyleImage {
public:
    static ImageInteractorStyle* New();
    vtkTypeMacro(ImageInteractorStyle, vtkInteractorStyleImage)

    std::function<void()> onUserViewChange;       // pan or zoom by the user
    std::function<void()> onFitRequested;         // 'r'
    std::function<void()> onWindowLevelChanged;   // right drag changed the image property

    void OnLeftButtonDown() override { beginPan(); }
    void OnLeftButtonUp() override { endPan(); }
    void OnMiddleButtonDown() override { beginPan(); }
    void OnMiddleButtonUp() override { endPan(); }

    void OnRightButtonDown() override
    {
        const int* pos = Interactor->GetEventPosition();
        FindPokedRenderer(pos[0], pos[1]);
        if (!CurrentRenderer) return;
        GrabFocus(EventCallbackCommand);
        WindowLevelStartPosition[0] = pos[0];
        WindowLevelStartPosition[1] = pos[1];
        StartWindowLevel();
    }

    void OnRightButtonUp() override
    {
        if (State != VTKIS_WINDOW_LEVEL) return;
        EndWindowLevel();
        if (Interactor) ReleaseFocus();
    }

    void WindowLevel() override
    {
        vtkInteractorStyleImage::WindowLevel();
        if (onWindowLevelChanged) onWindowLevelChanged();
    }

    void OnMouseWheelForward() override { zoomAtPointer(1.2); }
    void OnMouseWheelBackward() override { zoomAtPointer(1.0 / 1.2); }

    void OnChar() override
    {
        const char key = Interactor->GetKeyCode();
        if ((key == 'r' || key == 'R') && onFitRequested) onFitRequested();
    }

private:
    void beginPan()
    {
        const int* pos = Interactor->GetEventPosition();
        FindPokedRenderer(pos[0], pos[1]);
        if (!CurrentRenderer) return;
        if (onUserViewChange) onUserViewChange();
        GrabFocus(EventCallbackCommand);
        StartPan();
    }

    void endPan()
    {
        if (State != VTKIS_PAN) return;
        EndPan();
        if (Interactor) ReleaseFocus();
    }

    // Zooms so that the world point under the pointer stays under it.
    void zoomAtPointer(double factor)
    {
        const int* pos = Interactor->GetEventPosition();
        FindPokedRenderer(pos[0], pos[1]);
        if (!CurrentRenderer) return;
        if (onUserViewChange) onUserViewChange();
        vtkCamera* camera = CurrentRenderer->GetActiveCamera();
        double before[4], after[4];
        displayToWorld(pos[0], pos[1], before);
        camera->SetParallelScale(camera->GetParallelScale() / factor);
        displayToWorld(pos[0], pos[1], after);
        double focal[3], position[3];
        camera->GetFocalPoint(focal);
        camera->GetPosition(position);
        for (int i = 0; i < 2; ++i) {
            focal[i] += before[i] - after[i];
            position[i] += before[i] - after[i];
        }
        camera->SetFocalPoint(focal);
        camera->SetPosition(position);
        CurrentRenderer->ResetCameraClippingRange();
        InvokeEvent(vtkCommand::InteractionEvent, nullptr);
        Interactor->Render();
    }

    void displayToWorld(int x, int y, double world[4])
    {
        CurrentRenderer->SetDisplayPoint(x, y, 0.0);
        CurrentRenderer->DisplayToWorld();
        CurrentRenderer->GetWorldPoint(world);
        if (world[3] != 0.0)
            for (int i = 0; i < 3; ++i) world[i] /= world[3];
    }
};

vtkStandardNewMacro(ImageInteractorStyle);

namespace {

constexpr std::int64_t kMaxPercentileSamples = 1 << 20;
constexpr double kLowPercentile = 0.005;
constexpr double kHighPercentile = 0.995;
constexpr double kCameraDistance = 1000.0;

}  // namespace

std::optional<ValueRange> percentileRange(const ImageStack& image, double lowFraction, double highFraction)
{
    const std::int64_t plane = image.rows() * image.cols();
    const std::int64_t count = image.frames() * plane;
    if (count <= 0) return std::nullopt;
    // A regular sample is plenty for a display range and keeps this fast on large frames.
    const std::int64_t step = std::max<std::int64_t>(1, count / kMaxPercentileSamples);
    std::vector<float> values;
    values.reserve(std::size_t(std::min(count, kMaxPercentileSamples + 1)));
    for (std::int64_t i = 0; i < count; i += step) {
        const float v = image.at(i / plane, (i % plane) / image.cols(), i % image.cols());
        if (std::isfinite(v)) values.push_back(v);
    }
    if (values.empty()) return std::nullopt;
    const auto index = [&](double fraction) {
        return std::size_t(std::clamp(fraction, 0.0, 1.0) * double(values.size() - 1) + 0.5);
    };
    const std::size_t lo = index(lowFraction), hi = index(highFraction);
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(lo), values.end());
    const double low = values[lo];
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(hi), values.end());
    return ValueRange{low, double(values[hi])};
}

ImageView::ImageView(QWidget* parent) : QWidget(parent)
{
    m_vtk = new VtkOpenGLWidget(this);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setToolTip(tr("Frame"));
    m_slider->hide();
    m_readout = new QLabel(this);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* bottom = new QHBoxLayout;
    bottom->setContentsMargins(4, 0, 4, 2);
    bottom->addWidget(m_slider, 1);
    bottom->addWidget(m_readout);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_vtk, 1);
    layout->addLayout(bottom);

    connect(m_slider, &QSlider::valueChanged, this, &ImageView::setFrame);
    m_vtk->installEventFilter(this);

    // Pipeline: float image → slice mapper → slice with a grey window/level property.
    m_vtkImage->SetDimensions(1, 1, 1);
    m_vtkImage->AllocateScalars(VTK_FLOAT, 1);
    m_mapper->SetInputData(m_vtkImage);
    m_mapper->SliceAtFocalPointOff();
    m_mapper->SliceFacesCameraOff();
    m_mapper->BorderOn();  // draw edge pixels whole: pixel i covers [i - 0.5, i + 0.5], not centre to centre
    m_property->SetInterpolationTypeToNearest();  // pixels stay pixels when zoomed, as in Fiji
    m_slice->SetMapper(m_mapper);
    m_slice->SetProperty(m_property);
    m_slice->VisibilityOff();
    m_renderer->AddViewProp(m_slice);
    m_renderer->SetBackground(0.12, 0.12, 0.13);
    m_renderer->GetActiveCamera()->ParallelProjectionOn();
    m_vtk->renderWindow()->AddRenderer(m_renderer);

    m_style->SetInteractionModeToImage2D();
    m_style->onUserViewChange = [this] { onUserViewChange(); };
    m_style->onFitRequested = [this] { fitToView(); };
    m_style->onWindowLevelChanged = [this] { syncWindowLevelFromProperty(); };
    m_vtk->interactor()->SetInteractorStyle(m_style);

    applyWindowLevel();
    updateReadout();
}

ImageView::~ImageView()
{
    // The style's callbacks point at this view; the interactor may outlive it by a moment.
    m_style->onUserViewChange = nullptr;
    m_style->onFitRequested = nullptr;
    m_style->onWindowLevelChanged = nullptr;
}

void ImageView::resetData()
{
    m_stack = ImageStack();
    m_source.reset();
    m_image = ImageStack();
    m_frameCount = 0;
    m_frame = -1;
    m_cursor.reset();
    m_lastError.clear();
}

void ImageView::clear()
{
    resetData();
    m_slice->VisibilityOff();
    updateSlider();
    updateReadout();
    m_vtk->requestRender();
}

void ImageView::setStack(ImageStack stack)
{
    resetData();
    m_stack = std::move(stack);
    showFirstFrame(int(m_stack.frames()));
}

void ImageView::setSource(std::shared_ptr<io::StackSource> source)
{
    resetData();
    m_source = std::move(source);
    showFirstFrame(m_source ? int(m_source->shape().frames) : 0);
}

void ImageView::showFirstFrame(int frameCount)
{
    m_frameCount = frameCount;
    m_autoFit = true;
    updateSlider();
    if (m_frameCount > 0 && loadFrame(0)) {
        autoWindowLevel();
        fitToView();
    }
    updateReadout();
}

void ImageView::setFrame(int frame)
{
    if (m_frameCount <= 0) return;
    frame = std::clamp(frame, 0, m_frameCount - 1);
    if (frame == m_frame) return;
    if (!loadFrame(frame)) return;
    if (m_autoPerFrame) autoWindowLevel();
    if (m_slider->value() != frame) {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(frame);
    }
    updateReadout();
    emit frameChanged(frame);
}

bool ImageView::loadFrame(int frame)
{
    try {
        if (m_source) {
            m_image = m_source->read(Range{frame, frame + 1});
        } else {
            m_image = m_stack.frame(frame);
        }
    } catch (const std::exception& e) {
        // xrs::Error's text names the file and the place; anything else is reported as it comes.
        m_lastError = QString::fromStdString(e.what());
        m_readout->setText(tr("cannot show frame %1: %2").arg(frame + 1).arg(m_lastError));
        emit errorOccurred(m_lastError);
        return false;
    }
    m_frame = frame;
    upload();
    return true;
}

void ImageView::upload()
{
    const int rows = int(m_image.rows()), cols = int(m_image.cols());
    int dims[3];
    m_vtkImage->GetDimensions(dims);
    if (dims[0] != cols || dims[1] != rows) {
        m_vtkImage->SetDimensions(cols, rows, 1);
        m_vtkImage->AllocateScalars(VTK_FLOAT, 1);
    }
    // vtkImageData is x-fastest like our rows; the frame may be a strided view, so copy row by row.
    auto* dst = static_cast<float*>(m_vtkImage->GetScalarPointer());
    for (int r = 0; r < rows; ++r) {
        const auto row = m_image.row(0, r);
        std::memcpy(dst + std::size_t(r) * std::size_t(cols), row.data(), row.size_bytes());
    }
    m_vtkImage->GetPointData()->GetScalars()->Modified();
    m_vtkImage->Modified();
    m_slice->SetVisibility(rows > 0 && cols > 0);
    m_vtk->requestRender();
}

void ImageView::autoWindowLevel()
{
    const auto range = percentileRange(m_image, kLowPercentile, kHighPercentile);
    if (!range) return;
    double window = range->max - range->min;
    // A flat image still gets a usable window (it then shows mid-grey).
    if (!(window > 0.0)) window = std::max(1e-6, std::abs(range->min) * 1e-3);
    setWindowLevel(window, 0.5 * (range->min + range->max));
}

void ImageView::setWindowLevel(double window, double level)
{
    m_window = std::max(window, 1e-12);
    m_level = level;
    applyWindowLevel();
    emit windowLevelChanged(m_window, m_level);
}

void ImageView::applyWindowLevel()
{
    m_property->SetColorWindow(m_window);
    m_property->SetColorLevel(m_level);
    m_vtk->requestRender();
}

void ImageView::syncWindowLevelFromProperty()
{
    m_window = m_property->GetColorWindow();
    m_level = m_property->GetColorLevel();
    emit windowLevelChanged(m_window, m_level);
}

void ImageView::fitToView()
{
    m_autoFit = true;
    vtkCamera* camera = m_renderer->GetActiveCamera();
    const double rows = std::max<double>(1.0, double(m_image.rows()));
    const double cols = std::max<double>(1.0, double(m_image.cols()));
    // Pixel centres sit at integer coordinates; the image spans [-0.5, n - 0.5].
    const double cx = 0.5 * (cols - 1.0), cy = 0.5 * (rows - 1.0);
    // Looking along +z with y pointing down the screen keeps x to the right: row 0 at the top, as in Fiji.
    camera->ParallelProjectionOn();
    camera->SetFocalPoint(cx, cy, 0.0);
    camera->SetPosition(cx, cy, -kCameraDistance);
    camera->SetViewUp(0.0, -1.0, 0.0);
    const double aspect = m_vtk->height() > 0 ? double(m_vtk->width()) / double(m_vtk->height()) : 1.0;
    // Parallel scale is half the visible height in world units; the whole image fits in both directions.
    camera->SetParallelScale(0.5 * std::max(rows, cols / std::max(aspect, 1e-6)));
    m_renderer->ResetCameraClippingRange();
    m_vtk->requestRender();
}

QPointF ImageView::imagePosition(const QPointF& widgetPos) const
{
    const double dpr = m_vtk->devicePixelRatioF();
    const double height = m_vtk->height() * dpr;
    m_renderer->SetDisplayPoint(widgetPos.x() * dpr, height - widgetPos.y() * dpr - 1.0, 0.0);
    m_renderer->DisplayToWorld();
    double world[4];
    m_renderer->GetWorldPoint(world);
    if (world[3] != 0.0) return {world[0] / world[3], world[1] / world[3]};
    return {world[0], world[1]};
}

QPointF ImageView::widgetPosition(const QPointF& imagePos) const
{
    const double dpr = m_vtk->devicePixelRatioF();
    const double height = m_vtk->height() * dpr;
    m_renderer->SetWorldPoint(imagePos.x(), imagePos.y(), 0.0, 1.0);
    m_renderer->WorldToDisplay();
    double display[3];
    m_renderer->GetDisplayPoint(display);
    return {display[0] / dpr, (height - display[1] - 1.0) / dpr};
}

QString ImageView::readoutText() const { return m_readout->text(); }

void ImageView::updateSlider()
{
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, std::max(0, m_frameCount - 1));
    m_slider->setValue(std::max(0, m_frame));
    m_slider->setVisible(m_frameCount > 1);
}

void ImageView::updateReadout()
{
    if (m_frameCount <= 0 || m_image.empty()) {
        m_readout->setText(m_lastError.isEmpty() ? tr("no image") : m_lastError);
        return;
    }
    QString text = tr("frame %1/%2").arg(m_frame + 1).arg(m_frameCount);
    if (m_cursor) {
        const auto col = std::int64_t(std::floor(m_cursor->x() + 0.5));
        const auto row = std::int64_t(std::floor(m_cursor->y() + 0.5));
        if (col >= 0 && row >= 0 && col < m_image.cols() && row < m_image.rows()) {
            text += QStringLiteral("   ") +
                    tr("(%1, %2) = %3").arg(col).arg(row).arg(double(m_image.at(0, row, col)), 0, 'g', 6);
        }
    }
    m_readout->setText(text);
}

bool ImageView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_vtk) {
        if (event->type() == QEvent::MouseMove) {
            m_cursor = imagePosition(static_cast<QMouseEvent*>(event)->position());
            updateReadout();
        } else if (event->type() == QEvent::Leave) {
            m_cursor.reset();
            updateReadout();
        } else if (event->type() == QEvent::Resize && m_autoFit && !m_image.empty()) {
            fitToView();  // keep the image fitted until the user pans or zooms
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace xrs::widgets
