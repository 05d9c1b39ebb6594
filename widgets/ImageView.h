#pragma once
// widgets/ImageView: one frame of an image stack shown as a 2D image, Fiji-style (origin top-left, rows going down,
// nearest-neighbour pixels, grey window/level). Owns a VtkOpenGLWidget with the VTK image pipeline, a frame slider
// (shown for stacks of more than one frame) and a readout line "frame i/n   (x, y) = v".
// Data comes either as an in-memory ImageStack or as a StackSource read one frame at a time when it is shown.
// Mouse: left or middle drag pans, wheel zooms at the cursor, right drag changes window/level; 'r' fits the image.
#include <QWidget>

#include <memory>
#include <optional>

#include <vtkNew.h>

#include "core/ImageStack.h"

class QLabel;
class QSlider;
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

// Values at the given fractions (0..1) of the sorted finite values of `image` (sampled to at most ~1M values);
// nothing when the image holds no finite value.
std::optional<ValueRange> percentileRange(const ImageStack& image, double lowFraction, double highFraction);

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
    void clear();

    int frameCount() const { return m_frameCount; }
    int currentFrame() const { return m_frame; }
    // The frame on screen (a 1-frame stack; empty when nothing is shown).
    const ImageStack& currentImage() const { return m_image; }

    void setWindowLevel(double window, double level);
    double window() const { return m_window; }
    double level() const { return m_level; }
    // Window/level from the 0.5 and 99.5 percentiles of the current frame.
    void autoWindowLevel();
    // When on, every frame shown gets its own automatic window; off (default) keeps the window across frames.
    void setAutoWindowPerFrame(bool on) { m_autoPerFrame = on; }

    // Fits the whole image into the view (as at the start).
    void fitToView();
    // Image coordinates (x = column, y = row, pixel centres at integers) under a point of vtkWidget(), and back.
    QPointF imagePosition(const QPointF& widgetPos) const;
    QPointF widgetPosition(const QPointF& imagePos) const;

    VtkOpenGLWidget* vtkWidget() const { return m_vtk; }
    QSlider* frameSlider() const { return m_slider; }
    QString readoutText() const;
    QString lastError() const { return m_lastError; }

public slots:
    void setFrame(int frame);

signals:
    void frameChanged(int frame);
    void windowLevelChanged(double window, double level);
    void errorOccurred(const QString& message);

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
    void applyWindowLevel();
    void onUserViewChange() { m_autoFit = false; }
    void syncWindowLevelFromProperty();

    VtkOpenGLWidget* m_vtk = nullptr;  // Qt children
    QSlider* m_slider = nullptr;
    QLabel* m_readout = nullptr;

    vtkNew<vtkImageData> m_vtkImage;
    vtkNew<vtkImageSliceMapper> m_mapper;
    vtkNew<vtkImageProperty> m_property;
    vtkNew<vtkImageSlice> m_slice;
    vtkNew<vtkRenderer> m_renderer;
    vtkNew<ImageInteractorStyle> m_style;

    ImageStack m_stack;                          // setStack: all frames
    std::shared_ptr<io::StackSource> m_source;   // setSource: read on demand
    ImageStack m_image;                          // the current frame
    int m_frameCount = 0;
    int m_frame = -1;
    double m_window = 1.0;
    double m_level = 0.5;
    bool m_autoPerFrame = false;
    bool m_autoFit = true;  // refit on resize until the user pans or zooms
    std::optional<QPointF> m_cursor;  // image position of the pointer
    QString m_lastError;
};

}  // namespace xrs::widgets
