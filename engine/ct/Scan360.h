#pragma once
// ct/Scan360: parallel-beam scans over 360°, including the extended-field-of-view "half acquisition" where the
// rotation axis sits near one detector edge and the detector sees only a bit more than half of the object.
// Since p(θ + 180°, s) = p(θ, −s), the projection at θ + 180° mirrored about the axis supplies the other half of the
// field of view at θ: stitching the pairs gives an ordinary 180° sinogram, wider than the detector, that ct/Fbp
// reconstructs as usual. The centre finder matches each projection with its mirrored partner (needs no 180° data).
// Centres have the meaning of ParallelGeometry::center (detector pixels, column 0 at 0).
#include <cstdint>
#include <vector>

#include "core/ImageStack.h"

namespace xrs::ct {

// True when the angles cover about a full turn (span ≥ 270° with the step taken into account).
bool spans360(const std::vector<double>& anglesDeg);

struct Stitched360 {
    ImageStack sinograms;            // (pairs, rows, width): projection-ordered, like the input
    std::vector<double> anglesDeg;   // the first-half angles (span 180°)
    double center = 0;               // rotation axis in the stitched detector's pixels
    std::int64_t offset = 0;         // stitched column = input column + offset
};

// The stitched detector for an axis at `center` of a cols-wide detector (what stitch360 produces).
struct StitchGeometry {
    std::int64_t offset = 0;  // stitched column = input column + offset
    std::int64_t width = 0;
    double center = 0;        // rotation axis in stitched pixels
};
StitchGeometry stitchGeometry(std::int64_t cols, double center);

// projections: (angles, rows, cols) line integrals over [θ0, θ0 + 360°). Each projection θ in [θ0, θ0 + 180°) is
// joined with the one nearest θ + 180° mirrored about `center`, blended linearly over the overlap (the weight of
// each side falls to 0 at its own detector edge, so no seam). Width = the smallest covering both sides of the axis,
// ≈ 2·max(center, cols − 1 − center) + 1. Throws xrs::Error when the angles do not span 360°.
Stitched360 stitch360(const ImageStack& projections, const std::vector<double>& anglesDeg, double center);

struct Center360Options {
    double searchMin = -1;        // first centre tried; < 0: the lowest with minOverlap columns of overlap
    double searchMax = -1;        // last centre tried; < 0: the highest such
    double coarseStep = 0.5;
    double fineRadius = 1.0;
    double fineStep = 0.05;       // then refined by a parabola through the minimum
    std::int64_t minOverlap = -1; // fewest overlapping columns a candidate needs; < 0: max(16, cols / 10)
};

// Score of one candidate centre on one detector row (lower is better): the mean squared difference between each
// projection and its mirrored partner over the overlap, over the summed variances of both (so that a flat overlap
// of air does not win). Both sides are sampled at the same sub-pixel phase, so interpolation smoothing is equal.
double centerMetric360(const ImageStack& projections, const std::vector<double>& anglesDeg, std::int64_t row,
                       double center, std::int64_t minOverlap = -1);

// The axis of a 360° scan from the listed detector rows (empty: the middle row), the median of the rows' results.
double findCenter360(const ImageStack& projections, const std::vector<double>& anglesDeg,
                     const std::vector<std::int64_t>& rows = {}, const Center360Options& options = {});

}  // namespace xrs::ct
