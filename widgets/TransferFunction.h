#pragma once
// widgets/TransferFunction: how the 3D view maps volume values to colour and opacity — control points over the data
// values (colour and opacity interpolated linearly between them, clamped outside), the blend mode (compositing or
// maximum intensity projection) and the presets a CT user expects, defined relative to the volume's robust value
// range (percentiles) or taken from the slices' window/level. A plain value type without VTK (the 3D view converts
// it), testable without a window; JSON round trip for sessions.
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

#include "Colormap.h"
#include "core/ImageStack.h"

namespace xrs::widgets {

enum class TransferPreset { GreyRamp, Mip, Bone, SoftTissue, Isosurface, WindowLevel };
enum class BlendMode { Composite, MaximumIntensity };

struct ColorPoint {
    double value = 0.0;
    double r = 0.0, g = 0.0, b = 0.0;  // 0..1
    bool operator==(const ColorPoint&) const = default;
};

struct OpacityPoint {
    double value = 0.0;
    double opacity = 0.0;  // 0..1 per unit sample distance (VTK's meaning)
    bool operator==(const OpacityPoint&) const = default;
};

struct Rgb {
    double r = 0.0, g = 0.0, b = 0.0;
};

class TransferFunction {
public:
    TransferFunction() = default;

    // Control points, kept sorted by value (setters sort).
    const std::vector<ColorPoint>& colorPoints() const { return m_colors; }
    const std::vector<OpacityPoint>& opacityPoints() const { return m_opacities; }
    void setColorPoints(std::vector<ColorPoint> points);
    void setOpacityPoints(std::vector<OpacityPoint> points);
    BlendMode blendMode() const { return m_blend; }
    void setBlendMode(BlendMode mode) { m_blend = mode; }
    // The preset it was made from (presets are re-made when the range or level changes), and its level (0..1: the
    // preset's threshold / step / peak position within the range).
    TransferPreset preset() const { return m_preset; }
    double level() const { return m_level; }
    ValueRange range() const { return m_range; }

    // Interpolated colour and opacity at a value (clamped to the end points; black / 0 without points).
    Rgb color(double value) const;
    double opacity(double value) const;
    // Every opacity multiplied by `scale` (clamped to 0..1); the points keep the unscaled values.
    double opacityScale() const { return m_opacityScale; }
    void setOpacityScale(double scale);

    // A preset over `range` (low/high: the robust range of the volume). `level` in 0..1 (default: defaultLevel(preset))
    // places the Bone threshold, the soft tissue peak and the isosurface step; the WindowLevel preset takes range as
    // the display window and `map` for its colours (opacity ramps from 0 at low to 1 at high).
    static TransferFunction makePreset(TransferPreset preset, ValueRange range, std::optional<double> level = {},
                                       Colormap map = Colormap::Grey);
    static double defaultLevel(TransferPreset preset);
    // The value of a level (low + level·(high − low)).
    double levelValue() const { return m_range.min + m_level * (m_range.max - m_range.min); }

    // Robust range of a volume: the 1 % and 99 % percentiles (sampled; widgets/Histogram); nullopt without finite
    // values. A flat volume gets a small nonzero width.
    static std::optional<ValueRange> robustRange(const ImageStack& volume);

    QJsonObject toJson() const;
    // Throws xrs::Error naming the problem on a malformed object.
    static TransferFunction fromJson(const QJsonObject& json);

    bool operator==(const TransferFunction& other) const;

private:
    std::vector<ColorPoint> m_colors;
    std::vector<OpacityPoint> m_opacities;
    BlendMode m_blend = BlendMode::Composite;
    TransferPreset m_preset = TransferPreset::GreyRamp;
    ValueRange m_range{0.0, 1.0};
    double m_level = 0.5;
    double m_opacityScale = 1.0;
};

// All presets in menu order; their names for menus (translated) and stable ids ("grey-ramp", "mip", "bone",
// "soft-tissue", "isosurface", "window-level").
QList<TransferPreset> allTransferPresets();
QString transferPresetName(TransferPreset preset);
QString transferPresetId(TransferPreset preset);
std::optional<TransferPreset> transferPresetFromId(const QString& id);

}  // namespace xrs::widgets
