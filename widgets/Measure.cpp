// widgets/Measure: line profiles, ROI statistics and scale bars (see the header).
#include "Measure.h"

#include <algorithm>
#include <cmath>

namespace xrs::widgets {

std::vector<ProfileSample> lineProfile(const ImageStack& image, QPointF a, QPointF b)
{
    std::vector<ProfileSample> out;
    if (image.empty()) return out;
    const double length = QLineF(a, b).length();
    const int samples = std::max(2, int(std::ceil(length)) + 1);
    const double maxX = double(image.cols() - 1), maxY = double(image.rows() - 1);
    for (int i = 0; i < samples; ++i) {
        const double t = double(i) / double(samples - 1);
        const double x = a.x() + t * (b.x() - a.x()), y = a.y() + t * (b.y() - a.y());
        if (x < -0.5 || y < -0.5 || x > maxX + 0.5 || y > maxY + 0.5) continue;
        // Bilinear between the four nearest pixel centres (clamped at the border).
        const double cx = std::clamp(x, 0.0, maxX), cy = std::clamp(y, 0.0, maxY);
        const auto x0 = std::int64_t(std::floor(cx)), y0 = std::int64_t(std::floor(cy));
        const std::int64_t x1 = std::min<std::int64_t>(x0 + 1, image.cols() - 1);
        const std::int64_t y1 = std::min<std::int64_t>(y0 + 1, image.rows() - 1);
        const double fx = cx - double(x0), fy = cy - double(y0);
        const double top = (1 - fx) * image.at(0, y0, x0) + fx * image.at(0, y0, x1);
        const double bottom = (1 - fx) * image.at(0, y1, x0) + fx * image.at(0, y1, x1);
        out.push_back({t * length, (1 - fy) * top + fy * bottom});
    }
    return out;
}

std::optional<RoiStats> roiStatistics(const ImageStack& image, const QRect& pixels)
{
    const QRect r = pixels.normalized() & QRect(0, 0, int(image.cols()), int(image.rows()));
    if (r.isEmpty() || image.empty()) return std::nullopt;
    RoiStats s;
    s.min = INFINITY;
    s.max = -INFINITY;
    // Two passes (mean, then squared deviations): no cancellation on large offsets such as raw counts.
    double sum = 0.0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const double v = image.at(0, y, x);
            if (!std::isfinite(v)) continue;
            sum += v;
            s.min = std::min(s.min, v);
            s.max = std::max(s.max, v);
            ++s.pixels;
        }
    if (s.pixels == 0) return std::nullopt;
    s.mean = sum / double(s.pixels);
    double squares = 0.0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const double v = image.at(0, y, x);
            if (std::isfinite(v)) squares += (v - s.mean) * (v - s.mean);
        }
    s.stddev = std::sqrt(squares / double(s.pixels));
    return s;
}

QRect pixelRect(QPointF a, QPointF b)
{
    const int x0 = int(std::lround(std::min(a.x(), b.x()))), x1 = int(std::lround(std::max(a.x(), b.x())));
    const int y0 = int(std::lround(std::min(a.y(), b.y()))), y1 = int(std::lround(std::max(a.y(), b.y())));
    return QRect(QPoint(x0, y0), QPoint(x1, y1));
}

ScaleBar chooseScaleBar(double unitsPerPixel, const QString& unit, double screenPixelsPerPixel,
                        double targetScreenPixels)
{
    ScaleBar bar;
    if (!(unitsPerPixel > 0.0) || !(screenPixelsPerPixel > 0.0) || !(targetScreenPixels > 0.0)) return bar;
    const double target = targetScreenPixels / screenPixelsPerPixel * unitsPerPixel;  // in units
    const double decade = std::pow(10.0, std::floor(std::log10(target)));
    double best = decade;
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (std::abs(std::log(m * decade / target)) < std::abs(std::log(best / target))) best = m * decade;
    bar.length = best;
    bar.screenPixels = best / unitsPerPixel * screenPixelsPerPixel;
    QString shown = unit.isEmpty() ? QStringLiteral("px") : unit;
    if (shown == QLatin1String("um") || shown == QLatin1String("micron") || shown == QLatin1String("microns"))
        shown = QStringLiteral("\u00b5m");
    bar.label = QStringLiteral("%1 %2").arg(best, 0, 'g', 6).arg(shown);
    return bar;
}

}  // namespace xrs::widgets
