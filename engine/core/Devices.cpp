#include "core/Devices.h"

#include <cmath>
#include <fstream>
#include <thread>
#include <vector>

#include "core/ThreadPool.h"

namespace xrs {

namespace {
std::string readCpuModel()
{
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("model name", 0) == 0) {
            const auto colon = line.find(':');
            if (colon != std::string::npos) return line.substr(line.find_first_not_of(' ', colon + 1));
        }
    return "unknown CPU";
}
}  // namespace

void affineCpu(float a, float b, const float* x, float* y, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i) y[i] = std::fma(a, x[i], b);
}

bool runCudaSelfTest([[maybe_unused]] int index, std::string* message)
{
#ifdef XRS_WITH_CUDA
    constexpr std::size_t n = 1 << 20;
    std::vector<float> x(n), gpu(n), cpu(n);
    for (std::size_t i = 0; i < n; ++i) x[i] = std::sin(float(i) * 0.001f) * 1000.0f;
    const float a = 1.0001f, b = -0.5f;
    std::string err;
    if (!cuda::affineOnDevice(index, a, b, x.data(), gpu.data(), n, &err)) {
        if (message) *message = "kernel failed: " + err;
        return false;
    }
    affineCpu(a, b, x.data(), cpu.data(), n);
    std::size_t mismatches = 0;
    for (std::size_t i = 0; i < n; ++i) mismatches += gpu[i] != cpu[i];
    if (message)
        *message = mismatches == 0 ? "kernel ran; 1 Mi results identical to the CPU path"
                                   : std::to_string(mismatches) + " results differ from the CPU path";
    return mismatches == 0;
#else
    if (message) *message = "engine built without CUDA";
    return false;
#endif
}

DeviceReport queryDevices([[maybe_unused]] bool runSelfTest)
{
    DeviceReport r;
    r.cpuThreads = ThreadPool::global().size();
    r.cpuModel = readCpuModel();
#ifdef XRS_WITH_CUDA
    r.cudaCompiled = true;
    const cuda::RuntimeInfo rt = cuda::queryRuntime();
    r.cudaRuntimeVersion = rt.runtimeVersion;
    r.cudaDriverVersion = rt.driverVersion;
    if (rt.devices.empty()) {
        r.cudaStatus = "no CUDA device (" + rt.error + ")";
    } else {
        r.cudaStatus = std::to_string(rt.devices.size()) + (rt.devices.size() == 1 ? " device" : " devices");
    }
    for (const auto& d : rt.devices) {
        CudaDeviceInfo info;
        static_cast<cuda::DeviceProperties&>(info) = d;
        if (runSelfTest) {
            info.selfTestRun = true;
            info.selfTestPassed = runCudaSelfTest(d.index, &info.selfTestMessage);
        }
        r.cuda.push_back(std::move(info));
    }
#else
    r.cudaStatus = "engine built without CUDA";
#endif
    return r;
}

}  // namespace xrs
