// widgets/VolumeView: volume rendering with slice planes, outline and axes, linked with the slice views (see the
// header).
#include "VolumeView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QSignalBlocker>
#include <QSlider>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <vtkActor.h>
#include <vtkAxesActor.h>
#include <vtkCamera.h>
#include <vtkCellPicker.h>
#include <vtkColorTransferFunction.h>
#include <vtkCommand.h>
#include <vtkFixedPointVolumeRayCastMapper.h>
#include <vtkFloatArray.h>
#include <vtkGPUVolumeRayCastMapper.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkImageData.h>
#include <vtkImageProperty.h>
#include <vtkImageSlice.h>
#include <vtkImageSliceMapper.h>
#include <vtkInteractorStyle.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtkLookupTable.h>
#include <vtkOrientationMarkerWidget.h>
#include <vtkOutlineSource.h>
#include <vtkPiecewiseFunction.h>
#include <vtkPointData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkVolume.h>
#include <vtkVolumeProperty.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <span>
#include <utility>

#include "DisplaySettings.h"
#include "VtkOpenGLWidget.h"

namespace xrs::widgets {

namespace {

// Full quality: one sample per voxel along the ray, one ray per pixel. Interactive: at most ~100 samples across the
// volume (at least every second voxel) and at most ~60 000 rays (at least one per 2×2 pixels, at most one per 4×4):
// a bounded cost per frame whatever the volume and pane sizes, which is what keeps rotation responsive in software.
constexpr double kFullSampleVoxels = 1.0;
constexpr double kInteractiveMinSampleVoxels = 2.0;
constexpr double kInteractiveSamplesAcross = 100.0;
constexpr double kInteractiveRays = 60000.0;
constexpr double kInteractiveMinImageSample = 2.0, kInteractiveMaxImageSample = 4.0;
// Opacities are per 1/100 of the volume's largest extent, so a preset looks alike at 64³ and 512³.
constexpr double kOpacityUnitFraction = 0.01;
// Full-quality render this long after the camera stopped (a wheel notch is one short interaction).
constexpr int kStillDelayMs = 150;
// The volume joins the scene this long after setVolume(): the first frame of a large volume pays for the CPU ray
// caster's set-up (its min/max space-leaping blocks, ~2.4 s for 512³ under software Mesa) on the GUI thread, so the
// slice views and the outline are painted first.
constexpr int kFirstVolumeFrameDelayMs = 100;
constexpr std::int64_t kCpuShadeMaxVoxels = std::int64_t(256) * 256 * 256;
constexpr int kOpacitySliderMax = 200;  // percent
constexpr int kLevelSliderMax = 1000;

// True when no value is NaN or infinite: exponent bits all ones marks both. Branch-free within blocks so the compiler
// vectorises it (a 512³ volume is scanned at memory speed).
bool allFinite(std::span<const float> values)
{
    constexpr std::size_t kBlock = 4096;
    for (std::size_t begin = 0; begin < values.size(); begin += kBlock) {
        const std::size_t end = std::min(values.size(), begin + kBlock);
        std::uint32_t bad = 0;
        for (std::size_t i = begin; i < end; ++i) {
            const auto bits = std::bit_cast<std::uint32_t>(values[i]);
            bad |= std::uint32_t((bits & 0x7f800000u) == 0x7f800000u);
        }
        if (bad) return false;
    }
    return true;
}

bool isSoftwareRenderer(const QString& renderer)
{
    const QString r = renderer.toLower();
    return r.contains("llvmpipe") || r.contains("softpipe") || r.contains("swrast") || r.contains("software");
}

// Index axis of each plane's normal in VTK's (x = column, y = row, z = frame) order.
int normalAxis(OrthoSliceView::Plane plane)
{
    switch (plane) {
        case OrthoSliceView::Plane::XY:
            return 2;
        case OrthoSliceView::Plane::XZ:
            return 1;
        case OrthoSliceView::Plane::YZ:
            return 0;
    }
    return 2;
}

}  // namespace

VolumeView::VolumeView(QWidget* parent) : QWidget(parent)
{
    m_ownDisplay = new DisplaySettings(this);
    m_display = m_ownDisplay;
    connect(m_display, &DisplaySettings::changed, this, &VolumeView::applySliceDisplay);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    createToolBar();
    layout->addWidget(m_toolBar);
    m_vtk = new VtkOpenGLWidget(this);
    m_vtk->setToolTip(tr("Drag to rotate, wheel to zoom, Ctrl+click on a slice plane to move the crosshair there"));
    m_vtk->installEventFilter(this);
    connect(m_vtk, &VtkOpenGLWidget::rendered, this, [this] {
        if (!m_firstFramePending) return;
        m_firstFramePending = false;
        scheduleFullQuality();
    });
    layout->addWidget(m_vtk, 1);

    m_renderer->SetBackground(0.08, 0.08, 0.1);
    m_vtk->renderWindow()->AddRenderer(m_renderer);
    vtkNew<vtkInteractorStyleTrackballCamera> style;
    m_vtk->interactor()->SetInteractorStyle(style);
    style->AddObserver(vtkCommand::StartInteractionEvent, this, &VolumeView::onInteraction);
    style->AddObserver(vtkCommand::EndInteractionEvent, this, &VolumeView::onInteraction);
    m_renderer->AddObserver(vtkCommand::StartEvent, this, &VolumeView::onRenderStart);

    // The volume: both mappers read the same image data; the one used is picked at the first render.
    m_volumeProperty->SetColor(m_colorTf);
    m_volumeProperty->SetScalarOpacity(m_opacityTf);
    m_volumeProperty->SetInterpolationTypeToLinear();
    m_volumeProperty->ShadeOff();
    m_volumeActor->SetProperty(m_volumeProperty);
    m_gpuMapper->SetInputData(m_image);
    m_cpuMapper->SetInputData(m_image);
    m_gpuMapper->AutoAdjustSampleDistancesOff();
    m_cpuMapper->AutoAdjustSampleDistancesOff();
    m_volumeActor->SetMapper(m_cpuMapper);
    m_volumeActor->VisibilityOff();
    m_renderer->AddVolume(m_volumeActor);

    // Slice planes: one image property (the slices' colours) for the three.
    m_sliceProperty->SetLookupTable(m_lut);
    m_sliceProperty->UseLookupTableScalarRangeOff();
    m_sliceProperty->SetInterpolationTypeToNearest();
    for (std::size_t i = 0; i < 3; ++i) {
        m_sliceMappers[i]->SetInputData(m_image);
        m_sliceMappers[i]->SetOrientation(normalAxis(OrthoSliceView::Plane(i)));
        m_sliceMappers[i]->SliceAtFocalPointOff();
        m_sliceMappers[i]->SliceFacesCameraOff();
        m_slices[i]->SetMapper(m_sliceMappers[i]);
        m_slices[i]->SetProperty(m_sliceProperty);
        m_slices[i]->VisibilityOff();
        m_renderer->AddViewProp(m_slices[i]);
        m_picker->AddPickList(m_slices[i]);
    }
    m_picker->PickFromListOn();
    m_picker->SetTolerance(1e-4);

    vtkNew<vtkPolyDataMapper> outlineMapper;
    outlineMapper->SetInputConnection(m_outlineSource->GetOutputPort());
    m_outline->SetMapper(outlineMapper);
    m_outline->GetProperty()->SetColor(0.85, 0.85, 0.55);
    m_outline->PickableOff();
    m_outline->VisibilityOff();
    m_renderer->AddActor(m_outline);

    // Orientation axes in the lower-left corner (x = columns, y = rows, z = frames).
    vtkNew<vtkAxesActor> axes;
    axes->SetXAxisLabelText("x");
    axes->SetYAxisLabelText("y");
    axes->SetZAxisLabelText("z");
    m_axes->SetOrientationMarker(axes);
    m_axes->SetInteractor(m_vtk->interactor());
    m_axes->SetDefaultRenderer(m_renderer);
    m_axes->SetViewport(0.0, 0.0, 0.18, 0.18);
    m_axes->SetEnabled(1);
    m_axes->InteractiveOff();

    applySliceDisplay();
    applySampling();
    m_tf = TransferFunction::makePreset(TransferPreset::GreyRamp, {0.0, 1.0});
    applyTransferFunction();
    updateControls();
}

VolumeView::~VolumeView()
{
    m_axes->SetEnabled(0);
    // The style outlives this view only if VTK keeps it; it must not call back into a destroyed object.
    if (auto* style = m_vtk->interactor()->GetInteractorStyle())
        style->RemoveObservers(vtkCommand::StartInteractionEvent);
    if (auto* style = m_vtk->interactor()->GetInteractorStyle())
        style->RemoveObservers(vtkCommand::EndInteractionEvent);
    m_renderer->RemoveObservers(vtkCommand::StartEvent);
    // The render window releases its GL resources (ours among them) while our VTK objects still exist.
    delete m_vtk;
    m_vtk = nullptr;
}

vtkRenderer* VolumeView::renderer() const
{
    return m_renderer.Get();
}

void VolumeView::createToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setIconSize(QSize(16, 16));
    // The pane may be narrower than the controls (a quarter of the Volume tab): what does not fit goes into the tool
    // bar's extension menu instead of widening the pane.
    m_toolBar->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_presetBox = new QComboBox(m_toolBar);
    for (const TransferPreset p : allTransferPresets()) m_presetBox->addItem(transferPresetName(p), int(p));
    m_presetBox->setToolTip(tr("How values become colour and opacity in 3D"));
    m_presetBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_presetBox->setMinimumContentsLength(12);
    connect(m_presetBox, &QComboBox::activated, this,
            [this](int index) { applyPreset(TransferPreset(m_presetBox->itemData(index).toInt())); });
    m_toolBar->addWidget(m_presetBox);

    m_toolBar->addWidget(new QLabel(tr("Opacity"), m_toolBar));
    m_opacitySlider = new QSlider(Qt::Horizontal, m_toolBar);
    m_opacitySlider->setRange(0, kOpacitySliderMax);
    m_opacitySlider->setValue(100);
    m_opacitySlider->setMinimumWidth(60);
    m_opacitySlider->setMaximumWidth(110);
    m_opacitySlider->setToolTip(tr("Scales the opacity of the transfer function"));
    connect(m_opacitySlider, &QSlider::valueChanged, this, [this](int v) { setOpacityScale(v / 100.0); });
    m_toolBar->addWidget(m_opacitySlider);

    m_toolBar->addWidget(new QLabel(tr("Level"), m_toolBar));
    m_levelSlider = new QSlider(Qt::Horizontal, m_toolBar);
    m_levelSlider->setRange(0, kLevelSliderMax);
    m_levelSlider->setMinimumWidth(60);
    m_levelSlider->setMaximumWidth(110);
    m_levelSlider->setToolTip(tr("Threshold, step or peak of the preset within the volume's value range"));
    connect(m_levelSlider, &QSlider::valueChanged, this, [this](int v) { setLevel(double(v) / kLevelSliderMax); });
    m_toolBar->addWidget(m_levelSlider);

    m_planesBox = new QCheckBox(tr("Slices"), m_toolBar);
    m_planesBox->setChecked(true);
    m_planesBox->setToolTip(tr("Show the three slice planes at the crosshair"));
    connect(m_planesBox, &QCheckBox::toggled, this, &VolumeView::setSlicePlanesVisible);
    m_toolBar->addWidget(m_planesBox);

    m_toolBar->addAction(tr("Reset camera"), this, &VolumeView::resetCamera);
    m_rendererLabel = new QLabel(m_toolBar);
    m_rendererLabel->setEnabled(false);  // shown greyed: information, not a control
    m_toolBar->addWidget(m_rendererLabel);
}

void VolumeView::setVolume(ImageStack volume)
{
    // The view keeps a reference to the caller's storage; VTK reads it in place (contiguous frames needed).
    m_volume = volume.contiguous() ? std::move(volume) : volume.clone();
    m_robustRange = TransferFunction::robustRange(m_volume);
    // The ray casters turn values into table indices: NaN or infinity would index outside the tables. Such a volume
    // (NaN outside a reconstruction circle, say) is copied once with those values set to the bottom of the range,
    // i.e. transparent.
    if (!m_volume.empty()) {
        const auto values = std::as_const(m_volume).values();
        if (!allFinite(values)) {
            const float fill = m_robustRange ? float(m_robustRange->min) : 0.0f;
            m_volume = m_volume.clone();
            for (float& v : m_volume.values())
                if (!std::isfinite(v)) v = fill;
        }
    }
    const bool empty = m_volume.empty();
    if (!empty) {
        const Spacing& sp = m_volume.info().spacing;
        const auto positive = [](double s) { return s > 0.0 && std::isfinite(s) ? s : 1.0; };
        m_image->SetDimensions(int(m_volume.cols()), int(m_volume.rows()), int(m_volume.frames()));
        m_image->SetSpacing(positive(sp.x), positive(sp.y), positive(sp.z));
        m_image->SetOrigin(0.0, 0.0, 0.0);
        vtkNew<vtkFloatArray> values;
        values->SetNumberOfComponents(1);
        // save = 1: VTK must not free the stack's memory; m_volume keeps it alive as long as the array is used.
        values->SetArray(m_volume.data(), vtkIdType(m_volume.shape().count()), 1);
        values->SetName("values");
        m_image->GetPointData()->SetScalars(values);
        m_image->Modified();
        double bounds[6];
        m_image->GetBounds(bounds);
        m_outlineSource->SetBounds(bounds);
        const double extent = std::max({bounds[1] - bounds[0], bounds[3] - bounds[2], bounds[5] - bounds[4], 1.0});
        m_volumeProperty->SetScalarOpacityUnitDistance(kOpacityUnitFraction * extent);
    }
    if (empty) m_image->Initialize();     // drop the pointer into the previous volume's storage
    m_volumeActor->SetVisibility(false);  // joins at the deferred first frame below
    m_outline->SetVisibility(!empty);
    m_point = {int(m_volume.cols() / 2), int(m_volume.rows() / 2), int(m_volume.frames() / 2)};
    // The first frame with the volume comes at interactive quality (it also pays for VTK's set-up: scalar range, the
    // ray caster's min/max blocks), the full-quality one right after it: the GUI is not held for two full renders in
    // a row. It comes after the slice views had their turn to paint.
    m_interactive = !empty;
    m_firstFramePending = false;
    m_volumeDeferred = !empty;
    const std::uint64_t serial = ++m_volumeSerial;
    if (!empty)
        QTimer::singleShot(kFirstVolumeFrameDelayMs, this, [this, serial] {
            if (serial != m_volumeSerial || !m_volumeDeferred) return;
            m_volumeDeferred = false;
            m_volumeActor->SetVisibility(true);
            m_firstFramePending = true;
            m_interactive = true;
            applySampling();
            m_vtk->requestRender();
        });
    applySampling();
    updatePlanes();
    remakePreset();
    resetCamera();
}

void VolumeView::setSliceDisplay(DisplaySettings* shared)
{
    DisplaySettings* next = shared ? shared : m_ownDisplay;
    if (next == m_display) return;
    disconnect(m_display, &DisplaySettings::changed, this, &VolumeView::applySliceDisplay);
    m_display = next;
    connect(m_display, &DisplaySettings::changed, this, &VolumeView::applySliceDisplay);
    applySliceDisplay();
}

void VolumeView::applySliceDisplay()
{
    if (m_lutColormap != int(m_display->colormap())) {
        fillLookupTable(m_lut, m_display->colormap());
        m_lutColormap = int(m_display->colormap());
    }
    m_sliceProperty->SetColorWindow(m_display->window());
    m_sliceProperty->SetColorLevel(m_display->level());
    // The window/level preset follows the slices.
    if (m_tf.preset() == TransferPreset::WindowLevel) {
        remakePreset();
        return;
    }
    m_vtk->requestRender();
}

void VolumeView::setPoint(const VolumePoint& point)
{
    if (m_volume.empty()) return;
    const VolumePoint p = point.clampedTo(m_volume);
    if (p == m_point) return;
    m_point = p;
    updatePlanes();
}

void VolumeView::updatePlanes()
{
    const bool show = m_planesVisible && !m_volume.empty();
    const int index[3] = {m_point.z, m_point.y, m_point.x};  // XY cuts at z, XZ at y, YZ at x
    for (std::size_t i = 0; i < 3; ++i) {
        if (show) m_sliceMappers[i]->SetSliceNumber(index[i]);
        m_slices[i]->SetVisibility(show);
    }
    m_vtk->requestRender();
}

std::array<double, 3> VolumeView::planeOrigin(OrthoSliceView::Plane plane) const
{
    vtkImageSliceMapper* mapper = m_sliceMappers[std::size_t(plane)];
    mapper->UpdateInformation();
    double eq[4];  // n·p + d = 0 with a unit normal n
    mapper->GetSlicePlaneInDataCoords(nullptr, eq);
    return {-eq[3] * eq[0], -eq[3] * eq[1], -eq[3] * eq[2]};
}

std::array<double, 6> VolumeView::planeBounds(OrthoSliceView::Plane plane) const
{
    std::array<double, 6> b{};
    m_slices[std::size_t(plane)]->GetBounds(b.data());
    return b;
}

void VolumeView::setSlicePlanesVisible(bool on)
{
    m_planesVisible = on;
    const QSignalBlocker block(m_planesBox);
    m_planesBox->setChecked(on);
    updatePlanes();
}

bool VolumeView::slicePlanesVisible() const
{
    return m_planesVisible;
}

void VolumeView::setTransferFunction(const TransferFunction& tf)
{
    m_tf = tf;
    applyTransferFunction();
    updateControls();
    emit transferFunctionChanged();
}

void VolumeView::applyPreset(TransferPreset preset)
{
    // Each preset starts at its own level; the opacity scale is the user's and stays.
    const double scale = m_tf.opacityScale();
    m_tf = TransferFunction::makePreset(preset, m_tf.range(), TransferFunction::defaultLevel(preset));
    m_tf.setOpacityScale(scale);
    remakePreset();
}

void VolumeView::setLevel(double level)
{
    if (std::abs(level - m_tf.level()) < 1e-12) return;
    const double scale = m_tf.opacityScale();
    m_tf = TransferFunction::makePreset(m_tf.preset(), m_tf.range(), level);
    m_tf.setOpacityScale(scale);
    remakePreset();
}

void VolumeView::setOpacityScale(double scale)
{
    if (std::abs(scale - m_tf.opacityScale()) < 1e-12) return;
    m_tf.setOpacityScale(scale);
    applyTransferFunction();
    updateControls();
    emit transferFunctionChanged();
}

void VolumeView::remakePreset()
{
    // Range: the slices' window for the window/level preset, else the volume's robust range.
    const bool windowLevel = m_tf.preset() == TransferPreset::WindowLevel;
    const ValueRange range = windowLevel                 ? ValueRange{m_display->low(), m_display->high()}
                             : m_robustRange.has_value() ? *m_robustRange
                                                         : m_tf.range();
    const double scale = m_tf.opacityScale();
    m_tf = TransferFunction::makePreset(m_tf.preset(), range, m_tf.level(), m_display->colormap());
    m_tf.setOpacityScale(scale);
    applyTransferFunction();
    updateControls();
    emit transferFunctionChanged();
}

void VolumeView::applyTransferFunction()
{
    m_colorTf->RemoveAllPoints();
    for (const ColorPoint& p : m_tf.colorPoints()) m_colorTf->AddRGBPoint(p.value, p.r, p.g, p.b);
    m_opacityTf->RemoveAllPoints();
    for (const OpacityPoint& p : m_tf.opacityPoints())
        m_opacityTf->AddPoint(p.value, std::clamp(p.opacity * m_tf.opacityScale(), 0.0, 1.0));
    const int blend = m_tf.blendMode() == BlendMode::MaximumIntensity ? vtkVolumeMapper::MAXIMUM_INTENSITY_BLEND
                                                                      : vtkVolumeMapper::COMPOSITE_BLEND;
    m_gpuMapper->SetBlendMode(blend);
    m_cpuMapper->SetBlendMode(blend);
    // Shading shows the isosurface's shape. The GPU ray caster shades without storing gradients; the CPU one keeps 3
    // bytes/voxel of them, accepted up to 256³ (48 MiB).
    const bool shadeable = usesGpu() || m_volume.shape().count() <= kCpuShadeMaxVoxels;
    m_volumeProperty->SetShade(m_tf.preset() == TransferPreset::Isosurface && shadeable ? 1 : 0);
    m_vtk->requestRender();
}

void VolumeView::updateControls()
{
    const QSignalBlocker b1(m_presetBox), b2(m_levelSlider), b3(m_opacitySlider);
    m_presetBox->setCurrentIndex(m_presetBox->findData(int(m_tf.preset())));
    m_levelSlider->setValue(int(std::lround(m_tf.level() * kLevelSliderMax)));
    const TransferPreset p = m_tf.preset();
    m_levelSlider->setEnabled(p == TransferPreset::Bone || p == TransferPreset::SoftTissue ||
                              p == TransferPreset::Isosurface);
    m_opacitySlider->setValue(int(std::lround(m_tf.opacityScale() * 100.0)));
    m_rendererLabel->setText(rendererName());
}

void VolumeView::setRenderMode(RenderMode mode)
{
    m_mode = mode;
    m_useGpu.reset();
    if (mode != RenderMode::Auto) m_useGpu = mode == RenderMode::Gpu;
    chooseMapper();
    m_vtk->requestRender();
}

QString VolumeView::rendererName() const
{
    if (!m_useGpu) return {};
    return *m_useGpu ? tr("GPU ray casting") : tr("CPU ray casting");
}

void VolumeView::chooseMapper()
{
    if (m_useGpu.has_value()) {
        if (*m_useGpu)
            m_volumeActor->SetMapper(m_gpuMapper);
        else
            m_volumeActor->SetMapper(m_cpuMapper);
    }
    applySampling();
    applyTransferFunction();  // shading depends on the mapper
    updateControls();
}

void VolumeView::onRenderStart(vtkObject*, unsigned long, void*)
{
    if (m_useGpu.has_value()) return;
    // VTK renders with the widget's context current: ask the driver whether it rasterises in software.
    QOpenGLContext* context = QOpenGLContext::currentContext();
    const auto* name =
        context ? reinterpret_cast<const char*>(context->functions()->glGetString(GL_RENDERER)) : nullptr;
    m_useGpu = !isSoftwareRenderer(QString::fromLatin1(name ? name : ""));
    chooseMapper();
}

void VolumeView::applySampling()
{
    double spacing[3] = {1.0, 1.0, 1.0};
    if (!m_volume.empty()) m_image->GetSpacing(spacing);
    const double voxel = std::min({spacing[0], spacing[1], spacing[2]});
    double sample = voxel * kFullSampleVoxels;
    double image = 1.0;
    if (m_interactive) {
        const double voxels = double(std::max({m_volume.cols(), m_volume.rows(), m_volume.frames(), std::int64_t(1)}));
        sample = voxel * std::max(kInteractiveMinSampleVoxels, voxels / kInteractiveSamplesAcross);
        const int* size = m_vtk->renderWindow()->GetSize();
        const double pixels = double(std::max(1, size[0])) * double(std::max(1, size[1]));
        image =
            std::clamp(std::sqrt(pixels / kInteractiveRays), kInteractiveMinImageSample, kInteractiveMaxImageSample);
    }
    m_gpuMapper->SetSampleDistance(float(sample));
    m_gpuMapper->SetImageSampleDistance(float(image));
    m_cpuMapper->SetSampleDistance(float(sample));
    m_cpuMapper->SetImageSampleDistance(float(image));
}

void VolumeView::setInteractive(bool on)
{
    if (on == m_interactive) return;
    m_interactive = on;
    applySampling();
    m_vtk->requestRender();
}

void VolumeView::onInteraction(vtkObject*, unsigned long eventId, void*)
{
    if (eventId == vtkCommand::StartInteractionEvent) {
        if (m_interactive) return;
        m_interactive = true;
        applySampling();  // the interactor renders next
        return;
    }
    scheduleFullQuality();
}

void VolumeView::scheduleFullQuality()
{
    // Back to full quality once the camera has been still for a moment.
    QTimer::singleShot(kStillDelayMs, this, [this] {
        auto* style = static_cast<vtkInteractorStyle*>(m_vtk->interactor()->GetInteractorStyle());
        if (style && style->GetState() != VTKIS_NONE) return;  // moving again: its end schedules another
        setInteractive(false);
    });
}

void VolumeView::resetCamera()
{
    vtkCamera* camera = m_renderer->GetActiveCamera();
    double bounds[6] = {0, 1, 0, 1, 0, 1};
    if (!m_volume.empty()) m_image->GetBounds(bounds);
    const double c[3] = {0.5 * (bounds[0] + bounds[1]), 0.5 * (bounds[2] + bounds[3]), 0.5 * (bounds[4] + bounds[5])};
    // As the axial view (x right, rows down, looking along +z), then turned to show the three faces.
    camera->SetFocalPoint(c);
    camera->SetPosition(c[0], c[1], c[2] - 1.0);
    camera->SetViewUp(0.0, -1.0, 0.0);
    camera->Azimuth(-35.0);
    camera->Elevation(25.0);
    camera->OrthogonalizeViewUp();
    m_renderer->ResetCamera(bounds);
    camera->Zoom(1.1);  // ResetCamera leaves room for a sphere around the box; the box itself fits
    m_renderer->ResetCameraClippingRange(bounds);
    m_vtk->requestRender();
}

std::optional<VolumePoint> VolumeView::pickAt(QPointF widgetPos) const
{
    if (m_volume.empty() || !m_planesVisible) return std::nullopt;
    const double dpr = m_vtk->devicePixelRatioF();
    const int* size = m_vtk->renderWindow()->GetSize();
    const double x = widgetPos.x() * dpr;
    const double y = double(size[1]) - widgetPos.y() * dpr - 1.0;
    if (!m_picker->Pick(x, y, 0.0, m_renderer)) return std::nullopt;
    double world[3];
    m_picker->GetPickPosition(world);
    double spacing[3];
    m_image->GetSpacing(spacing);
    const auto index = [&](int axis, std::int64_t n) {
        return std::clamp(int(std::lround(world[axis] / spacing[axis])), 0, int(n) - 1);
    };
    return VolumePoint{index(0, m_volume.cols()), index(1, m_volume.rows()), index(2, m_volume.frames())};
}

bool VolumeView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_vtk && event->type() == QEvent::MouseButtonPress) {
        auto* e = static_cast<QMouseEvent*>(event);
        if (e->button() == Qt::LeftButton && e->modifiers().testFlag(Qt::ControlModifier)) {
            // Ctrl+click picks instead of VTK's Ctrl+drag spin.
            if (const auto p = pickAt(e->position())) {
                setPoint(*p);
                emit pointPicked(m_point);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace xrs::widgets
