#pragma once
// app/Exports: File → Export ▸ — TIFF stack of the current view's data (dtype, value range, frame range, ROI), PNG
// screenshots of a view or of the whole comparison layout, movies (.mp4/.avi) of a sequence or of the comparison
// layout stepped frame by frame, and the metric report as PDF (ReportPdf). The export functions take an ExportSource
// so that tests drive them without dialogs; long exports report through a Progress (QProgressDialog in the GUI,
// cancellable, events processed between frames so the window stays responsive).
#include <QRect>
#include <QString>

#include <functional>
#include <optional>

#include "core/ImageStack.h"
#include "core/Progress.h"

class QMenu;
class QWidget;

namespace xrs::widgets {
class ComparisonView;
class ImageView;
}  // namespace xrs::widgets

namespace xrs::app {

class MainWindow;

// A sequence on screen: how to show frame i, the data of the frame shown and the widget a movie grabs.
struct ExportSource {
    QWidget* widget = nullptr;
    int frameCount = 0;
    int currentFrame = 0;
    std::function<void(int)> showFrame;
    std::function<ImageStack()> image;  // the 1-frame stack of the data on screen
};
ExportSource exportSource(widgets::ImageView& view);
// The comparison layout stepped through its linked frame; data from `pane`, grabs of the whole layout.
ExportSource exportSource(widgets::ComparisonView& comparison, widgets::ImageView& pane);

struct TiffExport {
    DType dtype = DType::Float32;
    std::optional<ValueRange> range;  // integer output: [min, max] onto the dtype's full range
    Range frames = Range::all();
    std::optional<QRect> roi;  // x = columns, y = rows; clipped to the image
};
// Frames of the source (cropped), as one stack; the source is back on its frame afterwards.
ImageStack collectFrames(const ExportSource& source, Range frames, std::optional<QRect> roi,
                         const Progress& progress = {});
// Writes a multi-page TIFF through io::writeStack. Throws xrs::Error / xrs::Cancelled.
void exportTiff(const ExportSource& source, const QString& path, const TiffExport& options,
                const Progress& progress = {});
// PNG of widget.grab() (GL panes rendered first). Throws xrs::Error when it cannot be written.
void exportScreenshot(QWidget& widget, const QString& path);
// A movie of the frames in range grabbed from source.widget at fps. Throws xrs::Error / xrs::Cancelled.
void exportMovie(const ExportSource& source, const QString& path, double fps, Range frames = Range::all(),
                 const Progress& progress = {});

// The File → Export submenu of the main window.
QMenu* createExportMenu(MainWindow& window, QWidget* parent);

}  // namespace xrs::app
