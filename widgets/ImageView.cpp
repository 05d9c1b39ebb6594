// widgets/ImageView: 2D frame viewer on VTK (see the header).
#include "ImageView.h"

#include <QActionGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QSlider>
#include <QToolBar>
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
#include <vtkLookupTable.h>
#include <vtkObjectFactory.h>
#include <vtkPointData.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <vector>

#include "DisplaySettings.h"
#include "HistogramWidget.h"
#include "ProfilePlot.h"
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

    std::function<void()> onUserViewChange;       // pan or zoom by the user, before it happens
    std::function<void()> onViewMoved;            // after each pan or zoom step
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

    void Pan() override
    {
        vtkInteractorStyleImage::Pan();
        if (onViewMoved) onViewMoved();
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
        if (onViewMoved) onViewMoved();
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
constexpr double kLowPercentile = 0.0035;
constexpr double kHighPercentile = 0.9965;
constexpr double kCameraDistance = 1000.0;
constexpr double kScaleBarTarget = 110.0;  // screen pixels

// Paints the view's overlay (scale bar, measured shapes) on top of the GL content; lets the mouse through.
class Overlay : public QWidget {
public:
    Overlay(std::function<void(QPainter&)> paint, QWidget* parent) : QWidget(parent), m_paint(std::move(paint))
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setAttribute(Qt::WA_TranslucentBackground);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        if (m_paint) m_paint(p);
    }

private:
    std::function<void(QPainter&)> m_paint;
};

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
    // numpy's default ("linear"): position f·(n−1), interpolated between the two order statistics around it.
    const auto at = [&](double fraction) {
        const double pos = std::clamp(fraction, 0.0, 1.0) * double(values.size() - 1);
        const auto i = std::size_t(std::floor(pos));
        std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(i), values.end());
        const double a = values[i];
        const double t = pos - double(i);
        if (t <= 0.0 || i + 1 >= values.size()) return a;
        // After nth_element everything past i is >= values[i]: the next order statistic is their minimum.
        const double b = *std::min_element(values.begin() + std::ptrdiff_t(i) + 1, values.end());
        return a + (b - a) * t;
    };
    const double low = at(lowFraction);
    return ValueRange{low, at(highFraction)};
}

ImageView::ImageView(QWidget* parent) : QWidget(parent)
{
    m_vtk = new VtkOpenGLWidget(this);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setToolTip(tr("Frame"));
    m_slider->hide();
    m_readout = new QLabel(this);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readout->setMinimumHeight(m_readout->fontMetrics().height());
    m_measure = new QLabel(this);
    m_measure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_measure->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // long texts must not widen the view
    m_overlay = new Overlay([this](QPainter& p) { paintOverlay(p); }, m_vtk);
    m_ownDisplay = new DisplaySettings(this);
    m_display = m_ownDisplay;
    m_histogram = new HistogramWidget(this);
    m_histogram->setDisplaySettings(m_display);
    m_histogram->hide();
    m_profilePlot = new ProfilePlot(this);
    m_profilePlot->setMinimumHeight(150);  // below that the chart elides its axis labels
    m_profilePlot->setMaximumHeight(200);
    m_profilePlot->hide();
    createToolBar();

    auto* bottom = new QHBoxLayout;
    bottom->setContentsMargins(4, 0, 4, 2);
    bottom->addWidget(m_slider, 1);
    bottom->addWidget(m_measure, 1);  // in the readout's row: measuring must not change the view's height
    bottom->addSpacing(12);
    bottom->addWidget(m_readout);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_vtk, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_profilePlot);
    layout->addWidget(m_histogram);

    connect(m_slider, &QSlider::valueChanged, this, &ImageView::setFrame);
    connect(m_display, &DisplaySettings::changed, this, &ImageView::applyDisplay);
    // The overlay repaints with camera and measurement changes only: repainting it after every render would compose
    // the window a second time per frame.
    m_vtk->installEventFilter(this);

    // Pipeline: float image → slice mapper → slice with a grey window/level property.
    m_vtkImage->SetDimensions(1, 1, 1);
    m_vtkImage->AllocateScalars(VTK_FLOAT, 1);
    m_mapper->SetInputData(m_vtkImage);
    m_mapper->SliceAtFocalPointOff();
    m_mapper->SliceFacesCameraOff();
    m_mapper->BorderOn();  // draw edge pixels whole: pixel i covers [i - 0.5, i + 0.5], not centre to centre
    m_property->SetInterpolationTypeToNearest();  // pixels stay pixels when zoomed, as in Fiji
    m_property->SetLookupTable(m_lut);
    m_property->UseLookupTableScalarRangeOff();  // the window/level set the range the table spans
    m_slice->SetMapper(m_mapper);
    m_slice->SetProperty(m_property);
    m_slice->VisibilityOff();
    m_renderer->AddViewProp(m_slice);
    m_renderer->SetBackground(0.12, 0.12, 0.13);
    m_renderer->GetActiveCamera()->ParallelProjectionOn();
    m_vtk->renderWindow()->AddRenderer(m_renderer);

    m_style->SetInteractionModeToImage2D();
    m_style->onUserViewChange = [this] { onUserViewChange(); };
    m_style->onViewMoved = [this] {
        m_overlay->update();
        emit viewChanged();
    };
    m_style->onFitRequested = [this] { fitToView(); };
    m_style->onWindowLevelChanged = [this] { syncWindowLevelFromProperty(); };
    m_vtk->interactor()->SetInteractorStyle(m_style);

    applyDisplay();
    updateReadout();
}

ImageView::~ImageView()
{
    // The style's callbacks point at this view; the interactor may outlive it by a moment.
    m_style->onUserViewChange = nullptr;
    m_style->onViewMoved = nullptr;
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
    updateMeasurements();
    updateReadout();
    m_vtk->requestRender();
}

void ImageView::setFrameImage(ImageStack image)
{
    const bool refit = m_image.empty() || image.rows() != m_image.rows() || image.cols() != m_image.cols();
    m_source.reset();
    m_lastError.clear();
    m_stack = image.frames() > 1 ? image.frame(0) : std::move(image);
    m_image = m_stack;
    m_frameCount = m_image.empty() ? 0 : 1;
    m_frame = m_frameCount - 1;
    updateSlider();
    upload();
    if (refit) fitToView();
    if (!m_histogram->isHidden()) m_histogram->setImage(m_image);
    updateMeasurements();
    updateReadout();
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
    updateMeasurements();
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
    updateMeasurements();
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
        m_readout->setText(tr("cannot show frame %1: %2").arg(frame).arg(m_lastError));
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
    if (!m_histogram->isHidden()) m_histogram->setImage(m_image);
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

double ImageView::window() const { return m_display->window(); }
double ImageView::level() const { return m_display->level(); }

void ImageView::setWindowLevel(double window, double level) { m_display->setWindowLevel(window, level); }

void ImageView::setDisplaySettings(DisplaySettings* shared)
{
    DisplaySettings* next = shared ? shared : m_ownDisplay;
    if (next == m_display) return;
    disconnect(m_display, &DisplaySettings::changed, this, &ImageView::applyDisplay);
    m_display = next;
    connect(m_display, &DisplaySettings::changed, this, &ImageView::applyDisplay);
    m_histogram->setDisplaySettings(m_display);
    applyDisplay();
}

void ImageView::applyDisplay()
{
    if (m_lutColormap != int(m_display->colormap())) {
        fillLookupTable(m_lut, m_display->colormap());
        m_lutColormap = int(m_display->colormap());
        const QSignalBlocker block(m_colormapBox);
        m_colormapBox->setCurrentIndex(allColormaps().indexOf(m_display->colormap()));
    }
    m_property->SetColorWindow(m_display->window());
    m_property->SetColorLevel(m_display->level());
    m_vtk->requestRender();
    emit windowLevelChanged(m_display->window(), m_display->level());
}

void ImageView::syncWindowLevelFromProperty()
{
    m_display->setWindowLevel(m_property->GetColorWindow(), m_property->GetColorLevel());
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
    m_overlay->update();
    if (!m_quietFit) emit viewChanged();
}

void ImageView::zoomOneToOne()
{
    ViewState state = viewState();
    state.zoom = 1.0;
    setViewState(state);
    emit viewChanged();
}

ViewState ImageView::viewState() const
{
    vtkCamera* camera = m_renderer->GetActiveCamera();
    double focal[3];
    camera->GetFocalPoint(focal);
    const double halfHeight = 0.5 * std::max(1, m_vtk->height());
    return {focal[0], focal[1], halfHeight / std::max(1e-12, camera->GetParallelScale())};
}

void ImageView::setViewState(const ViewState& state)
{
    if (!(state.zoom > 0.0)) return;
    m_autoFit = false;
    vtkCamera* camera = m_renderer->GetActiveCamera();
    camera->ParallelProjectionOn();
    camera->SetFocalPoint(state.centerX, state.centerY, 0.0);
    camera->SetPosition(state.centerX, state.centerY, -kCameraDistance);
    camera->SetViewUp(0.0, -1.0, 0.0);
    camera->SetParallelScale(0.5 * std::max(1, m_vtk->height()) / state.zoom);
    m_renderer->ResetCameraClippingRange();
    m_vtk->requestRender();
    m_overlay->update();
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
    // A single frame needs no frame number (the comparison layout numbers its frames itself).
    QString text = m_frameCount > 1 ? tr("frame %1 (0\u2013%2)").arg(m_frame).arg(m_frameCount - 1) : QString();
    if (m_cursor) {
        const auto col = std::int64_t(std::floor(m_cursor->x() + 0.5));
        const auto row = std::int64_t(std::floor(m_cursor->y() + 0.5));
        if (col >= 0 && row >= 0 && col < m_image.cols() && row < m_image.rows()) {
            if (!text.isEmpty()) text += QStringLiteral("   ");
            text += tr("(%1, %2) = %3").arg(col).arg(row).arg(double(m_image.at(0, row, col)), 0, 'g', 6);
        }
    }
    m_readout->setText(text);
}

bool ImageView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_vtk) {
        if (event->type() == QEvent::Resize) m_overlay->setGeometry(m_vtk->rect());
        if (event->type() == QEvent::MouseButtonDblClick && !m_image.empty()) {
            auto* mouse = static_cast<QMouseEvent*>(event);
            if (mouse->button() == Qt::LeftButton) {
                emit pointPicked(imagePosition(mouse->position()));
                return true;  // not a pan start for VTK
            }
        }
        if (handleToolMouse(event)) return true;
        if (event->type() == QEvent::MouseMove) {
            m_cursor = imagePosition(static_cast<QMouseEvent*>(event)->position());
            updateReadout();
        } else if (event->type() == QEvent::Leave) {
            m_cursor.reset();
            updateReadout();
        } else if (event->type() == QEvent::Resize && m_autoFit && !m_image.empty()) {
            // Keep the image fitted until the user pans or zooms; linked views refit on their own resize.
            m_quietFit = true;
            fitToView();
            m_quietFit = false;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ImageView::createToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    m_tools = new QActionGroup(this);
    const auto addTool = [this](const QString& text, const QString& tip, ImageTool tool) {
        QAction* action = m_toolBar->addAction(text);
        action->setCheckable(true);
        action->setToolTip(tip);
        action->setData(int(tool));
        m_tools->addAction(action);
        connect(action, &QAction::triggered, this, [this, tool] { setTool(tool); });
        return action;
    };
    addTool(tr("Pan"), tr("Drag to pan, wheel to zoom, right drag for window/level"), ImageTool::Pan)->setChecked(true);
    addTool(tr("Profile"), tr("Drag a line to plot the values along it"), ImageTool::Profile);
    addTool(tr("Rectangle"), tr("Drag a rectangle to get the statistics of its pixels"), ImageTool::Rectangle);
    m_toolBar->addAction(tr("Clear"), this, &ImageView::clearMeasurements)
        ->setToolTip(tr("Remove the measured line and rectangle"));
    m_toolBar->addSeparator();
    m_toolBar->addAction(tr("Fit"), this, &ImageView::fitToView)->setToolTip(tr("Fit the image into the view (R)"));
    m_toolBar->addAction(tr("1:1"), this, &ImageView::zoomOneToOne)->setToolTip(tr("One image pixel per screen pixel"));
    m_toolBar->addSeparator();
    m_colormapBox = new QComboBox(m_toolBar);
    for (const Colormap map : allColormaps()) m_colormapBox->addItem(colormapName(map));
    m_colormapBox->setToolTip(tr("Colour map"));
    connect(m_colormapBox, &QComboBox::activated, this,
            [this](int index) { m_display->setColormap(allColormaps().value(index, Colormap::Grey)); });
    m_toolBar->addWidget(m_colormapBox);
    QAction* histogram = m_toolBar->addAction(tr("Histogram"));
    histogram->setCheckable(true);
    histogram->setToolTip(tr("Show the histogram with the display range"));
    connect(histogram, &QAction::toggled, this, &ImageView::setHistogramVisible);
}

void ImageView::setToolBarVisible(bool on) { m_toolBar->setVisible(on); }

void ImageView::setHistogramVisible(bool on)
{
    if (on) m_histogram->setImage(m_image);
    m_histogram->setVisible(on);
}

void ImageView::setTool(ImageTool tool)
{
    m_tool = tool;
    m_dragStart.reset();
    for (QAction* action : m_tools->actions())
        if (action->data().toInt() == int(tool)) action->setChecked(true);
    m_vtk->setCursor(tool == ImageTool::Pan ? Qt::ArrowCursor : Qt::CrossCursor);
}

void ImageView::setProfileLine(QPointF start, QPointF end)
{
    m_profileLine = QLineF(start, end);
    updateMeasurements();
}

void ImageView::setRoi(const QRect& pixels)
{
    m_roi = pixels.normalized();
    updateMeasurements();
}

void ImageView::setCrosshair(std::optional<QPointF> imagePos)
{
    if (imagePos == m_crosshair) return;
    m_crosshair = imagePos;
    m_overlay->update();
}

void ImageView::clearMeasurements()
{
    m_profileLine.reset();
    m_roi.reset();
    updateMeasurements();
}

void ImageView::updateMeasurements()
{
    m_profile.clear();
    m_roiStats.reset();
    if (m_profileLine && !m_image.empty()) m_profile = lineProfile(m_image, m_profileLine->p1(), m_profileLine->p2());
    if (m_roi && !m_image.empty()) m_roiStats = roiStatistics(m_image, *m_roi);
    // The plot appears when the drag ends: showing it shrinks the view, which must not move under the mouse.
    if (!m_dragStart) m_profilePlot->setVisible(m_profileLine.has_value());
    if (m_profileLine) m_profilePlot->setProfile(m_profile, QString());
    const QString text = measurementText();
    if (m_measure->text() != text) {
        m_measure->setText(text);
        m_measure->setToolTip(text);  // the whole text when the row is too narrow
    }
    // Repaint the overlay only when it draws shapes (or just stopped): not on every frame of a playback.
    const bool shapes = m_profileLine || m_roi;
    if (shapes || m_overlayHadShapes) m_overlay->update();
    m_overlayHadShapes = shapes;
    emit measurementChanged();
}

QString ImageView::measurementText() const
{
    QStringList parts;
    if (m_profileLine)
        parts << tr("profile: %1 px, %2 samples").arg(m_profileLine->length(), 0, 'f', 1).arg(m_profile.size());
    if (m_roi) {
        const QString size = tr("rectangle %1\u00d7%2 at (%3, %4)")
                                 .arg(m_roi->width())
                                 .arg(m_roi->height())
                                 .arg(m_roi->left())
                                 .arg(m_roi->top());
        if (m_roiStats)
            parts << size + QStringLiteral(": ") +
                         tr("mean %1, std %2, min %3, max %4, %5 pixels")
                             .arg(m_roiStats->mean, 0, 'g', 6)
                             .arg(m_roiStats->stddev, 0, 'g', 6)
                             .arg(m_roiStats->min, 0, 'g', 6)
                             .arg(m_roiStats->max, 0, 'g', 6)
                             .arg(m_roiStats->pixels);
        else
            parts << size + QStringLiteral(": ") + tr("no pixels");
    }
    return parts.join(QStringLiteral("   "));
}

ScaleBar ImageView::scaleBar() const
{
    if (m_image.empty()) return {};
    const Spacing& spacing = m_image.info().spacing;
    const double unitsPerPixel = spacing.known() && spacing.x > 0.0 ? spacing.x : 1.0;
    return chooseScaleBar(unitsPerPixel, spacing.known() ? QString::fromStdString(spacing.unit) : QString(),
                          viewState().zoom, kScaleBarTarget);
}

void ImageView::paintOverlay(QPainter& p)
{
    if (m_image.empty()) return;
    // Scale bar, bottom left: white with a dark outline so that it reads on any colour map.
    const ScaleBar bar = scaleBar();
    if (bar.screenPixels > 4.0 && bar.screenPixels < m_overlay->width() - 24) {
        const QRectF barRect(12.0, m_overlay->height() - 18.0, bar.screenPixels, 5.0);
        p.setPen(QPen(QColor(0, 0, 0, 200), 1.0));
        p.setBrush(Qt::white);
        p.drawRect(barRect);
        QFont font = p.font();
        font.setBold(true);
        p.setFont(font);
        const QRectF textRect(barRect.left(), barRect.top() - 20.0, std::max(80.0, barRect.width()), 18.0);
        p.setPen(QColor(0, 0, 0, 220));
        p.drawText(textRect.translated(1, 1), Qt::AlignLeft | Qt::AlignBottom, bar.label);
        p.setPen(Qt::white);
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignBottom, bar.label);
    }
    if (m_crosshair) {
        const QPointF c = widgetPosition(*m_crosshair);
        p.setPen(QPen(QColor(80, 255, 80, 200), 1.0));
        p.drawLine(QPointF(0, c.y()), QPointF(m_overlay->width(), c.y()));
        p.drawLine(QPointF(c.x(), 0), QPointF(c.x(), m_overlay->height()));
    }
    if (m_profileLine) {
        const QPointF a = widgetPosition(m_profileLine->p1()), b = widgetPosition(m_profileLine->p2());
        p.setPen(QPen(QColor(255, 220, 0), 2.0));
        p.drawLine(a, b);
        p.setBrush(QColor(255, 220, 0));
        p.drawEllipse(a, 3.0, 3.0);
    }
    if (m_roi) {
        const QPointF topLeft = widgetPosition(QPointF(m_roi->left() - 0.5, m_roi->top() - 0.5));
        const QPointF bottomRight = widgetPosition(QPointF(m_roi->right() + 0.5, m_roi->bottom() + 0.5));
        p.setPen(QPen(QColor(0, 230, 255), 2.0));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(topLeft, bottomRight).normalized());
    }
}

bool ImageView::handleToolMouse(QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseMove && type != QEvent::MouseButtonRelease) return false;
    if (m_tool == ImageTool::Pan || m_image.empty()) return false;
    auto* mouse = static_cast<QMouseEvent*>(event);
    const QPointF pos = imagePosition(mouse->position());
    const auto apply = [this](QPointF a, QPointF b) {
        if (m_tool == ImageTool::Profile)
            setProfileLine(a, b);
        else
            setRoi(pixelRect(a, b));
    };
    if (type == QEvent::MouseButtonPress) {
        if (mouse->button() != Qt::LeftButton) return false;  // right drag keeps window/level
        m_dragStart = pos;
        apply(pos, pos);
        return true;
    }
    if (!m_dragStart) return false;  // plain moves update the readout as usual
    m_cursor = pos;
    updateReadout();
    apply(*m_dragStart, pos);
    if (type == QEvent::MouseButtonRelease && mouse->button() == Qt::LeftButton) {
        m_dragStart.reset();
        updateMeasurements();
    }
    return true;
}

}  // namespace xrs::widgets
