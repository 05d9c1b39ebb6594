// cli/CommandRecon: `xrs recon INPUT -o OUT` — streamed parallel-beam FBP of a DXchange file or TIFF projections
// with separate flats/darks (ct/ReconPipeline), or a try-centre sweep of one slice.
#include <sys/resource.h>

#include <cstdio>

#include "cli/Commands.h"
#include "core/Error.h"
#include "ct/Phantom.h"
#include "ct/ReconPipeline.h"
#include "io/StackSource.h"

namespace xrs::cli {

void addReconCommand(CLI::App& app, Context& ctx)
{
    auto* cmd = app.add_subcommand("recon", "Reconstruct a parallel-beam CT scan (filtered backprojection, streamed)");
    struct Opts {
        std::string in, out, flats, darks, rows, centerRows, center = "auto", tryCenter, filter = "ramlak",
                                                             ring = "none";
        std::string device = "cpu", dtype = "float32", range, scan = "auto", storage = "float32";
        std::int64_t chunk = 0, memoryMb = 512;
        int bin = 1;
        double zinger = 0;
        bool reportMemory = false;
    };
    auto o = std::make_shared<Opts>();
    cmd->add_option("input", o->in, "DXchange .h5 file, or TIFF projections (file or folder) with --flats/--darks")
        ->required();
    cmd->add_option("-o,--output", o->out, "output .tif/.h5, or a folder ending in /")->required();
    cmd->add_option("--flats", o->flats, "flat fields (TIFF file or folder) for TIFF input");
    cmd->add_option("--darks", o->darks, "dark fields (TIFF file or folder) for TIFF input");
    cmd->add_option("--rows", o->rows, "detector rows a:b (end exclusive) to reconstruct");
    cmd->add_option("--center", o->center, "rotation axis in detector pixels, or auto");
    cmd->add_option("--center-rows", o->centerRows,
                    "detector rows a:b the automatic centre is found on (default: --rows; jobs split by rows pass the "
                    "whole range so every part uses the same centre)");
    cmd->add_option("--try-center", o->tryCenter, "A:B:STEP: one slice per centre, labelled with the centre");
    cmd->add_option("--scan", o->scan, "auto, 180 or 360 (360: stitched, axis may be off-centre; auto: from theta)")
        ->check(CLI::IsMember({"auto", "180", "360"}));
    cmd->add_option("--filter", o->filter, "ramlak, shepp-logan, chesler, cosine, hamming, hann, parzen");
    cmd->add_option("--zinger", o->zinger,
                    "remove zingers deviating from the 3x3 median by more than this fraction "
                    "of it (raw counts; e.g. 0.3; default off)");
    cmd->add_option("--bin", o->bin,
                    "detector binning 1, 2 or 4 (mean of the raw counts; --rows and --center stay "
                    "in unbinned detector pixels)")
        ->check(CLI::IsMember({1, 2, 4, 8}));
    cmd->add_option("--ring", o->ring, "none, sort:N, filter:S, large:N or all");
    cmd->add_option("--device", o->device, "cpu, cuda or cuda:N");
    cmd->add_option("--storage", o->storage,
                    "precision of the filtered projections in the backprojector: float32 or float16 (half the GPU "
                    "memory and bandwidth; the CPU rounds the same way)")
        ->check(CLI::IsMember({"float32", "float16"}));
    cmd->add_option("--dtype", o->dtype, "float32, uint16 or uint8")
        ->check(CLI::IsMember({"float32", "uint16", "uint8"}));
    cmd->add_option("--range", o->range, "MIN:MAX mapped onto the integer range, or auto (0.1/99.9 percentiles)");
    cmd->add_option("--chunk", o->chunk, "detector rows per chunk (default: from --memory-mb)");
    cmd->add_option("--memory-mb", o->memoryMb, "memory budget for the chunks in MiB");
    cmd->add_flag("--report-memory", o->reportMemory, "print the peak resident memory at the end");
    cmd->callback([o, &ctx] {
        const Progress progress = ctx.makeProgress();
        ct::ReconOptions opts;
        if (o->device != "cpu") {
            opts.cudaDevice = parseCudaDevice(o->device);
            // Refuse before reading anything, with the runtime's reason; no silent CPU fallback.
            if (const std::string why = ct::cudaBackprojectUnavailable(opts.cudaDevice); !why.empty())
                throw Error({}, "--device " + o->device, why + "; use --device cpu");
            opts.device = ct::ComputeDevice::Cuda;
        }
        opts.halfStorage = o->storage == "float16";
        if (!o->rows.empty()) opts.rows = Range::parse(o->rows);
        if (!o->centerRows.empty()) opts.centerRows = Range::parse(o->centerRows);
        if (o->center != "auto") {
            try {
                opts.center = std::stod(o->center);
            } catch (const std::logic_error&) {
                throw Error({}, "--center", "'" + o->center + "' must be a number or auto");
            }
        }
        opts.scan = o->scan == "360"   ? ct::ScanSpan::Full360
                    : o->scan == "180" ? ct::ScanSpan::Half180
                                       : ct::ScanSpan::Auto;
        opts.filter = ct::parseFilter(o->filter);
        const auto ring = ct::parseRingSpec(o->ring);
        if (!ring) throw Error({}, "--ring", "'" + o->ring + "' must be none, sort:N, filter:S, large:N or all");
        opts.ring = *ring;
        if (o->zinger < 0) throw Error({}, "--zinger", "the threshold must be positive");
        if (o->zinger > 0) opts.zinger = o->zinger;
        opts.dtype = *parseDType(o->dtype);
        if (o->range == "auto")
            opts.autoRange = true;
        else if (!o->range.empty())
            opts.range = ValueRange::parse(o->range, "--range");
        opts.chunkRows = o->chunk;
        opts.bin = o->bin;
        opts.memoryBudgetBytes = o->memoryMb << 20;

        ct::ReconInput input = io::detectKind(o->in) == io::FileKind::Hdf5
                                   ? ct::openDxchangeInput(o->in)
                                   : ct::openTiffInput(o->in, o->flats, o->darks);
        if (input.anglesAssumed && opts.scan == ct::ScanSpan::Full360) {
            // --scan 360 without theta: the projections are taken as evenly spread over a full turn.
            input.anglesDeg = ct::evenAngles(input.projections->shape().frames, 360.0);
            for (auto& w : input.warnings)
                if (w.find("180°") != std::string::npos)
                    w = "warning: no angles in the input; --scan 360: assuming "
                        "them evenly spaced over 360°";
        }
        for (const auto& w : input.warnings) std::fprintf(stderr, "%s\n", w.c_str());
        if (!o->tryCenter.empty()) {
            const auto centers = ct::parseCenterSweep(o->tryCenter);
            ct::tryCenters(input, o->out, centers, opts, -1, progress);
            std::printf("wrote %s: %zu centres %.2f..%.2f\n", o->out.c_str(), centers.size(), centers.front(),
                        centers.back());
        } else {
            const auto r = ct::reconstructScan(input, o->out, opts, progress);
            std::printf("center used: %.3f%s\n", r.center, r.scan360 ? " (360° scan, stitched)" : "");
            std::printf("wrote %s: %lld slices, chunk %lld rows\n", o->out.c_str(), (long long)r.slices,
                        (long long)r.chunkRows);
        }
        if (o->reportMemory) {
            rusage ru{};
            getrusage(RUSAGE_SELF, &ru);
            std::printf("peak RSS: %ld KiB\n", ru.ru_maxrss);
        }
    });
}

}  // namespace xrs::cli
