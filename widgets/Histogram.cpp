// widgets/Histogram: histogram and automatic ranges (see the header).
#include "Histogram.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

#include "ImageView.h"

namespace xrs::widgets {

std::optional<ValueRange> finiteRange(const ImageStack& image)
{
    double lo = INFINITY, hi = -INFINITY;
    for (std::int64_t f = 0; f < image.frames(); ++f)
        for (std::int64_t r = 0; r < image.rows(); ++r)
            for (const float v : image.row(f, r))
                if (std::isfinite(v)) {
                    lo = std::min(lo, double(v));
                    hi = std::max(hi, double(v));
                }
    if (!(lo <= hi)) return std::nullopt;
    return ValueRange{lo, hi};
}

Histogram computeHistogram(const ImageStack& image, int bins)
{
    Histogram h;
    bins = std::max(1, bins);
    const auto range = finiteRange(image);
    double lo = range ? range->min : INFINITY, hi = range ? range->max : -INFINITY;
    h.counts.assign(std::size_t(bins), 0);
    if (!(lo <= hi)) return h;  // nothing finite
    if (!(hi > lo)) hi = lo + 1.0;
    h.low = lo;
    h.high = hi;
    const double scale = bins / (hi - lo);
    for (std::int64_t f = 0; f < image.frames(); ++f)
        for (std::int64_t r = 0; r < image.rows(); ++r)
            for (const float v : image.row(f, r))
                if (std::isfinite(v)) ++h.counts[std::size_t(std::clamp(int((v - lo) * scale), 0, bins - 1))];
    return h;
}

QString autoRangeName(AutoRange range)
{
    switch (range) {
        case AutoRange::Percentile035:
            return QCoreApplication::translate("xrs::widgets::Histogram", "0.35–99.65 %");
        case AutoRange::Percentile1:
            return QCoreApplication::translate("xrs::widgets::Histogram", "1–99 %");
        case AutoRange::MinMax:
            return QCoreApplication::translate("xrs::widgets::Histogram", "Min\u2013max");
    }
    return {};
}

std::pair<double, double> autoRangeFractions(AutoRange range)
{
    switch (range) {
        case AutoRange::Percentile035:
            return {0.0035, 0.9965};
        case AutoRange::Percentile1:
            return {0.01, 0.99};
        case AutoRange::MinMax:
            return {0.0, 1.0};
    }
    return {0.0, 1.0};
}

std::optional<ValueRange> autoRange(const ImageStack& image, AutoRange range)
{
    const auto [low, high] = autoRangeFractions(range);
    return percentileRange(image, low, high);
}

}  // namespace xrs::widgets
