#pragma once
// fusion/SwinXvr: the SWIN-XVR network as LibTorch modules (xrs_nn only — includes torch). Module and parameter names
// follow the reference implementation so state dicts move both ways: conv_first*, layers.i.residual_group.blocks.j.*,
// layers.i.conv, norm, conv_after_body, conv_before_upsample.0, upsample.{0,2}, conv_last.
#include <torch/torch.h>

#include <array>
#include <optional>

#include "fusion/FusionModel.h"

namespace xrs::fusion {

using Int3 = std::array<std::int64_t, 3>;

// The window and shift actually used for a (D, H, W) input: a dimension not larger than the window gets window = its
// size and shift 0 (as the reference's get_window_size).
std::pair<Int3, Int3> effectiveWindow(const Int3& size, const Int3& window, const Int3& shift);
// Relative position index (N × N, int64) of a (Wd, Wh, Ww) window.
torch::Tensor relativePositionIndex(const Int3& window);
// Shifted-window attention mask (nW, N, N): 0 within a region, −100 between regions.
torch::Tensor shiftedWindowMask(const Int3& padded, const Int3& window, const Int3& shift, const torch::Device& device);

class WindowAttention3DImpl : public torch::nn::Module {
public:
    WindowAttention3DImpl(std::int64_t dim, const Int3& window, std::int64_t heads);
    // x (B·nW, N, C); mask (nW, N, N) or undefined.
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& mask);

    bool fused = true;
    torch::Tensor relative_position_bias_table;
    torch::Tensor relative_position_index;
    torch::nn::Linear qkv{nullptr};
    torch::nn::Linear proj{nullptr};

private:
    std::int64_t m_heads;
    double m_scale;
};
TORCH_MODULE(WindowAttention3D);

class MlpImpl : public torch::nn::Module {
public:
    MlpImpl(std::int64_t dim, std::int64_t hidden);
    torch::Tensor forward(const torch::Tensor& x);
    torch::nn::Linear fc1{nullptr};
    torch::nn::Linear fc2{nullptr};
};
TORCH_MODULE(Mlp);

class SwinBlock3DImpl : public torch::nn::Module {
public:
    SwinBlock3DImpl(std::int64_t dim, std::int64_t heads, const Int3& window, const Int3& shift, double mlpRatio,
                    double dropPath);
    // x (B, D, H, W, C); mask for the shifted configuration of this (D, H, W) (used by odd blocks only).
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& mask);

    torch::nn::LayerNorm norm1{nullptr};
    WindowAttention3D attn{nullptr};
    torch::nn::LayerNorm norm2{nullptr};
    Mlp mlp{nullptr};

private:
    torch::Tensor dropPath(const torch::Tensor& x) const;
    Int3 m_window, m_shift;
    double m_dropPath;
};
TORCH_MODULE(SwinBlock3D);

// BasicLayer: `depth` blocks, even ones unshifted, odd ones shifted by window/2; builds the mask once per input size.
class BasicLayer3DImpl : public torch::nn::Module {
public:
    BasicLayer3DImpl(std::int64_t dim, std::int64_t depth, std::int64_t heads, const Int3& window, double mlpRatio,
                     const std::vector<double>& dropPaths);
    torch::Tensor forward(const torch::Tensor& x);  // (B, C, D, H, W)

    torch::nn::ModuleList blocks{nullptr};

private:
    std::vector<SwinBlock3D> m_blocks;
    Int3 m_window, m_shift;
};
TORCH_MODULE(BasicLayer3D);

// One RSTB: residual_group (a BasicLayer) + a per-frame 3×3 conv, plus the stage input.
class RstbImpl : public torch::nn::Module {
public:
    RstbImpl(std::int64_t dim, std::int64_t depth, std::int64_t heads, const Int3& window, double mlpRatio,
             const std::vector<double>& dropPaths);
    torch::Tensor forward(const torch::Tensor& x);  // (B, C, D, H, W)

    BasicLayer3D residual_group{nullptr};
    torch::nn::Conv2d conv{nullptr};
};
TORCH_MODULE(Rstb);

// Applies a 2D conv to every frame of (B, C, D, H, W).
torch::Tensor perFrame(torch::nn::Conv2d& conv, const torch::Tensor& x);

class SwinXvrImpl : public torch::nn::Module {
public:
    explicit SwinXvrImpl(const SwinXvrConfig& config);
    // lr (B, NL, 1, h, w), hr (B, 2, 1, 4h, 4w) → (B, 1, 4h, 4w).
    torch::Tensor forward(const torch::Tensor& lr, const torch::Tensor& hr);
    void setFusedAttention(bool on);

    const SwinXvrConfig& config() const { return m_config; }

    torch::nn::Conv2d conv_first{nullptr}, conv_first_hi{nullptr}, conv1_hi{nullptr}, conv2_hi{nullptr};
    torch::nn::ModuleList layers{nullptr};
    torch::nn::LayerNorm norm{nullptr};
    torch::nn::Conv2d conv_after_body{nullptr};
    torch::nn::Sequential conv_before_upsample{nullptr};
    torch::nn::Sequential upsample{nullptr};
    torch::nn::Conv2d conv_last{nullptr};

private:
    std::vector<Rstb> m_layers;
    SwinXvrConfig m_config;
};
TORCH_MODULE(SwinXvr);

}  // namespace xrs::fusion
