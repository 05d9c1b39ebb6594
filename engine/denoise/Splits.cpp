// denoise/Splits: interleaved projection subsets and their reconstructions (see Splits.h).
#include "denoise/Splits.h"

#include <string>

#include "core/Error.h"

namespace xrs::denoise {

std::vector<std::vector<std::int64_t>> interleavedSplits(std::int64_t angles, int k)
{
    if (k < 2 || k > angles)
        throw Error({}, "--splits",
                    "need 2 ≤ K ≤ " + std::to_string(angles) + " projections, got " + std::to_string(k));
    std::vector<std::vector<std::int64_t>> splits(static_cast<std::size_t>(k));
    for (std::int64_t i = 0; i < angles; ++i) splits[std::size_t(i % k)].push_back(i);
    return splits;
}

SplitReconstruction reconstructSplits(const std::function<ct::ReconInput()>& open, const std::filesystem::path& dir,
                                      int k, ct::ReconOptions options, const Progress& progress)
{
    std::filesystem::create_directories(dir);
    SplitReconstruction out;
    std::vector<std::vector<std::int64_t>> splits;
    for (int j = 0; j < k; ++j) {
        ct::ReconInput input = open();
        if (splits.empty()) splits = interleavedSplits(input.projections->shape().frames, k);
        options.projections = splits[std::size_t(j)];
        const auto file = dir / ("split_" + std::to_string(j) + ".tif");
        // The first split finds the centre on the whole scan (the pipeline's auto centre ignores the subset);
        // the others reuse it so every split is the same geometry.
        const auto result = ct::reconstructScan(input, file, options, progress.sub(double(j) / k, double(j + 1) / k));
        options.center = result.center;
        out.center = result.center;
        out.files.push_back(file);
    }
    return out;
}

}  // namespace xrs::denoise
