// cli/CommandInfo: `xrs info FILE` (shape, dtype, value range, pixel size, HDF5 datasets, DXchange parts) and
// `xrs info --devices` (CPU, CUDA devices with a kernel self-test, LibTorch).
#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/Commands.h"
#include "core/Devices.h"
#include "core/Error.h"
#include "io/Hdf5.h"
#include "io/StackSource.h"
#ifdef XRS_WITH_TORCH
#include "nn/TorchRuntime.h"
#endif

namespace xrs::cli {

namespace {

void printDevices(bool selfTest)
{
    const DeviceReport r = queryDevices(selfTest);
    std::printf("CPU: %s, %u threads\n", r.cpuModel.c_str(), r.cpuThreads);
    if (r.cudaCompiled)
        std::printf("CUDA: runtime %d.%d, driver %d.%d: %s\n", r.cudaRuntimeVersion / 1000, (r.cudaRuntimeVersion % 1000) / 10,
                    r.cudaDriverVersion / 1000, (r.cudaDriverVersion % 1000) / 10, r.cudaStatus.c_str());
    else
        std::printf("CUDA: %s\n", r.cudaStatus.c_str());
    for (const auto& d : r.cuda) {
        std::printf("  cuda:%d %s, compute %d.%d, %d SMs, memory %.1f GiB (%.1f GiB free)\n", d.index, d.name.c_str(),
                    d.computeMajor, d.computeMinor, d.multiprocessors, double(d.totalMemory) / (1 << 30),
                    double(d.freeMemory) / (1 << 30));
        if (d.selfTestRun)
            std::printf("    self-test: %s (%s)\n", d.selfTestPassed ? "passed" : "FAILED", d.selfTestMessage.c_str());
    }
#ifdef XRS_WITH_TORCH
    const auto t = nn::torchInfo();
    std::printf("LibTorch %s: %d intra-op threads, CUDA %s (%d devices), cuDNN %s\n", t.version.c_str(), t.cpuThreads,
                t.cudaAvailable ? "available" : "not available", t.cudaDevices, t.cudnnAvailable ? "yes" : "no");
    if (selfTest) std::printf("  self-test: %s\n", nn::torchSmokeTest().message.c_str());
#else
    std::printf("LibTorch: engine built without it\n");
#endif
}

// The same report as JSON, for programs (the desktop app's device selector and about box).
void printDevicesJson(bool selfTest)
{
    const DeviceReport r = queryDevices(selfTest);
    nlohmann::ordered_json j;
    j["cpu"] = {{"model", r.cpuModel}, {"threads", r.cpuThreads}};
    nlohmann::ordered_json devices = nlohmann::ordered_json::array();
    for (const auto& d : r.cuda) {
        nlohmann::ordered_json e = {{"index", d.index},
                                    {"name", d.name},
                                    {"compute", std::to_string(d.computeMajor) + "." + std::to_string(d.computeMinor)},
                                    {"multiprocessors", d.multiprocessors},
                                    {"total_memory", d.totalMemory},
                                    {"free_memory", d.freeMemory}};
        if (d.selfTestRun) e["self_test"] = {{"passed", d.selfTestPassed}, {"message", d.selfTestMessage}};
        devices.push_back(std::move(e));
    }
    j["cuda"] = {{"compiled", r.cudaCompiled},
                 {"runtime_version", r.cudaRuntimeVersion},
                 {"driver_version", r.cudaDriverVersion},
                 {"status", r.cudaStatus},
                 {"devices", std::move(devices)}};
#ifdef XRS_WITH_TORCH
    const auto t = nn::torchInfo();
    j["torch"] = {{"version", t.version},
                  {"cuda_available", t.cudaAvailable},
                  {"cuda_devices", t.cudaDevices},
                  {"cudnn", t.cudnnAvailable},
                  {"threads", t.cpuThreads}};
    if (selfTest) j["torch"]["self_test"] = nn::torchSmokeTest().message;
#else
    j["torch"] = nullptr;
#endif
    std::printf("%s\n", j.dump(2).c_str());
}

std::string spacingText(const Spacing& s)
{
    if (!s.known()) return "unknown (pixels)";
    char buf[160];
    std::snprintf(buf, sizeof buf, "%g × %g %s, frame spacing %g %s", s.x, s.y, s.unit.c_str(), s.z, s.unit.c_str());
    return buf;
}

void printFile(const std::filesystem::path& path, const std::string& dataset, bool computeRange, const Progress& progress)
{
    if (io::detectKind(path) == io::FileKind::Hdf5) {
        std::printf("%s: HDF5\n", path.c_str());
        for (const auto& d : io::listDatasets(path)) {
            std::string dims;
            for (auto n : d.dims) dims += (dims.empty() ? "" : "×") + std::to_string(n);
            std::printf("  %-40s %-10s %s\n", d.path.c_str(), d.type.c_str(), dims.c_str());
        }
        if (io::isDxchange(path)) {
            const auto scan = io::openDxchange(path);
            std::printf("DXchange scan: %lld projections, theta %s\n", (long long)scan.data->shape().frames,
                        scan.thetaFromFile ? "from the file" : "missing: evenly spaced over 180°");
            for (const auto& m : scan.missing) std::printf("  missing: %s\n", m.c_str());
        }
    }
    auto src = io::openStack(path, dataset);
    const StackInfo& info = src->info();
    std::printf("%s\n", src->describe().c_str());
    std::printf("  shape:   %s (frames × rows × cols)\n", info.shape.str().c_str());
    std::printf("  dtype:   %s\n", std::string(dtypeName(info.sourceType)).c_str());
    std::printf("  spacing: %s\n", spacingText(info.spacing).c_str());
    for (const auto& [k, v] : info.metadata) std::printf("  %s: %s\n", k.c_str(), v.c_str());
    for (const auto& p : info.provenance) std::printf("  provenance: %s\n", p.c_str());
    if (computeRange && !info.shape.empty()) {
        // Streamed frame by frame so files larger than memory work.
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        const auto n = info.shape.frames;
        for (std::int64_t f = 0; f < n; ++f) {
            progress.throwIfStopped();
            const auto r = src->read({f, f + 1}).computeRange();
            lo = std::min(lo, r.min);
            hi = std::max(hi, r.max);
            progress.report(double(f + 1) / double(n), "value range");
        }
        std::printf("  range:   %g … %g\n", lo, hi);
    }
}

}  // namespace

int parseCudaDevice(const std::string& device)
{
    if (device == "cuda") return 0;
    if (device.rfind("cuda:", 0) == 0 && device.size() > 5 && device.size() < 9 &&
        device.find_first_not_of("0123456789", 5) == std::string::npos)
        return std::stoi(device.substr(5));
    throw Error({}, "--device", "'" + device + "' must be cpu, cuda or cuda:N");
}

void addInfoCommand(CLI::App& app, Context& ctx)
{
    auto* cmd = app.add_subcommand("info", "Describe a TIFF/HDF5 file, or the compute devices (--devices)");
    struct Opts {
        std::string file, dataset;
        bool devices = false, noRange = false, noSelfTest = false, json = false;
    };
    auto o = std::make_shared<Opts>();
    cmd->add_option("file", o->file, "TIFF file, folder of TIFFs or HDF5 file");
    cmd->add_option("--dataset", o->dataset, "HDF5 dataset path (default: /exchange/data or the only image dataset)");
    cmd->add_flag("--devices", o->devices, "list CPU and CUDA devices and run their self-tests");
    cmd->add_flag("--no-range", o->noRange, "do not read the data to compute the value range");
    cmd->add_flag("--no-self-test", o->noSelfTest, "with --devices: only list the devices");
    cmd->add_flag("--json", o->json, "with --devices: print the report as JSON");
    cmd->callback([o, &ctx] {
        if (o->devices) return o->json ? printDevicesJson(!o->noSelfTest) : printDevices(!o->noSelfTest);
        if (o->file.empty()) throw Error("info needs a FILE or --devices");
        printFile(o->file, o->dataset, !o->noRange, ctx.makeProgress());
    });
}

}  // namespace xrs::cli
