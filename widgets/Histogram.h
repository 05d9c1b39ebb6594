#pragma once
// widgets/Histogram: what the histogram widget and the automatic display ranges compute from an image — value
// counts in equal bins and ranges at percentiles. Plain functions, testable without a window.
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

#include "core/ImageStack.h"

namespace xrs::widgets {

struct Histogram {
    double low = 0.0, high = 1.0;      // the binned range; bin i covers [low + i·w, low + (i+1)·w)
    std::vector<std::int64_t> counts;  // finite values only; the maximum value falls into the last bin
    double binWidth() const { return counts.empty() ? 0.0 : (high - low) / double(counts.size()); }
};

// Min and max of the finite values of all frames (NaN and ±inf are not values to window on); none when there is none.
std::optional<ValueRange> finiteRange(const ImageStack& image);
// Counts of the finite values of all frames in `bins` bins over [min, max] of the image.
Histogram computeHistogram(const ImageStack& image, int bins = 256);

// The automatic display ranges offered in the histogram's menu.
enum class AutoRange { Percentile035, Percentile1, MinMax };
QString autoRangeName(AutoRange range);
// Low and high fractions of the preset (0.0035/0.9965, 0.01/0.99, 0/1).
std::pair<double, double> autoRangeFractions(AutoRange range);
std::optional<ValueRange> autoRange(const ImageStack& image, AutoRange range);

}  // namespace xrs::widgets
