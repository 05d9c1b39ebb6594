#pragma once
// denoise/Splits: the projection splits of Noise2Inverse. A scan's projections are divided into K interleaved subsets
// (K = 2 by default, 4 also common): each subset holds every K-th projection in angle order, so each covers the whole
// angular range at K× the spacing and is reconstructed on its own. The subsets are disjoint, together they hold every
// projection once, and each projection keeps its own angle.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <span>
#include <vector>

#include "core/ImageStack.h"
#include "core/Progress.h"
#include "ct/ReconPipeline.h"

namespace xrs::denoise {

struct ProjectionSplit {
    std::vector<std::int64_t> indices;  // projections (frames of the scan) in this subset, ascending
    std::vector<double> anglesDeg;      // their angles, indices[i] ↔ anglesDeg[i]
};

// Projections ranked by angle (stable for equal angles); rank r goes to subset r mod k. For a scan acquired in angle
// order this is index mod k; interlaced or unordered scans are still split evenly over the angular range.
// Throws xrs::Error unless 2 ≤ k ≤ the number of projections and every angle is finite.
std::vector<ProjectionSplit> interleavedSplits(std::span<const double> anglesDeg, int k = 2);

// The frames of `projections` listed in split.indices, in that order (a contiguous copy, attributes kept).
ImageStack selectProjections(const ImageStack& projections, const ProjectionSplit& split);

struct SplitReconstruction {
    std::vector<std::filesystem::path> files;  // one stack per split, (slices, n, n)
    double center = 0;                         // the centre every split used (unbinned detector pixels)
};

// Reconstructs every split of the scan opened by `open` (called once per split: the pipeline consumes its input)
// into `dir`/split_<j>.tif with the CT pipeline and the same options (ReconOptions::projections = the split), so
// normalisation and ring removal still see the whole scan. An automatic centre is found once, on the whole scan, and
// used for every split.
SplitReconstruction reconstructSplits(const std::function<ct::ReconInput()>& open, const std::filesystem::path& dir,
                                      int k, ct::ReconOptions options, const Progress& progress = {});

}  // namespace xrs::denoise
