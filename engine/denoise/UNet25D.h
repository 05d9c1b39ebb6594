#pragma once
// denoise/UNet25D: the 2.5D U-Net of Noise2Inverse (LibTorch; only xrs_nn includes this header). Input: the target
// slice and its ±n neighbours as 2n + 1 channels; output: the denoised target slice, predicted as a correction to the
// centre channel (a residual, so an untrained net starts as the identity). `depth` levels of two 3×3 convolutions
// with normalisation and activation, max-pool down, transposed-convolution up, skip connections by concatenation.
// Inputs must be multiples of 2^depth in both dimensions (callers pad).
#include <torch/torch.h>

#include "denoise/Noise2Inverse.h"

namespace xrs::denoise {

class ConvBlockImpl : public torch::nn::Module {
public:
    ConvBlockImpl(int in, int out, NormKind norm);
    torch::Tensor forward(torch::Tensor x);

private:
    torch::nn::Conv2d m_conv1{nullptr}, m_conv2{nullptr};
    torch::nn::AnyModule m_norm1, m_norm2;
    NormKind m_kind;
};
TORCH_MODULE(ConvBlock);

class UNet25DImpl : public torch::nn::Module {
public:
    explicit UNet25DImpl(const NetworkConfig& config);
    torch::Tensor forward(torch::Tensor x);
    const NetworkConfig& config() const { return m_config; }
    int multiple() const { return 1 << m_config.depth; }

private:
    NetworkConfig m_config;
    torch::nn::ModuleList m_down, m_up, m_upConv;
    ConvBlock m_bottom{nullptr};
    torch::nn::Conv2d m_out{nullptr};
};
TORCH_MODULE(UNet25D);

}  // namespace xrs::denoise
