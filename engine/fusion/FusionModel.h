#pragma once
// fusion/FusionModel: the torch-free face of the SWIN-XVR network — its configuration and presets, the parameter
// layout, checkpoints in the reference layout (net_g_*.pth: {'params', 'params_ema'}) and a batched forward on plain
// float buffers. The LibTorch module itself lives in fusion/SwinXvr.h (xrs_nn only); this header keeps callers
// (CLI, GUI, tests of inference) free of torch includes.
#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace xrs::fusion {

struct SwinXvrConfig {
    std::int64_t embedDim = 192;
    std::array<std::int64_t, 4> depths{2, 2, 18, 2};
    std::array<std::int64_t, 4> heads{3, 3, 3, 3};
    std::array<std::int64_t, 3> window{5, 8, 8};  // (Wd, Wh, Ww) in tokens (frames, LR rows, LR cols)
    std::int64_t numLr = 3;                       // NL ∈ {3, 5, 7, 9}; the network sees D = NL + 2 frames
    double mlpRatio = 2.0;
    double dropPathRate = 0.2;  // stochastic depth, linspace(0, rate) over all blocks
    std::string preset;         // "baseline", "paper" or empty (custom)

    // Throws xrs::Error when a value is out of range (NL, heads dividing the embed dim, …).
    void validate() const;
    std::string describe() const;  // one line: "baseline: C=192, depths 2,2,18,2, heads 3, window 5x8x8, NL=3"
};

// "baseline": C = 192, heads 3, window (NL+2, 8, 8). "paper": C = 384, heads 6, window (5, 4, 4).
// Throws xrs::Error for an unknown name or NL outside {3, 5, 7, 9}.
SwinXvrConfig presetConfig(std::string_view name, std::int64_t numLr = 3);
std::vector<std::string> presetNames();

// One entry of the state dict (parameters and saved buffers) in the reference's order.
struct TensorInfo {
    std::string name;
    std::vector<std::int64_t> shape;
    bool parameter = true;  // false for buffers (relative_position_index)
};

enum class Precision { Fp32, Bf16, Fp16 };
Precision parsePrecision(std::string_view name);  // "fp32", "bf16", "fp16"; throws xrs::Error
std::string_view precisionName(Precision p) noexcept;

class FusionModel {
public:
    // A model with random initialisation (fixed seed), in eval mode on the CPU.
    explicit FusionModel(const SwinXvrConfig& config, std::uint64_t seed = 0);
    ~FusionModel();
    FusionModel(FusionModel&&) noexcept;
    FusionModel& operator=(FusionModel&&) noexcept;

    const SwinXvrConfig& config() const noexcept;
    std::vector<TensorInfo> stateLayout() const;
    std::int64_t parameterCount() const;  // trainable values

    // Loads a reference-layout checkpoint (prefers 'params_ema', then 'params', then a bare state dict; strips a
    // 'module.' prefix). Every name and shape must match: otherwise xrs::Error naming the file and listing missing,
    // unexpected and shape-mismatched tensors. Returns which entry was used ("params_ema", …).
    std::string loadCheckpoint(const std::filesystem::path& file);
    // Writes {'params': state, 'params_ema': state} readable by Python's torch.load (atomically).
    void saveCheckpoint(const std::filesystem::path& file) const;

    // "cpu", "cuda" or "cuda:N"; throws xrs::Error when the device is not there.
    void setDevice(std::string_view device);
    std::string device() const;
    void setPrecision(Precision p);  // bf16/fp16 only take effect on CUDA (autocast); fp32 everywhere
    // Fused attention (scaled_dot_product_attention) or the explicit softmax path; both give the same numbers.
    void setFusedAttention(bool on);

    // Batched forward: lr (B, NL, h, w), hr (B, 2, 4h, 4w) contiguous float32 in [0, 1]; out (B, 4h, 4w).
    void forward(std::span<const float> lr, std::span<const float> hr, std::span<float> out, std::int64_t batch,
                 std::int64_t h, std::int64_t w);

    // For tests: the relative position index of the first block's attention (N × N, row-major).
    std::vector<std::int64_t> relativePositionIndex(std::int64_t* n = nullptr) const;

    struct Impl;

private:
    std::unique_ptr<Impl> m;
};

// Region labels (0..26) of the Video-Swin shifted-window mask over a padded D×H×W volume (row-major d, h, w),
// with Python slice semantics for zero shifts exactly as the reference computes them.
std::vector<std::int64_t> shiftedWindowRegions(std::array<std::int64_t, 3> padded, std::array<std::int64_t, 3> window,
                                               std::array<std::int64_t, 3> shift);

}  // namespace xrs::fusion
