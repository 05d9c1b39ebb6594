#pragma once
// fusion/FusionInference: SWIN-XVR over a whole video (torch-free header). Pairs every LR frame with its LR window
// and its two HR neighbours from the frame times, batches the inputs, tiles large frames with overlap and blends the
// tiles with a smooth weight, and reports progress / honours cancellation per frame.
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "core/ImageStack.h"
#include "core/Progress.h"
#include "fusion/FusionModel.h"

namespace xrs::fusion {

// The inputs of one output frame.
struct FramePairing {
    std::int64_t lrFrame = 0;
    std::vector<std::int64_t> lrWindow;  // NL LR frame indices centred on lrFrame, reflected at the ends
    std::int64_t hrBefore = 0, hrAfter = 0;
};

// LR frames t − NL/2 … t + NL/2, reflected at the ends (−1 → 1, n → n − 2), clamped for videos shorter than NL/2+1.
std::vector<std::int64_t> lrWindow(std::int64_t t, std::int64_t frames, std::int64_t numLr);

// Pairs every LR frame with the HR frames bracketing its time: hrBefore = the last HR frame strictly earlier,
// hrAfter = the first strictly later — so an LR time equal to an HR time gets that frame's two neighbours, as in
// training (offsets m ≥ 1). At the ends the missing side clamps to the first / last HR frame. Times must be
// non-decreasing, same unit for both; throws xrs::Error otherwise.
std::vector<FramePairing> pairFrames(std::span<const double> lrTimes, std::span<const double> hrTimes,
                                     std::int64_t numLr);
// One line per frame "t: lr a,b,c hr i,j" for provenance and logs (first/last few when long).
std::string describePairing(std::span<const FramePairing> pairs, std::size_t maxLines = 6);

struct InferenceOptions {
    std::int64_t tile = 0;     // LR pixels per tile side; 0 or ≥ the frame: whole frames
    std::int64_t overlap = 8;  // LR pixels shared by neighbouring tiles (blended)
    std::int64_t batch = 1;    // network inputs per forward pass (tiles and frames mixed)
};

// Start offsets of tiles of size min(tile, length) covering [0, length) with at least `overlap` shared pixels.
std::vector<std::int64_t> tileStarts(std::int64_t length, std::int64_t tile, std::int64_t overlap);

// Runs the model for every pairing: lr (frames, h, w), hr (frames, 4h, 4w), values in [0, 1]. Output frames go to
// `sink` in order (first output index, frames (n, 4h, 4w)); progress and cancellation per frame.
using FrameSink = std::function<void(std::int64_t first, const ImageStack& frames)>;
void fuseVideo(FusionModel& model, const ImageStack& lr, const ImageStack& hr, std::span<const FramePairing> pairs,
               const InferenceOptions& options, const FrameSink& sink, const Progress& progress = {});
// Convenience: collects everything in one stack.
ImageStack fuseVideo(FusionModel& model, const ImageStack& lr, const ImageStack& hr,
                     std::span<const FramePairing> pairs, const InferenceOptions& options,
                     const Progress& progress = {});

}  // namespace xrs::fusion
