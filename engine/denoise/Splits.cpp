#include "denoise/Splits.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include "core/Error.h"
#include "ct/Phantom.h"

namespace xrs::denoise {

std::vector<ProjectionSplit> interleavedSplits(std::span<const double> angles, int k)
{
    const auto n = std::int64_t(angles.size());
    if (k < 2 || k > n)
        throw Error({}, "splits",
                    "the number of splits must lie in 2.." + std::to_string(n) + ", not " + std::to_string(k));
    for (std::int64_t i = 0; i < n; ++i)
        if (!std::isfinite(angles[std::size_t(i)]))
            throw Error({}, "splits", "the angle of projection " + std::to_string(i) + " is not a number");
    std::vector<std::int64_t> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::int64_t a, std::int64_t b) { return angles[std::size_t(a)] < angles[std::size_t(b)]; });
    std::vector<ProjectionSplit> splits(static_cast<std::size_t>(k));
    for (std::int64_t rank = 0; rank < n; ++rank)
        splits[std::size_t(rank % k)].indices.push_back(order[std::size_t(rank)]);
    for (auto& s : splits) {
        std::sort(s.indices.begin(), s.indices.end());
        for (const auto i : s.indices) s.anglesDeg.push_back(angles[std::size_t(i)]);
    }
    return splits;
}

ImageStack selectProjections(const ImageStack& projections, const ProjectionSplit& split)
{
    ImageStack out =
        ImageStack::uninitialized(Shape{std::int64_t(split.indices.size()), projections.rows(), projections.cols()});
    out.copyAttributes(projections.info());
    for (std::size_t i = 0; i < split.indices.size(); ++i) {
        const std::int64_t f = split.indices[i];
        if (f < 0 || f >= projections.frames())
            throw Error({}, "splits",
                        "projection " + std::to_string(f) + " is outside the scan of " + projections.shape().str());
        for (std::int64_t r = 0; r < projections.rows(); ++r)
            std::ranges::copy(projections.row(f, r), out.row(std::int64_t(i), r).begin());
    }
    out.addProvenance("Noise2Inverse split of " + std::to_string(split.indices.size()) + " projections");
    return out;
}

SplitReconstruction reconstructSplits(const std::function<ct::ReconInput()>& open, const std::filesystem::path& dir,
                                      int k, ct::ReconOptions options, const Progress& progress)
{
    std::filesystem::create_directories(dir);
    SplitReconstruction out;
    std::vector<ProjectionSplit> splits;
    for (int j = 0; j < k; ++j) {
        ct::ReconInput input = open();
        if (splits.empty()) {
            const auto angles =
                input.anglesDeg.empty() ? ct::evenAngles(input.projections->shape().frames) : input.anglesDeg;
            splits = interleavedSplits(angles, k);
        }
        options.projections = splits[std::size_t(j)].indices;
        const auto file = dir / ("split_" + std::to_string(j) + ".tif");
        // The first split finds the centre on the whole scan (the pipeline's auto centre ignores the subset); the
        // others reuse it so every split has the same geometry.
        const auto result = ct::reconstructScan(input, file, options, progress.sub(double(j) / k, double(j + 1) / k));
        options.center = result.center;
        out.center = result.center;
        out.files.push_back(file);
    }
    return out;
}

}  // namespace xrs::denoise
