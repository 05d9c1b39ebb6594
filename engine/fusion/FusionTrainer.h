#pragma once
// fusion/FusionTrainer: SWIN-XVR training with the reference recipe (torch-free header; implementation in xrs_nn).
// Samples: a random LR time t, its NL-frame LR window (reflected at the ends), the ground-truth frames t − m1 and
// t + m2 (m ~ U{1..maxHrOffset}) as the HR pair, matching random crops (cropHr on the HR grid, cropHr/4 on LR), shared
// flips and transpose, Poisson noise on LR with b0 = 10^U(a, b). L1 loss, Adam with cosine annealing and linear
// warm-up, an EMA of the weights. Validation PSNR (EMA weights, border crop) on held-out frames against bicubic ×4.
// Checkpoints in the reference layout (net_g_<iter>.pth: params + params_ema) plus training_state.pt (iteration,
// optimiser, RNG) every N iterations, at the end and on a stop request; a run started on a folder that holds one
// resumes exactly. Data-parallel over processes (nn/DataParallel): rank r trains on its share of the global batch.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/Progress.h"
#include "fusion/FusionModel.h"

namespace xrs::fusion {

struct TrainOptions {
    SwinXvrConfig model = presetConfig("baseline");
    std::filesystem::path lr, groundTruth;  // (frames, h, w) and (frames, 4h, 4w), values in [0, 1]
    std::filesystem::path dir;              // checkpoints and the training log
    std::filesystem::path init;             // fine-tune: start from these weights (params_ema, else params)

    std::int64_t cropHr = 96;  // HR/GT crop; the LR crop is cropHr / 4
    int maxHrOffset = 20;
    bool poisson = true;
    double log10B0Min = 1, log10B0Max = 7;
    int batch = 1;  // per rank

    std::int64_t iterations = 30000;
    double learningRate = 2e-4, beta1 = 0.9, beta2 = 0.99, minLearningRate = 1e-7;
    std::int64_t warmup = 500;
    double emaDecay = 0.999;

    std::int64_t validateEvery = 1000;
    double validationFraction = 0.1;  // the last frames are held out (never a training target)
    int validationCrop = 4;           // border pixels ignored by the validation PSNR (reference: 4)
    std::int64_t checkpointEvery = 5000;
    std::uint64_t seed = 0;
    std::string device = "cpu";
};

struct TrainResult {
    std::int64_t iterations = 0;
    std::int64_t resumedFrom = -1;  // −1: a fresh run
    double lastLoss = 0;
    double validationPsnr = 0;  // EMA weights, 8-bit convention, border crop
    double bicubicPsnr = 0;     // the same frames by bicubic ×4
    double iterationsPerSecond = 0;
    int rank = 0, world = 1;
    std::filesystem::path checkpoint;  // the last net_g_<iter>.pth written
};

TrainResult trainFusion(const TrainOptions& options, const Progress& progress = {});

}  // namespace xrs::fusion
