// ct/cuda/BackprojectCuda.cu: the CUDA parallel-beam backprojection kernel and its host driver (see the header).
//
// Kernel: one block is a 32 × 16 pixel tile of one slice (blockIdx.z); each of its 32 × 8 threads owns one column
// and two slice rows and loops over all angles, keeping its sums in registers. Angles go in chunks of 64: the
// block first computes, per angle of the chunk and row of the tile, the column offset j0 in double (as the CPU
// does) into shared memory, so the inner loop is float work only. Detector rows are read through the read-only
// path (__ldg), as float or as half widened exactly to float; the rows carry zero guards so the clamped position
// never reads outside them (zero outside the detector without a branch). Explicit _rn intrinsics keep nvcc from
// fusing into FMAs, so the rounding is the CPU's.
//
// Driver: slices go in batches sized from the device memory budget; with two streams, batch k+1 is packed on the
// host and copied in (page-locked memory, cudaMemcpyAsync) while batch k's kernel runs, and batch k's slices come back
// while batch k+1 computes.
#include <cuda_fp16.h>
#include <cuda_runtime.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <memory>
#include <vector>

#include "ct/cuda/BackprojectCuda.h"

namespace xrs::cuda {
namespace {

constexpr int kTileX = 32;          // threads across (one slice column each)
constexpr int kTileY = 8;           // threads down
constexpr int kRowsPerThread = 2;   // slice rows per thread: the tile is 32 × 16 pixels
constexpr int kTileRows = kTileY * kRowsPerThread;
constexpr int kChunk = 64;          // angles per shared-memory chunk
constexpr int kGuard = 2;           // zeros on each side of a padded detector row, as on the CPU

__device__ __forceinline__ float loadSample(const float* p) { return __ldg(p); }
__device__ __forceinline__ float loadSample(const unsigned short* p) { return __half2float(__ushort_as_half(__ldg(p))); }

template <typename T>
__global__ void __launch_bounds__(kTileX * kTileY)
backprojectKernel(const T* __restrict__ sino, float* __restrict__ out, const double* __restrict__ base,
                  const double* __restrict__ rowStep, const float* __restrict__ colStep, int angles, int width, int n,
                  float uMax, float scale)
{
    __shared__ float sJ0[kChunk][kTileRows];
    __shared__ float sStep[kChunk];
    const int c = blockIdx.x * kTileX + threadIdx.x;
    const int r0 = blockIdx.y * kTileRows;
    const int tid = threadIdx.y * kTileX + threadIdx.x;
    // src[u] is column u − 1 of the padded row, as on the CPU.
    const T* sliceSino = sino + std::size_t(blockIdx.z) * std::size_t(angles) * std::size_t(width) + (kGuard - 1);
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
            const T* src = sliceSino + std::size_t(a0 + la) * std::size_t(width);
            const float t = __fmul_rn(cf, sStep[la]);
#pragma unroll
            for (int k = 0; k < kRowsPerThread; ++k) {
                const float j0 = sJ0[la][threadIdx.y + k * kTileY];
                const float u = fminf(fmaxf(__fadd_rn(__fadd_rn(j0, t), 1.0f), 0.0f), uMax);
                const int i = int(u);  // u ≥ 0, so truncation is floor
                const float w = __fsub_rn(u, float(i));
                const float s0 = loadSample(src + i), s1 = loadSample(src + i + 1);
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
template <typename T>
class HostStaging {
public:
    HostStaging() = default;
    HostStaging(const HostStaging&) = delete;
    HostStaging& operator=(const HostStaging&) = delete;
    ~HostStaging() { if (m_pinned) cudaFreeHost(m_pinned); }
    void allocate(std::size_t count, bool pinned)
    {
        if (pinned && cudaMallocHost(reinterpret_cast<void**>(&m_pinned), count * sizeof(T)) == cudaSuccess) {
            m_isPinned = true;
            return;
        }
        cudaGetLastError();
        m_pinned = nullptr;
        m_pageable.assign(count, T{});
    }
    T* get() { return m_pinned ? m_pinned : m_pageable.data(); }
    bool pinned() const { return m_isPinned; }

private:
    T* m_pinned = nullptr;
    bool m_isPinned = false;
    std::vector<T> m_pageable;
};

class Stream {
public:
    Stream() { m_ok = cudaStreamCreateWithFlags(&m_stream, cudaStreamNonBlocking) == cudaSuccess; }
    Stream(const Stream&) = delete;
    Stream& operator=(const Stream&) = delete;
    ~Stream() { if (m_ok) cudaStreamDestroy(m_stream); }
    bool ok() const { return m_ok; }
    cudaStream_t get() const { return m_stream; }

private:
    cudaStream_t m_stream{};
    bool m_ok = false;
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

// One batch in flight: its buffers on both sides, its stream and the events around its kernel.
template <typename T>
struct Slot {
    DeviceArray<T> sino;
    DeviceArray<float> out;
    HostStaging<T> sinoStage;
    HostStaging<float> outStage;
    Stream stream;
    Event before, after;
    std::size_t first = 0, count = 0;
    bool busy = false;
};

template <typename T>
bool runBatches(int device, const BackprojectJob& job, const T* sinograms, BackprojectStats* stats, std::string* error)
{
    const auto start = std::chrono::steady_clock::now();
    if (!check(cudaSetDevice(device), error, "cudaSetDevice")) return false;
    const std::size_t nAngles = std::size_t(job.angles), slices = std::size_t(job.slices);
    const std::size_t cols = std::size_t(job.cols), n = std::size_t(job.n);
    const std::size_t width = cols + 2 * kGuard;
    const std::size_t sinoPerSlice = nAngles * width, outPerSlice = n * n;

    std::size_t budget = job.deviceBudget;
    if (budget == 0) {
        std::size_t freeB = 0, totalB = 0;
        if (!check(cudaMemGetInfo(&freeB, &totalB), error, "cudaMemGetInfo")) return false;
        budget = freeB / 2;
    }
    // Every slot holds its batch of sinograms and slices; several batches per slot so that copies can overlap.
    const std::size_t nSlots = std::size_t(std::clamp(job.streams, 1, 4));
    const std::size_t perSlice = sinoPerSlice * sizeof(T) + outPerSlice * sizeof(float);
    std::size_t batch = std::max<std::size_t>(1, budget / (perSlice * nSlots));
    if (nSlots > 1 && slices >= 2 * nSlots) batch = std::min(batch, (slices + 2 * nSlots - 1) / (2 * nSlots));
    batch = std::clamp<std::size_t>(std::min(batch, slices), 1, 65535);  // gridDim.z limit

    DeviceArray<double> dBase, dRowStep;
    DeviceArray<float> dColStep;
    if (!dBase.allocate(nAngles, error) || !dRowStep.allocate(nAngles, error) || !dColStep.allocate(nAngles, error))
        return false;
    if (!check(cudaMemcpy(dBase.get(), job.base.data(), nAngles * sizeof(double), cudaMemcpyHostToDevice), error,
               "cudaMemcpy") ||
        !check(cudaMemcpy(dRowStep.get(), job.rowStep.data(), nAngles * sizeof(double), cudaMemcpyHostToDevice), error,
               "cudaMemcpy") ||
        !check(cudaMemcpy(dColStep.get(), job.colStep.data(), nAngles * sizeof(float), cudaMemcpyHostToDevice), error,
               "cudaMemcpy"))
        return false;

    const std::size_t usedSlots = std::min(nSlots, (slices + batch - 1) / batch);
    std::vector<std::unique_ptr<Slot<T>>> slots;
    for (std::size_t k = 0; k < usedSlots; ++k) {
        auto slot = std::make_unique<Slot<T>>();
        if (!slot->stream.ok() || !slot->before.ok() || !slot->after.ok()) {
            if (error) *error = "cudaStreamCreate/cudaEventCreate failed";
            return false;
        }
        if (!slot->sino.allocate(batch * sinoPerSlice, error) || !slot->out.allocate(batch * outPerSlice, error))
            return false;
        slot->sinoStage.allocate(batch * sinoPerSlice, job.pinnedStaging);
        slot->outStage.allocate(batch * outPerSlice, job.pinnedStaging);
        // Guards are zero once for all; only the interiors are rewritten per batch (zero bits are 0 in half too).
        std::memset(static_cast<void*>(slot->sinoStage.get()), 0, batch * sinoPerSlice * sizeof(T));
        slots.push_back(std::move(slot));
    }

    double kernelSeconds = 0;
    int batches = 0;
    // Waits for a slot's batch and moves its slices to the caller's output.
    const auto retire = [&](Slot<T>& slot) {
        if (!slot.busy) return true;
        if (!check(cudaStreamSynchronize(slot.stream.get()), error, "kernel")) return false;
        float ms = 0;
        if (!check(cudaEventElapsedTime(&ms, slot.before.get(), slot.after.get()), error, "cudaEventElapsedTime"))
            return false;
        kernelSeconds += double(ms) / 1000.0;
        std::memcpy(job.output + slot.first * outPerSlice, slot.outStage.get(), slot.count * outPerSlice * sizeof(float));
        slot.busy = false;
        ++batches;
        return true;
    };
    const float uMax = float(job.cols) + 1.0f;
    std::size_t next = 0;
    for (std::size_t s0 = 0; s0 < slices; s0 += batch, ++next) {
        Slot<T>& slot = *slots[next % slots.size()];
        if (!retire(slot)) return false;  // its stage buffers are free again once its batch is done
        slot.first = s0;
        slot.count = std::min(batch, slices - s0);
        T* stage = slot.sinoStage.get();
        for (std::size_t s = 0; s < slot.count; ++s)
            for (std::size_t a = 0; a < nAngles; ++a)
                std::memcpy(stage + (s * nAngles + a) * width + kGuard, sinograms + ((s0 + s) * nAngles + a) * cols,
                            cols * sizeof(T));
        const cudaStream_t stream = slot.stream.get();
        if (!check(cudaMemcpyAsync(slot.sino.get(), stage, slot.count * sinoPerSlice * sizeof(T), cudaMemcpyHostToDevice,
                                   stream),
                   error, "cudaMemcpyAsync"))
            return false;
        const dim3 threads(kTileX, kTileY);
        const dim3 grid(unsigned((n + kTileX - 1) / kTileX), unsigned((n + kTileRows - 1) / kTileRows),
                        unsigned(slot.count));
        if (!check(cudaEventRecord(slot.before.get(), stream), error, "cudaEventRecord")) return false;
        backprojectKernel<T><<<grid, threads, 0, stream>>>(slot.sino.get(), slot.out.get(), dBase.get(), dRowStep.get(),
                                                           dColStep.get(), job.angles, int(width), job.n, uMax,
                                                           job.scale);
        if (!check(cudaGetLastError(), error, "kernel launch") ||
            !check(cudaEventRecord(slot.after.get(), stream), error, "cudaEventRecord") ||
            !check(cudaMemcpyAsync(slot.outStage.get(), slot.out.get(), slot.count * outPerSlice * sizeof(float),
                                   cudaMemcpyDeviceToHost, stream),
                   error, "cudaMemcpyAsync"))
            return false;
        slot.busy = true;
    }
    // The batches still in flight, in submission order.
    for (std::size_t k = 0; k < slots.size(); ++k)
        if (!retire(*slots[(next + k) % slots.size()])) return false;
    if (stats) {
        stats->kernelSeconds = kernelSeconds;
        stats->batches = batches;
        stats->streams = int(slots.size());
        stats->totalSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
    return true;
}

}  // namespace

bool backprojectOnDevice(int device, const BackprojectJob& job, BackprojectStats* stats, std::string* error)
{
    if (job.slices <= 0 || job.angles <= 0 || job.cols <= 0 || job.n <= 0 || (!job.sinograms && !job.halfSinograms) ||
        !job.output) {
        if (error) *error = "empty backprojection job";
        return false;
    }
    const std::size_t nAngles = std::size_t(job.angles);
    if (job.base.size() != nAngles || job.rowStep.size() != nAngles || job.colStep.size() != nAngles) {
        if (error) *error = "per-angle tables do not match the number of angles";
        return false;
    }
    if (job.halfSinograms)
        return runBatches<unsigned short>(device, job, reinterpret_cast<const unsigned short*>(job.halfSinograms), stats,
                                          error);
    return runBatches<float>(device, job, job.sinograms, stats, error);
}

}  // namespace xrs::cuda
