// core/cuda/DeviceSelfTest.cu: device query and the self-test kernel behind `xrs info --devices`.
#include <cuda_runtime.h>

#include "core/cuda/DeviceSelfTest.h"

namespace xrs::cuda {
namespace {

__global__ void affineKernel(float a, float b, const float* __restrict__ x, float* __restrict__ y, std::size_t n)
{
    for (std::size_t i = blockIdx.x * std::size_t(blockDim.x) + threadIdx.x; i < n; i += std::size_t(gridDim.x) * blockDim.x)
        y[i] = __fmaf_rn(a, x[i], b);
}

bool check(cudaError_t e, std::string* error)
{
    if (e == cudaSuccess) return true;
    if (error) *error = cudaGetErrorString(e);
    cudaGetLastError();  // clear the sticky error so later calls report their own
    return false;
}

// Device buffer owned for the scope of one call.
struct DeviceBuffer {
    float* ptr = nullptr;
    ~DeviceBuffer() { if (ptr) cudaFree(ptr); }
};

}  // namespace

RuntimeInfo queryRuntime()
{
    RuntimeInfo info;
    cudaRuntimeGetVersion(&info.runtimeVersion);
    cudaDriverGetVersion(&info.driverVersion);
    int count = 0;
    if (!check(cudaGetDeviceCount(&count), &info.error)) return info;
    if (count == 0) {
        info.error = "no CUDA device";
        return info;
    }
    for (int d = 0; d < count; ++d) {
        cudaDeviceProp p{};
        if (!check(cudaGetDeviceProperties(&p, d), &info.error)) continue;
        DeviceProperties dp;
        dp.index = d;
        dp.name = p.name;
        dp.computeMajor = p.major;
        dp.computeMinor = p.minor;
        dp.totalMemory = p.totalGlobalMem;
        dp.multiprocessors = p.multiProcessorCount;
        if (cudaSetDevice(d) == cudaSuccess) {
            std::size_t freeB = 0, totalB = 0;
            if (cudaMemGetInfo(&freeB, &totalB) == cudaSuccess) dp.freeMemory = freeB;
        }
        info.devices.push_back(dp);
    }
    return info;
}

bool affineOnDevice(int device, float a, float b, const float* x, float* y, std::size_t n, std::string* error)
{
    if (!check(cudaSetDevice(device), error)) return false;
    DeviceBuffer dx, dy;
    const std::size_t bytes = n * sizeof(float);
    if (!check(cudaMalloc(&dx.ptr, bytes), error) || !check(cudaMalloc(&dy.ptr, bytes), error)) return false;
    if (!check(cudaMemcpy(dx.ptr, x, bytes, cudaMemcpyHostToDevice), error)) return false;
    affineKernel<<<256, 256>>>(a, b, dx.ptr, dy.ptr, n);
    if (!check(cudaGetLastError(), error) || !check(cudaDeviceSynchronize(), error)) return false;
    return check(cudaMemcpy(y, dy.ptr, bytes, cudaMemcpyDeviceToHost), error);
}

}  // namespace xrs::cuda
