#pragma once
// fusion/VirtualExperiment: the virtual experiment of SWIN-XVR (Tang et al., Fig. 1A). From one well-sampled sequence
// it makes the two cameras — LR = k×k binning of every frame, HR = every δ-th frame — and the ground truth, each
// renormalised on its own (clip at two percentiles of its histogram over all frames, then min–max scaling across
// frames → [0, 1]), with Poisson noise on LR through the blank-scan factor b0, given or found for a target LR PSNR.
// Deterministic for a given seed, whatever the thread count.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "core/ImageStack.h"
#include "core/Progress.h"

namespace xrs::fusion {

struct SynthOptions {
    int bin = 4;                  // k
    std::int64_t hrStep = 20;     // δ
    std::int64_t hrOffset = 0;    // first kept HR frame
    double lowPercentile = 0.35;  // clipping percentiles (0–100)
    double highPercentile = 99.65;
    // Noise on LR: none, a given b0, or the b0 that makes the noisy LR hit a PSNR (dB, against the clean LR).
    std::optional<double> b0;
    std::optional<double> targetLrPsnr;
    std::uint64_t seed = 1;
};

struct SynthResult {
    ImageStack groundTruth, lr, hr;       // float32 in [0, 1]
    std::vector<std::int64_t> hrIndices;  // ground-truth frame of each HR frame
    std::optional<double> b0;             // used (given or found); empty without noise
    std::optional<double> lrPsnr;         // noisy vs clean LR, dB, data range 1, MSE over all LR values
    // Clipping bounds (the percentiles) of each stack before scaling.
    ValueRange gtClip, lrClip, hrClip;
    std::int64_t croppedRows = 0, croppedCols = 0;  // ground truth cropped to multiples of k (top-left kept)
};

// sequence: the well-sampled frames (any values). Throws xrs::Error for bad options or a constant sequence.
SynthResult runVirtualExperiment(const ImageStack& sequence, const SynthOptions& options,
                                 const Progress& progress = {});

// Percentile q (0–100) of all values of a stack, as numpy.percentile (linear interpolation between order statistics);
// exact, with O(1) extra memory (radix selection on the float bit patterns). NaN values are an error.
double stackPercentile(const ImageStack& stack, double q);

// In place: clip to [lo, hi], then (v − min)/(max − min) with min and max of the clipped values across all frames.
// Returns the clipped min and max. Throws xrs::Error when they are equal.
ValueRange clipAndScale(ImageStack& stack, double lo, double hi);

// LR ← clip(Poisson(LR·b0)/b0, 0, 1), one random stream per frame derived from seed (thread-count independent).
ImageStack addPoissonNoise(const ImageStack& clean, double b0, std::uint64_t seed, const Progress& progress = {});

// PSNR (dB, data range 1) of `noisy` against `clean` over all values.
double stackPsnr(const ImageStack& noisy, const ImageStack& clean);

}  // namespace xrs::fusion
