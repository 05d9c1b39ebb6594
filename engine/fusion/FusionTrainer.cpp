// fusion/FusionTrainer: the training loop (see FusionTrainer.h). LibTorch lives here, in xrs_nn.
#include "fusion/FusionTrainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <numbers>
#include <random>

#include "core/Error.h"
#include "core/Resample.h"
#include "fusion/FusionInference.h"
#include "fusion/PthArchive.h"
#include "fusion/SwinXvr.h"
#include "io/AtomicFile.h"
#include "io/StackSource.h"
#include "metrics/Metrics.h"
#include "nn/DataParallel.h"

namespace xrs::fusion {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using State = std::vector<std::pair<std::string, at::Tensor>>;

State stateOf(torch::nn::Module& m)
{
    State s;
    for (const auto& p : m.named_parameters()) s.emplace_back(p.key(), p.value());
    for (const auto& b : m.named_buffers()) s.emplace_back(b.key(), b.value());
    return s;
}

// Copies the state dict `group` of a reference-layout archive into `m`; every name and shape must match.
void copyGroup(const PyPtr& root, const std::string& group, torch::nn::Module& m, const fs::path& file)
{
    const PyPtr dict = root->get(group);
    if (!dict || dict->kind != PyValue::Kind::Dict) throw Error(file, group, "no such state dictionary");
    std::map<std::string, at::Tensor> loaded;
    for (const auto& [k, v] : dict->entries)
        if (k->kind == PyValue::Kind::Str && v->kind == PyValue::Kind::Tensor)
            loaded[k->s.starts_with("module.") ? k->s.substr(7) : k->s] = v->tensor;
    std::vector<std::string> bad;
    torch::NoGradGuard noGrad;
    for (auto& [name, t] : stateOf(m)) {
        const auto it = loaded.find(name);
        if (it == loaded.end())
            bad.push_back(name + " missing");
        else if (it->second.sizes() != t.sizes())
            bad.push_back(name + " has another shape");
        else
            t.copy_(it->second);
    }
    if (!bad.empty())
        throw Error(file, group,
                    "does not fit the model (" + std::to_string(bad.size()) + " problems, first: " + bad.front() + ")");
}

double learningRateAt(const TrainOptions& o, std::int64_t iter)
{
    if (iter < o.warmup) return o.learningRate * double(iter + 1) / double(o.warmup);
    const double t = double(iter - o.warmup) / double(std::max<std::int64_t>(1, o.iterations - o.warmup));
    return o.minLearningRate + 0.5 * (o.learningRate - o.minLearningRate) * (1.0 + std::cos(std::numbers::pi * t));
}

ImageStack loadStack(const fs::path& p)
{
    ImageStack s = io::openStack(p)->readAll();
    return s.contiguous() ? s : s.clone();
}

fs::path netFile(const fs::path& dir, std::int64_t iter)
{
    return dir / ("net_g_" + std::to_string(iter) + ".pth");
}
fs::path stateFile(const fs::path& dir)
{
    return dir / "training_state.pt";
}

}  // namespace

TrainResult trainFusion(const TrainOptions& o, const Progress& progress)
{
    o.model.validate();
    if (o.cropHr % 4 != 0 || o.cropHr < 8) throw Error({}, "--crop", "the HR crop must be a multiple of 4, ≥ 8");
    const ImageStack lr = loadStack(o.lr), gt = loadStack(o.groundTruth);
    if (gt.frames() != lr.frames() || gt.rows() != 4 * lr.rows() || gt.cols() != 4 * lr.cols())
        throw Error(o.groundTruth, {},
                    "ground truth is " + gt.shape().str() + "; LR " + lr.shape().str() +
                        " needs the same frames at 4× the size");
    const std::int64_t frames = lr.frames(), h = lr.rows(), w = lr.cols(), cl = o.cropHr / 4, ch = o.cropHr;
    if (cl > h || cl > w) throw Error(o.lr, {}, "LR frames are smaller than the crop of " + std::to_string(cl));
    const std::int64_t nVal =
        std::clamp<std::int64_t>(std::int64_t(std::ceil(o.validationFraction * double(frames))), 1, frames - 1);
    const std::int64_t nTrain = frames - nVal;
    const std::int64_t NL = o.model.numLr;

    const bool cuda = o.device.starts_with("cuda");
    nn::DataParallel ranks(nn::detectTopology(), cuda);
    const bool main = ranks.topology().isMain();
    const torch::Device device{ranks.device(o.device)};
    torch::manual_seed(o.seed);
    SwinXvr model(o.model), ema(o.model);
    TrainResult result;
    result.rank = ranks.topology().rank;
    result.world = ranks.topology().world;
    std::int64_t iter = 0;
    torch::optim::Adam optimizer(model->parameters(),
                                 torch::optim::AdamOptions(o.learningRate).betas({o.beta1, o.beta2}));
    if (fs::exists(stateFile(o.dir))) {
        // Resume: weights and EMA from the reference-layout file of that iteration, the rest from the state file.
        torch::serialize::InputArchive archive;
        archive.load_from(stateFile(o.dir).string());
        torch::Tensor it, rng;
        archive.read("iteration", it);
        iter = it.item<std::int64_t>();
        const PyPtr root = readTorchArchive(netFile(o.dir, iter));
        copyGroup(root, "params", *model, netFile(o.dir, iter));
        copyGroup(root, "params_ema", *ema, netFile(o.dir, iter));
        torch::serialize::InputArchive optArchive;
        archive.read("optimizer", optArchive);
        optimizer.load(optArchive);
        archive.read("rng", rng);
        auto gen = at::detail::getDefaultCPUGenerator();
        std::lock_guard<std::mutex> lock(gen.mutex());
        gen.set_state(rng);
        result.resumedFrom = iter;
    } else {
        if (!o.init.empty()) {
            const PyPtr root = readTorchArchive(o.init);
            copyGroup(root, root->get("params_ema") ? "params_ema" : "params", *model, o.init);
        }
        model->to(device);
        ranks.broadcastParameters(*model);
        torch::NoGradGuard noGrad;
        const auto src = stateOf(*model), dst = stateOf(*ema);
        for (std::size_t i = 0; i < src.size(); ++i) dst[i].second.copy_(src[i].second.to(torch::kCPU));
    }
    model->to(device);
    ema->to(device);
    model->train();
    ema->eval();

    auto save = [&] {
        if (!main) return;
        fs::create_directories(o.dir);
        const fs::path net = netFile(o.dir, iter);
        {
            io::AtomicFile out(net);
            writeTorchArchive(out.tempPath(), {{"params", stateOf(*model)}, {"params_ema", stateOf(*ema)}});
            out.commit();
        }
        torch::serialize::OutputArchive archive, optArchive;
        archive.write("iteration", torch::tensor(iter));
        optimizer.save(optArchive);
        archive.write("optimizer", optArchive);
        auto gen = at::detail::getDefaultCPUGenerator();
        {
            std::lock_guard<std::mutex> lock(gen.mutex());
            archive.write("rng", gen.get_state());
        }
        io::AtomicFile state(stateFile(o.dir));
        archive.save_to(state.tempPath().string());
        state.commit();
        result.checkpoint = net;
    };

    auto validate = [&] {
        if (!main) return;
        torch::NoGradGuard noGrad;
        const std::int64_t count = std::min<std::int64_t>(nVal, 8);
        const std::int64_t m = std::max(1, o.maxHrOffset / 2);
        std::vector<float> lrBuf(std::size_t(NL * h * w)), hrBuf(std::size_t(2 * 16 * h * w));
        ImageStack fused(Shape{count, 4 * h, 4 * w}), truth(Shape{count, 4 * h, 4 * w}), lrFrames(Shape{count, h, w});
        for (std::int64_t i = 0; i < count; ++i) {
            const std::int64_t t = nTrain + i;
            const auto window = lrWindow(t, frames, NL);
            for (std::int64_t k = 0; k < NL; ++k)
                std::copy_n(lr.frame(window[std::size_t(k)]).row(0, 0).data(), h * w, lrBuf.data() + k * h * w);
            const std::int64_t hrIdx[2] = {std::max<std::int64_t>(0, t - m), std::min(frames - 1, t + m)};
            for (int k = 0; k < 2; ++k)
                std::copy_n(gt.frame(hrIdx[k]).row(0, 0).data(), 16 * h * w, hrBuf.data() + k * 16 * h * w);
            auto x = torch::from_blob(lrBuf.data(), {1, NL, 1, h, w}).to(device);
            auto y = torch::from_blob(hrBuf.data(), {1, 2, 1, 4 * h, 4 * w}).to(device);
            const auto out = ema->forward(x, y).clamp(0, 1).cpu().contiguous();
            std::copy_n(out.data_ptr<float>(), 16 * h * w, fused.row(i, 0).data());
            std::copy_n(gt.frame(t).row(0, 0).data(), 16 * h * w, truth.row(i, 0).data());
            std::copy_n(lr.frame(t).row(0, 0).data(), h * w, lrFrames.row(i, 0).data());
        }
        metrics::Options mo;
        mo.scale = metrics::Scale::EightBit;
        mo.borderCrop = o.validationCrop;
        auto mean = [&](const ImageStack& a) {
            double s = 0;
            const auto per = metrics::compareStacks(a, truth, mo);
            for (const auto& f : per) s += f.psnr;
            return s / double(per.size());
        };
        result.validationPsnr = mean(fused);
        result.bicubicPsnr = mean(resizeFrames(lrFrames, 4 * h, 4 * w, Interpolation::Bicubic));
    };

    const int batch = o.batch;
    std::vector<float> lrBuf(std::size_t(batch * NL * cl * cl)), hrBuf(std::size_t(batch * 2 * ch * ch)),
        gtBuf(std::size_t(batch * ch * ch));
    auto lastCheckpoint = iter;
    const auto start = Clock::now();
    const std::int64_t firstIter = iter;
    while (iter < o.iterations) {
        if (progress.stopRequested()) {
            save();
            progress.throwIfStopped();
        }
        std::vector<torch::Tensor> xs, ys, ts;
        for (int b = 0; b < batch; ++b) {
            // Sample g of iteration i depends on (seed, i, g) only: resumed runs and N ranks draw what one
            // uninterrupted process would.
            const std::uint64_t g = std::uint64_t(result.rank) * std::uint64_t(batch) + std::uint64_t(b);
            std::seed_seq seq{std::uint64_t(o.seed), std::uint64_t(iter), g};
            std::mt19937_64 rng(seq);
            const std::int64_t t = std::uniform_int_distribution<std::int64_t>(0, nTrain - 1)(rng);
            std::uniform_int_distribution<int> offset(1, std::max(1, o.maxHrOffset));
            const std::int64_t hr0 = std::max<std::int64_t>(0, t - offset(rng));
            const std::int64_t hr1 = std::min<std::int64_t>(frames - 1, t + offset(rng));
            const std::int64_t y0 = std::uniform_int_distribution<std::int64_t>(0, h - cl)(rng);
            const std::int64_t x0 = std::uniform_int_distribution<std::int64_t>(0, w - cl)(rng);
            const double b0 = std::pow(10.0, std::uniform_real_distribution<double>(o.log10B0Min, o.log10B0Max)(rng));
            float* lrDst = lrBuf.data() + std::size_t(b * NL * cl * cl);
            const auto window = lrWindow(t, frames, NL);
            for (std::int64_t k = 0; k < NL; ++k)
                for (std::int64_t y = 0; y < cl; ++y)
                    for (std::int64_t x = 0; x < cl; ++x) {
                        float v = lr.at(window[std::size_t(k)], y0 + y, x0 + x);
                        if (o.poisson) {
                            const double mean = std::max(0.0, double(v) * b0);
                            const double n =
                                mean > 0 ? double(std::poisson_distribution<std::int64_t>(mean)(rng)) : 0.0;
                            v = float(std::clamp(n / b0, 0.0, 1.0));
                        }
                        lrDst[(k * cl + y) * cl + x] = v;
                    }
            float* hrDst = hrBuf.data() + std::size_t(b * 2 * ch * ch);
            float* gtDst = gtBuf.data() + std::size_t(b * ch * ch);
            for (std::int64_t y = 0; y < ch; ++y)
                for (std::int64_t x = 0; x < ch; ++x) {
                    hrDst[y * ch + x] = gt.at(hr0, 4 * y0 + y, 4 * x0 + x);
                    hrDst[(ch + y) * ch + x] = gt.at(hr1, 4 * y0 + y, 4 * x0 + x);
                    gtDst[y * ch + x] = gt.at(t, 4 * y0 + y, 4 * x0 + x);
                }
            auto x = torch::from_blob(lrDst, {NL, 1, cl, cl});
            auto y = torch::from_blob(hrDst, {2, 1, ch, ch});
            auto z = torch::from_blob(gtDst, {1, ch, ch});
            // Flips and transpose shared by every frame of the sample.
            const auto flips = rng();
            if (flips & 1) {
                x = x.flip({3});
                y = y.flip({3});
                z = z.flip({2});
            }
            if (flips & 2) {
                x = x.flip({2});
                y = y.flip({2});
                z = z.flip({1});
            }
            if (flips & 4) {
                x = x.transpose(2, 3);
                y = y.transpose(2, 3);
                z = z.transpose(1, 2);
            }
            xs.push_back(x);
            ys.push_back(y);
            ts.push_back(z);
        }
        for (auto& group : optimizer.param_groups())
            static_cast<torch::optim::AdamOptions&>(group.options()).lr(learningRateAt(o, iter));
        optimizer.zero_grad();
        const auto out = model->forward(torch::stack(xs).to(device), torch::stack(ys).to(device));
        const auto loss = torch::l1_loss(out, torch::stack(ts).to(device));
        loss.backward();
        ranks.averageGradients(*model);
        optimizer.step();
        {
            torch::NoGradGuard noGrad;
            const auto src = stateOf(*model), dst = stateOf(*ema);
            for (std::size_t i = 0; i < src.size(); ++i) {
                if (src[i].second.is_floating_point())
                    dst[i].second.mul_(o.emaDecay).add_(src[i].second, 1.0 - o.emaDecay);
                else
                    dst[i].second.copy_(src[i].second);
            }
        }
        ++iter;
        result.lastLoss = ranks.average(loss.item<double>());
        progress.report(double(iter) / double(o.iterations),
                        "iteration " + std::to_string(iter) + "/" + std::to_string(o.iterations));
        if (o.validateEvery > 0 && iter % o.validateEvery == 0 && iter < o.iterations) validate();
        if (o.checkpointEvery > 0 && iter - lastCheckpoint >= o.checkpointEvery && iter < o.iterations) {
            save();
            lastCheckpoint = iter;
        }
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    result.iterations = iter;
    result.iterationsPerSecond = seconds > 0 ? double(iter - firstIter) / seconds : 0;
    save();
    validate();
    return result;
}

}  // namespace xrs::fusion
