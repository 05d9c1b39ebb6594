#pragma once
// core/Devices: what the engine can compute on — CPU threads and, when built with CUDA, the CUDA devices with a
// self-test that runs a real kernel and compares it bit for bit with the CPU path.
#include <cstddef>
#include <string>
#include <vector>

#include "core/cuda/DeviceSelfTest.h"

namespace xrs {

// A CUDA device as the runtime describes it (core/cuda/DeviceSelfTest.h is plain C++: no CUDA types) and the result
// of its self-test.
struct CudaDeviceInfo : cuda::DeviceProperties {
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
