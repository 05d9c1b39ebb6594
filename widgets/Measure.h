#pragma once
// widgets/Measure: the numbers behind the image view's measurement tools — line profiles, rectangle statistics and
// the scale bar's length. Plain functions on ImageStack frames, testable without a window.
#include <QLineF>
#include <QPointF>
#include <QRect>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

#include "core/ImageStack.h"

namespace xrs::widgets {

struct ProfileSample {
    double distance = 0.0;  // from the start, in pixels
    double value = 0.0;     // bilinear between pixel centres
};
// Values of frame 0 along the segment a→b (image coordinates, pixel centres at integers), one sample per pixel of
// length (at least two); points outside the image are left out.
std::vector<ProfileSample> lineProfile(const ImageStack& image, QPointF a, QPointF b);

struct RoiStats {
    double mean = 0.0, stddev = 0.0, min = 0.0, max = 0.0;  // stddev: population (divides by n)
    std::int64_t pixels = 0;                                // finite values counted
};
// Statistics of frame 0 over the pixels of `pixels` (columns x, rows y; clipped to the image); nothing when no
// finite value is inside.
std::optional<RoiStats> roiStatistics(const ImageStack& image, const QRect& pixels);
// The pixel rectangle covered by a rectangle dragged between two image positions (pixel centres at integers).
QRect pixelRect(QPointF a, QPointF b);

struct ScaleBar {
    double length = 0.0;        // in `unit`
    double screenPixels = 0.0;  // drawn length
    QString label;              // e.g. "50 µm"
};
// A bar of a round length (1, 2 or 5 × 10^k units) close to `targetScreenPixels` wide, for pixels of `unitsPerPixel`
// shown at `screenPixelsPerPixel`. An empty unit means pixels ("px").
ScaleBar chooseScaleBar(double unitsPerPixel, const QString& unit, double screenPixelsPerPixel,
                        double targetScreenPixels);

}  // namespace xrs::widgets
