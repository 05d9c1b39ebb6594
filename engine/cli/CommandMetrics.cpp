// cli/CommandMetrics: `xrs metrics` — PSNR / SSIM / AAD / MSE per frame of one or several results against one
// reference, with summary statistics (mean, median, quartiles, min, max) per method, as JSON and CSV. Streams the
// stacks in chunks of frames so long videos need little memory.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <set>

#include "cli/Commands.h"
#include "cli/StackSpec.h"
#include "core/Error.h"
#include "io/AtomicFile.h"
#include "metrics/Metrics.h"

namespace xrs::cli {

namespace {

using Json = nlohmann::ordered_json;

Json summaryJson(const std::vector<double>& v)
{
    const auto s = metrics::summarize(v);
    return {{"mean", s.mean}, {"median", s.median}, {"q1", s.q1},      {"q3", s.q3},
            {"min", s.min},   {"max", s.max},       {"count", s.count}};
}

std::string num(double v)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
std::string csvField(const std::string& s)
{
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string q = "\"";
    for (const char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

struct Method {
    std::string name, file;
    std::unique_ptr<io::StackSource> source;
    std::vector<metrics::FrameMetrics> frames;
};

}  // namespace

void addMetricsCommand(CLI::App& app, Context& ctx)
{
    auto* cmd = app.add_subcommand(
        "metrics", "Image quality per frame (PSNR, SSIM, AAD, MSE) of results against a reference, with summaries");
    struct Opts {
        std::vector<std::string> positional, results, names;
        std::string scale = "8bit", ssim = "uniform", frames, json, csv, dataset;
        double dataRange = 1.0;
        int crop = 0;
    };
    auto o = std::make_shared<Opts>();
    cmd->add_option("inputs", o->positional, "[RESULT] REFERENCE (TIFF, folder, HDF5; FILE.h5:/dataset)")
        ->required()
        ->expected(1, 2);
    // One value per occurrence, so "--result a.tif ref.tif" leaves ref.tif to the positionals.
    cmd->add_option("--result", o->results, "a further result to compare (repeatable)")->allow_extra_args(false);
    cmd->add_option("--name", o->names, "labels of the results, in order (default: file names)")
        ->allow_extra_args(false);
    cmd->add_option("--scale", o->scale,
                    "8bit: clamp [0,1], ×255, round, data range 255 (default); float: values as they are")
        ->check(CLI::IsMember({"float", "8bit"}));
    cmd->add_option("--data-range", o->dataRange, "data range (PSNR peak, SSIM L) for --scale float");
    cmd->add_option("--crop", o->crop, "pixels ignored at every edge");
    cmd->add_option("--ssim", o->ssim, "uniform (7×7, skimage default), gaussian (11×11, σ 1.5), both or none")
        ->check(CLI::IsMember({"uniform", "gaussian", "both", "none"}));
    cmd->add_option("--frames", o->frames, "frame range a:b (end exclusive) of every stack");
    cmd->add_option("--dataset", o->dataset, "HDF5 dataset of inputs that name none");
    cmd->add_option("-o,--output", o->json, "JSON report (summaries and per-frame values)");
    cmd->add_option("--csv", o->csv, "per-frame CSV (one row per method and frame)");
    cmd->callback([o, &ctx] {
        const Progress progress = ctx.makeProgress();
        const std::string refPath = o->positional.back();
        std::vector<std::string> files;
        if (o->positional.size() == 2) files.push_back(o->positional.front());
        files.insert(files.end(), o->results.begin(), o->results.end());
        if (files.empty()) throw Error({}, "metrics", "no result to compare: give RESULT REFERENCE or --result");
        if (o->names.size() > files.size())
            throw Error({}, "--name",
                        std::to_string(o->names.size()) + " names for " + std::to_string(files.size()) + " results");
        if (!(o->dataRange > 0)) throw Error({}, "--data-range", "the data range must be positive");

        metrics::Options mo;
        mo.scale = o->scale == "8bit" ? metrics::Scale::EightBit : metrics::Scale::Float;
        mo.dataRange = o->dataRange;
        mo.borderCrop = o->crop;
        mo.ssim = o->ssim == "uniform" || o->ssim == "both";
        mo.ssimGaussian = o->ssim == "gaussian" || o->ssim == "both";

        auto ref = openStackSpec(refPath, o->dataset);
        const Shape refShape = ref->shape();
        const Range frames =
            (o->frames.empty() ? Range::all() : Range::parse(o->frames)).resolved(refShape.frames, "--frames");
        if (frames.size() <= 0) throw Error({}, "--frames", "the frame range is empty");
        std::vector<Method> methods;
        std::set<std::string> seen;
        for (std::size_t i = 0; i < files.size(); ++i) {
            Method m;
            m.file = files[i];
            m.name = i < o->names.size() ? o->names[i] : parseStackSpec(files[i]).file.stem().string();
            if (!seen.insert(m.name).second)
                throw Error({}, "--name", "two results are called '" + m.name + "': name them");
            m.source = openStackSpec(files[i], o->dataset);
            const Shape s = m.source->shape();
            if (s.rows != refShape.rows || s.cols != refShape.cols || s.frames < frames.end)
                throw Error(parseStackSpec(files[i]).file, {},
                            "its shape " + s.str() + " does not match the reference " + refShape.str() +
                                (s.frames < frames.end ? " (too few frames)" : ""));
            methods.push_back(std::move(m));
        }

        // Chunks of ~64 MiB of float32 per stack.
        const std::int64_t frameBytes = std::max<std::int64_t>(1, refShape.rows * refShape.cols * 4);
        const std::int64_t chunk = std::max<std::int64_t>(1, (64 << 20) / frameBytes);
        const double total = double(frames.size()) * double(methods.size());
        double done = 0;
        for (std::int64_t f = frames.begin; f < frames.end; f += chunk) {
            const Range r{f, std::min(frames.end, f + chunk)};
            const ImageStack refChunk = ref->read(r);
            for (auto& m : methods) {
                const ImageStack resChunk = m.source->read(r);
                const auto per = metrics::compareStacks(resChunk, refChunk, mo,
                                                        progress.sub(done / total, (done + double(r.size())) / total));
                m.frames.insert(m.frames.end(), per.begin(), per.end());
                done += double(r.size());
            }
        }

        // Reports: per method, the per-frame series and their summaries.
        Json report;
        report["kind"] = "xrs-metrics";
        report["reference"] = refPath;
        report["scale"] = o->scale;
        report["data_range"] = mo.scale == metrics::Scale::EightBit ? 255.0 : mo.dataRange;
        report["crop"] = o->crop;
        report["ssim"] = o->ssim;
        report["frames"] = {frames.begin, frames.end};
        report["methods"] = Json::object();
        std::string csv = "method,frame,psnr_db";
        if (mo.ssim) csv += ",ssim";
        if (mo.ssimGaussian) csv += ",ssim_gaussian";
        csv += ",aad,mse\n";
        std::printf("%-16s %10s %10s %10s %10s %12s\n", "method", "PSNR dB", "SSIM", "SSIM-G", "AAD", "MSE");
        for (const auto& m : methods) {
            std::vector<std::int64_t> index;
            std::vector<double> psnr, ssim, ssimG, aad, mse;
            for (std::size_t i = 0; i < m.frames.size(); ++i) {
                const auto& fm = m.frames[i];
                index.push_back(frames.begin + std::int64_t(i));
                psnr.push_back(fm.psnr);
                ssim.push_back(fm.ssim);
                ssimG.push_back(fm.ssimGaussian);
                aad.push_back(fm.aad);
                mse.push_back(fm.mse);
                csv += csvField(m.name) + "," + std::to_string(frames.begin + std::int64_t(i)) + "," + num(fm.psnr);
                if (mo.ssim) csv += "," + num(fm.ssim);
                if (mo.ssimGaussian) csv += "," + num(fm.ssimGaussian);
                csv += "," + num(fm.aad) + "," + num(fm.mse) + "\n";
            }
            Json summary, perFrame;
            perFrame["frame"] = index;
            summary["psnr_db"] = summaryJson(psnr);
            perFrame["psnr_db"] = psnr;
            if (mo.ssim) {
                summary["ssim"] = summaryJson(ssim);
                perFrame["ssim"] = ssim;
            }
            if (mo.ssimGaussian) {
                summary["ssim_gaussian"] = summaryJson(ssimG);
                perFrame["ssim_gaussian"] = ssimG;
            }
            summary["aad"] = summaryJson(aad);
            perFrame["aad"] = aad;
            summary["mse"] = summaryJson(mse);
            perFrame["mse"] = mse;
            report["methods"][m.name] = {{"file", m.file}, {"summary", summary}, {"per_frame", perFrame}};
            const auto mean = [](const std::vector<double>& v) { return metrics::summarize(v).mean; };
            std::printf("%-16s %10.4f %10.6f %10.6f %10.4f %12.6g\n", m.name.c_str(), mean(psnr),
                        mo.ssim ? mean(ssim) : std::nan(""), mo.ssimGaussian ? mean(ssimG) : std::nan(""), mean(aad),
                        mean(mse));
        }
        if (!o->json.empty()) io::writeTextAtomically(o->json, report.dump(2) + "\n");
        if (!o->csv.empty()) io::writeTextAtomically(o->csv, csv);
        progress.report(1.0, "metrics");
    });
}

}  // namespace xrs::cli
