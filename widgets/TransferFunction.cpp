// widgets/TransferFunction: colour/opacity control points, presets and JSON (see the header).
#include "TransferFunction.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

#include "Histogram.h"
#include "core/Error.h"

namespace xrs::widgets {

namespace {

// Linear interpolation of one channel between sorted points, clamped to the end points.
template <typename Point, typename Get>
double interpolate(const std::vector<Point>& points, double value, Get get)
{
    if (points.empty()) return 0.0;
    if (!(value > points.front().value)) return get(points.front());  // NaN too
    if (value >= points.back().value) return get(points.back());
    const auto next =
        std::upper_bound(points.begin(), points.end(), value, [](double v, const Point& p) { return v < p.value; });
    const auto prev = next - 1;
    const double span = next->value - prev->value;
    const double t = span > 0.0 ? (value - prev->value) / span : 1.0;
    return get(*prev) + t * (get(*next) - get(*prev));
}

template <typename Point>
void sortPoints(std::vector<Point>& points)
{
    std::stable_sort(points.begin(), points.end(), [](const Point& a, const Point& b) { return a.value < b.value; });
}

Error jsonError(const QString& what)
{
    return Error("transfer function JSON: " + what.toStdString());
}

double number(const QJsonValue& v, const QString& what)
{
    if (!v.isDouble() || !std::isfinite(v.toDouble())) throw jsonError(what + " is not a finite number");
    return v.toDouble();
}

}  // namespace

QList<TransferPreset> allTransferPresets()
{
    return {TransferPreset::GreyRamp,   TransferPreset::Mip,        TransferPreset::Bone,
            TransferPreset::SoftTissue, TransferPreset::Isosurface, TransferPreset::WindowLevel};
}

QString transferPresetName(TransferPreset preset)
{
    switch (preset) {
        case TransferPreset::GreyRamp:
            return QCoreApplication::translate("xrs::widgets::TransferFunction", "Grey ramp");
        case TransferPreset::Mip:
            return QCoreApplication::translate("xrs::widgets::TransferFunction", "MIP (maximum intensity)");
        case TransferPreset::Bone:
            return QCoreApplication::translate("xrs::widgets::TransferFunction", "Bone / dense");
        case TransferPreset::SoftTissue:
            return QCoreApplication::translate("xrs::widgets::TransferFunction", "Soft tissue / low density");
        case TransferPreset::Isosurface:
            return QCoreApplication::translate("xrs::widgets::TransferFunction", "Isosurface-like");
        case TransferPreset::WindowLevel:
            return QCoreApplication::translate("xrs::widgets::TransferFunction", "Slice window/level");
    }
    return {};
}

QString transferPresetId(TransferPreset preset)
{
    switch (preset) {
        case TransferPreset::GreyRamp:
            return QStringLiteral("grey-ramp");
        case TransferPreset::Mip:
            return QStringLiteral("mip");
        case TransferPreset::Bone:
            return QStringLiteral("bone");
        case TransferPreset::SoftTissue:
            return QStringLiteral("soft-tissue");
        case TransferPreset::Isosurface:
            return QStringLiteral("isosurface");
        case TransferPreset::WindowLevel:
            return QStringLiteral("window-level");
    }
    return {};
}

std::optional<TransferPreset> transferPresetFromId(const QString& id)
{
    for (const TransferPreset p : allTransferPresets())
        if (transferPresetId(p) == id) return p;
    return std::nullopt;
}

void TransferFunction::setColorPoints(std::vector<ColorPoint> points)
{
    sortPoints(points);
    m_colors = std::move(points);
}

void TransferFunction::setOpacityPoints(std::vector<OpacityPoint> points)
{
    sortPoints(points);
    m_opacities = std::move(points);
}

void TransferFunction::setOpacityScale(double scale)
{
    m_opacityScale = std::max(0.0, scale);
}

Rgb TransferFunction::color(double value) const
{
    return {interpolate(m_colors, value, [](const ColorPoint& p) { return p.r; }),
            interpolate(m_colors, value, [](const ColorPoint& p) { return p.g; }),
            interpolate(m_colors, value, [](const ColorPoint& p) { return p.b; })};
}

double TransferFunction::opacity(double value) const
{
    const double a = interpolate(m_opacities, value, [](const OpacityPoint& p) { return p.opacity; });
    return std::clamp(a * m_opacityScale, 0.0, 1.0);
}

double TransferFunction::defaultLevel(TransferPreset preset)
{
    switch (preset) {
        case TransferPreset::Bone:
            return 0.45;
        case TransferPreset::SoftTissue:
            return 0.3;
        default:
            return 0.5;
    }
}

TransferFunction TransferFunction::makePreset(TransferPreset preset, ValueRange range, std::optional<double> level,
                                              Colormap map)
{
    TransferFunction tf;
    tf.m_preset = preset;
    if (!(range.max > range.min)) range.max = range.min + std::max(1e-6, std::abs(range.min) * 1e-3);
    tf.m_range = range;
    tf.m_level = std::clamp(level.value_or(defaultLevel(preset)), 0.0, 1.0);
    const double lo = range.min, hi = range.max, w = hi - lo;
    const double at = tf.levelValue();
    std::vector<ColorPoint> c;
    std::vector<OpacityPoint> o;
    switch (preset) {
        case TransferPreset::GreyRamp:
            // Denser is brighter and more opaque; the lowest values are clear so the background does not fog.
            c = {{lo, 0, 0, 0}, {hi, 1, 1, 1}};
            o = {{lo, 0.0}, {lo + 0.1 * w, 0.0}, {hi, 0.3}};
            break;
        case TransferPreset::Mip:
            // Brightness is the maximum along the ray; full opacity keeps the colour equal to the map's.
            c = {{lo, 0, 0, 0}, {hi, 1, 1, 1}};
            o = {{lo, 0.0}, {hi, 1.0}};
            tf.m_blend = BlendMode::MaximumIntensity;
            break;
        case TransferPreset::Bone:
            // Clear below the threshold, ivory and nearly opaque above: the look of CT bone renderings.
            c = {{at - 0.05 * w, 0.55, 0.25, 0.15}, {at + 0.15 * w, 0.9, 0.82, 0.68}, {hi, 1.0, 1.0, 0.95}};
            o = {{at - 0.05 * w, 0.0}, {at + 0.1 * w, 0.6}, {hi, 0.9}};
            break;
        case TransferPreset::SoftTissue:
            // A translucent bump around the low-density level; dense material stays faint so it does not hide it.
            c = {{at - 0.15 * w, 0.55, 0.25, 0.2}, {at, 0.9, 0.6, 0.5}, {at + 0.2 * w, 1.0, 0.85, 0.75}, {hi, 1, 1, 1}};
            o = {{at - 0.15 * w, 0.0}, {at, 0.2}, {at + 0.2 * w, 0.03}, {hi, 0.03}};
            break;
        case TransferPreset::Isosurface: {
            // A sharp step at the level: everything denser is opaque, which shows the iso-surface.
            const double eps = 0.002 * w;
            c = {{lo, 0.95, 0.9, 0.8}, {hi, 0.95, 0.9, 0.8}};
            o = {{at - eps, 0.0}, {at + eps, 1.0}};
            break;
        }
        case TransferPreset::WindowLevel: {
            // The slices' colours over their window; opacity ramps across it.
            constexpr int kSamples = 17;
            for (int i = 0; i < kSamples; ++i) {
                const double t = double(i) / (kSamples - 1);
                const QRgb rgb = colormapColor(map, t);
                c.push_back({lo + t * w, qRed(rgb) / 255.0, qGreen(rgb) / 255.0, qBlue(rgb) / 255.0});
            }
            o = {{lo, 0.0}, {hi, 0.6}};
            break;
        }
    }
    tf.setColorPoints(std::move(c));
    tf.setOpacityPoints(std::move(o));
    return tf;
}

std::optional<ValueRange> TransferFunction::robustRange(const ImageStack& volume)
{
    auto r = autoRange(volume, AutoRange::Percentile1);
    if (!r) return r;
    if (!(r->max > r->min)) {
        // Mostly one value (a phantom on a flat background): fall back to min–max, then to a small width.
        const ValueRange all = volume.computeRange();
        r = all.max > all.min ? all : ValueRange{r->min, r->min + std::max(1e-6, std::abs(r->min) * 1e-3)};
    }
    return r;
}

bool TransferFunction::operator==(const TransferFunction& o) const
{
    return m_colors == o.m_colors && m_opacities == o.m_opacities && m_blend == o.m_blend && m_preset == o.m_preset &&
           m_range.min == o.m_range.min && m_range.max == o.m_range.max && m_level == o.m_level &&
           m_opacityScale == o.m_opacityScale;
}

QJsonObject TransferFunction::toJson() const
{
    QJsonArray colors, opacities;
    for (const ColorPoint& p : m_colors) colors.append(QJsonArray{p.value, p.r, p.g, p.b});
    for (const OpacityPoint& p : m_opacities) opacities.append(QJsonArray{p.value, p.opacity});
    return QJsonObject{
        {"preset", transferPresetId(m_preset)},
        {"blend", m_blend == BlendMode::MaximumIntensity ? "mip" : "composite"},
        {"range", QJsonArray{m_range.min, m_range.max}},
        {"level", m_level},
        {"opacityScale", m_opacityScale},
        {"colors", colors},
        {"opacity", opacities},
    };
}

TransferFunction TransferFunction::fromJson(const QJsonObject& json)
{
    TransferFunction tf;
    const auto preset = transferPresetFromId(json.value("preset").toString());
    if (!preset) throw jsonError(QString("unknown preset \"%1\"").arg(json.value("preset").toString()));
    tf.m_preset = *preset;
    const QString blend = json.value("blend").toString();
    if (blend == "mip")
        tf.m_blend = BlendMode::MaximumIntensity;
    else if (blend == "composite")
        tf.m_blend = BlendMode::Composite;
    else
        throw jsonError(QString("unknown blend mode \"%1\"").arg(blend));
    const QJsonArray range = json.value("range").toArray();
    if (range.size() != 2) throw jsonError("range must be [low, high]");
    tf.m_range = {number(range[0], "range"), number(range[1], "range")};
    tf.m_level = number(json.value("level"), "level");
    tf.m_opacityScale = number(json.value("opacityScale"), "opacityScale");
    if (tf.m_opacityScale < 0.0) throw jsonError("opacityScale is negative");
    std::vector<ColorPoint> colors;
    for (const QJsonValue& v : json.value("colors").toArray()) {
        const QJsonArray a = v.toArray();
        if (a.size() != 4) throw jsonError("a colour point must be [value, r, g, b]");
        colors.push_back(
            {number(a[0], "colour value"), number(a[1], "red"), number(a[2], "green"), number(a[3], "blue")});
    }
    std::vector<OpacityPoint> opacities;
    for (const QJsonValue& v : json.value("opacity").toArray()) {
        const QJsonArray a = v.toArray();
        if (a.size() != 2) throw jsonError("an opacity point must be [value, opacity]");
        opacities.push_back({number(a[0], "opacity value"), number(a[1], "opacity")});
    }
    if (colors.empty() || opacities.empty()) throw jsonError("colour and opacity points are required");
    tf.setColorPoints(std::move(colors));
    tf.setOpacityPoints(std::move(opacities));
    return tf;
}

}  // namespace xrs::widgets
