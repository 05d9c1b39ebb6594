// fusion/SwinXvr: the SWIN-XVR modules (shallow LR/HR branches, 3D shifted-window Swin body, ×4 tail).
#include "fusion/SwinXvr.h"

#include <cmath>

namespace xrs::fusion {

namespace F = torch::nn::functional;

std::pair<Int3, Int3> effectiveWindow(const Int3& size, const Int3& window, const Int3& shift)
{
    Int3 w = window, s = shift;
    for (int i = 0; i < 3; ++i) {
        if (size[i] <= window[i]) {
            w[i] = size[i];
            s[i] = 0;
        }
    }
    return {w, s};
}

torch::Tensor relativePositionIndex(const Int3& window)
{
    const auto [wd, wh, ww] = window;
    const auto grid = torch::meshgrid({torch::arange(wd), torch::arange(wh), torch::arange(ww)}, "ij");
    const auto coords = torch::stack(grid).flatten(1);                                       // (3, N)
    auto rel = (coords.unsqueeze(2) - coords.unsqueeze(1)).permute({1, 2, 0}).contiguous();  // (N, N, 3)
    rel.select(2, 0).add_(wd - 1).mul_((2 * wh - 1) * (2 * ww - 1));
    rel.select(2, 1).add_(wh - 1).mul_(2 * ww - 1);
    rel.select(2, 2).add_(ww - 1);
    return rel.sum(-1);
}

std::vector<std::int64_t> shiftedWindowRegions(std::array<std::int64_t, 3> padded, std::array<std::int64_t, 3> window,
                                               std::array<std::int64_t, 3> shift)
{
    // Python slices slice(None, -w), slice(-w, -s), slice(-s, None) over a length L: with s = 0, "-s" is 0, so the
    // middle slice is empty and the last covers everything — the reference relies on exactly that.
    auto slices = [](std::int64_t len, std::int64_t w, std::int64_t s) {
        const std::int64_t negS = s > 0 ? len - s : 0;
        return std::array<std::pair<std::int64_t, std::int64_t>, 3>{
            {{0, len - w}, {len - w, std::max(negS, len - w)}, {negS, len}}};
    };
    const auto sd = slices(padded[0], window[0], shift[0]);
    const auto sh = slices(padded[1], window[1], shift[1]);
    const auto sw = slices(padded[2], window[2], shift[2]);
    std::vector<std::int64_t> labels(std::size_t(padded[0] * padded[1] * padded[2]), 0);
    std::int64_t cnt = 0;
    for (const auto& [d0, d1] : sd)
        for (const auto& [h0, h1] : sh)
            for (const auto& [w0, w1] : sw) {
                for (auto d = d0; d < d1; ++d)
                    for (auto h = h0; h < h1; ++h)
                        for (auto x = w0; x < w1; ++x) labels[std::size_t((d * padded[1] + h) * padded[2] + x)] = cnt;
                ++cnt;
            }
    return labels;
}

// (B, D, H, W, C) → (B·nW, wd·wh·ww, C), windows in (d, h, w) order.
static torch::Tensor windowPartition(const torch::Tensor& x, const Int3& w)
{
    const auto b = x.size(0), d = x.size(1), h = x.size(2), wi = x.size(3), c = x.size(4);
    return x.view({b, d / w[0], w[0], h / w[1], w[1], wi / w[2], w[2], c})
        .permute({0, 1, 3, 5, 2, 4, 6, 7})
        .reshape({-1, w[0] * w[1] * w[2], c});
}

static torch::Tensor windowReverse(const torch::Tensor& windows, const Int3& w, std::int64_t b, std::int64_t d,
                                   std::int64_t h, std::int64_t wi)
{
    return windows.view({b, d / w[0], h / w[1], wi / w[2], w[0], w[1], w[2], -1})
        .permute({0, 1, 4, 2, 5, 3, 6, 7})
        .reshape({b, d, h, wi, -1});
}

torch::Tensor shiftedWindowMask(const Int3& padded, const Int3& window, const Int3& shift, const torch::Device& device)
{
    const auto labels = shiftedWindowRegions(padded, window, shift);
    auto img = torch::from_blob(const_cast<std::int64_t*>(labels.data()), {1, padded[0], padded[1], padded[2], 1},
                                torch::kInt64)
                   .clone();
    const auto win = windowPartition(img, window).squeeze(-1);  // (nW, N)
    const auto diff = win.unsqueeze(1) - win.unsqueeze(2);      // (nW, N, N)
    return torch::where(diff != 0, torch::full({}, -100.0f), torch::zeros({})).to(torch::kFloat32).to(device);
}

// --- WindowAttention3D -------------------------------------------------------------------------------------------

WindowAttention3DImpl::WindowAttention3DImpl(std::int64_t dim, const Int3& window, std::int64_t heads)
    : m_heads(heads), m_scale(std::pow(double(dim / heads), -0.5))
{
    const auto tableSize = (2 * window[0] - 1) * (2 * window[1] - 1) * (2 * window[2] - 1);
    relative_position_bias_table = register_parameter("relative_position_bias_table", torch::zeros({tableSize, heads}));
    relative_position_index = register_buffer("relative_position_index", relativePositionIndex(window));
    qkv = register_module("qkv", torch::nn::Linear(torch::nn::LinearOptions(dim, 3 * dim).bias(true)));
    proj = register_module("proj", torch::nn::Linear(dim, dim));
}

torch::Tensor WindowAttention3DImpl::forward(const torch::Tensor& x, const torch::Tensor& mask)
{
    const auto bw = x.size(0), n = x.size(1), c = x.size(2);
    const auto qkvT = qkv(x).reshape({bw, n, 3, m_heads, c / m_heads}).permute({2, 0, 3, 1, 4});
    const auto q = qkvT[0], k = qkvT[1], v = qkvT[2];  // (B·nW, heads, N, hd)
    // The reference slices the index to N × N when the window shrinks to a smaller input (dims ≤ window).
    const auto index = relative_position_index.index({torch::indexing::Slice(0, n), torch::indexing::Slice(0, n)});
    const auto bias = relative_position_bias_table.index_select(0, index.reshape(-1))
                          .reshape({n, n, m_heads})
                          .permute({2, 0, 1});  // (heads, N, N)
    torch::Tensor out;
    if (fused) {
        if (mask.defined()) {
            // Heads and windows share one axis so the (window, head) bias broadcasts over the batch without a copy.
            const auto nw = mask.size(0), b = bw / nw;
            const auto m = (mask.unsqueeze(1) + bias.unsqueeze(0)).reshape({1, nw * m_heads, n, n}).to(q.scalar_type());
            out = at::scaled_dot_product_attention(q.reshape({b, nw * m_heads, n, -1}),
                                                   k.reshape({b, nw * m_heads, n, -1}),
                                                   v.reshape({b, nw * m_heads, n, -1}), m, 0.0, false, m_scale)
                      .view({bw, m_heads, n, -1});
        } else {
            out = at::scaled_dot_product_attention(q, k, v, bias.unsqueeze(0).to(q.scalar_type()), 0.0, false, m_scale);
        }
    } else {
        auto attn = torch::matmul(q * m_scale, k.transpose(-2, -1)) + bias.unsqueeze(0);
        if (mask.defined()) {
            const auto nw = mask.size(0);
            attn = (attn.view({bw / nw, nw, m_heads, n, n}) + mask.unsqueeze(1).unsqueeze(0)).view({bw, m_heads, n, n});
        }
        out = torch::matmul(attn.softmax(-1), v);
    }
    return proj(out.transpose(1, 2).reshape({bw, n, c}));
}

// --- Mlp, block, layer ------------------------------------------------------------------------------------------

MlpImpl::MlpImpl(std::int64_t dim, std::int64_t hidden)
{
    fc1 = register_module("fc1", torch::nn::Linear(dim, hidden));
    fc2 = register_module("fc2", torch::nn::Linear(hidden, dim));
}

torch::Tensor MlpImpl::forward(const torch::Tensor& x)
{
    return fc2(F::gelu(fc1(x)));  // exact (erf) GELU
}

SwinBlock3DImpl::SwinBlock3DImpl(std::int64_t dim, std::int64_t heads, const Int3& window, const Int3& shift,
                                 double mlpRatio, double dropPath)
    : m_window(window), m_shift(shift), m_dropPath(dropPath)
{
    norm1 = register_module("norm1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({dim}).eps(1e-5)));
    attn = register_module("attn", WindowAttention3D(dim, window, heads));
    norm2 = register_module("norm2", torch::nn::LayerNorm(torch::nn::LayerNormOptions({dim}).eps(1e-5)));
    mlp = register_module("mlp", Mlp(dim, std::int64_t(double(dim) * mlpRatio)));
}

torch::Tensor SwinBlock3DImpl::dropPath(const torch::Tensor& x) const
{
    if (!is_training() || m_dropPath <= 0.0) return x;
    const double keep = 1.0 - m_dropPath;
    std::vector<std::int64_t> shape(std::size_t(x.dim()), 1);
    shape[0] = x.size(0);
    return x * torch::empty(shape, x.options()).bernoulli_(keep).div_(keep);
}

torch::Tensor SwinBlock3DImpl::forward(const torch::Tensor& x, const torch::Tensor& mask)
{
    const auto b = x.size(0), d = x.size(1), h = x.size(2), w = x.size(3);
    const auto [win, shift] = effectiveWindow({d, h, w}, m_window, m_shift);
    auto y = norm1(x);
    // Zero padding after the norm (padded tokens take part unmasked in unshifted windows, as in the reference).
    const auto pd = (win[0] - d % win[0]) % win[0], ph = (win[1] - h % win[1]) % win[1],
               pw = (win[2] - w % win[2]) % win[2];
    if (pd || ph || pw) y = torch::constant_pad_nd(y, {0, 0, 0, pw, 0, ph, 0, pd});
    const auto dp = d + pd, hp = h + ph, wp = w + pw;
    const bool shifted = shift[0] > 0 || shift[1] > 0 || shift[2] > 0;
    if (shifted) y = torch::roll(y, {-shift[0], -shift[1], -shift[2]}, {1, 2, 3});
    auto windows = attn(windowPartition(y, win), shifted ? mask : torch::Tensor());
    y = windowReverse(windows, win, b, dp, hp, wp);
    if (shifted) y = torch::roll(y, {shift[0], shift[1], shift[2]}, {1, 2, 3});
    if (pd || ph || pw) y = y.slice(1, 0, d).slice(2, 0, h).slice(3, 0, w);
    auto out = x + dropPath(y);
    return out + dropPath(mlp(norm2(out)));
}

BasicLayer3DImpl::BasicLayer3DImpl(std::int64_t dim, std::int64_t depth, std::int64_t heads, const Int3& window,
                                   double mlpRatio, const std::vector<double>& dropPaths)
    : m_window(window), m_shift{window[0] / 2, window[1] / 2, window[2] / 2}
{
    blocks = register_module("blocks", torch::nn::ModuleList());
    for (std::int64_t j = 0; j < depth; ++j) {
        const Int3 shift = j % 2 == 0 ? Int3{0, 0, 0} : m_shift;
        m_blocks.push_back(SwinBlock3D(dim, heads, window, shift, mlpRatio, dropPaths[std::size_t(j)]));
        blocks->push_back(m_blocks.back());
    }
}

torch::Tensor BasicLayer3DImpl::forward(const torch::Tensor& x)
{
    const auto d = x.size(2), h = x.size(3), w = x.size(4);
    const auto [win, shift] = effectiveWindow({d, h, w}, m_window, m_shift);
    const Int3 padded{(d + win[0] - 1) / win[0] * win[0], (h + win[1] - 1) / win[1] * win[1],
                      (w + win[2] - 1) / win[2] * win[2]};
    const auto mask = shiftedWindowMask(padded, win, shift, x.device());
    auto y = x.permute({0, 2, 3, 4, 1}).contiguous();  // (B, D, H, W, C)
    for (auto& block : m_blocks) y = block->forward(y, mask);
    return y.permute({0, 4, 1, 2, 3}).contiguous();
}

torch::Tensor perFrame(torch::nn::Conv2d& conv, const torch::Tensor& x)
{
    const auto b = x.size(0), c = x.size(1), d = x.size(2), h = x.size(3), w = x.size(4);
    const auto y = conv(x.transpose(1, 2).reshape({b * d, c, h, w}));
    return y.view({b, d, -1, h, w}).transpose(1, 2);
}

RstbImpl::RstbImpl(std::int64_t dim, std::int64_t depth, std::int64_t heads, const Int3& window, double mlpRatio,
                   const std::vector<double>& dropPaths)
{
    residual_group = register_module("residual_group", BasicLayer3D(dim, depth, heads, window, mlpRatio, dropPaths));
    conv = register_module("conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(dim, dim, 3).padding(1)));
}

torch::Tensor RstbImpl::forward(const torch::Tensor& x)
{
    return perFrame(conv, residual_group(x)) + x;
}

// --- SwinXvr -----------------------------------------------------------------------------------------------------

static torch::nn::Conv2d conv3x3(std::int64_t in, std::int64_t out)
{
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).padding(1));
}

SwinXvrImpl::SwinXvrImpl(const SwinXvrConfig& config) : m_config(config)
{
    config.validate();
    const auto c = config.embedDim;
    conv_first = register_module("conv_first", conv3x3(1, c));
    conv_first_hi = register_module("conv_first_hi", conv3x3(1, c));
    conv1_hi = register_module("conv1_hi", conv3x3(c, c));
    conv2_hi = register_module("conv2_hi", conv3x3(c, c));

    std::int64_t total = 0;
    for (auto d : config.depths) total += d;
    const auto rates = torch::linspace(0.0, config.dropPathRate, total, torch::kFloat64);
    layers = register_module("layers", torch::nn::ModuleList());
    std::int64_t first = 0;
    for (std::size_t i = 0; i < config.depths.size(); ++i) {
        std::vector<double> dp;
        for (std::int64_t j = 0; j < config.depths[i]; ++j) dp.push_back(rates[first + j].item<double>());
        first += config.depths[i];
        m_layers.push_back(Rstb(c, config.depths[i], config.heads[i], config.window, config.mlpRatio, dp));
        layers->push_back(m_layers.back());
    }
    norm = register_module("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({c}).eps(1e-5)));
    conv_after_body = register_module("conv_after_body", conv3x3(c, c));
    conv_before_upsample =
        register_module("conv_before_upsample", torch::nn::Sequential(conv3x3(c, 64), torch::nn::LeakyReLU()));
    upsample = register_module("upsample", torch::nn::Sequential(conv3x3(64, 256), torch::nn::PixelShuffle(2),
                                                                 conv3x3(64, 256), torch::nn::PixelShuffle(2)));
    conv_last = register_module("conv_last", conv3x3(64, 1));

    // Swin's initialisation for the transformer parts: truncated-normal-like weights (σ 0.02), zero biases.
    torch::NoGradGuard noGrad;
    for (auto& layer : m_layers)
        for (auto& p : layer->residual_group->named_parameters()) {
            const auto& key = p.key();
            auto& t = p.value();
            if (key.ends_with("relative_position_bias_table") || (key.ends_with(".weight") && t.dim() == 2))
                t.normal_(0.0, 0.02).clamp_(-0.04, 0.04);
            else if (key.find(".norm") != std::string::npos && key.ends_with(".weight"))
                t.fill_(1.0);
            else if (key.ends_with(".bias"))
                t.zero_();
        }
}

void SwinXvrImpl::setFusedAttention(bool on)
{
    for (auto& layer : m_layers)
        for (const auto& block : layer->residual_group->blocks->children())
            block->as<SwinBlock3DImpl>()->attn->fused = on;
}

torch::Tensor SwinXvrImpl::forward(const torch::Tensor& lr, const torch::Tensor& hr)
{
    const auto b = lr.size(0), nl = lr.size(1), h = lr.size(3), w = lr.size(4);
    TORCH_CHECK(nl == m_config.numLr, "SWIN-XVR expects ", m_config.numLr, " LR frames, got ", nl);
    TORCH_CHECK(hr.size(1) == 2 && hr.size(3) == 4 * h && hr.size(4) == 4 * w, "HR frames must be 2 × 4h × 4w");
    const auto leaky = F::LeakyReLUFuncOptions().negative_slope(0.1);
    const auto pool = F::MaxPool2dFuncOptions(3).stride(2).padding(1);
    const auto c = m_config.embedDim;

    const auto lrFeat = F::leaky_relu(conv_first(lr.reshape({b * nl, 1, h, w})), leaky).view({b, nl, c, h, w});
    auto hrFeat = F::leaky_relu(conv_first_hi(hr.reshape({b * 2, 1, 4 * h, 4 * w})), leaky);
    hrFeat = F::max_pool2d(F::leaky_relu(conv1_hi(hrFeat), leaky), pool);
    hrFeat = F::max_pool2d(F::leaky_relu(conv2_hi(hrFeat), leaky), pool).view({b, 2, c, h, w});
    const auto shallow = torch::cat({lrFeat, hrFeat}, 1).transpose(1, 2);  // (B, C, D, h, w)

    auto x = shallow;
    for (auto& layer : m_layers) x = layer->forward(x);
    x = norm(x.permute({0, 2, 3, 4, 1})).permute({0, 4, 1, 2, 3});
    x = perFrame(conv_after_body, x) + shallow;
    auto centre = x.select(2, nl / 2);  // (B, C, h, w)
    return conv_last(upsample->forward(conv_before_upsample->forward(centre)));
}

}  // namespace xrs::fusion
