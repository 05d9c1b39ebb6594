// fusion/FusionModel: configuration, presets, checkpoints (reference layout) and the batched forward of SWIN-XVR.
#include "fusion/FusionModel.h"

#include <ATen/autocast_mode.h>

#include <cstring>
#include <fstream>
#include <map>
#include <sstream>

#include "core/Error.h"
#include "fusion/PthArchive.h"
#include "fusion/SwinXvr.h"
#include "io/AtomicFile.h"

namespace xrs::fusion {

// --- configuration ----------------------------------------------------------------------------------------------

void SwinXvrConfig::validate() const
{
    if (numLr != 3 && numLr != 5 && numLr != 7 && numLr != 9)
        throw Error("SWIN-XVR: the number of LR frames must be 3, 5, 7 or 9 (got " + std::to_string(numLr) + ")");
    if (embedDim <= 0) throw Error("SWIN-XVR: the embed dimension must be positive");
    for (std::size_t i = 0; i < depths.size(); ++i) {
        if (depths[i] <= 0 || heads[i] <= 0 || embedDim % heads[i] != 0)
            throw Error("SWIN-XVR: stage " + std::to_string(i) +
                        " needs depth > 0 and heads dividing the embed dimension " + std::to_string(embedDim));
    }
    for (auto w : window)
        if (w <= 0) throw Error("SWIN-XVR: window sizes must be positive");
    if (mlpRatio <= 0.0 || dropPathRate < 0.0 || dropPathRate >= 1.0)
        throw Error("SWIN-XVR: MLP ratio must be positive and the drop-path rate in [0, 1)");
}

std::string SwinXvrConfig::describe() const
{
    std::ostringstream s;
    s << (preset.empty() ? "custom" : preset) << ": C=" << embedDim << ", depths " << depths[0] << ',' << depths[1]
      << ',' << depths[2] << ',' << depths[3] << ", heads " << heads[0] << ',' << heads[1] << ',' << heads[2] << ','
      << heads[3] << ", window " << window[0] << 'x' << window[1] << 'x' << window[2] << ", NL=" << numLr;
    return s.str();
}

SwinXvrConfig presetConfig(std::string_view name, std::int64_t numLr)
{
    SwinXvrConfig c;
    c.numLr = numLr;
    c.preset = std::string(name);
    if (name == "baseline") {
        c.embedDim = 192;
        c.heads = {3, 3, 3, 3};
        c.window = {numLr + 2, 8, 8};
    } else if (name == "paper") {
        c.embedDim = 384;
        c.heads = {6, 6, 6, 6};
        c.window = {5, 4, 4};
    } else {
        throw Error("unknown SWIN-XVR preset '" + std::string(name) + "' (known: baseline, paper)");
    }
    c.validate();
    return c;
}

std::vector<std::string> presetNames()
{
    return {"baseline", "paper"};
}

Precision parsePrecision(std::string_view name)
{
    if (name == "fp32" || name == "float32") return Precision::Fp32;
    if (name == "bf16" || name == "bfloat16") return Precision::Bf16;
    if (name == "fp16" || name == "float16") return Precision::Fp16;
    throw Error("unknown precision '" + std::string(name) + "' (fp32, bf16, fp16)");
}

std::string_view precisionName(Precision p) noexcept
{
    switch (p) {
        case Precision::Fp32:
            return "fp32";
        case Precision::Bf16:
            return "bf16";
        case Precision::Fp16:
            return "fp16";
    }
    return "fp32";
}

// --- model ------------------------------------------------------------------------------------------------------

struct FusionModel::Impl {
    SwinXvrConfig config;
    SwinXvr net{nullptr};
    torch::Device device{torch::kCPU};
    Precision precision = Precision::Fp32;

    // Parameters and buffers under their state-dict names, in registration order.
    std::vector<std::pair<std::string, torch::Tensor>> state() const
    {
        std::vector<std::pair<std::string, torch::Tensor>> out;
        for (const auto& p : net->named_parameters()) out.emplace_back(p.key(), p.value());
        // Buffers go in after the parameters of their module in PyTorch; order does not matter to a state dict.
        for (const auto& b : net->named_buffers()) out.emplace_back(b.key(), b.value());
        return out;
    }
};

FusionModel::FusionModel(const SwinXvrConfig& config, std::uint64_t seed) : m(std::make_unique<Impl>())
{
    config.validate();
    m->config = config;
    torch::manual_seed(seed);
    m->net = SwinXvr(config);
    m->net->eval();
}

FusionModel::~FusionModel() = default;
FusionModel::FusionModel(FusionModel&&) noexcept = default;
FusionModel& FusionModel::operator=(FusionModel&&) noexcept = default;

const SwinXvrConfig& FusionModel::config() const noexcept
{
    return m->config;
}

std::vector<TensorInfo> FusionModel::stateLayout() const
{
    std::vector<TensorInfo> out;
    for (const auto& p : m->net->named_parameters()) out.push_back({p.key(), p.value().sizes().vec(), true});
    for (const auto& b : m->net->named_buffers()) out.push_back({b.key(), b.value().sizes().vec(), false});
    return out;
}

std::int64_t FusionModel::parameterCount() const
{
    std::int64_t n = 0;
    for (const auto& p : m->net->parameters()) n += p.numel();
    return n;
}

static std::string shapeText(at::IntArrayRef s)
{
    std::string t = "[";
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i) t += ',';
        t += std::to_string(s[i]);
    }
    return t + "]";
}

static std::string listText(const std::vector<std::string>& items, std::size_t shown = 4)
{
    std::string t;
    for (std::size_t i = 0; i < items.size() && i < shown; ++i) {
        if (i) t += ", ";
        t += items[i];
    }
    if (items.size() > shown) t += ", …";
    return t;
}

std::string FusionModel::loadCheckpoint(const std::filesystem::path& file)
{
    const PyPtr root = readTorchArchive(file);
    if (root->kind != PyValue::Kind::Dict) throw Error(file, {}, "the checkpoint is not a dictionary");

    // Which state dict: params_ema (inference), params, or the file itself when it maps names to tensors.
    std::string used = "state dict";
    PyPtr stateDict = root;
    for (const char* key : {"params_ema", "params"}) {
        if (auto entry = root->get(key)) {
            if (entry->kind != PyValue::Kind::Dict) throw Error(file, key, "the entry is not a state dictionary");
            stateDict = entry;
            used = key;
            break;
        }
    }
    std::map<std::string, at::Tensor> loaded;
    for (const auto& [k, v] : stateDict->entries) {
        if (k->kind != PyValue::Kind::Str || v->kind != PyValue::Kind::Tensor)
            throw Error(file, used,
                        used == "state dict" ? "no 'params_ema' or 'params' entry and not a state dictionary"
                                             : "the state dictionary holds a non-tensor entry");
        std::string name = k->s;
        if (name.starts_with("module.")) name = name.substr(7);
        loaded[name] = v->tensor;
    }

    const auto state = m->state();
    std::vector<std::string> missing, unexpected, mismatched;
    std::map<std::string, bool> known;
    for (const auto& [name, t] : state) {
        known[name] = true;
        const auto it = loaded.find(name);
        if (it == loaded.end())
            missing.push_back(name);
        else if (it->second.sizes() != t.sizes() || (t.is_floating_point() != it->second.is_floating_point()))
            mismatched.push_back(name + " " + shapeText(it->second.sizes()) + " vs model " + shapeText(t.sizes()));
    }
    for (const auto& [name, t] : loaded)
        if (!known.count(name)) unexpected.push_back(name);
    if (!missing.empty() || !unexpected.empty() || !mismatched.empty()) {
        std::string why = "checkpoint does not match SWIN-XVR (" + m->config.describe() + "):";
        if (!missing.empty()) why += " " + std::to_string(missing.size()) + " missing (" + listText(missing) + ");";
        if (!unexpected.empty())
            why += " " + std::to_string(unexpected.size()) + " unexpected (" + listText(unexpected) + ");";
        if (!mismatched.empty())
            why += " " + std::to_string(mismatched.size()) + " shape mismatched (" + listText(mismatched, 3) + ");";
        why.pop_back();
        throw Error(file, used, why);
    }
    torch::NoGradGuard noGrad;
    for (auto& [name, t] : state) t.copy_(loaded.at(name));
    return used;
}

void FusionModel::saveCheckpoint(const std::filesystem::path& file) const
{
    io::AtomicFile out(file);
    writeTorchArchive(out.tempPath(), {"params", "params_ema"}, m->state());
    out.commit();
}

void FusionModel::setDevice(std::string_view device)
{
    torch::Device dev(torch::kCPU);
    try {
        dev = torch::Device(std::string(device));
    } catch (const std::exception&) {
        throw Error("unknown device '" + std::string(device) + "' (cpu, cuda, cuda:N)");
    }
    if (dev.is_cuda()) {
        if (!torch::cuda::is_available()) throw Error("device '" + std::string(device) + "': no CUDA device available");
        if (dev.has_index() && dev.index() >= int(torch::cuda::device_count()))
            throw Error("device '" + std::string(device) + "': only " + std::to_string(torch::cuda::device_count()) +
                        " CUDA device(s)");
        // Same numbers as the CPU path in fp32: no TF32 shortcuts.
        at::globalContext().setAllowTF32CuBLAS(false);
        at::globalContext().setAllowTF32CuDNN(false);
    } else if (!dev.is_cpu()) {
        throw Error("unsupported device '" + std::string(device) + "' (cpu, cuda, cuda:N)");
    }
    m->net->to(dev);
    m->device = dev;
}

std::string FusionModel::device() const
{
    return m->device.str();
}

void FusionModel::setPrecision(Precision p)
{
    m->precision = p;
}

void FusionModel::setFusedAttention(bool on)
{
    m->net->setFusedAttention(on);
}

namespace {
// Autocast for the forward on CUDA (bf16/fp16); restores the previous state.
class AutocastScope {
public:
    AutocastScope(bool on, at::ScalarType type) : m_on(on)
    {
        if (!m_on) return;
        m_prevEnabled = at::autocast::is_autocast_enabled(at::kCUDA);
        m_prevType = at::autocast::get_autocast_dtype(at::kCUDA);
        at::autocast::set_autocast_dtype(at::kCUDA, type);
        at::autocast::set_autocast_enabled(at::kCUDA, true);
    }
    ~AutocastScope()
    {
        if (!m_on) return;
        at::autocast::set_autocast_enabled(at::kCUDA, m_prevEnabled);
        at::autocast::set_autocast_dtype(at::kCUDA, m_prevType);
        at::autocast::clear_cache();
    }
    AutocastScope(const AutocastScope&) = delete;
    AutocastScope& operator=(const AutocastScope&) = delete;

private:
    bool m_on;
    bool m_prevEnabled = false;
    at::ScalarType m_prevType = at::kHalf;
};
}  // namespace

void FusionModel::forward(std::span<const float> lr, std::span<const float> hr, std::span<float> out,
                          std::int64_t batch, std::int64_t h, std::int64_t w)
{
    const auto nl = m->config.numLr;
    if (std::int64_t(lr.size()) != batch * nl * h * w || std::int64_t(hr.size()) != batch * 2 * 16 * h * w ||
        std::int64_t(out.size()) != batch * 16 * h * w)
        throw Error("SWIN-XVR forward: buffer sizes do not match the batch and frame size");
    c10::InferenceMode guard;
    const auto opts = torch::TensorOptions().dtype(torch::kFloat32);
    auto lrT = torch::from_blob(const_cast<float*>(lr.data()), {batch, nl, 1, h, w}, opts).to(m->device);
    auto hrT = torch::from_blob(const_cast<float*>(hr.data()), {batch, 2, 1, 4 * h, 4 * w}, opts).to(m->device);
    torch::Tensor y;
    {
        const bool autocast = m->device.is_cuda() && m->precision != Precision::Fp32;
        AutocastScope scope(autocast, m->precision == Precision::Bf16 ? at::kBFloat16 : at::kHalf);
        y = m->net->forward(lrT, hrT);
    }
    y = y.to(torch::kCPU, torch::kFloat32).contiguous();
    std::memcpy(out.data(), y.data_ptr<float>(), out.size() * sizeof(float));
}

std::vector<std::int64_t> FusionModel::relativePositionIndex(std::int64_t* n) const
{
    const auto& block = m->net->named_buffers();
    const auto idx = block[block.keys().front()].to(torch::kCPU).contiguous();
    if (n) *n = idx.size(0);
    return {idx.data_ptr<std::int64_t>(), idx.data_ptr<std::int64_t>() + idx.numel()};
}

}  // namespace xrs::fusion
