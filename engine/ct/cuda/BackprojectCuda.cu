// ct/cuda/BackprojectCuda.cu: the CUDA parallel-beam backprojection kernel and its host driver (see the header).
//
// Kernel: one block is a 32 × 16 pixel tile of one slice (blockIdx.z); each of its 32 × 8 threads owns one column
// and two slice rows and loops over all angles, keeping its sums in registers. Angles go in chunks of 64: the
// block first computes, per angle of the chunk and row of the tile, the column offset j0 in double (as the CPU
// does) into shared memory, so the inner loop is float work only. Detector rows are read through the read-only
// path (__ldg); the rows carry zero guards so the clamped position never reads outside them (zero outside the
// detector without a branch). Explicit _rn intrinsics keep nvcc from fusing into FMAs, so the rounding is the CPU's.
#include <cuda_runtime.h>

#include <algorithm>
#include <chrono>
#include <cstring>

#include "ct/cuda/BackprojectCuda.h"

namespace xrs::cuda {
namespace {

constexpr int kTileX = 32;          // threads across (one slice column each)
constexpr int kTileY = 8;           // threads down
constexpr int kRowsPerThread = 2;   // slice rows per thread: the tile is 32 × 16 pixels
constexpr int kTileRows = kTileY * kRowsPerThread;
constexpr int kChunk = 64;          // angles per shared-memory chunk
constexpr int kGuard = 2;           // zeros on each side of a padded detector row, as on the CPU

__global__ void __launch_bounds__(kTileX * kTileY)
backprojectKernel(const float* __restrict__ sino, float* __restrict__ out, const double* __restrict__ base,
                  const double* __restrict__ rowStep, const float* __restrict__ colStep, int angles, int width, int n,
                  float uMax, float scale)
{
    __shared__ float sJ0[kChunk][kTileRows];
    __shared__ float sStep[kChunk];
    const int c = blockIdx.x * kTileX + threadIdx.x;
    const int r0 = blockIdx.y * kTileRows;
    const int tid = threadIdx.y * kTileX + threadIdx.x;
    // src[u] is column u − 1 of the padded row, as on the CPU.
    const float* sliceSino = sino + std::size_t(blockIdx.z) * std::size_t(angles) * std::size_t(width) + (kGuard - 1);
    const float cf = float(c);
    float acc[kRowsPerThread] = {};
    for (int a0 = 0; a0 < angles; a0 += kChunk) {
        const int count = min(kChunk, angles - a0);
        __syncthreads();  // the previous chunk is no longer read
        for (int k = tid; k < kChunk * kTileRows; k += kTileX * kTileY) {
            const int la = k / kTileRows, lr = k % kTileRows;
            if (la < count)
                sJ0[la][lr] = float(__dadd_rn(base[a0 + la], __dmul_rn(double(r0 + lr), rowStep[a0 + la])));
        }
        if (tid < count) sStep[tid] = colStep[a0 + tid];
        __syncthreads();
#pragma unroll 4
        for (int la = 0; la < count; ++la) {
            const float* src = sliceSino + std::size_t(a0 + la) * std::size_t(width);
            const float t = __fmul_rn(cf, sStep[la]);
#pragma unroll
            for (int k = 0; k < kRowsPerThread; ++k) {
                const float j0 = sJ0[la][threadIdx.y + k * kTileY];
                const float u = fminf(fmaxf(__fadd_rn(__fadd_rn(j0, t), 1.0f), 0.0f), uMax);
                const int i = int(u);  // u ≥ 0, so truncation is floor
                const float w = __fsub_rn(u, float(i));
                const float s0 = __ldg(src + i), s1 = __ldg(src + i + 1);
                acc[k] = __fadd_rn(acc[k], __fadd_rn(s0, __fmul_rn(w, __fsub_rn(s1, s0))));
            }
        }
    }
    if (c >= n) return;
    for (int k = 0; k < kRowsPerThread; ++k) {
        const int r = r0 + threadIdx.y + k * kTileY;
        if (r < n) out[(std::size_t(blockIdx.z) * std::size_t(n) + std::size_t(r)) * std::size_t(n) + c] =
            __fmul_rn(acc[k], scale);
    }
}

bool check(cudaError_t e, std::string* error, const char* what)
{
    if (e == cudaSuccess) return true;
    if (error) *error = std::string(what) + ": " + cudaGetErrorString(e);
    cudaGetLastError();  // clear a non-sticky error so later calls report their own
    return false;
}

// Device memory owned for the scope of one call.
template <typename T>
class DeviceArray {
public:
    DeviceArray() = default;
    DeviceArray(const DeviceArray&) = delete;
    DeviceArray& operator=(const DeviceArray&) = delete;
    ~DeviceArray() { if (m_ptr) cudaFree(m_ptr); }
    bool allocate(std::size_t count, std::string* error)
    {
        return check(cudaMalloc(reinterpret_cast<void**>(&m_ptr), count * sizeof(T)), error, "cudaMalloc");
    }
    T* get() const { return m_ptr; }

private:
    T* m_ptr = nullptr;
};

// Page-locked host memory, or ordinary memory when pinning is not wanted or fails (transfers are then synchronous
// staging copies by the driver, but still correct).
class HostStaging {
public:
    HostStaging() = default;
    HostStaging(const HostStaging&) = delete;
    HostStaging& operator=(const HostStaging&) = delete;
    ~HostStaging() { if (m_pinned) cudaFreeHost(m_pinned); }
    void allocate(std::size_t count, bool pinned)
    {
        if (pinned && cudaMallocHost(reinterpret_cast<void**>(&m_pinned), count * sizeof(float)) == cudaSuccess) return;
        cudaGetLastError();
        m_pinned = nullptr;
        m_pageable.assign(count, 0.0f);
    }
    float* get() { return m_pinned ? m_pinned : m_pageable.data(); }

private:
    float* m_pinned = nullptr;
    std::vector<float> m_pageable;
};

class Event {
public:
    Event() { m_ok = cudaEventCreate(&m_event) == cudaSuccess; }
    Event(const Event&) = delete;
    Event& operator=(const Event&) = delete;
    ~Event() { if (m_ok) cudaEventDestroy(m_event); }
    bool ok() const { return m_ok; }
    cudaEvent_t get() const { return m_event; }

private:
    cudaEvent_t m_event{};
    bool m_ok = false;
};

}  // namespace

bool backprojectOnDevice(int device, const BackprojectJob& job, BackprojectStats* stats, std::string* error)
{
    const auto start = std::chrono::steady_clock::now();
    if (job.slices <= 0 || job.angles <= 0 || job.cols <= 0 || job.n <= 0 || !job.sinograms || !job.output) {
        if (error) *error = "empty backprojection job";
        return false;
    }
    const std::size_t nAngles = std::size_t(job.angles);
    if (job.base.size() != nAngles || job.rowStep.size() != nAngles || job.colStep.size() != nAngles) {
        if (error) *error = "per-angle tables do not match the number of angles";
        return false;
    }
    if (!check(cudaSetDevice(device), error, "cudaSetDevice")) return false;

    const std::size_t cols = std::size_t(job.cols), n = std::size_t(job.n);
    const std::size_t width = cols + 2 * kGuard;
    const std::size_t sinoPerSlice = nAngles * width, outPerSlice = n * n;

    // Slices per batch from the device memory budget (sinogram + slice, each stored once).
    std::size_t budget = job.deviceBudget;
    if (budget == 0) {
        std::size_t freeB = 0, totalB = 0;
        if (!check(cudaMemGetInfo(&freeB, &totalB), error, "cudaMemGetInfo")) return false;
        budget = freeB / 2;
    }
    const std::size_t perSlice = (sinoPerSlice + outPerSlice) * sizeof(float);
    const std::size_t batch = std::clamp<std::size_t>(std::min<std::size_t>(std::size_t(job.slices), budget / perSlice),
                                                      1, 65535);  // gridDim.z limit

    DeviceArray<float> dSino, dOut;
    DeviceArray<double> dBase, dRowStep;
    DeviceArray<float> dColStep;
    if (!dSino.allocate(batch * sinoPerSlice, error) || !dOut.allocate(batch * outPerSlice, error) ||
        !dBase.allocate(nAngles, error) || !dRowStep.allocate(nAngles, error) || !dColStep.allocate(nAngles, error))
        return false;
    if (!check(cudaMemcpy(dBase.get(), job.base.data(), nAngles * sizeof(double), cudaMemcpyHostToDevice), error,
               "cudaMemcpy") ||
        !check(cudaMemcpy(dRowStep.get(), job.rowStep.data(), nAngles * sizeof(double), cudaMemcpyHostToDevice), error,
               "cudaMemcpy") ||
        !check(cudaMemcpy(dColStep.get(), job.colStep.data(), nAngles * sizeof(float), cudaMemcpyHostToDevice), error,
               "cudaMemcpy"))
        return false;

    // Padded sinograms are staged on the host (guards zero once; only the interiors are rewritten per batch).
    HostStaging sinoStage, outStage;
    sinoStage.allocate(batch * sinoPerSlice, job.pinnedStaging);
    outStage.allocate(batch * outPerSlice, job.pinnedStaging);
    std::memset(sinoStage.get(), 0, batch * sinoPerSlice * sizeof(float));

    Event before, after;
    if (!before.ok() || !after.ok()) {
        if (error) *error = "cudaEventCreate failed";
        return false;
    }
    const float uMax = float(job.cols) + 1.0f;
    double kernelSeconds = 0;
    int batches = 0;
    for (std::size_t s0 = 0; s0 < std::size_t(job.slices); s0 += batch) {
        const std::size_t count = std::min(batch, std::size_t(job.slices) - s0);
        float* stage = sinoStage.get();
        for (std::size_t s = 0; s < count; ++s)
            for (std::size_t a = 0; a < nAngles; ++a)
                std::memcpy(stage + (s * nAngles + a) * width + kGuard, job.sinograms + ((s0 + s) * nAngles + a) * cols,
                            cols * sizeof(float));
        if (!check(cudaMemcpy(dSino.get(), stage, count * sinoPerSlice * sizeof(float), cudaMemcpyHostToDevice), error,
                   "cudaMemcpy"))
            return false;
        const dim3 threads(kTileX, kTileY);
        const dim3 grid(unsigned((n + kTileX - 1) / kTileX), unsigned((n + kTileRows - 1) / kTileRows), unsigned(count));
        if (!check(cudaEventRecord(before.get()), error, "cudaEventRecord")) return false;
        backprojectKernel<<<grid, threads>>>(dSino.get(), dOut.get(), dBase.get(), dRowStep.get(), dColStep.get(),
                                             job.angles, int(width), job.n, uMax, job.scale);
        if (!check(cudaGetLastError(), error, "kernel launch") ||
            !check(cudaEventRecord(after.get()), error, "cudaEventRecord") ||
            !check(cudaEventSynchronize(after.get()), error, "kernel"))
            return false;
        float ms = 0;
        if (!check(cudaEventElapsedTime(&ms, before.get(), after.get()), error, "cudaEventElapsedTime")) return false;
        kernelSeconds += double(ms) / 1000.0;
        if (!check(cudaMemcpy(outStage.get(), dOut.get(), count * outPerSlice * sizeof(float), cudaMemcpyDeviceToHost),
                   error, "cudaMemcpy"))
            return false;
        std::memcpy(job.output + s0 * outPerSlice, outStage.get(), count * outPerSlice * sizeof(float));
        ++batches;
    }
    if (stats) {
        stats->kernelSeconds = kernelSeconds;
        stats->batches = batches;
        stats->totalSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
    return true;
}

}  // namespace xrs::cuda
