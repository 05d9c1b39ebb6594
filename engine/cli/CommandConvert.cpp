// cli/CommandConvert: `xrs convert IN OUT` — any readable stack to TIFF (stack or series) or HDF5, with dtype,
// value-range mapping, frame range and compression; streamed in chunks so inputs larger than memory convert.
#include <charconv>
#include <cstdio>

#include "cli/Commands.h"
#include "core/Error.h"
#include "io/StackSource.h"
#include "io/StackWriter.h"

namespace xrs::cli {

void addConvertCommand(CLI::App& app, Context& ctx)
{
    auto* cmd = app.add_subcommand("convert", "Convert between TIFF (file, stack, folder) and HDF5, changing dtype or range");
    struct Opts {
        std::string in, out, dtype = "float32", range, frames, inDataset, outDataset = "/data", compress = "none";
    };
    auto o = std::make_shared<Opts>();
    cmd->add_option("input", o->in, "input file or folder")->required();
    cmd->add_option("output", o->out, "output .tif/.tiff/.h5 file, or a folder ending in / for one TIFF per frame")->required();
    cmd->add_option("--dtype", o->dtype, "output type: uint8, uint16, uint32, int8, int16, int32, float32, float64");
    cmd->add_option("--range", o->range, "MIN:MAX mapped onto the full integer range (integer output), or 'auto' = data min:max");
    cmd->add_option("--frames", o->frames, "frame range a:b (end exclusive)");
    cmd->add_option("--dataset", o->inDataset, "HDF5 input dataset");
    cmd->add_option("--out-dataset", o->outDataset, "HDF5 output dataset");
    cmd->add_option("--compress", o->compress, "none, deflate or lzw")->check(CLI::IsMember({"none", "deflate", "zlib", "lzw"}));
    cmd->callback([o, &ctx] {
        const Progress progress = ctx.makeProgress();
        auto src = io::openStack(o->in, o->inDataset);
        io::WriteOptions opts;
        const auto dtype = parseDType(o->dtype);
        if (!dtype) throw Error({}, "--dtype", "unknown type '" + o->dtype + "'");
        opts.dtype = *dtype;
        opts.compression = *io::parseCompression(o->compress);
        opts.dataset = o->outDataset;
        const Range frames = (o->frames.empty() ? Range::all() : Range::parse(o->frames)).resolved(src->shape().frames, "--frames");

        // Chunks of ~128 MiB of float32 keep memory bounded whatever the input size.
        const std::int64_t frameBytes = std::max<std::int64_t>(1, src->shape().rows * src->shape().cols * 4);
        const std::int64_t chunk = std::max<std::int64_t>(1, (128 << 20) / frameBytes);
        double pass1 = 0.0;
        if (o->range == "auto") {
            double lo = std::numeric_limits<double>::infinity(), hi = -lo;
            for (std::int64_t f = frames.begin; f < frames.end; f += chunk) {
                const auto r = src->read({f, std::min(frames.end, f + chunk)}).computeRange();
                lo = std::min(lo, r.min);
                hi = std::max(hi, r.max);
                progress.sub(0, 0.3).report(double(f - frames.begin + chunk) / double(frames.size()), "value range");
            }
            opts.range = ValueRange{lo, hi};
            pass1 = 0.3;
        } else if (!o->range.empty()) {
            opts.range = ValueRange::parse(o->range, "--range");
        }

        StackInfo info = src->info();
        info.shape.frames = frames.size();
        info.provenance.push_back("xrs convert " + o->in + " → " + o->out + " (" + o->dtype +
                                  (opts.range ? ", range " + std::to_string(opts.range->min) + ":" + std::to_string(opts.range->max) : "") +
                                  ", frames " + std::to_string(frames.begin) + ":" + std::to_string(frames.end) + ")");
        auto writer = io::openWriter(o->out, info, opts);
        const Progress step = progress.sub(pass1, 1.0);
        for (std::int64_t f = frames.begin; f < frames.end; f += chunk) {
            step.throwIfStopped();
            const std::int64_t e = std::min(frames.end, f + chunk);
            writer->append(src->read({f, e}));
            step.report(double(e - frames.begin) / double(frames.size()), "converting");
        }
        writer->commit();
        std::printf("wrote %s: %s, %s\n", o->out.c_str(), info.shape.str().c_str(), o->dtype.c_str());
    });
}

}  // namespace xrs::cli
