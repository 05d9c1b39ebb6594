// denoise/Noise2Inverse: training and inference (see Noise2Inverse.h). LibTorch lives here and in UNet25D only.
#include "denoise/Noise2Inverse.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <numbers>
#include <random>

#include "core/Error.h"
#include "denoise/UNet25D.h"
#include "io/StackSource.h"
#include "nn/DataParallel.h"

namespace xrs::denoise {

namespace {

using Clock = std::chrono::steady_clock;
constexpr std::int64_t kInMemoryBytes = std::int64_t(2) << 30;  // smaller split sets are loaded whole
constexpr std::size_t kSliceCache = 96;                         // slices kept for lazily read split sets

// The K split reconstructions: whole in memory when small, else read slice by slice through a small cache.
class SplitVolumes {
public:
    explicit SplitVolumes(const std::vector<std::filesystem::path>& files)
    {
        if (files.size() < 2) throw Error({}, "--splits", "Noise2Inverse needs at least 2 split reconstructions");
        for (const auto& f : files) {
            m_sources.push_back(io::openStack(f));
            if (m_sources.back()->shape() != m_sources.front()->shape())
                throw Error(f, {},
                            "split reconstruction is " + m_sources.back()->shape().str() + ", the first is " +
                                m_sources.front()->shape().str());
        }
        m_shape = m_sources.front()->shape();
        if (m_shape.count() * std::int64_t(files.size()) * 4 <= kInMemoryBytes)
            for (auto& s : m_sources) m_volumes.push_back(s->readAll());
    }
    const Shape& shape() const { return m_shape; }
    int count() const { return int(m_sources.size()); }

    // Slice z of split k, z reflected into the volume at both ends (context beyond the first and last slice).
    const float* slice(int k, std::int64_t z)
    {
        z = reflect(z);
        if (!m_volumes.empty()) return m_volumes[std::size_t(k)].frame(z).row(0, 0).data();
        const auto key = std::make_pair(k, z);
        if (auto it = m_cache.find(key); it != m_cache.end()) return it->second.row(0, 0).data();
        if (m_cache.size() >= kSliceCache) m_cache.erase(m_cache.begin());
        ImageStack one = m_sources[std::size_t(k)]->read({z, z + 1});
        if (!one.contiguous()) one = one.clone();
        return m_cache.emplace(key, std::move(one)).first->second.row(0, 0).data();
    }

    std::int64_t reflect(std::int64_t z) const
    {
        const std::int64_t n = m_shape.frames;
        if (n == 1) return 0;
        while (z < 0 || z >= n) z = z < 0 ? -z : 2 * (n - 1) - z;
        return z;
    }

private:
    std::vector<std::unique_ptr<io::StackSource>> m_sources;
    std::vector<ImageStack> m_volumes;
    std::map<std::pair<int, std::int64_t>, ImageStack> m_cache;
    Shape m_shape;
};

struct Normalisation {
    double mean = 0, scale = 1;
};

// Mean and standard deviation over up to 16 evenly spread slices of the first split.
Normalisation measure(SplitVolumes& v)
{
    const std::int64_t n = v.shape().frames, count = std::min<std::int64_t>(16, n),
                       pixels = v.shape().rows * v.shape().cols;
    double s = 0, ss = 0, m = 0;
    for (std::int64_t i = 0; i < count; ++i) {
        const float* p = v.slice(0, (2 * i + 1) * n / (2 * count));
        for (std::int64_t k = 0; k < pixels; ++k) {
            s += p[k];
            ss += double(p[k]) * p[k];
            m += 1;
        }
    }
    const double mean = s / m, var = std::max(0.0, ss / m - mean * mean);
    return {mean, var > 0 ? std::sqrt(var) : 1.0};
}

torch::Device deviceFor(bool cuda, int index = 0)
{
    if (!cuda) return torch::kCPU;
    if (!torch::cuda::is_available())
        throw Error({}, "--device cuda", "no CUDA device is usable by LibTorch; use --device cpu");
    if (index >= int(torch::cuda::device_count()))
        throw Error({}, "--device cuda:" + std::to_string(index),
                    "LibTorch sees only " + std::to_string(torch::cuda::device_count()) + " CUDA devices");
    return torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(std::max(0, index)));
}

// The input channels for left-out split `out` at slice z: the mean of the other splits' slices z − n … z + n,
// normalised, over rows [y0, y0 + h) and cols [x0, x0 + w); written to dst (2n + 1, h, w).
void gatherInput(SplitVolumes& v, int out, std::int64_t z, int context, std::int64_t y0, std::int64_t x0,
                 std::int64_t h, std::int64_t w, const Normalisation& norm, float* dst)
{
    const int k = v.count();
    const std::int64_t cols = v.shape().cols;
    const double inv = 1.0 / ((k - 1) * norm.scale);
    for (int c = 0; c < 2 * context + 1; ++c) {
        float* plane = dst + std::int64_t(c) * h * w;
        std::fill(plane, plane + h * w, 0.0f);
        for (int s = 0; s < k; ++s) {
            if (s == out) continue;
            const float* src = v.slice(s, z + c - context);
            for (std::int64_t y = 0; y < h; ++y)
                for (std::int64_t x = 0; x < w; ++x) plane[y * w + x] += src[(y0 + y) * cols + x0 + x];
        }
        for (std::int64_t i = 0; i < h * w; ++i) plane[i] = float((double(plane[i]) - (k - 1) * norm.mean) * inv);
    }
}

struct Checkpoint {
    NetworkConfig net;
    Normalisation norm;
    std::int64_t step = 0, totalSteps = 0;
    int splits = 0;
};

torch::Tensor configTensor(const Checkpoint& c)
{
    return torch::tensor({std::int64_t(c.net.context), std::int64_t(c.net.depth), std::int64_t(c.net.width),
                          std::int64_t(c.net.norm), c.step, c.totalSteps, std::int64_t(c.splits)},
                         torch::kInt64);
}

void saveCheckpoint(const std::filesystem::path& dir, const Checkpoint& c, UNet25D& model, torch::optim::Adam* opt)
{
    std::filesystem::create_directories(dir);
    torch::serialize::OutputArchive archive, modelArchive;
    model->to(torch::kCPU);
    model->save(modelArchive);
    archive.write("model", modelArchive);
    if (opt) {
        torch::serialize::OutputArchive optArchive;
        opt->save(optArchive);
        archive.write("optimizer", optArchive);
    }
    archive.write("config", configTensor(c));
    archive.write("normalisation", torch::tensor({c.norm.mean, c.norm.scale}, torch::kFloat64));
    // Written beside the final name and renamed: a kill mid-write leaves the previous checkpoint intact.
    const auto final = checkpointFile(dir);
    auto temp = final;
    temp += ".partial";
    archive.save_to(temp.string());
    std::filesystem::rename(temp, final);
}

// Reads the header of a checkpoint (config, step, normalisation) and, when given, the weights and optimiser.
Checkpoint loadCheckpoint(const std::filesystem::path& dir, UNet25D* model, torch::optim::Adam* opt)
{
    const auto file = checkpointFile(dir);
    torch::serialize::InputArchive archive;
    try {
        archive.load_from(file.string());
    } catch (const c10::Error& e) {
        throw Error(file, {}, std::string("not a readable Noise2Inverse checkpoint: ") + e.what_without_backtrace());
    }
    torch::Tensor config, norm;
    if (!archive.try_read("config", config) || !archive.try_read("normalisation", norm) || config.numel() != 7)
        throw Error(file, {}, "not a Noise2Inverse checkpoint (no config)");
    Checkpoint c;
    const auto v = config.accessor<std::int64_t, 1>();
    c.net = {int(v[0]), int(v[1]), int(v[2]), NormKind(v[3])};
    c.step = v[4];
    c.totalSteps = v[5];
    c.splits = int(v[6]);
    c.norm = {norm[0].item<double>(), norm[1].item<double>()};
    if (model) {
        *model = UNet25D(c.net);
        torch::serialize::InputArchive modelArchive;
        archive.read("model", modelArchive);
        (*model)->load(modelArchive);
    }
    if (opt) {
        torch::serialize::InputArchive optArchive;
        if (archive.try_read("optimizer", optArchive)) opt->load(optArchive);
    }
    return c;
}

std::int64_t roundDown(std::int64_t v, std::int64_t multiple)
{
    return v / multiple * multiple;
}

}  // namespace

std::filesystem::path checkpointFile(const std::filesystem::path& dir)
{
    return dir / "n2i_checkpoint.pt";
}

bool hasCheckpoint(const std::filesystem::path& dir)
{
    return std::filesystem::exists(checkpointFile(dir));
}

TrainReport train(const std::vector<std::filesystem::path>& splits, const NetworkConfig& net, const TrainConfig& config,
                  const std::filesystem::path& checkpointDir, const Progress& progress)
{
    SplitVolumes volumes(splits);
    nn::DataParallel ranks(nn::detectTopology(), config.cuda);
    const bool main = ranks.topology().isMain();
    if (config.cuda) deviceFor(true, std::max(0, config.cudaIndex));  // throws with the reason when there is none
    // One process on a chosen device, else each data-parallel rank on its local device.
    const torch::Device device = !config.cuda              ? torch::Device(torch::kCPU)
                                 : config.cudaIndex >= 0 ? deviceFor(true, config.cudaIndex)
                                                         : torch::Device(ranks.device("cuda"));
    Checkpoint state;
    UNet25D model{nullptr};
    const bool resume = hasCheckpoint(checkpointDir);
    if (resume) {
        state = loadCheckpoint(checkpointDir, &model, nullptr);
        // More epochs than the checkpoint was trained for continue the run (fine-tuning longer); fewer change nothing.
        const int global = config.batch * ranks.topology().world;
        state.totalSteps =
            std::max(state.totalSteps, std::int64_t(config.epochs) * ((config.slicesPerEpoch + global - 1) / global));
        if (state.splits != volumes.count())
            throw Error(
                checkpointFile(checkpointDir), {},
                "was trained on " + std::to_string(state.splits) + " splits, got " + std::to_string(volumes.count()));
    } else {
        torch::manual_seed(config.seed);
        state.net = net;
        state.splits = volumes.count();
        state.norm = measure(volumes);
        // An epoch is slicesPerEpoch samples of the global batch (batch × ranks).
        const int global = config.batch * ranks.topology().world;
        state.totalSteps = std::int64_t(config.epochs) * ((config.slicesPerEpoch + global - 1) / global);
        model = UNet25D(net);
    }
    const int context = state.net.context;
    const std::int64_t multiple = model->multiple();
    const Shape shape = volumes.shape();
    const std::int64_t patch = roundDown(std::min<std::int64_t>({config.patch, shape.rows, shape.cols}), multiple);
    if (patch < multiple)
        throw Error(splits.front(), {},
                    "slices of " + std::to_string(shape.rows) + "×" + std::to_string(shape.cols) +
                        " are too small for a U-Net of depth " + std::to_string(state.net.depth));
    model->to(device);
    if (!resume) ranks.broadcastParameters(*model);  // the same start everywhere, whatever the seeds did
    model->train();
    torch::optim::Adam optimizer(model->parameters(), torch::optim::AdamOptions(config.learningRate));
    if (resume) loadCheckpoint(checkpointDir, nullptr, &optimizer);

    TrainReport report;
    report.totalSteps = state.totalSteps;
    report.resumedFrom = resume ? state.step : -1;
    report.rank = ranks.topology().rank;
    report.world = ranks.topology().world;
    const int channels = 2 * context + 1, batch = config.batch;
    const std::int64_t sampleSize = std::int64_t(channels) * patch * patch;
    std::vector<float> input(std::size_t(batch * sampleSize)), target(std::size_t(batch * patch * patch));
    auto lastSave = Clock::now();
    const auto start = Clock::now();
    std::int64_t samples = 0;
    auto save = [&] {
        if (main) {
            saveCheckpoint(checkpointDir, state, model, &optimizer);
            model->to(device);
        }
        lastSave = Clock::now();
    };
    while (state.step < state.totalSteps) {
        if (progress.stopRequested()) {
            save();
            progress.throwIfStopped();
        }
        std::vector<torch::Tensor> xs, ys;
        for (int b = 0; b < batch; ++b) {
            // Sample g of step s depends on (seed, s, g) only: a resumed run, or N ranks sharing the global batch,
            // draw exactly what one uninterrupted process would have.
            const std::uint64_t g = std::uint64_t(report.rank) * std::uint64_t(batch) + std::uint64_t(b);
            std::seed_seq seq{std::uint64_t(config.seed), std::uint64_t(state.step), g};
            std::mt19937_64 rng(seq);
            const std::int64_t z = std::uniform_int_distribution<std::int64_t>(0, shape.frames - 1)(rng);
            const int out = std::uniform_int_distribution<int>(0, volumes.count() - 1)(rng);
            const std::int64_t y0 = std::uniform_int_distribution<std::int64_t>(0, shape.rows - patch)(rng);
            const std::int64_t x0 = std::uniform_int_distribution<std::int64_t>(0, shape.cols - patch)(rng);
            float* in = input.data() + std::size_t(b * sampleSize);
            gatherInput(volumes, out, z, context, y0, x0, patch, patch, state.norm, in);
            const float* t = volumes.slice(out, z);
            float* dst = target.data() + std::size_t(b) * patch * patch;
            for (std::int64_t y = 0; y < patch; ++y)
                for (std::int64_t x = 0; x < patch; ++x)
                    dst[y * patch + x] =
                        float((double(t[(y0 + y) * shape.cols + x0 + x]) - state.norm.mean) / state.norm.scale);
            // The same flips and transpose for input and target (slices have no preferred orientation).
            auto xi = torch::from_blob(in, {channels, patch, patch}, torch::kFloat32);
            auto yi = torch::from_blob(dst, {1, patch, patch}, torch::kFloat32);
            const auto flips = rng();
            if (flips & 1) {
                xi = xi.flip({1});
                yi = yi.flip({1});
            }
            if (flips & 2) {
                xi = xi.flip({2});
                yi = yi.flip({2});
            }
            if (flips & 4) {
                xi = xi.transpose(1, 2);
                yi = yi.transpose(1, 2);
            }
            xs.push_back(xi);
            ys.push_back(yi);
        }
        const auto x = torch::stack(xs).to(device), y = torch::stack(ys).to(device);
        optimizer.zero_grad();
        const auto prediction = model->forward(x);
        const auto loss = config.loss == LossKind::L1 ? torch::l1_loss(prediction, y) : torch::mse_loss(prediction, y);
        loss.backward();
        ranks.averageGradients(*model);
        optimizer.step();
        ++state.step;
        samples += std::int64_t(batch) * report.world;
        report.lastLoss = ranks.average(loss.item<double>());
        progress.report(double(state.step) / double(state.totalSteps),
                        "training step " + std::to_string(state.step) + "/" + std::to_string(state.totalSteps));
        if (std::chrono::duration<double>(Clock::now() - lastSave).count() >= config.checkpointSeconds) save();
    }
    save();
    report.steps = state.step;
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    report.slicesPerSecond = seconds > 0 ? double(samples) / seconds : 0;
    return report;
}

namespace {

// Inference state shared by every slab: the split volumes and the trained network, loaded once.
class Denoiser {
public:
    Denoiser(const std::vector<std::filesystem::path>& splits, const std::filesystem::path& checkpointDir,
             const InferConfig& config)
        : m_volumes(splits), m_config(config), m_device(deviceFor(config.cuda, std::max(0, config.cudaIndex)))
    {
        if (!hasCheckpoint(checkpointDir))
            throw Error(checkpointFile(checkpointDir), {}, "no trained network (train first)");
        m_state = loadCheckpoint(checkpointDir, &m_model, nullptr);
        if (m_state.splits != m_volumes.count())
            throw Error(checkpointFile(checkpointDir), {},
                        "was trained on " + std::to_string(m_state.splits) + " splits, got " +
                            std::to_string(m_volumes.count()));
        m_model->to(m_device);
        m_model->eval();
    }
    const Shape& shape() const { return m_volumes.shape(); }
    ImageStack run(Range range, const Progress& progress);

private:
    SplitVolumes m_volumes;
    InferConfig m_config;
    torch::Device m_device;
    Checkpoint m_state;
    UNet25D m_model{nullptr};
};

ImageStack Denoiser::run(Range range, const Progress& progress)
{
    torch::NoGradGuard noGrad;
    auto& volumes = m_volumes;
    const auto& config = m_config;
    const auto& state = m_state;
    auto& model = m_model;
    const auto device = m_device;
    const Shape shape = volumes.shape();
    const Range slices = range.resolved(shape.frames, "slices");
    const int k = volumes.count(), context = state.net.context, channels = 2 * context + 1;
    const std::int64_t multiple = model->multiple();
    // Tiles: the whole slice when it fits, else overlapping tiles blended with a sin² weight that falls to ~0 at the
    // tile edges, where a convolution net sees zero padding instead of the neighbouring pixels.
    const std::int64_t tile = std::max<std::int64_t>(multiple, config.tile);
    const std::int64_t overlap = std::clamp<std::int64_t>(config.overlap, 0, tile / 2);
    auto starts = [&](std::int64_t n) {
        std::vector<std::int64_t> s;
        if (n <= tile) return std::vector<std::int64_t>{0};
        for (std::int64_t p = 0;; p += tile - overlap) {
            if (p + tile >= n) {
                s.push_back(n - tile);
                break;
            }
            s.push_back(p);
        }
        return s;
    };
    const auto ys = starts(shape.rows), xs = starts(shape.cols);
    const std::int64_t th = std::min(tile, shape.rows), tw = std::min(tile, shape.cols);
    // Per tile and axis: weight 0 for the outer quarter of the overlap at an inner tile edge (where the network sees
    // the zero padding), a sin² ramp through the middle half, 1 beyond; image edges keep full weight. The ramps of
    // neighbouring tiles are mirror images, so the weights add up to 1 across a seam.
    auto weight1d = [&](std::int64_t n, std::int64_t len, bool first, bool last) {
        std::vector<float> w(std::size_t(len), 1.0f);
        if (n <= tile || overlap == 0) return w;
        const std::int64_t margin = overlap / 4, ramp = std::max<std::int64_t>(1, overlap - 2 * margin);
        for (std::int64_t i = 0; i < margin + ramp; ++i) {
            const double t = i < margin ? 0.0 : (double(i - margin) + 0.5) / double(ramp);
            const float v = float(std::pow(std::sin(std::numbers::pi / 2 * t), 2));
            if (!first) w[std::size_t(i)] = v;
            if (!last) w[std::size_t(len - 1 - i)] = v;
        }
        return w;
    };
    // Padded tile size: the U-Net needs multiples of 2^depth.
    const std::int64_t ph = (th + multiple - 1) / multiple * multiple, pw = (tw + multiple - 1) / multiple * multiple;

    ImageStack out(Shape{slices.size(), shape.rows, shape.cols});
    std::vector<double> acc(std::size_t(shape.rows * shape.cols)), wsum(acc.size());
    std::vector<float> input(std::size_t(k) * channels * th * tw);
    for (std::int64_t z = slices.begin; z < slices.end; ++z) {
        progress.throwIfStopped();
        std::fill(acc.begin(), acc.end(), 0.0);
        std::fill(wsum.begin(), wsum.end(), 0.0);
        for (std::size_t iy = 0; iy < ys.size(); ++iy)
            for (std::size_t ix = 0; ix < xs.size(); ++ix) {
                const std::int64_t y0 = ys[iy], x0 = xs[ix];
                for (int j = 0; j < k; ++j)
                    gatherInput(volumes, j, z, context, y0, x0, th, tw, state.norm,
                                input.data() + std::size_t(j) * channels * th * tw);
                auto x = torch::from_blob(input.data(), {k, channels, th, tw}, torch::kFloat32).to(device);
                if (ph != th || pw != tw)
                    x = torch::nn::functional::pad(
                        x, torch::nn::functional::PadFuncOptions({0, pw - tw, 0, ph - th}).mode(torch::kReflect));
                // The mean over the K left-out choices, back in the data's units.
                auto y = model->forward(x).narrow(2, 0, th).narrow(3, 0, tw).mean(0).squeeze(0);
                y = (y.to(torch::kFloat64) * state.norm.scale + state.norm.mean).cpu().contiguous();
                const auto wy = weight1d(shape.rows, th, iy == 0, iy + 1 == ys.size());
                const auto wx = weight1d(shape.cols, tw, ix == 0, ix + 1 == xs.size());
                const double* py = y.data_ptr<double>();
                for (std::int64_t r = 0; r < th; ++r)
                    for (std::int64_t c = 0; c < tw; ++c) {
                        const double w = double(wy[std::size_t(r)]) * wx[std::size_t(c)];
                        const std::size_t i = std::size_t((y0 + r) * shape.cols + x0 + c);
                        acc[i] += w * py[r * tw + c];
                        wsum[i] += w;
                    }
            }
        float* dst = out.row(z - slices.begin, 0).data();
        for (std::size_t i = 0; i < acc.size(); ++i) dst[i] = float(acc[i] / wsum[i]);
        progress.report(double(z - slices.begin + 1) / double(slices.size()), "denoising");
    }
    return out;
}

}  // namespace

ImageStack denoiseSlices(const std::vector<std::filesystem::path>& splits, const std::filesystem::path& checkpointDir,
                         Range range, const InferConfig& config, const Progress& progress)
{
    Denoiser denoiser(splits, checkpointDir, config);
    return denoiser.run(range, progress);
}

void denoiseVolume(const std::vector<std::filesystem::path>& splits, const std::filesystem::path& checkpointDir,
                   const std::filesystem::path& output, const InferConfig& config, const io::WriteOptions& write,
                   const Progress& progress)
{
    const auto first = io::openStack(splits.at(0));
    StackInfo info;
    info.shape = first->shape();
    info.spacing = first->info().spacing;
    info.provenance = first->info().provenance;
    info.provenance.push_back("Noise2Inverse-2.5D denoised (" + std::to_string(splits.size()) + " splits, network " +
                              checkpointFile(checkpointDir).string() + ")");
    info.metadata["denoise.splits"] = std::to_string(splits.size());
    Denoiser denoiser(splits, checkpointDir, config);
    auto writer = io::openWriter(output, info, write);
    const std::int64_t n = info.shape.frames, slab = std::max(1, config.slabSlices);
    for (std::int64_t z = 0; z < n; z += slab) {
        const Range r{z, std::min(n, z + slab)};
        writer->append(denoiser.run(r, progress.sub(double(r.begin) / double(n), double(r.end) / double(n))));
    }
    writer->commit();
}

}  // namespace xrs::denoise
