#pragma once
// fusion/SyntheticVideo: a synthetic high-speed x-ray video for tests and the demo (no public data set can be
// downloaded on our machines): a laser melt pool with a keyhole that travels and oscillates, pores that form and
// drift, a textured solid under a bright background — sharp edges, texture and motion like the real thing.
// Also the two cameras of the virtual experiment: LR by k×k binning of every frame, HR by keeping every δ-th frame.
#include <cstdint>

#include "core/ImageStack.h"
#include "core/Progress.h"

namespace xrs::fusion {

struct VideoParams {
    std::int64_t frames = 64;
    std::int64_t rows = 256;
    std::int64_t cols = 256;
    std::uint64_t seed = 1;
    double speed = 1.0;  // keyhole travel in pixels per frame at 256 columns (scaled with width)
};

// Values in [0, 1], float32, shape (frames, rows, cols). Deterministic for a given seed.
ImageStack makeMeltPoolVideo(const VideoParams& params, const Progress& progress = {});

// Mean over k×k blocks (rows and cols cropped to multiples of k).
ImageStack binFrames(const ImageStack& stack, int k);
// Copies frames offset, offset + delta, offset + 2·delta, …
ImageStack everyNthFrame(const ImageStack& stack, std::int64_t delta, std::int64_t offset = 0);

}  // namespace xrs::fusion
