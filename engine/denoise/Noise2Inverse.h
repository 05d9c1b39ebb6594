#pragma once
// denoise/Noise2Inverse: self-supervised denoising of CT reconstructions (Hendriksen et al., Noise2Inverse), in its
// 2.5D form: a U-Net sees the target slice and ±n neighbours as channels. Training is "X:1" over the K split
// reconstructions (denoise/Splits): the input is the mean of K − 1 of them, the target the remaining one, so the
// network learns the signal and not the noise, which is independent between splits. Inference averages the outputs
// for the K choices of the left-out split. Everything is streamed slab by slab; training checkpoints every few
// minutes and on a stop request (SIGTERM on a cluster) and resumes from the checkpoint directory.
// This header is LibTorch-free; the implementation lives in xrs_nn.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/ImageStack.h"
#include "core/Progress.h"
#include "io/StackWriter.h"

namespace xrs::denoise {

enum class NormKind { BatchNormRelu, GroupNormLeakyRelu };
enum class LossKind { L1, L2 };

struct NetworkConfig {
    int context = 5;  // ±n neighbouring slices: 2n + 1 input channels
    int depth = 4;    // 2× down-sampling levels
    int width = 32;   // channels at full resolution, doubled per level
    NormKind norm = NormKind::BatchNormRelu;
};

struct TrainConfig {
    int epochs = 25;  // the SPring-8 recipe: 25 epochs of 200 slices, batch 2, 256² patches
    int slicesPerEpoch = 200;
    int batch = 2;
    int patch = 256;  // square patches; whole slices when the slices are smaller
    LossKind loss = LossKind::L2;
    double learningRate = 1e-3;
    double checkpointSeconds = 600;  // also at the end and on a stop request
    std::uint64_t seed = 1;
    bool cuda = false;
    int cudaIndex = -1;  // with cuda: this device; < 0: each data-parallel rank's local device
};

struct TrainReport {
    std::int64_t steps = 0;  // optimiser steps done in total (equal to totalSteps when finished)
    std::int64_t totalSteps = 0;
    std::int64_t resumedFrom = -1;  // the step the run resumed from; −1: a fresh run
    double lastLoss = 0;
    double slicesPerSecond = 0;  // training samples per second in this run (all ranks together)
    int rank = 0, world = 1;     // data-parallel ranks (nn/DataParallel): only rank 0 writes anything
};

// The file a checkpoint directory holds (weights, optimiser, step, network config, data normalisation).
std::filesystem::path checkpointFile(const std::filesystem::path& dir);
bool hasCheckpoint(const std::filesystem::path& dir);

// Trains on the split reconstructions (K ≥ 2 stacks of equal shape). A checkpoint in `checkpointDir` is resumed
// (its network config wins over `net`); a finished one returns at once. On a stop request the current state is
// checkpointed and xrs::Cancelled thrown. Started as several ranks (RANK/WORLD_SIZE, srun, mpiexec: nn/DataParallel)
// every rank trains on `batch` samples of the global batch of batch × world and gradients are averaged, so N ranks
// with batch B take the same steps as one process with batch N·B (exactly so with GroupNorm; BatchNorm statistics
// stay per rank). Sample g of step s is drawn from (seed, s, g) alone.
TrainReport train(const std::vector<std::filesystem::path>& splits, const NetworkConfig& net, const TrainConfig& config,
                  const std::filesystem::path& checkpointDir, const Progress& progress = {});

struct InferConfig {
    int tile = 2048;     // slices up to 2K are processed whole, larger ones (4K …) in overlapping tiles
    int overlap = 64;    // tile overlap in pixels, blended with a smooth (sin²) weight
    int slabSlices = 8;  // output slices per forward batch
    bool cuda = false;
    int cudaIndex = 0;   // with cuda: this device
};

// Denoised slices [slices) of the volume, averaged over the K left-out choices: (slices, n, n).
ImageStack denoiseSlices(const std::vector<std::filesystem::path>& splits, const std::filesystem::path& checkpointDir,
                         Range slices, const InferConfig& config, const Progress& progress = {});

// The whole volume, slab by slab, written to `output` (any StackWriter path; published only when complete).
void denoiseVolume(const std::vector<std::filesystem::path>& splits, const std::filesystem::path& checkpointDir,
                   const std::filesystem::path& output, const InferConfig& config, const io::WriteOptions& write = {},
                   const Progress& progress = {});

}  // namespace xrs::denoise
