#include "cli/SampleData.h"

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "ct/Phantom.h"
#include "fusion/SyntheticVideo.h"
#include "io/AtomicFile.h"
#include "io/Hdf5.h"
#include "io/StackWriter.h"

namespace xrs::cli {

namespace fs = std::filesystem;

void writeCtSample(const CtSampleOptions& o, const Progress& progress)
{
    ct::ParallelGeometry g;
    g.cols = o.cols;
    g.rows = o.rows;
    g.anglesDeg = ct::evenAngles(o.angles);
    ct::ScanSimulation sim;
    sim.seed = o.seed;
    sim.poisson = !o.noNoise;
    const auto phantom = ct::sheppLogan3D();
    const auto scan = ct::simulateScan(phantom, g, sim, progress.sub(0.0, 0.6));
    io::writeDxchange(o.output, scan.projections, &scan.flats, &scan.darks, scan.anglesDeg, DType::UInt16,
                      progress.sub(0.6, 0.9));
    if (!o.phantomTiff.empty()) {
        // Ground truth in the reconstruction's units: attenuation per pixel.
        auto vol = ct::samplePhantom(phantom, o.rows, o.cols);
        for (auto& v : vol.values()) v *= float(scan.muPerPixel);
        vol.addProvenance("3D Shepp-Logan phantom, attenuation per pixel (mu " + std::to_string(scan.muPerPixel) + ")");
        io::writeStack(o.phantomTiff, vol, {}, progress.sub(0.9, 1.0));
    }
    progress.report(1.0, "CT sample written");
}

fs::path writeVideoSample(const VideoSampleOptions& o, const Progress& progress)
{
    std::error_code ec;
    fs::create_directories(o.outputDir, ec);
    if (ec) throw Error(o.outputDir, {}, "could not create the folder: " + ec.message());
    fusion::VideoParams vp;
    vp.frames = o.frames;
    vp.rows = vp.cols = o.size;
    vp.seed = o.seed;
    const ImageStack gt = fusion::makeMeltPoolVideo(vp, progress.sub(0.0, 0.5));
    const ImageStack lr = fusion::binFrames(gt, o.bin);
    const ImageStack hr = fusion::everyNthFrame(gt, o.hrStep);
    const fs::path dir(o.outputDir);
    io::writeStack(dir / "ground_truth.tif", gt, {}, progress.sub(0.5, 0.8));
    io::writeStack(dir / "lr.tif", lr, {}, progress.sub(0.8, 0.9));
    io::writeStack(dir / "hr.tif", hr, {}, progress.sub(0.9, 1.0));

    // Frame times in units of the ground-truth (= LR) frame interval.
    nlohmann::json manifest;
    manifest["kind"] = "xrs-video-sample";
    manifest["k"] = o.bin;
    manifest["delta"] = o.hrStep;
    manifest["seed"] = o.seed;
    manifest["b0"] = nullptr;
    manifest["files"] = {{"ground_truth", "ground_truth.tif"}, {"lr", "lr.tif"}, {"hr", "hr.tif"}};
    std::vector<double> lrTimes, hrTimes;
    for (std::int64_t i = 0; i < lr.frames(); ++i) lrTimes.push_back(double(i));
    for (std::int64_t i = 0; i < hr.frames(); ++i) hrTimes.push_back(double(i * o.hrStep));
    manifest["lr_times"] = lrTimes;
    manifest["hr_times"] = hrTimes;
    const fs::path path = dir / "manifest.json";
    io::writeTextAtomically(path, manifest.dump(2) + "\n");
    return path;
}

}  // namespace xrs::cli
