// widgets/OrthoSliceView: three orthogonal slices of a volume with a crosshair (see the header).
#include "OrthoSliceView.h"

#include <QLabel>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "Histogram.h"
#include "ImageView.h"
#include "VolumeView.h"

namespace xrs::widgets {

OrthoSliceView::OrthoSliceView(QWidget* parent) : QWidget(parent)
{
    const QString names[3] = {tr("Axial (XY)"), tr("Coronal (XZ)"), tr("Sagittal (YZ)")};
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // Two rows of two cells; the rows' splitters move together so the columns stay aligned.
    auto* rows = new QSplitter(Qt::Vertical, this);
    rows->setChildrenCollapsible(false);
    for (auto& row : m_rowSplitters) {
        row = new QSplitter(Qt::Horizontal, rows);
        row->setChildrenCollapsible(false);
        rows->addWidget(row);
    }
    for (int i = 0; i < 2; ++i) {
        QSplitter* other = m_rowSplitters[std::size_t(1 - i)];
        connect(m_rowSplitters[std::size_t(i)], &QSplitter::splitterMoved, other,
                [this, i, other] { other->setSizes(m_rowSplitters[std::size_t(i)]->sizes()); });
    }
    for (int i = 0; i < 3; ++i) {
        auto* box = new QWidget(this);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(1);
        m_titles[std::size_t(i)] = new QLabel(names[i], box);
        QFont bold = m_titles[std::size_t(i)]->font();
        bold.setBold(true);
        m_titles[std::size_t(i)]->setFont(bold);
        m_titles[std::size_t(i)]->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        auto* view = new ImageView(box);
        view->setToolBarVisible(false);
        view->setDisplaySettings(&m_display);
        view->setToolTip(tr("Double-click to move the crosshair there"));
        boxLayout->addWidget(m_titles[std::size_t(i)]);
        boxLayout->addWidget(view, 1);
        m_views[std::size_t(i)] = view;
        m_rowSplitters[std::size_t(i / 2)]->addWidget(box);
        const Plane plane = Plane(i);
        connect(view, &ImageView::pointPicked, this, [this, plane](QPointF p) { onPicked(plane, p); });
    }
    m_fourth = new QWidget(this);
    m_rowSplitters[1]->addWidget(m_fourth);
    // Equal cells to start with (sizes are relative weights here), whatever the panes' size hints.
    for (QSplitter* splitter : {rows, m_rowSplitters[0], m_rowSplitters[1]}) splitter->setSizes({1000, 1000});
    layout->addWidget(rows, 1);
    m_readout = new QLabel(this);
    m_readout->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_readout);
}

void OrthoSliceView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The rows are laid out independently (their panes differ in size hints); once shown, the columns line up.
    QTimer::singleShot(0, this, [this] { m_rowSplitters[1]->setSizes(m_rowSplitters[0]->sizes()); });
}

void OrthoSliceView::attach3DView(VolumeView* view)
{
    if (!view || view == m_view3D) return;
    const QList<int> sizes = m_rowSplitters[0]->sizes();
    m_rowSplitters[1]->replaceWidget(1, view);
    m_rowSplitters[1]->setSizes(sizes);
    delete m_fourth;  // the placeholder or an earlier 3D view
    m_fourth = view;
    m_view3D = view;
    view->setSliceDisplay(&m_display);
    connect(this, &OrthoSliceView::pointChanged, view, &VolumeView::setPoint);
    connect(view, &VolumeView::pointPicked, this, &OrthoSliceView::setPoint);
    if (!m_volume.empty()) {
        view->setVolume(m_volume);
        view->setPoint(m_point);
    }
}

ImageStack OrthoSliceView::slice(const ImageStack& volume, Plane plane, const VolumePoint& p)
{
    switch (plane) {
        case Plane::XY:
            return volume.frame(p.z).clone();
        case Plane::XZ: {
            ImageStack out(Shape{1, volume.frames(), volume.cols()});
            for (std::int64_t z = 0; z < volume.frames(); ++z)
                std::ranges::copy(volume.row(z, p.y), out.row(0, z).begin());
            out.info().spacing = {volume.info().spacing.x, volume.info().spacing.z, 1.0, volume.info().spacing.unit};
            return out;
        }
        case Plane::YZ: {
            ImageStack out(Shape{1, volume.frames(), volume.rows()});
            for (std::int64_t z = 0; z < volume.frames(); ++z)
                for (std::int64_t y = 0; y < volume.rows(); ++y) out.at(0, z, y) = volume.at(z, y, p.x);
            out.info().spacing = {volume.info().spacing.y, volume.info().spacing.z, 1.0, volume.info().spacing.unit};
            return out;
        }
    }
    return {};
}

void OrthoSliceView::setVolume(ImageStack volume)
{
    m_volume = std::move(volume);
    m_point = {int(m_volume.cols() / 2), int(m_volume.rows() / 2), int(m_volume.frames() / 2)};
    showSlices();
    if (const auto r = autoRange(m_views[0]->currentImage(), AutoRange::Percentile035))
        m_display.setRange(r->min, r->max);
    for (ImageView* v : m_views) v->fitToView();
    // The 3D view shares the storage (no copy); its planes start at the same point.
    if (m_view3D) {
        m_view3D->setVolume(m_volume);
        m_view3D->setPoint(m_point);
    }
}

void OrthoSliceView::setPoint(const VolumePoint& point)
{
    if (m_volume.empty()) return;
    const VolumePoint p = point.clampedTo(m_volume);
    if (p == m_point) return;
    m_point = p;
    showSlices();
    emit pointChanged(m_point);
}

void OrthoSliceView::showSlices()
{
    if (m_volume.empty()) return;
    for (int i = 0; i < 3; ++i) m_views[std::size_t(i)]->setFrameImage(slice(m_volume, Plane(i), m_point));
    // Crosshairs: XY at (x, y), XZ at (x, z), YZ at (y, z).
    m_views[0]->setCrosshair(QPointF(m_point.x, m_point.y));
    m_views[1]->setCrosshair(QPointF(m_point.x, m_point.z));
    m_views[2]->setCrosshair(QPointF(m_point.y, m_point.z));
    m_titles[0]->setText(tr("Axial (XY), z = %1").arg(m_point.z));
    m_titles[1]->setText(tr("Coronal (XZ), y = %1").arg(m_point.y));
    m_titles[2]->setText(tr("Sagittal (YZ), x = %1").arg(m_point.x));
    m_readout->setText(tr("(x, y, z) = (%1, %2, %3): %4")
                           .arg(m_point.x)
                           .arg(m_point.y)
                           .arg(m_point.z)
                           .arg(double(m_volume.at(m_point.z, m_point.y, m_point.x)), 0, 'g', 6));
}

void OrthoSliceView::onPicked(Plane plane, QPointF p)
{
    const int a = int(std::lround(p.x())), b = int(std::lround(p.y()));
    VolumePoint next = m_point;
    switch (plane) {
        case Plane::XY:
            next.x = a, next.y = b;
            break;
        case Plane::XZ:
            next.x = a, next.z = b;
            break;
        case Plane::YZ:
            next.y = a, next.z = b;
            break;
    }
    setPoint(next);
}

}  // namespace xrs::widgets
