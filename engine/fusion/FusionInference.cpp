// fusion/FusionInference: frame pairing by time, tiling with smooth blending, batched SWIN-XVR over a video.
#include "fusion/FusionInference.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <sstream>

#include "core/Error.h"

namespace xrs::fusion {

std::vector<std::int64_t> lrWindow(std::int64_t t, std::int64_t frames, std::int64_t numLr)
{
    std::vector<std::int64_t> out;
    const auto last = frames - 1;
    for (auto o = -numLr / 2; o <= numLr / 2; ++o) {
        auto i = t + o;
        if (i < 0) i = -i;
        if (i > last) i = 2 * last - i;
        out.push_back(std::clamp<std::int64_t>(i, 0, last));
    }
    return out;
}

static void checkTimes(std::span<const double> times, const char* what)
{
    if (times.empty()) throw Error(std::string("no ") + what + " frame times");
    for (std::size_t i = 0; i < times.size(); ++i) {
        if (!std::isfinite(times[i]))
            throw Error(std::string(what) + " frame time " + std::to_string(i) + " is not finite");
        if (i && times[i] < times[i - 1])
            throw Error(std::string(what) + " frame times must not decrease (frame " + std::to_string(i) + ")");
    }
}

std::vector<FramePairing> pairFrames(std::span<const double> lrTimes, std::span<const double> hrTimes,
                                     std::int64_t numLr)
{
    checkTimes(lrTimes, "LR");
    checkTimes(hrTimes, "HR");
    const auto n = std::int64_t(lrTimes.size()), m = std::int64_t(hrTimes.size());
    std::vector<FramePairing> out;
    out.reserve(std::size_t(n));
    for (std::int64_t t = 0; t < n; ++t) {
        const double time = lrTimes[std::size_t(t)];
        FramePairing p;
        p.lrFrame = t;
        p.lrWindow = lrWindow(t, n, numLr);
        // First HR frame not earlier than t, and the first strictly later one.
        const auto lo = std::lower_bound(hrTimes.begin(), hrTimes.end(), time) - hrTimes.begin();
        const auto hi = std::upper_bound(hrTimes.begin(), hrTimes.end(), time) - hrTimes.begin();
        p.hrBefore = std::clamp<std::int64_t>(lo - 1, 0, m - 1);
        p.hrAfter = std::clamp<std::int64_t>(hi, 0, m - 1);
        out.push_back(std::move(p));
    }
    return out;
}

std::string describePairing(std::span<const FramePairing> pairs, std::size_t maxLines)
{
    std::ostringstream s;
    auto line = [&](const FramePairing& p) {
        s << p.lrFrame << ": lr ";
        for (std::size_t i = 0; i < p.lrWindow.size(); ++i) s << (i ? "," : "") << p.lrWindow[i];
        s << " hr " << p.hrBefore << ',' << p.hrAfter;
    };
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        if (pairs.size() > maxLines && i == maxLines / 2) {
            s << "…; ";
            i = pairs.size() - maxLines / 2;
        }
        line(pairs[i]);
        if (i + 1 < pairs.size()) s << "; ";
    }
    return s.str();
}

std::vector<std::int64_t> tileStarts(std::int64_t length, std::int64_t tile, std::int64_t overlap)
{
    if (tile <= 0 || tile >= length) return {0};
    overlap = std::clamp<std::int64_t>(overlap, 0, tile - 1);
    const auto step = tile - overlap;
    std::vector<std::int64_t> starts;
    for (std::int64_t s = 0;; s += step) {
        if (s + tile >= length) {
            starts.push_back(length - tile);
            break;
        }
        starts.push_back(s);
    }
    return starts;
}

// Blend weight along one axis of a tile (HR pixels): a raised-cosine ramp over `ramp` pixels at edges shared with
// another tile, 1 at the frame border and inside; never 0, so every pixel has weight.
static std::vector<float> tileWeights(std::int64_t start, std::int64_t size, std::int64_t length, std::int64_t ramp)
{
    std::vector<float> w(std::size_t(size), 1.0f);
    if (ramp <= 0) return w;
    for (std::int64_t i = 0; i < size; ++i) {
        double d = 1e9;
        if (start > 0) d = std::min(d, double(i));
        if (start + size < length) d = std::min(d, double(size - 1 - i));
        if (d < double(ramp)) {
            const double s = std::sin(0.5 * std::numbers::pi * (d + 0.5) / double(ramp));
            w[std::size_t(i)] = float(s * s);
        }
    }
    return w;
}

void fuseVideo(FusionModel& model, const ImageStack& lr, const ImageStack& hr, std::span<const FramePairing> pairs,
               const InferenceOptions& options, const FrameSink& sink, const Progress& progress)
{
    const auto nl = model.config().numLr;
    const auto h = lr.rows(), w = lr.cols();
    if (h <= 0 || w <= 0 || lr.frames() == 0) throw Error("fusion: the LR video is empty");
    if (hr.frames() == 0) throw Error("fusion: the HR video is empty");
    if (hr.rows() != 4 * h || hr.cols() != 4 * w)
        throw Error("fusion: HR frames are " + std::to_string(hr.rows()) + "×" + std::to_string(hr.cols()) +
                    " but must be 4× the LR frames (" + std::to_string(4 * h) + "×" + std::to_string(4 * w) + ")");
    for (const auto& p : pairs) {
        if (std::int64_t(p.lrWindow.size()) != nl) throw Error("fusion: a pairing has the wrong LR window length");
        for (auto i : p.lrWindow)
            if (i < 0 || i >= lr.frames()) throw Error("fusion: LR frame index out of range in the pairing");
        if (p.hrBefore < 0 || p.hrBefore >= hr.frames() || p.hrAfter < 0 || p.hrAfter >= hr.frames())
            throw Error("fusion: HR frame index out of range in the pairing");
    }

    const auto rowStarts = tileStarts(h, options.tile, options.overlap);
    const auto colStarts = tileStarts(w, options.tile, options.overlap);
    const auto th = std::min(h, options.tile > 0 ? options.tile : h),
               tw = std::min(w, options.tile > 0 ? options.tile : w);
    const auto ramp = 4 * std::max<std::int64_t>(0, std::min(options.overlap, std::min(th, tw) - 1));
    std::vector<std::vector<float>> rowW, colW;
    for (auto s : rowStarts) rowW.push_back(tileWeights(4 * s, 4 * th, 4 * h, ramp));
    for (auto s : colStarts) colW.push_back(tileWeights(4 * s, 4 * tw, 4 * w, ramp));
    const auto tilesPerFrame = std::int64_t(rowStarts.size() * colStarts.size());
    const bool tiled = tilesPerFrame > 1;

    struct Item {
        std::size_t pair;
        std::size_t ty, tx;
    };
    std::vector<Item> items;
    for (std::size_t p = 0; p < pairs.size(); ++p)
        for (std::size_t ty = 0; ty < rowStarts.size(); ++ty)
            for (std::size_t tx = 0; tx < colStarts.size(); ++tx) items.push_back({p, ty, tx});

    const auto batch = std::max<std::int64_t>(1, options.batch);
    const auto lrSize = nl * th * tw, hrSize = 2 * 16 * th * tw, outSize = 16 * th * tw;
    std::vector<float> lrBuf, hrBuf, outBuf;
    struct Accum {
        ImageStack sum, weight;
        std::int64_t remaining;
    };
    std::map<std::size_t, Accum> open;
    std::size_t done = 0;
    progress.report(0.0, "fusing " + std::to_string(pairs.size()) + " frames");

    for (std::size_t first = 0; first < items.size(); first += std::size_t(batch)) {
        progress.throwIfStopped();
        const auto n = std::min<std::size_t>(std::size_t(batch), items.size() - first);
        lrBuf.assign(n * std::size_t(lrSize), 0.0f);
        hrBuf.assign(n * std::size_t(hrSize), 0.0f);
        outBuf.assign(n * std::size_t(outSize), 0.0f);
        for (std::size_t b = 0; b < n; ++b) {
            const auto& it = items[first + b];
            const auto& p = pairs[it.pair];
            const auto r0 = rowStarts[it.ty], c0 = colStarts[it.tx];
            float* dst = lrBuf.data() + b * std::size_t(lrSize);
            for (auto f : p.lrWindow)
                for (std::int64_t r = 0; r < th; ++r, dst += tw) std::copy_n(lr.row(f, r0 + r).data() + c0, tw, dst);
            dst = hrBuf.data() + b * std::size_t(hrSize);
            for (auto f : {p.hrBefore, p.hrAfter})
                for (std::int64_t r = 0; r < 4 * th; ++r, dst += 4 * tw)
                    std::copy_n(hr.row(f, 4 * r0 + r).data() + 4 * c0, 4 * tw, dst);
        }
        model.forward(lrBuf, hrBuf, outBuf, std::int64_t(n), th, tw);

        for (std::size_t b = 0; b < n; ++b) {
            const auto& it = items[first + b];
            const float* src = outBuf.data() + b * std::size_t(outSize);
            if (!tiled) {
                ImageStack frame = ImageStack::uninitialized({1, 4 * h, 4 * w});
                std::copy_n(src, outSize, frame.data());
                sink(std::int64_t(it.pair), frame);
                ++done;
                progress.report(double(done) / double(pairs.size()), "frame " + std::to_string(done));
                continue;
            }
            auto [pos, inserted] = open.try_emplace(it.pair);
            auto& acc = pos->second;
            if (inserted) acc = {ImageStack({1, 4 * h, 4 * w}), ImageStack({1, 4 * h, 4 * w}), tilesPerFrame};
            const auto r0 = 4 * rowStarts[it.ty], c0 = 4 * colStarts[it.tx];
            const auto& rw = rowW[it.ty];
            const auto& cw = colW[it.tx];
            for (std::int64_t r = 0; r < 4 * th; ++r) {
                auto sumRow = acc.sum.row(0, r0 + r);
                auto wRow = acc.weight.row(0, r0 + r);
                for (std::int64_t c = 0; c < 4 * tw; ++c) {
                    const float wt = rw[std::size_t(r)] * cw[std::size_t(c)];
                    sumRow[std::size_t(c0 + c)] += wt * src[r * 4 * tw + c];
                    wRow[std::size_t(c0 + c)] += wt;
                }
            }
            if (--acc.remaining == 0) {
                auto sv = acc.sum.values();
                const auto wv = acc.weight.values();
                for (std::size_t i = 0; i < sv.size(); ++i) sv[i] /= wv[i];
                sink(std::int64_t(it.pair), acc.sum);
                open.erase(pos);
                ++done;
                progress.report(double(done) / double(pairs.size()), "frame " + std::to_string(done));
            }
        }
    }
}

ImageStack fuseVideo(FusionModel& model, const ImageStack& lr, const ImageStack& hr,
                     std::span<const FramePairing> pairs, const InferenceOptions& options, const Progress& progress)
{
    ImageStack out({std::int64_t(pairs.size()), 4 * lr.rows(), 4 * lr.cols()});
    fuseVideo(
        model, lr, hr, pairs, options,
        [&](std::int64_t index, const ImageStack& frame) {
            for (std::int64_t r = 0; r < frame.rows(); ++r)
                std::ranges::copy(frame.row(0, r), out.row(index, r).begin());
        },
        progress);
    return out;
}

}  // namespace xrs::fusion
