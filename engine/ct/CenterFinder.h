#pragma once
// ct/CenterFinder: the rotation-axis position of a parallel-beam 180° scan by Vo's Fourier double-wedge method
// (Vo, Atwood & Drakopoulos, Opt. Express 22:19078, 2014). A candidate centre c mirrors every projection about c
// (the view 180° away); stacked under the original this is a 360° sinogram, which is consistent only for the true
// centre. A consistent sinogram has (almost) no 2D-spectrum energy outside the "bow-tie" |k| <= 2π|u|R, so the mean
// spectrum magnitude inside the complementary double wedge is the score to minimise.
// The returned centre has the meaning of ParallelGeometry::center (detector pixels, column 0 at 0).
#include <cstdint>
#include <vector>

#include "core/ImageStack.h"
#include "core/Progress.h"

namespace xrs::ct {

struct CenterOptions {
    double searchMin = -1;        // first centre tried; < 0 (with searchMax < 0): middle − cols/4
    double searchMax = -1;        // last centre tried; < 0: middle + cols/4
    double coarseStep = 1.0;      // step of the coarse search (pixels)
    double fineRadius = 1.0;      // the fine search covers best coarse ± this
    double fineStep = 0.1;        // step of the fine search (pixels); refined further by a parabola through the minimum
    double objectRadius = -1;     // radius of the object in pixels (sets the wedge); < 0: cols/2
};

// Score of one candidate centre (lower is better); exposed for tests and for plotting the metric.
double centerMetric(const ImageStack& sinogram, double center, const CenterOptions& options = {});

// sinogram: one frame of angles × cols, angles evenly spread over [0°, 180°) (endpoint excluded).
double findCenter(const ImageStack& sinogram, const CenterOptions& options = {}, const Progress& progress = {});

// projections: (angles, rows, cols); the centre found for each listed detector row, combined by the median
// (robust against rows without structure). An empty list uses the middle row.
double findCenterFromRows(const ImageStack& projections, const std::vector<std::int64_t>& rows,
                          const CenterOptions& options = {}, const Progress& progress = {});

}  // namespace xrs::ct
