#pragma once
// widgets/OrthoSliceView: a CT volume in three orthogonal slices — axial (XY, a frame), coronal (XZ: rows of the
// frames at one y) and sagittal (YZ: columns at one x, z across) — with a crosshair at the common point. A double
// click in one view moves the point there and the other two views show the slices through it. The views share the
// display settings. Owns the volume (in memory). Laid out 2×2 in splitters (XY | XZ over YZ | 3D): an attached
// VolumeView takes the fourth cell and is linked both ways (crosshair ↔ slice planes, shared window/level).
#include <QWidget>

#include <algorithm>

#include <array>

#include "DisplaySettings.h"
#include "core/ImageStack.h"

class QLabel;
class QSplitter;

namespace xrs::widgets {

class ImageView;
class VolumeView;

struct VolumePoint {
    int x = 0, y = 0, z = 0;  // column, row, frame
    bool operator==(const VolumePoint&) const = default;
    // The nearest voxel of `volume` (not empty).
    VolumePoint clampedTo(const ImageStack& volume) const
    {
        return {std::clamp(x, 0, int(volume.cols()) - 1), std::clamp(y, 0, int(volume.rows()) - 1),
                std::clamp(z, 0, int(volume.frames()) - 1)};
    }
};

class OrthoSliceView : public QWidget {
    Q_OBJECT
public:
    enum class Plane { XY, XZ, YZ };

    explicit OrthoSliceView(QWidget* parent = nullptr);

    // Shows the volume with the point at its centre and an automatic display range.
    void setVolume(ImageStack volume);
    const ImageStack& volume() const { return m_volume; }
    VolumePoint point() const { return m_point; }
    ImageView* view(Plane plane) const { return m_views[std::size_t(plane)]; }
    DisplaySettings& display() { return m_display; }
    // Puts a 3D view into the fourth cell (reparented) and links it: the crosshair moves its slice planes, a pick in
    // 3D moves the crosshair, its planes use these slices' colours, and it shows the same volume (shared storage).
    void attach3DView(VolumeView* view);
    VolumeView* view3D() const { return m_view3D; }

    // The slice of a plane through a point, as a 1-frame image: XY (rows y, cols x), XZ (rows z, cols x), YZ (rows z,
    // cols y).
    static ImageStack slice(const ImageStack& volume, Plane plane, const VolumePoint& point);

public slots:
    // Clamped to the volume.
    void setPoint(const xrs::widgets::VolumePoint& point);

signals:
    void pointChanged(const xrs::widgets::VolumePoint& point);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showSlices();
    void onPicked(Plane plane, QPointF imagePos);

    ImageStack m_volume;
    VolumePoint m_point;
    DisplaySettings m_display;
    std::array<ImageView*, 3> m_views{};  // Qt children
    std::array<QLabel*, 3> m_titles{};
    QLabel* m_readout = nullptr;
    std::array<QSplitter*, 2> m_rowSplitters{};  // Qt children: top (XY | XZ) and bottom (YZ | 3D)
    QWidget* m_fourth = nullptr;                 // the fourth cell: a placeholder until a 3D view is attached
    VolumeView* m_view3D = nullptr;
};

}  // namespace xrs::widgets
