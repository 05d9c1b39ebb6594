// widgets/Colormap: colour tables generated from anchor colours (see the header).
#include "Colormap.h"

#include <vtkLookupTable.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace xrs::widgets {

namespace {

using Anchors = std::array<QRgb, 9>;  // at t = 0, 1/8, …, 1

// Published reference colours of the perceptually uniform maps (van der Walt & Smith, matplotlib 1.5+), sampled at
// ninths; everything between them is interpolated.
constexpr Anchors kViridis = {0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962, 0xaddc30, 0xfde725};
constexpr Anchors kMagma = {0x000004, 0x1d1147, 0x51127c, 0x832681, 0xb73779, 0xe75263, 0xfc8961, 0xfec488, 0xfcfdbf};
constexpr Anchors kInferno = {0x000004, 0x210c4a, 0x56106e, 0x89226a, 0xbb3754, 0xe35932, 0xf98c0a, 0xf9c932, 0xfcffa4};

// Monotone cubic (Fritsch–Carlson) through equally spaced samples y[0..n-1] at parameter s in [0, n-1]: no
// overshoot, so a channel that rises between anchors never dips.
double monotoneCubic(const std::array<double, 9>& y, double s)
{
    constexpr int n = 9;
    std::array<double, n - 1> delta{};
    for (int i = 0; i + 1 < n; ++i) delta[i] = y[i + 1] - y[i];
    std::array<double, n> m{};
    m[0] = delta[0];
    m[n - 1] = delta[n - 2];
    for (int i = 1; i + 1 < n; ++i) m[i] = delta[i - 1] * delta[i] <= 0.0 ? 0.0 : 0.5 * (delta[i - 1] + delta[i]);
    for (int i = 0; i + 1 < n; ++i) {
        if (delta[i] == 0.0) {
            m[i] = m[i + 1] = 0.0;
            continue;
        }
        const double a = m[i] / delta[i], b = m[i + 1] / delta[i];
        const double h = a * a + b * b;
        if (h > 9.0) {
            const double t = 3.0 / std::sqrt(h);
            m[i] = t * a * delta[i];
            m[i + 1] = t * b * delta[i];
        }
    }
    const int i = std::clamp(int(std::floor(s)), 0, n - 2);
    const double t = s - i, t2 = t * t, t3 = t2 * t;
    return (2 * t3 - 3 * t2 + 1) * y[i] + (t3 - 2 * t2 + t) * m[i] + (-2 * t3 + 3 * t2) * y[i + 1] +
           (t3 - t2) * m[i + 1];
}

ColormapTable fromAnchors(const Anchors& anchors)
{
    std::array<std::array<double, 9>, 3> channel{};
    for (int i = 0; i < 9; ++i) {
        channel[0][i] = qRed(anchors[i]);
        channel[1][i] = qGreen(anchors[i]);
        channel[2][i] = qBlue(anchors[i]);
    }
    ColormapTable table{};
    for (int k = 0; k < kColormapSize; ++k) {
        const double s = 8.0 * k / (kColormapSize - 1);
        int rgb[3];
        for (int c = 0; c < 3; ++c) rgb[c] = std::clamp(int(std::lround(monotoneCubic(channel[c], s))), 0, 255);
        table[k] = qRgb(rgb[0], rgb[1], rgb[2]);
    }
    return table;
}

ColormapTable greyRamp(bool inverted)
{
    ColormapTable table{};
    for (int k = 0; k < kColormapSize; ++k) {
        const int v = inverted ? kColormapSize - 1 - k : k;
        table[k] = qRgb(v, v, v);
    }
    return table;
}

}  // namespace

QList<Colormap> allColormaps()
{
    return {Colormap::Grey, Colormap::InvertedGrey, Colormap::Viridis, Colormap::Magma, Colormap::Inferno};
}

QString colormapName(Colormap map)
{
    switch (map) {
        case Colormap::Grey:
            return QCoreApplication::translate("xrs::widgets::Colormap", "Grey");
        case Colormap::InvertedGrey:
            return QCoreApplication::translate("xrs::widgets::Colormap", "Inverted grey");
        case Colormap::Viridis:
            return QStringLiteral("Viridis");
        case Colormap::Magma:
            return QStringLiteral("Magma");
        case Colormap::Inferno:
            return QStringLiteral("Inferno");
    }
    return {};
}

QString colormapId(Colormap map)
{
    switch (map) {
        case Colormap::Grey:
            return QStringLiteral("grey");
        case Colormap::InvertedGrey:
            return QStringLiteral("inverted-grey");
        case Colormap::Viridis:
            return QStringLiteral("viridis");
        case Colormap::Magma:
            return QStringLiteral("magma");
        case Colormap::Inferno:
            return QStringLiteral("inferno");
    }
    return {};
}

const ColormapTable& colormapTable(Colormap map)
{
    // Function-local statics: built on first use, thread-safe.
    static const ColormapTable grey = greyRamp(false);
    static const ColormapTable inverted = greyRamp(true);
    static const ColormapTable viridis = fromAnchors(kViridis);
    static const ColormapTable magma = fromAnchors(kMagma);
    static const ColormapTable inferno = fromAnchors(kInferno);
    switch (map) {
        case Colormap::Grey:
            return grey;
        case Colormap::InvertedGrey:
            return inverted;
        case Colormap::Viridis:
            return viridis;
        case Colormap::Magma:
            return magma;
        case Colormap::Inferno:
            return inferno;
    }
    return grey;
}

QRgb colormapColor(Colormap map, double t)
{
    if (!(t >= 0.0)) t = 0.0;
    const int k = std::clamp(int(t * kColormapSize), 0, kColormapSize - 1);
    return colormapTable(map)[k];
}

void fillLookupTable(vtkLookupTable* lut, Colormap map)
{
    const ColormapTable& table = colormapTable(map);
    lut->SetNumberOfTableValues(kColormapSize);
    lut->SetTableRange(0.0, 1.0);
    // Setting the values last keeps VTK from rebuilding the table over them.
    for (int i = 0; i < kColormapSize; ++i)
        lut->SetTableValue(i, qRed(table[i]) / 255.0, qGreen(table[i]) / 255.0, qBlue(table[i]) / 255.0, 1.0);
}

}  // namespace xrs::widgets
