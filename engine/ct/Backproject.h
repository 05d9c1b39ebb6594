#pragma once
// ct/Backproject: parallel-beam backprojection of filtered projections into square slices, on the CPU.
//
// Geometry (the convention of ct/Phantom.h, all in detector pixels; slice pixels are detector pixels):
//  - A point (x, y) projects to s = x cos θ + y sin θ; detector column j is at s = j − center, center = rotation axis
//    in pixels (default (cols − 1)/2). θ grows counter-clockwise seen from +z; row 0 of a slice is at the top (+y).
//  - Slice pixel (r, c) of an n×n slice is at x = c − (n − 1)/2, y = (n − 1)/2 − r, so it reads column
//    j = center + (c − (n−1)/2) cos θ + ((n−1)/2 − r) sin θ, with linear interpolation; columns outside the
//    detector count as zero.
//  - The result is Σ_angles value · π / Nθ (angles assumed evenly spread over 180°): with the kernels of ct/Filters
//    and line integrals in pixel units this is attenuation per pixel.
#include <cstdint>
#include <vector>

#include "core/ImageStack.h"
#include "core/Progress.h"

namespace xrs::ct {

struct BackprojectOptions {
    double center = -1;              // rotation axis in detector pixels; < 0: (cols − 1)/2
    std::vector<double> anglesDeg;   // one per projection; empty: evenly over 180°
    std::int64_t outputSize = 0;     // n of the n×n slices; ≤ 0: the detector width
};

// filtered: (angles, rows, cols) as from filterSinogram; returns (rows, n, n), one slice per detector row.
// Slices and blocks of slice rows run in parallel on ThreadPool::global(); the stop token is checked per block.
ImageStack backproject(const ImageStack& filtered, const BackprojectOptions& options, const Progress& progress = {});

}  // namespace xrs::ct
