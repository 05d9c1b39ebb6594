// ct/Fbp: filter then backproject (see Fbp.h).
#include "ct/Fbp.h"

#include <sstream>

#include "ct/Backproject.h"

namespace xrs::ct {

ImageStack reconstructSlices(const ImageStack& sinograms, const FbpOptions& options, const Progress& progress)
{
    // Filtering is cheap next to backprojection (N log N against N² per row).
    const auto filtered = filterSinogram(sinograms, options.filter, progress.sub(0.0, 0.1));
    auto slices =
        backprojectOn(options.device, filtered, {options.center, options.anglesDeg, options.outputSize},
                      progress.sub(0.1, 1.0));
    slices.copyAttributes(sinograms.info());
    slices.info().sourceType = DType::Float32;  // new values: the source's type and range no longer apply
    slices.info().valueRange.reset();
    std::ostringstream step;
    step << "FBP (parallel beam, filter " << filterName(options.filter) << ", centre "
         << (options.center < 0 ? (double(sinograms.cols()) - 1.0) / 2.0 : options.center) << ", "
         << sinograms.frames() << " projections)";
    slices.addProvenance(step.str());
    progress.report(1.0, "reconstructed");
    return slices;
}

}  // namespace xrs::ct
