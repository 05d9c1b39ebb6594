#pragma once
// denoise/Splits: the projection splits of Noise2Inverse — the scan's projections divided into K interleaved subsets
// (projection i goes to subset i mod K), each reconstructed on its own with the CT engine and the same centre, filter
// and ring settings as the full reconstruction. The sub-reconstructions see independent noise of the same
// object, which is what the self-supervised training needs.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <vector>

#include "core/Progress.h"
#include "ct/ReconPipeline.h"

namespace xrs::denoise {

// K interleaved, disjoint subsets of [0, angles) whose union is all of them; every subset ascending.
// K must be 2..angles (xrs::Error otherwise).
std::vector<std::vector<std::int64_t>> interleavedSplits(std::int64_t angles, int k);

struct SplitReconstruction {
    std::vector<std::filesystem::path> files;  // one stack per split, (slices, n, n)
    double center = 0;                         // the centre every split used (unbinned detector pixels)
};

// Reconstructs every split of the scan opened by `open` (called once per split: the pipeline consumes its input)
// into `dir`/split_<j>.tif. An automatic centre is found once, on the whole scan, and used for every split.
SplitReconstruction reconstructSplits(const std::function<ct::ReconInput()>& open, const std::filesystem::path& dir,
                                      int k, ct::ReconOptions options, const Progress& progress = {});

}  // namespace xrs::denoise
