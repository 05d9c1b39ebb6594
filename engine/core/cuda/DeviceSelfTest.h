#pragma once
// core/cuda/DeviceSelfTest: the CUDA side of device discovery. A plain C++17 interface (no CUDA headers, no C++20:
// nvcc compiles it in C++17 mode) so that only xrs_cuda is compiled by nvcc. Any CUDA runtime failure (no driver, no device, driver too old) is reported
// as "no CUDA device" with the runtime's reason; callers fall back to the CPU path.
#include <cstddef>
#include <string>
#include <vector>

namespace xrs::cuda {

struct DeviceProperties {
    int index = 0;
    std::string name;
    int computeMajor = 0, computeMinor = 0;
    std::size_t totalMemory = 0, freeMemory = 0;
    int multiprocessors = 0;
};

struct RuntimeInfo {
    int runtimeVersion = 0;  // e.g. 13000
    int driverVersion = 0;   // 0 when no driver
    std::string error;       // why no device is usable (empty when devices were found)
    std::vector<DeviceProperties> devices;
};

RuntimeInfo queryRuntime();

// y[i] = fma(a, x[i], b) on `device`; false with *error on failure. The CPU reference is bit-identical.
bool affineOnDevice(int device, float a, float b, const float* x, float* y, std::size_t n, std::string* error);

}  // namespace xrs::cuda
