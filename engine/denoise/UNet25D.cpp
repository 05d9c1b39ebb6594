// denoise/UNet25D: the network (see UNet25D.h).
#include "denoise/UNet25D.h"

namespace xrs::denoise {

namespace {
torch::nn::AnyModule makeNorm(int channels, NormKind kind)
{
    if (kind == NormKind::BatchNormRelu) return torch::nn::AnyModule(torch::nn::BatchNorm2d(channels));
    // Groups of up to 8 channels; at least one group.
    const int groups = std::max(1, channels / 8);
    return torch::nn::AnyModule(torch::nn::GroupNorm(torch::nn::GroupNormOptions(groups, channels)));
}
}  // namespace

ConvBlockImpl::ConvBlockImpl(int in, int out, NormKind norm) : m_kind(norm)
{
    m_conv1 = register_module("conv1", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).padding(1)));
    m_conv2 = register_module("conv2", torch::nn::Conv2d(torch::nn::Conv2dOptions(out, out, 3).padding(1)));
    m_norm1 = makeNorm(out, norm);
    m_norm2 = makeNorm(out, norm);
    register_module("norm1", m_norm1.ptr());
    register_module("norm2", m_norm2.ptr());
}

torch::Tensor ConvBlockImpl::forward(torch::Tensor x)
{
    auto act = [this](torch::Tensor t) {
        return m_kind == NormKind::BatchNormRelu ? torch::relu(t) : torch::leaky_relu(t, 0.1);
    };
    x = act(m_norm1.forward(m_conv1->forward(x)));
    return act(m_norm2.forward(m_conv2->forward(x)));
}

UNet25DImpl::UNet25DImpl(const NetworkConfig& config) : m_config(config)
{
    const int in = 2 * config.context + 1;
    int channels = in;
    for (int level = 0; level < config.depth; ++level) {
        const int out = config.width << level;
        m_down->push_back(ConvBlock(channels, out, config.norm));
        channels = out;
    }
    m_bottom = register_module("bottom", ConvBlock(channels, config.width << config.depth, config.norm));
    channels = config.width << config.depth;
    for (int level = config.depth - 1; level >= 0; --level) {
        const int out = config.width << level;
        m_up->push_back(torch::nn::ConvTranspose2d(torch::nn::ConvTranspose2dOptions(channels, out, 2).stride(2)));
        m_upConv->push_back(ConvBlock(2 * out, out, config.norm));
        channels = out;
    }
    register_module("down", m_down);
    register_module("up", m_up);
    register_module("up_conv", m_upConv);
    m_out = register_module("out", torch::nn::Conv2d(torch::nn::Conv2dOptions(channels, 1, 1)));
}

torch::Tensor UNet25DImpl::forward(torch::Tensor x)
{
    const auto centre = x.narrow(1, m_config.context, 1);
    std::vector<torch::Tensor> skips;
    for (const auto& block : *m_down) {
        x = block->as<ConvBlock>()->forward(x);
        skips.push_back(x);
        x = torch::max_pool2d(x, 2);
    }
    x = m_bottom->forward(x);
    for (std::size_t i = 0; i < m_up->size(); ++i) {
        x = m_up[i]->as<torch::nn::ConvTranspose2d>()->forward(x);
        x = torch::cat({x, skips[skips.size() - 1 - i]}, 1);
        x = m_upConv[i]->as<ConvBlock>()->forward(x);
    }
    return centre + m_out->forward(x);
}

}  // namespace xrs::denoise
