#pragma once
// widgets/ImageView: one frame of an image stack shown as a 2D image, Fiji-style (origin top-left, rows going down,
// nearest-neighbour pixels). Owns a VtkOpenGLWidget with the VTK image pipeline (colours from a DisplaySettings: its
// own or a shared one), a tool bar (pan / line profile / rectangle tools, fit, 1:1, colour map, histogram), an overlay
// (scale bar from the pixel size, the measured line or rectangle), a frame slider (stacks of more than one frame), a
// readout line "frame i/n   (x, y) = v", the ROI statistics and the profile plot (Qt Charts).
// Data comes as an in-memory ImageStack, as a StackSource read one frame at a time when it is shown, or frame by frame
// from outside (setFrameImage: the comparison layout). Mouse: left or middle drag pans (or measures, with the profile
// and rectangle tools), wheel zooms at the cursor, right drag changes window/level; 'r' fits the image.
#include <QLineF>
#include <QWidget>

#include <memory>
#include <optional>

#include <vtkNew.h>

#include "core/ImageStack.h"
#include "widgets/Measure.h"

class QActionGroup;
class QComboBox;
class QLabel;
class QPainter;
class QSlider;
class QToolBar;
class vtkLookupTable;
class vtkImageData;
class vtkImageProperty;
class vtkImageSlice;
class vtkImageSliceMapper;
class vtkRenderer;

namespace xrs::io {
class StackSource;
}

namespace xrs::widgets {

class VtkOpenGLWidget;
class ImageInteractorStyle;
class DisplaySettings;
class HistogramWidget;
class ProfilePlot;

// Values at the given fractions (0..1) of the sorted finite values of `image` (sampled to at most ~1M values),
// interpolated linearly between neighbours as numpy.percentile does; nothing when the image holds no finite value.
std::optional<ValueRange> percentileRange(const ImageStack& image, double lowFraction, double highFraction);

// What a linked view shares: the image point at the centre of the view and the zoom (screen pixels per image pixel).
struct ViewState {
    double centerX = 0.0, centerY = 0.0, zoom = 1.0;
    bool operator==(const ViewState&) const = default;
};

enum class ImageTool { Pan, Profile, Rectangle };

class ImageView : public QWidget {
    Q_OBJECT
public:
    explicit ImageView(QWidget* parent = nullptr);
    ~ImageView() override;

    // All frames in memory. Shows frame 0 with the automatic window.
    void setStack(ImageStack stack);
    // Frames are read from the source when shown (the view keeps only the current frame). Errors while reading are
    // reported through errorOccurred() and lastError(); the view then keeps showing what it had.
    void setSource(std::shared_ptr<io::StackSource> source);
    // Shows one 2D image from outside as the current frame (frame count 1, no slider) keeping the camera, the display
    // settings and the measurements; the first image (or one of another size) is fitted into the view.
    void setFrameImage(ImageStack image);
    void clear();

    int frameCount() const { return m_frameCount; }
    int currentFrame() const { return m_frame; }
    // The frame on screen (a 1-frame stack; empty when nothing is shown).
    const ImageStack& currentImage() const { return m_image; }

    // Colours: its own settings unless a shared one is set (nullptr goes back to its own). Not owned when shared.
    DisplaySettings* displaySettings() const { return m_display; }
    void setDisplaySettings(DisplaySettings* shared);
    void setWindowLevel(double window, double level);
    double window() const;
    double level() const;
    // Display range from the 0.35 and 99.65 percentiles of the current frame.
    void autoWindowLevel();
    // When on, every frame shown gets its own automatic window; off (default) keeps the window across frames.
    void setAutoWindowPerFrame(bool on) { m_autoPerFrame = on; }

    // Fits the whole image into the view (as at the start).
    void fitToView();
    // One image pixel per screen pixel, around the current centre.
    void zoomOneToOne();
    // True while the view refits itself on resize (until the user pans or zooms).
    bool isAutoFitted() const { return m_autoFit; }
    ViewState viewState() const;
    // Moves the camera without emitting viewChanged() (for linked views).
    void setViewState(const ViewState& state);

    // Measurement tools. The profile and the rectangle are kept in image coordinates and follow the frame.
    void setTool(ImageTool tool);
    ImageTool tool() const { return m_tool; }
    void setProfileLine(QPointF start, QPointF end);
    void setRoi(const QRect& pixels);
    std::optional<QRect> roi() const { return m_roi; }  // the rectangle drawn with the Rectangle tool
    void clearMeasurements();
    const std::vector<ProfileSample>& profile() const { return m_profile; }
    std::optional<RoiStats> roiStats() const { return m_roiStats; }
    QString measurementText() const;
    // A crosshair through an image point (orthogonal slice views); nothing removes it.
    void setCrosshair(std::optional<QPointF> imagePos);
    // The scale bar drawn now (empty label when none).
    ScaleBar scaleBar() const;
    // Image coordinates (x = column, y = row, pixel centres at integers) under a point of vtkWidget(), and back.
    QPointF imagePosition(const QPointF& widgetPos) const;
    QPointF widgetPosition(const QPointF& imagePos) const;

    VtkOpenGLWidget* vtkWidget() const { return m_vtk; }
    QSlider* frameSlider() const { return m_slider; }
    QString readoutText() const;
    QString lastError() const { return m_lastError; }
    QToolBar* toolBar() const { return m_toolBar; }
    HistogramWidget* histogramWidget() const { return m_histogram; }
    ProfilePlot* profilePlot() const { return m_profilePlot; }
    void setToolBarVisible(bool on);
    void setHistogramVisible(bool on);

public slots:
    void setFrame(int frame);

signals:
    void frameChanged(int frame);
    void windowLevelChanged(double window, double level);
    void errorOccurred(const QString& message);
    // The user (or fit / 1:1) moved the camera; not emitted by setViewState().
    void viewChanged();
    void measurementChanged();
    // A double click on the image (any tool), in image coordinates.
    void pointPicked(QPointF imagePos);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void resetData();
    // After new data arrived: slider, first frame, automatic window/level and fit.
    void showFirstFrame(int frameCount);
    bool loadFrame(int frame);  // reads (if lazy) and uploads to VTK; false on a read error
    void upload();
    void updateReadout();
    void updateSlider();
    void applyDisplay();
    void onUserViewChange() { m_autoFit = false; }
    void syncWindowLevelFromProperty();
    void createToolBar();
    void updateMeasurements();
    void paintOverlay(QPainter& painter);
    bool handleToolMouse(QEvent* event);

    VtkOpenGLWidget* m_vtk = nullptr;  // Qt children
    QWidget* m_overlay = nullptr;
    QToolBar* m_toolBar = nullptr;
    QComboBox* m_colormapBox = nullptr;
    QActionGroup* m_tools = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_readout = nullptr;
    QLabel* m_measure = nullptr;
    HistogramWidget* m_histogram = nullptr;
    ProfilePlot* m_profilePlot = nullptr;
    DisplaySettings* m_ownDisplay = nullptr;
    DisplaySettings* m_display = nullptr;  // m_ownDisplay or a shared one
    int m_lutColormap = -1;                // the colour map now in m_lut

    vtkNew<vtkImageData> m_vtkImage;
    vtkNew<vtkImageSliceMapper> m_mapper;
    vtkNew<vtkImageProperty> m_property;
    vtkNew<vtkLookupTable> m_lut;
    vtkNew<vtkImageSlice> m_slice;
    vtkNew<vtkRenderer> m_renderer;
    vtkNew<ImageInteractorStyle> m_style;

    ImageStack m_stack;                          // setStack: all frames
    std::shared_ptr<io::StackSource> m_source;   // setSource: read on demand
    ImageStack m_image;                          // the current frame
    int m_frameCount = 0;
    int m_frame = -1;
    bool m_autoPerFrame = false;
    bool m_autoFit = true;  // refit on resize until the user pans or zooms
    bool m_quietFit = false;  // fitting on resize: not a user change, no viewChanged()
    std::optional<QPointF> m_cursor;  // image position of the pointer
    QString m_lastError;
    ImageTool m_tool = ImageTool::Pan;
    std::optional<QPointF> m_dragStart;  // image position where a measuring drag began
    std::optional<QLineF> m_profileLine;
    std::optional<QRect> m_roi;
    std::vector<ProfileSample> m_profile;
    std::optional<RoiStats> m_roiStats;
    bool m_overlayHadShapes = false;
    std::optional<QPointF> m_crosshair;
};

}  // namespace xrs::widgets
