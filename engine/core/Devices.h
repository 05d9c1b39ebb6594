#pragma once
// core/Devices: what the engine can compute on — CPU threads and, when built with CUDA, the CUDA devices with a
// self-test that runs a real kernel and compares it bit for bit with the CPU path.
#include <cstddef>
#include <string>
#include <vector>

namespace xrs {

struct CudaDeviceInfo {
    int index = 0;
    std::string name;
    int computeMajor = 0, computeMinor = 0;
    std::size_t totalMemory = 0, freeMemory = 0;
    int multiprocessors = 0;
    bool selfTestRun = false;
    bool selfTestPassed = false;
    std::string selfTestMessage;
};

struct DeviceReport {
    unsigned cpuThreads = 0;
    std::string cpuModel;
    bool cudaCompiled = false;   // engine built with XRS_WITH_CUDA
    int cudaRuntimeVersion = 0;  // 13000 for CUDA 13.0
    int cudaDriverVersion = 0;
    std::string cudaStatus;      // "2 devices" or the reason there is none
    std::vector<CudaDeviceInfo> cuda;
};

DeviceReport queryDevices(bool runSelfTest = true);

// The computation the CUDA self-test runs, on the CPU: y = fma(a, x, b) element-wise.
void affineCpu(float a, float b, const float* x, float* y, std::size_t n);
// Runs the self-test on CUDA device `index` (false, with *message, when CUDA is absent or the result differs).
bool runCudaSelfTest(int index, std::string* message);

}  // namespace xrs
