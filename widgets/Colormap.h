#pragma once
// widgets/Colormap: the colour maps a value can be shown with (grey, inverted grey, viridis, magma, inferno) as
// 256-entry RGB tables. The perceptual maps are generated here from nine published anchor colours per map (the
// colours at 0, 1/8, …, 1 of matplotlib's maps) by monotone cubic interpolation; no table is copied.
#include <QList>
#include <QRgb>
#include <QString>

#include <array>

class vtkLookupTable;

namespace xrs::widgets {

enum class Colormap { Grey, InvertedGrey, Viridis, Magma, Inferno };

constexpr int kColormapSize = 256;
using ColormapTable = std::array<QRgb, kColormapSize>;

// All maps in menu order.
QList<Colormap> allColormaps();
// The map's name for menus (translated).
QString colormapName(Colormap map);
// Stable identifier ("grey", "inverted-grey", "viridis", "magma", "inferno") for settings and the command line.
QString colormapId(Colormap map);
// The map's table (computed once per map).
const ColormapTable& colormapTable(Colormap map);
// Loads the map into a VTK lookup table over [0, 1] (the image views and the 3D view's slice planes).
void fillLookupTable(vtkLookupTable* lut, Colormap map);
// Colour at position t in [0, 1] (clamped; NaN gives the first entry).
QRgb colormapColor(Colormap map, double t);

}  // namespace xrs::widgets
