// ct/Fbp: filter then backproject (see Fbp.h).
#include "ct/Fbp.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>
#include <sstream>

#include "ct/Backproject.h"

namespace xrs::ct {

std::vector<double> angleWeights(std::span<const double> anglesDeg)
{
    const std::size_t n = anglesDeg.size();
    if (n < 2) return {};
    std::vector<double> folded(n);
    for (std::size_t i = 0; i < n; ++i) {
        double a = std::fmod(anglesDeg[i], 180.0);
        folded[i] = a < 0 ? a + 180.0 : a;
    }
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return folded[a] < folded[b]; });
    std::vector<double> w(n);
    bool uneven = false;
    for (std::size_t k = 0; k < n; ++k) {
        const double prev = k == 0 ? folded[order[n - 1]] - 180.0 : folded[order[k - 1]];
        const double next = k + 1 == n ? folded[order[0]] + 180.0 : folded[order[k + 1]];
        const double weight = (next - prev) / 2.0 / (180.0 / double(n));
        w[order[k]] = weight;
        uneven = uneven || std::abs(weight - 1.0) > 1e-6;
    }
    return uneven ? w : std::vector<double>{};
}

ImageStack reconstructSlices(const ImageStack& sinograms, const FbpOptions& options, const Progress& progress)
{
    // Filtering is cheap next to backprojection (N log N against N² per row).
    auto filtered = filterSinogram(sinograms, options.filter, progress.sub(0.0, 0.1));
    if (const auto w = angleWeights(options.anglesDeg); !w.empty() && w.size() == std::size_t(filtered.frames())) {
        // The backprojector scales every projection by π/N; uneven angles need their own share of the half turn.
        for (std::int64_t a = 0; a < filtered.frames(); ++a)
            for (std::int64_t r = 0; r < filtered.rows(); ++r)
                for (float& v : filtered.row(a, r)) v = float(double(v) * w[std::size_t(a)]);
    }
    auto slices = backprojectOn(options.device, filtered,
                                {options.center, options.anglesDeg, options.outputSize, options.halfStorage},
                                progress.sub(0.1, 1.0), options.cudaDevice);
    slices.copyAttributes(sinograms.info());
    slices.info().sourceType = DType::Float32;  // new values: the source's type and range no longer apply
    slices.info().valueRange.reset();
    std::ostringstream step;
    step << "FBP (parallel beam, filter " << filterName(options.filter) << ", centre "
         << (options.center < 0 ? (double(sinograms.cols()) - 1.0) / 2.0 : options.center) << ", " << sinograms.frames()
         << " projections" << (options.halfStorage ? ", half-precision storage" : "") << ")";
    slices.addProvenance(step.str());
    progress.report(1.0, "reconstructed");
    return slices;
}

}  // namespace xrs::ct
