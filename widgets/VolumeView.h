#pragma once
// widgets/VolumeView: the 3D view of a CT volume — volume rendering (compositing or maximum intensity projection
// through a TransferFunction), the three orthogonal slices as textured planes at the crosshair point (coloured with
// the slice views' window/level and colour map), an outline box, orientation axes, and a tool bar (preset, opacity,
// level, slice planes on/off, reset camera). Linked with OrthoSliceView: setPoint() moves the planes, Ctrl+click on a
// plane picks a voxel (pointPicked()).
//
// Rendering: GPU ray casting on a hardware OpenGL driver; under software OpenGL (Mesa llvmpipe/softpipe) the CPU
// fixed-point ray caster, which is faster there and keeps no copy of the volume. While the camera moves the rays
// sample more coarsely (interactive quality); when it stops the view renders once more at full quality. The first
// frame of a new volume is an interactive one too, so the GUI shows it as soon as VTK has set up.
//
// Memory: VTK reads the volume's floats in place (a vtkFloatArray over the ImageStack's shared storage: no copy of a
// 512³ float volume). What VTK adds: CPU ray casting a min/max table of 6 bytes per 4×4×4 block (< 0.1 byte/voxel)
// plus the image; GPU ray casting one 3D texture of the volume in GPU memory (4 bytes/voxel) — which is why the CPU
// path is taken when "GPU" memory is system memory (software OpenGL). The slice planes are textures of one slice
// each. A volume holding NaN or infinite values is the exception: it is copied once with those set to the lowest
// value (the ray casters index tables with the values). Shading (isosurface preset): GPU ray casting computes the
// gradients in the shader; the CPU ray caster stores 3 bytes/voxel of them, so it shades only volumes up to 256³.
#include <QWidget>

#include <array>
#include <optional>

#include <vtkNew.h>

#include "OrthoSliceView.h"
#include "TransferFunction.h"
#include "core/ImageStack.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QToolBar;
class vtkActor;
class vtkCellPicker;
class vtkColorTransferFunction;
class vtkFixedPointVolumeRayCastMapper;
class vtkGPUVolumeRayCastMapper;
class vtkImageData;
class vtkImageProperty;
class vtkImageSlice;
class vtkImageSliceMapper;
class vtkLookupTable;
class vtkObject;
class vtkOrientationMarkerWidget;
class vtkOutlineSource;
class vtkPiecewiseFunction;
class vtkRenderer;
class vtkVolume;
class vtkVolumeProperty;

namespace xrs::widgets {

class DisplaySettings;
class VtkOpenGLWidget;

class VolumeView : public QWidget {
    Q_OBJECT
public:
    // Auto: GPU ray casting unless the OpenGL driver renders in software (decided at the first render).
    enum class RenderMode { Auto, Gpu, Cpu };

    explicit VolumeView(QWidget* parent = nullptr);
    ~VolumeView() override;

    // Shows the volume (storage shared with the caller's stack; a non-contiguous view or one with non-finite values is
    // copied once) with the
    // current preset remade for its robust range, the planes through its centre and the camera reset.
    void setVolume(ImageStack volume);
    const ImageStack& volume() const { return m_volume; }

    // Colours of the slice planes (and of the window/level preset): its own settings unless a shared one is set.
    void setSliceDisplay(DisplaySettings* shared);
    DisplaySettings* sliceDisplay() const { return m_display; }

    VolumePoint point() const { return m_point; }
    // Where VTK draws a slice plane: a point on it (world units) from the mapper's plane equation, e.g. (0, 0, z·dz)
    // for XY; and the actor's bounds (VTK reports the whole volume's extent along the plane's normal).
    std::array<double, 3> planeOrigin(OrthoSliceView::Plane plane) const;
    std::array<double, 6> planeBounds(OrthoSliceView::Plane plane) const;
    void setSlicePlanesVisible(bool on);
    bool slicePlanesVisible() const;

    const TransferFunction& transferFunction() const { return m_tf; }
    // Takes a transfer function as it is (a session's); the preset box shows its preset.
    void setTransferFunction(const TransferFunction& tf);
    // Remakes the preset for the volume's robust range (or the slices' window) at the current level and opacity.
    void applyPreset(TransferPreset preset);
    void setLevel(double level);         // 0..1 within the range (the preset's threshold / step / peak)
    void setOpacityScale(double scale);  // multiplies the opacities (1 = as defined)

    void setRenderMode(RenderMode mode);
    // "GPU ray casting" or "CPU ray casting" once decided (after the first render in Auto mode); empty before.
    QString rendererName() const;
    bool usesGpu() const { return m_useGpu.value_or(false); }
    // Interactive quality (coarser sampling) while the camera moves; the view sets it itself around interactions.
    void setInteractive(bool on);
    bool isInteractive() const { return m_interactive; }
    // setVolume()'s first frame with the volume in it is not rendered yet (it comes a moment after setVolume(), so
    // that the slice views linked with this one are painted before the ray caster's set-up holds the GUI).
    bool isFirstVolumeFramePending() const { return m_volumeDeferred || m_firstFramePending; }

    void resetCamera();
    // The voxel under a point of vtkWidget() on one of the slice planes (what Ctrl+click picks there), if any.
    std::optional<VolumePoint> pickAt(QPointF widgetPos) const;

    VtkOpenGLWidget* vtkWidget() const { return m_vtk; }
    vtkRenderer* renderer() const;
    QComboBox* presetBox() const { return m_presetBox; }
    QSlider* opacitySlider() const { return m_opacitySlider; }
    QSlider* levelSlider() const { return m_levelSlider; }

public slots:
    // Moves the slice planes to the point (clamped to the volume).
    void setPoint(const xrs::widgets::VolumePoint& point);

signals:
    // Ctrl+click on a slice plane.
    void pointPicked(const xrs::widgets::VolumePoint& point);
    void transferFunctionChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createToolBar();
    void applyTransferFunction();
    void applySliceDisplay();
    void applySampling();
    void updatePlanes();
    void updateControls();
    void remakePreset();
    void chooseMapper();
    void onRenderStart(vtkObject* caller, unsigned long eventId, void* callData);
    void onInteraction(vtkObject* caller, unsigned long eventId, void* callData);
    void scheduleFullQuality();

    ImageStack m_volume;
    std::optional<ValueRange> m_robustRange;
    VolumePoint m_point;
    TransferFunction m_tf;
    RenderMode m_mode = RenderMode::Auto;
    std::optional<bool> m_useGpu;  // decided at the first render in Auto mode
    bool m_interactive = false;
    bool m_firstFramePending = false;  // setVolume's first frame (interactive quality) not shown yet
    bool m_volumeDeferred = false;     // the volume actor waits for the deferred first frame
    std::uint64_t m_volumeSerial = 0;  // which setVolume() the deferred first frame belongs to
    bool m_planesVisible = true;

    DisplaySettings* m_ownDisplay = nullptr;  // Qt child
    DisplaySettings* m_display = nullptr;
    VtkOpenGLWidget* m_vtk = nullptr;
    QToolBar* m_toolBar = nullptr;
    QComboBox* m_presetBox = nullptr;
    QSlider* m_opacitySlider = nullptr;
    QSlider* m_levelSlider = nullptr;
    QCheckBox* m_planesBox = nullptr;
    QLabel* m_rendererLabel = nullptr;

    vtkNew<vtkRenderer> m_renderer;
    vtkNew<vtkImageData> m_image;
    vtkNew<vtkVolume> m_volumeActor;
    vtkNew<vtkVolumeProperty> m_volumeProperty;
    vtkNew<vtkColorTransferFunction> m_colorTf;
    vtkNew<vtkPiecewiseFunction> m_opacityTf;
    vtkNew<vtkGPUVolumeRayCastMapper> m_gpuMapper;
    vtkNew<vtkFixedPointVolumeRayCastMapper> m_cpuMapper;
    std::array<vtkNew<vtkImageSliceMapper>, 3> m_sliceMappers;
    std::array<vtkNew<vtkImageSlice>, 3> m_slices;
    vtkNew<vtkImageProperty> m_sliceProperty;
    vtkNew<vtkLookupTable> m_lut;
    int m_lutColormap = -1;
    vtkNew<vtkOutlineSource> m_outlineSource;
    vtkNew<vtkActor> m_outline;
    vtkNew<vtkOrientationMarkerWidget> m_axes;
    vtkNew<vtkCellPicker> m_picker;
};

}  // namespace xrs::widgets
